import type { AlignmentDoc } from './schema';

/** Whether the leadership of every party signed the document's current revision. */
export interface SignOffStatus {
  /** Every party has a sign-off entry for `revision`. */
  signed: boolean;
  revision: number;
  /** Parties (ids) with no sign-off for the current revision. */
  missing: string[];
  /** The last date a party signed the current revision (ISO date), or null. */
  signedOn: string | null;
  /** The highest revision some party signed, when it is older than the current one: the document changed after signing. */
  lastSignedRevision: number | null;
}

/**
 * A revision counts as signed off when each party in `parties` has a `signOff` entry for exactly that
 * revision. A document edited after signing (revision raised, sign-off left at the old revision) is
 * "not signed off" wherever it is shown.
 */
export function signOffStatus(doc: AlignmentDoc): SignOffStatus {
  const entries = Array.isArray(doc.signOff) ? doc.signOff : [];
  const current = entries.filter((s) => s.revision === doc.revision);
  const signedParties = new Set(current.map((s) => s.party));
  const missing = doc.parties.map((p) => p.id).filter((id) => !signedParties.has(id));
  const dates = current.map((s) => s.date).sort();
  const older = entries.map((s) => s.revision).filter((r) => r < doc.revision);
  return {
    signed: doc.parties.length > 0 && missing.length === 0,
    revision: doc.revision,
    missing,
    signedOn: dates.at(-1) ?? null,
    lastSignedRevision: older.length > 0 ? Math.max(...older) : null,
  };
}
