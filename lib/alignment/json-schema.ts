/**
 * The JSON Schema of the alignment document, generated from the zod schema so the two cannot
 * disagree. Written to public/alignment.schema.json by scripts/gen-schema.mjs; an exported file names
 * it as its `$schema`, so editors that read JSON Schema (VS Code and others) complete and check it.
 *
 * Only the single-value checks are in it: the checks across entries (unique ids, markets that
 * exist, `min <= target <= max`) live in load.ts and are not expressible here. Every object allows
 * additional properties, as the loose zod objects do.
 */
import * as z from 'zod';
import { ALIGNMENT_FORMAT, AlignmentDocSchema } from './schema';

/** A stable name for the schema; it is never fetched (each installed extension serves its own copy). */
export const ALIGNMENT_SCHEMA_ID = `urn:accord:${ALIGNMENT_FORMAT}`;

/** Where the schema is served inside the extension (`browser.runtime.getURL` of this path). */
export const ALIGNMENT_SCHEMA_PATH = '/alignment.schema.json';

export function alignmentJsonSchema(): Record<string, unknown> {
  // `io: 'input'`: the schema describes the file as written (no transforms or defaults exist anyway).
  const generated = z.toJSONSchema(AlignmentDocSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: ALIGNMENT_SCHEMA_ID,
    title: `Accord alignment document (${ALIGNMENT_FORMAT})`,
    description: 'What two partner teams signed off before creative work starts. Cross-entry checks (unique ids, market references, min <= target <= max) are made by Accord when the file is loaded.',
    ...rest,
    // A file exported by Accord names this schema; the loose document keeps the field.
    properties: { $schema: { type: 'string' }, ...(rest.properties as Record<string, unknown>) },
  };
}

/** The file's text, as committed: two-space indented, with a final newline. */
export function alignmentJsonSchemaText(): string {
  return `${JSON.stringify(alignmentJsonSchema(), null, 2)}\n`;
}
