import type { PopupText } from './text';
import type { LookupDoc } from './use-lookup-doc';

/** Which document the lookup reads: its title, revision, and whether that revision is signed off. */
export function DocLine({ t, source }: { t: PopupText; source: LookupDoc }) {
  if (source.state !== 'ready') return null;
  const { doc, summary, lookup } = source;
  const signed = lookup.signOffOf(doc);
  return (
    <div className="doc">
      <p data-testid="doc-title" className="doc-title">
        {summary.title}
      </p>
      <p data-testid="doc-revision" className="muted small">
        {t.rev(summary.revision)}
        {' · '}
        {signed ? t.signed(signed.date) : <strong className="problem">{t.notSigned}</strong>}
        {signed && signed.missing.length > 0 && ` · ${t.notSignedBy(signed.missing.join(', '))}`}
        {summary.origin === 'builtin' && ` · ${t.example}`}
      </p>
      {summary.problem !== null && <p className="problem small">{t.storedInvalid}</p>}
    </div>
  );
}
