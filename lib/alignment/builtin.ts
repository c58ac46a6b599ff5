/**
 * The built-in default alignment document: a byte-for-byte copy of the shared
 * `example.alignment.json`, bundled so the extension and the CLI never read files outside the
 * project at run time.
 *
 * It is not run through the schema when it loads. The copy never changes at run time, so a broken copy
 * is a bug in this repository, caught by test/alignment/schema.test.ts (which also checks that the
 * schema returns the document unchanged: the schema has no defaults and no transforms); validating it
 * at every start would load zod and its schemas into every cold start of the engine (tens of ms).
 */
import example from './example.alignment.json';
import type { AlignmentDoc } from './schema';

export const BUILTIN_DOCUMENT: AlignmentDoc = example as AlignmentDoc;
