import { readFileSync } from 'node:fs';
import { wordMatches, stem } from './engine/stem';
import { createChecker } from './engine/check';
import { BUILTIN_DOCUMENT } from './alignment/builtin';
console.log(wordMatches('дубая', 'дубай'), stem('дубая'), stem('дубай'));
const doc = process.env.DOC ? JSON.parse(readFileSync(process.env.DOC, 'utf8')) : BUILTIN_DOCUMENT;
const c = createChecker(doc);
console.log(c.model.markets.map(m => [m.id, JSON.stringify(m.themeAvoid), JSON.stringify(m.toneAvoid)]));
for (const f of c.check(process.argv[2]!).findings) console.log(f.kind, f.ruleId, f.market, JSON.stringify(f.actual), f.message);
