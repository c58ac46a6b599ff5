import { browser } from 'wxt/browser';
import type { AlignmentDoc } from '@/lib/alignment/schema';

/**
 * The text of an exported `.alignment.json`: the document with `"$schema"` first, naming the JSON
 * Schema this extension serves (public/alignment.schema.json), so an editor can complete and check
 * the file. The document schema is loose, so the field survives a re-import (which drops it).
 */
export function exportText(doc: AlignmentDoc): string {
  const { $schema: _old, ...rest } = doc;
  return `${JSON.stringify({ $schema: browser.runtime.getURL('/alignment.schema.json'), ...rest }, null, 2)}\n`;
}

/** `<document id>.alignment.json`, with anything a file system may refuse replaced. */
export function exportFileName(doc: AlignmentDoc): string {
  const base = doc.id.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'document';
  return `${base}.alignment.json`;
}

/** Starts a download of the document (no `downloads` permission needed: an object URL and a link). */
export function downloadDocument(doc: AlignmentDoc): void {
  const url = URL.createObjectURL(new Blob([exportText(doc)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(doc);
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
