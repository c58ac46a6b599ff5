import { useId } from 'react';
import type { UiText } from '../i18n';

interface Props {
  t: UiText;
  markets: readonly { id: string; name: string }[];
  /** `''` for all markets. */
  value: string;
  onChange(market: string): void;
}

/** All markets, or one of the document's. Selector: `data-testid="market-filter"`. */
export function MarketFilter({ t, markets, value, onChange }: Props) {
  const id = useId();
  return (
    <div className="market-filter">
      <label htmlFor={id}>{t.panel.marketFilter}</label>
      <select id={id} value={value} data-testid="market-filter" onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.panel.allMarkets}</option>
        {markets.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
