import { BUILTIN_DOCUMENT } from './alignment/builtin';
import { compileDocument } from './engine/model';
import { analyzeParagraph, preParagraph } from './engine/analyze';
import { splitLines } from './engine/segment';
const model = compileDocument(BUILTIN_DOCUMENT);
const text = process.argv[2]!;
const lines = splitLines(text);
for (const p of new Set(lines.map(l => l.paragraph))) {
  const ls = lines.filter(l => l.paragraph === p);
  const v = analyzeParagraph(model, preParagraph(model, ls), null);
  for (const s of v.sentences) console.log(p, s.headingKind, JSON.stringify(s.text), s.market, s.cues.map(c => c.phrase.source + ':' + c.phrase.payload).filter(x => /lead|theme|tone/.test(x)).join(', '));
}
