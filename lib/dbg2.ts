import { readFileSync } from 'node:fs';
import { createChecker } from './engine/check';
import { BUILTIN_DOCUMENT } from './alignment/builtin';
const doc = process.env.DOC ? JSON.parse(readFileSync(process.env.DOC, 'utf8')) : BUILTIN_DOCUMENT;
const c = createChecker(doc);
for (const f of c.check(process.argv[2]!).findings) console.log(f.kind, f.ruleId, f.market, JSON.stringify(f.actual));
