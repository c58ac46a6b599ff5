import { useState } from 'react';
import type { ReportItem } from '@/lib/messaging/protocol';
import type { UiText } from '../i18n';

interface Props {
  t: UiText;
  item: ReportItem;
  /** Market id → display name. */
  marketName(id: string): string;
  /** Shows the finding in the page; rejects with the reason it could not. Absent: rows are not clickable. */
  onLocate?: (id: string) => Promise<unknown>;
}

/**
 * One finding: the flagged text, what the rule says, what was agreed, and where it comes from.
 * A row with an id is a button that shows the finding in the page; a failure shows under the row.
 * Selector: `data-testid="finding"` with `data-severity`, `data-kind`, `data-id` (absent for selection checks).
 */
export function FindingRow({ t, item, marketName, onLocate }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { id } = item;

  const locate = async (target: string, run: (id: string) => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run(target);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const content = (
    <>
      <span className="finding-actual">
        <q>{item.actual}</q>
        {item.quoted && (
          <span className="badge badge-quoted" title={t.quoted}>
            {t.panel.quotedBadge}
          </span>
        )}
      </span>
      <span className="finding-message">{item.message}</span>
      <span className="finding-expected">
        <span className="label">{t.agreed}:</span> {item.expected}
      </span>
      <span className="finding-meta">
        <code className="rule-id">{item.ruleId}</code>
        <span className="sep" aria-hidden="true">
          {' · '}
        </span>
        <span>{t.panel.rev(item.revision)}</span>
        {item.market !== null && (
          <>
            <span className="sep" aria-hidden="true">
              {' · '}
            </span>
            <span>{marketName(item.market)}</span>
          </>
        )}
        <span className="sep" aria-hidden="true">
          {' · '}
        </span>
        <span className="source">{item.source}</span>
      </span>
    </>
  );

  return (
    <li className={`finding sev-${item.severity}`} data-testid="finding" data-severity={item.severity} data-kind={item.kind} data-id={id ?? undefined}>
      {id !== null && onLocate ? (
        <button
          type="button"
          className="finding-body locatable"
          title={t.panel.locateHint}
          aria-busy={busy}
          data-testid="finding-locate"
          onClick={() => void locate(id, onLocate)}
        >
          {content}
        </button>
      ) : (
        <div className="finding-body" title={id === null ? t.panel.notLocatable : undefined}>
          {content}
        </div>
      )}
      {error !== null && (
        <p className="finding-error" role="alert" data-testid="locate-error">
          {t.panel.locateFailed(error)}
        </p>
      )}
    </li>
  );
}
