/**
 * The built-in default alignment document: a byte-for-byte copy of the shared
 * `example.alignment.json`, bundled so the extension and the CLI never read files outside the
 * project at run time.
 */
import example from './example.alignment.json';
import { problemToString, validateAlignment } from './load';
import type { AlignmentDoc } from './schema';

function loadBuiltinDocument(): AlignmentDoc {
  // The JSON module's inferred type says nothing about validity; go through the schema like any
  // user document does.
  const result = validateAlignment(example);
  if (!result.ok) {
    // A broken built-in copy is a bug in this repository, not a user error, so failing loudly at
    // start-up is right here (test/alignment/schema.test.ts guards against it).
    const problems = result.problems.map((p) => `  ${problemToString(p)}`).join('\n');
    throw new Error(`The built-in alignment document lib/alignment/example.alignment.json is invalid:\n${problems}`);
  }
  return result.doc;
}

export const BUILTIN_DOCUMENT: AlignmentDoc = loadBuiltinDocument();
