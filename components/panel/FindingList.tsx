import type { ReportItem } from '@/lib/messaging/protocol';
import type { UiText } from '../i18n';
import { FindingRow } from './FindingRow';
import { groupFindings } from './group';

interface Props {
  t: UiText;
  items: readonly ReportItem[];
  marketName(id: string): string;
  onLocate?: (id: string) => Promise<unknown>;
}

/** Findings grouped by severity, then by kind. */
export function FindingList({ t, items, marketName, onLocate }: Props) {
  return (
    <div className="finding-groups">
      {groupFindings(items).map((group) => (
        <section key={group.severity} className={`severity-group sev-${group.severity}`} data-testid="severity-group" data-severity={group.severity}>
          <h2 className="severity-heading">
            <span className="dot" aria-hidden="true" />
            {t.severity[group.severity]} <span className="count">{group.count}</span>
          </h2>
          {group.kinds.map((k) => (
            <section key={k.kind} className="kind-group" data-testid="kind-group" data-kind={k.kind}>
              <h3 className="kind-heading">{t.kind[k.kind][k.items.length === 1 ? 0 : 1]}</h3>
              <ul className="findings">
                {k.items.map((item, n) => (
                  <FindingRow key={item.id ?? `n${n}`} t={t} item={item} marketName={marketName} onLocate={onLocate} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
