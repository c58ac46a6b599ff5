import { readFileSync } from 'node:fs';
import { BUILTIN_DOCUMENT } from './alignment/builtin';
import { compileDocument } from './engine/model';
import { analyzeParagraph, preParagraph } from './engine/analyze';
import { splitLines, splitSentences } from './engine/segment';
import { countWords, tokenize } from './engine/tokenize';
import { findQuantities } from './engine/quantities';
import { RULES } from './rules';
const texts = JSON.parse(readFileSync('test/fixtures/texts/corpus.json', 'utf8')) as string[];
let doc = ''; let i = 0;
while (countWords(doc) < 5000) doc += texts[i % texts.length] + ` Note ${i++}.\n\n`;
const model = compileDocument(BUILTIN_DOCUMENT);
const lines = splitLines(doc);
const groups: any[] = [];
for (let a = 0; a < lines.length;) { let b = a + 1; while (b < lines.length && lines[b]!.paragraph === lines[a]!.paragraph) b++; const st = lines[a]!.start; groups.push(lines.slice(a, b).map(l => ({ ...l, start: l.start - st, end: l.end - st }))); a = b; }
const T: Record<string, number[]> = {};
const time = (k: string, f: () => void) => { const t = performance.now(); f(); (T[k] ??= []).push(performance.now() - t); };
for (let r = 0; r < 40; r++) {
  time('splitLines', () => splitLines(doc));
  time('splitSentences', () => { for (const g of groups) for (const l of g) splitSentences(l); });
  const sents = groups.flatMap((g) => g.flatMap((l: any) => splitSentences(l)));
  time('findAll', () => { for (const s of sents) model.all.findAll(s.tokens); });
  time('quantities', () => { for (const s of sents) findQuantities(s.text); });
  let pres: any[] = [];
  time('pre', () => { pres = groups.map((g) => preParagraph(model, g)); });
  let views: any[] = [];
  time('analyze', () => { views = pres.map((p) => analyzeParagraph(model, p, null, null)); });
  for (const rule of RULES) time('rule:' + rule.kind, () => { for (const v of views) rule.check({ model, paragraph: v, report: () => {} }); });
}
for (const [k, v] of Object.entries(T)) { v.sort((a, b) => a - b); console.log(k.padEnd(20), v[20]!.toFixed(2)); }
