// Writes public/alignment.schema.json from the zod schema (lib/alignment/json-schema.ts).
// Run after changing lib/alignment/schema.ts: `node scripts/gen-schema.mjs`.
// test/alignment/json-schema.test.ts fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const { alignmentJsonSchemaText } = await tsImport('../lib/alignment/json-schema.ts', import.meta.url);
const out = fileURLToPath(new URL('../public/alignment.schema.json', import.meta.url));
writeFileSync(out, alignmentJsonSchemaText());
console.log(`wrote ${out}`);
