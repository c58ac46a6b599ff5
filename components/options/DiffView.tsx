import { diffDocuments, groupDiff } from '@/lib/alignment/diff';
import type { OptionsText } from './text';

interface Props {
  t: OptionsText;
  /** Revision numbers as the history shows them (#1 is the oldest). */
  from: { n: number; doc: unknown };
  to: { n: number; doc: unknown };
  onClose(): void;
}

/** What changed from one revision to another, grouped by section (lib/alignment/diff.ts). */
export function DiffView({ t, from, to, onClose }: Props) {
  const groups = groupDiff(diffDocuments(from.doc, to.doc));
  return (
    <section className="opt-diff" data-testid="diff-view" aria-label={t.diffTitle(from.n, to.n)}>
      <div className="opt-row opt-spread">
        <h3>{t.diffTitle(from.n, to.n)}</h3>
        <button type="button" className="opt-button" onClick={onClose}>
          {t.closeDiff}
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="opt-muted">{t.noDifferences}</p>
      ) : (
        groups.map((g) => (
          <div key={g.section} className="opt-diff-group" data-section={g.section}>
            <h4>{t.section[g.section]}</h4>
            <ul>
              {g.entries.map((e) => (
                <li key={`${e.path}\u0000${e.change}\u0000${e.label}`} className={`opt-diff-entry opt-diff-${e.change}`} data-testid="diff-entry" data-change={e.change} data-path={e.path}>
                  <span className="opt-diff-change">{t.change[e.change]}</span> <span className="opt-diff-label">{e.label}</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
