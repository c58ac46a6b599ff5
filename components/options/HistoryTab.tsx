import { useState } from 'react';
import { signOffStatus } from '@/lib/alignment/signoff';
import type { UiLang } from '@/lib/engine/types';
import { restoreRevision, type StoredDocument } from '@/lib/storage/library';
import { DiffView } from './DiffView';
import { useLibraryAction } from './queries';
import { formatTime, type OptionsText } from './text';

interface Props {
  t: OptionsText;
  lang: UiLang;
  doc: StoredDocument;
}

/**
 * Every saved revision, newest first: its number in the history (#1 is the oldest), the document's own
 * revision, when and where from it was saved, whether it is signed off. Any revision can be compared
 * with the current one, any two with each other, and restored in one click (as a new entry).
 */
export function HistoryTab({ t, lang, doc }: Props) {
  const act = useLibraryAction();
  const [picked, setPicked] = useState<number[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const revisions = doc.revisions;
  const last = revisions.length - 1;

  if (revisions.length === 0) return <p className="opt-muted">{t.historyEmpty}</p>;

  const toggle = (i: number) => {
    setNotice(null);
    setPicked((p) => (p.includes(i) ? p.filter((x) => x !== i) : [...p, i].slice(-2)));
  };
  const restore = (i: number) => {
    setError(null);
    setPicked([]);
    void act(() => restoreRevision(doc.id, i)).then(
      () => setNotice(t.restored(i + 1)),
      (e: unknown) => setError(t.actionFailed(e instanceof Error ? e.message : String(e))),
    );
  };

  const pair = picked.length === 2 ? [...picked].sort((a, b) => a - b) : null;
  const from = pair ? revisions[pair[0] as number] : undefined;
  const to = pair ? revisions[pair[1] as number] : undefined;

  return (
    <div className="opt-history">
      <p className="opt-muted opt-small opt-hint">{t.pickHint}</p>
      {notice && (
        <p className="opt-notice" role="status" data-testid="restore-done">
          {notice}
        </p>
      )}
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
      <div className="opt-table-wrap">
        <table className="opt-table">
          <thead>
            <tr>
              <th scope="col">{t.colCompare}</th>
              <th scope="col">{t.colNumber}</th>
              <th scope="col">{t.colRevision}</th>
              <th scope="col">{t.colSaved}</th>
              <th scope="col">{t.colOrigin}</th>
              <th scope="col">{t.colSignOff}</th>
              <th scope="col">
                <span className="opt-visually-hidden">{t.restore}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions
              .map((r, i) => ({ r, i }))
              .reverse()
              .map(({ r, i }) => {
                const signed = signOffStatus(r.doc).signed;
                return (
                  <tr key={i} data-testid="history-row" data-index={i} className={i === last ? 'opt-current' : undefined}>
                    <td>
                      <input type="checkbox" data-testid="history-pick" aria-label={t.pickToCompare(i + 1)} checked={picked.includes(i)} onChange={() => toggle(i)} />
                    </td>
                    <td>#{i + 1}</td>
                    <td>
                      {t.rev(r.doc.revision)}
                      {i === last && <span className="opt-badge opt-badge-active">{t.current}</span>}
                    </td>
                    <td>{formatTime(r.savedAt, lang)}</td>
                    <td>{t.origin(r.origin)}</td>
                    <td className={signed ? 'opt-ok' : 'opt-warn'}>{signed ? t.signed : t.notSigned}</td>
                    <td>
                      {i !== last && (
                        <div className="opt-row">
                          <button type="button" className="opt-button opt-small" data-testid="compare-current" onClick={() => setPicked([i, last])}>
                            {t.compareWithCurrent}
                          </button>
                          <button type="button" className="opt-button opt-small" data-testid="restore" onClick={() => restore(i)}>
                            {t.restore}
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
      {pair && from && to && <DiffView t={t} from={{ n: (pair[0] as number) + 1, doc: from.doc }} to={{ n: (pair[1] as number) + 1, doc: to.doc }} onClose={() => setPicked([])} />}
    </div>
  );
}
