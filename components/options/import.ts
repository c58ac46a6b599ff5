import { parseAlignment, type DocProblem } from '@/lib/alignment/load';
import { createDocument } from '@/lib/storage/library';

export type ImportResult = { ok: true; id: string; name: string } | { ok: false; problems: DocProblem[] };

/**
 * Imports the text of an `.alignment.json` file as a new stored document. Nothing is stored unless
 * the whole text is a valid alignment document; otherwise every problem comes back with its path
 * (a JSON syntax error with its line and column).
 */
export async function importAlignmentText(text: string): Promise<ImportResult> {
  const r = parseAlignment(text);
  if (!r.ok) return r;
  // `$schema` describes the file, not the document (an exported file names Accord's schema).
  const { $schema: _schema, ...doc } = r.doc;
  const saved = await createDocument(doc, { origin: 'import' });
  if (!saved.ok) return saved;
  return { ok: true, id: saved.id, name: doc.title };
}
