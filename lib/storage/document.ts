import type { AlignmentDoc } from '../alignment/schema';
import type { DocSummary } from '../messaging/protocol';
import { resolveDocument } from '../alignment/resolve';
import { documentItem } from './items';

/** The alignment document in force: the team's stored one when valid, else the built-in example. */
export async function readActiveDocument(): Promise<{ doc: AlignmentDoc; summary: DocSummary }> {
  return resolveDocument(await documentItem.getValue());
}

/** Calls `cb` when the stored document changes (a new revision, an edit, a reset to the built-in one). */
export function watchActiveDocument(cb: () => void): () => void {
  return documentItem.watch(() => cb());
}
