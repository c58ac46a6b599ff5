import { ALL_MARKETS, type AlignmentDoc } from '@/lib/alignment/schema';
import type { UiLang } from '@/lib/engine/types';
import type { UiText } from '../i18n';
import { localName } from './format';

interface Props {
  t: UiText;
  lang: UiLang;
  doc: AlignmentDoc;
}

function marketList(doc: AlignmentDoc, ids: readonly string[], lang: UiLang, all: string): string {
  if (ids.includes(ALL_MARKETS)) return all;
  return ids
    .map((id) => {
      const m = doc.markets.find((x) => x.id === id);
      return m ? localName(m.name, lang, id) : id;
    })
    .join(', ');
}

/** What nobody may change: id, rule, and the markets it holds for. */
export function RedLines({ t, lang, doc }: Props) {
  return (
    <ul className="entries">
      {doc.redLines.map((r) => (
        <li key={r.id} className="entry" data-testid="red-line" data-id={r.id}>
          <code className="rule-id">{r.id}</code> <span>{r.rule}</span>{' '}
          <span className="muted">({marketList(doc, r.markets, lang, t.panel.allMarketsShort)})</span>
        </li>
      ))}
    </ul>
  );
}

/** Hypotheses with a status badge each (a distinct colour per status) and their evidence. */
export function Hypotheses({ t, lang, doc }: Props) {
  const list = doc.hypotheses ?? [];
  if (list.length === 0) return <p className="muted">—</p>;
  return (
    <ul className="entries">
      {list.map((h) => (
        <li key={h.id} className="entry" data-testid="hypothesis" data-id={h.id}>
          <div className="entry-head">
            <code className="rule-id">{h.id}</code>
            <span className={`badge status-${h.status}`} data-testid="hypothesis-status" data-status={h.status}>
              {t.panel.status[h.status]}
            </span>
            {h.markets.length > 0 && <span className="muted">{marketList(doc, h.markets, lang, t.panel.allMarketsShort)}</span>}
          </div>
          <p>{h.statement}</p>
          {h.evidence !== undefined && (
            <p className="muted">
              <span className="label">{t.panel.evidence}:</span> {h.evidence}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Documented assumptions: statement, why the team believes it, and how it will be tested. */
export function Assumptions({ t, lang, doc }: Props) {
  const list = doc.assumptions ?? [];
  if (list.length === 0) return <p className="muted">—</p>;
  return (
    <ul className="entries">
      {list.map((a) => (
        <li key={a.id} className="entry" data-testid="assumption" data-id={a.id}>
          <div className="entry-head">
            <code className="rule-id">{a.id}</code>
            <span className="muted">{marketList(doc, [a.market], lang, t.panel.allMarketsShort)}</span>
          </div>
          <p>{a.statement}</p>
          {a.because !== undefined && (
            <p className="muted">
              <span className="label">{t.panel.because}:</span> {a.because}
            </p>
          )}
          {a.test !== undefined && (
            <p className="muted">
              <span className="label">{t.panel.test}:</span> {a.test}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Who signed which revision; a signature of an earlier revision is marked. */
export function SignOff({ t, doc }: Props) {
  const list = doc.signOff ?? [];
  if (list.length === 0) return <p className="muted">{t.panel.notSigned}</p>;
  return (
    <ul className="entries">
      {list.map((s) => {
        const party = doc.parties.find((p) => p.id === s.party)?.name ?? s.party;
        const stale = s.revision !== doc.revision;
        return (
          <li key={`${s.party}-${s.name}-${s.revision}`} className="entry" data-testid="sign-off" data-stale={stale}>
            <div className="entry-head">
              <strong>{s.name}</strong>
              <span className="muted">{s.role}</span>
            </div>
            <p className="muted">
              {party} · <time dateTime={s.date}>{s.date}</time> · {t.panel.rev(s.revision)}
              {stale && (
                <>
                  {' '}
                  <span className="badge badge-stale">{t.panel.staleSignature}</span>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
