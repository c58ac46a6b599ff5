import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/engine/tokenize';

/** The scanner agrees with the `\p{L}` regex it replaced, token for token, on every kind of text. */
const REFERENCE = /((?:\p{Lu}\.){2,})|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\p{Nd}+(?:[.,]\p{Nd}+)*)|(\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*)|([^\s\p{L}\p{M}\p{Nd}])/gu;

function reference(text: string): string[] {
  const out: string[] = [];
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(text)) !== null) out.push(`${m.index}:${m[0]}`);
  return out;
}

const SAMPLES = [
  'Target CAC for the US is $48; 50% off the first 1,000.50 sign-ups.',
  'Сова — «прям имба»!!! 🔥🔥 Скидка 2,5% на год, а U.S. и U.K. — нет.',
  "Anya's story, it's risk-free, doctor-recommended, врачами-сомнологами.",
  'Flags 🇷🇺🇦🇪, families 👨‍👩‍👧, hearts ❤️, lone \ud800 and \udfff surrogates, é́ combining, İstanbul, 𝐀𝐁 astral letters.',
  '\u200b\u200f\u202e zero-width and RTL marks\u00a0no-break\u202fnarrow',
  '',
  '   ',
  '> > > quoted — dash – en dash ‑ non-breaking hyphen',
];

describe('tokenize', () => {
  it.each(SAMPLES)('matches the reference regex on %j', (text) => {
    expect(tokenize(text).map((t) => `${t.start}:${t.text}`)).toEqual(reference(text));
  });

  it('marks words, numbers, emoji and punctuation with their script and hyphen joins', () => {
    const tokens = tokenize('risk-free Сова 12 🔥 !', 100);
    expect(tokens.map((t) => [t.text, t.type, t.script, t.hyphenJoined, t.start])).toEqual([
      ['risk', 'word', 'latin', false, 100],
      ['-', 'punct', 'none', false, 104],
      ['free', 'word', 'latin', true, 105],
      ['Сова', 'word', 'cyrillic', false, 110],
      ['12', 'num', 'none', false, 115],
      ['🔥', 'symbol', 'none', false, 118],
      ['!', 'punct', 'none', false, 121],
    ]);
  });

  it('keeps contractions and strips possessives in the normal form', () => {
    expect(tokenize("it's Anya's Calm’s").map((t) => t.norm)).toEqual(["it's", 'anya', 'calm']);
  });
});
