import { readFileSync } from 'node:fs';
import { BUILTIN_DOCUMENT } from './alignment/builtin';
import { compileDocument } from './engine/model';
import { splitLines, splitSentences } from './engine/segment';
import { countWords } from './engine/tokenize';
const texts = JSON.parse(readFileSync('test/fixtures/texts/corpus.json', 'utf8')) as string[];
let doc = ''; let i = 0;
while (countWords(doc) < 5000) doc += texts[i % texts.length] + ` Note ${i++}.\n\n`;
const model = compileDocument(BUILTIN_DOCUMENT);
const idx: Map<string, any[]> = (model.all as any).index;
const sents = splitLines(doc).flatMap((l) => splitSentences(l));
let tokens = 0, cands = 0; const perKey = new Map<string, number>();
for (const s of sents) for (const t of s.tokens) { tokens++; const n = t.norm; for (const len of [Math.min(4, n.length), ...(n.length >= 4 && t.script === "cyrillic" ? [3] : [])]) { const k = n.slice(0, len); const c = idx.get(k); if (c) { cands += c.length; perKey.set(k, (perKey.get(k) ?? 0) + c.length); } } }
console.log('tokens', tokens, 'candidates', cands, 'phrases', model.all.size, 'keys', idx.size);
console.log([...perKey.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25));
