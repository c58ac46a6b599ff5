import { signOffStatus } from '@/lib/alignment/signoff';
import type { AlignmentDoc } from '@/lib/alignment/schema';
import type { OptionsText } from './text';

/** "not signed off" when some party has not signed the document's current revision. */
export function UnsignedBadge({ t, doc }: { t: OptionsText; doc: AlignmentDoc | null }) {
  if (!doc) return null;
  const status = signOffStatus(doc);
  if (status.signed) return null;
  return (
    <span className="opt-badge opt-badge-warn" data-testid="unsigned-badge" title={t.unsignedTitle(status.missing)}>
      {t.unsigned}
    </span>
  );
}

/** The sign-off state as a sentence, for a document's header and the example. */
export function signOffSentence(t: OptionsText, doc: AlignmentDoc): { text: string; ok: boolean } {
  const s = signOffStatus(doc);
  if (s.signed) return { text: t.signedOn(s.signedOn ?? ''), ok: true };
  if (s.lastSignedRevision !== null) return { text: `${t.notSignedOff(s.missing)}. ${t.changedAfterSigning(s.lastSignedRevision, s.revision)}.`, ok: false };
  return { text: t.notSignedOff(s.missing), ok: false };
}
