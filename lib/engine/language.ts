import { franc } from './franc';
import type { Lang, Token } from './types';

/**
 * Language of one sentence. On these texts a Cyrillic-share test that ignores Capitalised words
 * (brand and product names: `Instagram`, `Calm`, `Sova` inside Russian text) did as well as franc
 * restricted to English/Russian, and it costs nothing. franc is used for what it is good at: telling
 * that a longer passage is in a third language (Ukrainian, Spanish ...), which is then not checked.
 */
const EN_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'is', 'are', 'was', 'we', 'you', 'it', 'that', 'this', 'with', 'be', 'our',
  'your', 'at', 'as', 'not', 'no', 'i', 'they', 'will', 'can', 'from', 'by', 'but', 'if', 'so', 'do', 'have', 'has', 'let', "let's", 'all',
]);
const UKRAINIAN_LETTERS = /[іїєґ]/i;
const FRANC_MIN_LETTERS = 60;

export function sentenceLanguage(text: string, tokens: readonly Token[]): Lang | null {
  let cyr = 0;
  let lat = 0;
  let latinWords = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    if (t.script === 'cyrillic') cyr += t.text.length;
    else if (t.script === 'latin') {
      latinWords++;
      // Capitalised Latin words inside Cyrillic text are mostly names; count them at a fraction.
      lat += startsUpper(t.text) ? t.text.length * 0.3 : t.text.length;
    }
  }
  if (cyr === 0 && lat === 0) return null;
  if (cyr >= lat) {
    if (cyr >= FRANC_MIN_LETTERS && UKRAINIAN_LETTERS.test(text)) {
      const code = franc(text, { only: ['rus', 'ukr', 'bel'], minLength: 20 });
      if (code === 'ukr' || code === 'bel') return 'other';
    }
    return 'ru';
  }
  // Only a longer Latin passage with no English function words at all is worth asking franc about (function
  // words are looked for only then: most sentences are short).
  if (lat >= FRANC_MIN_LETTERS && latinWords >= 8 && !hasFunctionWord(tokens)) {
    const code = franc(text, { only: ['eng', 'spa', 'fra', 'deu', 'ita', 'por', 'nld', 'tur', 'pol'], minLength: 20 });
    if (code !== 'eng' && code !== 'und') return 'other';
  }
  return 'en';
}

function hasFunctionWord(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === 'word' && t.script === 'latin' && EN_FUNCTION_WORDS.has(t.norm));
}

const UPPER = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(word)`, with ASCII letters answered without the regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x61 && c <= 0x7a) return false;
  return UPPER.test(word);
}
