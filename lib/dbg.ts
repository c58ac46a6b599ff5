import { BUILTIN_DOCUMENT } from './alignment/builtin';
import { compileDocument } from './engine/model';
import { analyzeParagraph } from './engine/analyze';
import { splitLines } from './engine/segment';
import { readFileSync } from "node:fs";
const model = compileDocument(process.env.DOC ? JSON.parse(readFileSync(process.env.DOC, "utf8")) : BUILTIN_DOCUMENT);
const text = process.argv[2]!;
const lines = splitLines(text);
const p = analyzeParagraph(model, lines, null);
for (const s of p.sentences) {
  console.log(JSON.stringify(s.text), s.lang, s.market, s.mentions.map(m=>m.market+':'+m.strength));
  console.log('  metrics', s.metrics.map(m => m.phrase.source + '->' + m.phrase.payload));
  console.log('  q', s.quantities.map(q => `${q.text}|${q.kind}|${q.value}|${q.op ?? ''}|${q.role ?? ''}|${q.currency ?? ''}|${q.fraction ?? ''}`));
  console.log('  cues', s.cues.map(c => c.phrase.source + ':' + c.phrase.payload).join(', '));
}
