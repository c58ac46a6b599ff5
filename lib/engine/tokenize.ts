import type { Token } from './types';

/**
 * Words by letter class. `Intl.Segmenter` word segmentation goes superlinear on long text in Node 20
 * (5,000 words ≈ 150–220 ms, 10,000 words ≈ 5 s); a `\p{L}` regex pass does 5,000 words in about a
 * millisecond, and the hand-written scanner below does the same work without a match object per token.
 * It is only ever run on one sentence or line at a time.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const POSSESSIVE = /['’]s$/;

/** "it's", "let's": contractions, not possessives. */
const CONTRACTIONS = new Set(["it's", "let's", "that's", "what's", "there's", "here's", "he's", "she's", "who's", "where's", "how's"]);

export function normWord(text: string): string {
  const plain = plainLower(text);
  if (plain !== null) return plain;
  let s = text.toLowerCase();
  if (s.includes("'") || s.includes('’')) {
    s = s.replace(/’/g, "'");
    if (!CONTRACTIONS.has(s)) s = s.replace(POSSESSIVE, '');
  }
  if (s.includes('ё')) s = s.replace(/ё/g, 'е');
  return s;
}

/**
 * The lower case of a word of plain Latin or Russian letters whose first letter at most is a capital ("pilot",
 * "Москва"); null for any other word. Most words are such, and `toLowerCase` on Cyrillic text goes through ICU,
 * which costs more than this whole check.
 */
export function plainLower(text: string): string | null {
  if (isPlainLower(text, 0)) return text;
  const c0 = text.charCodeAt(0);
  if (((c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0x410 && c0 <= 0x42f)) && isPlainLower(text, 1)) return String.fromCharCode(c0 + 0x20) + text.slice(1);
  return null;
}

/** Only lower-case Latin and Russian letters (no ё) from `from` on. */
function isPlainLower(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isPlainLowerCode(text.charCodeAt(i))) return false;
  return true;
}

const isPlainLowerCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f);
const isPlainUpperCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f);

const LETTER = /[\p{L}\p{M}]/u;
const PICTO = /\p{Extended_Pictographic}/u;

/** Letter or combining mark: Latin and Cyrillic by code range, anything else by its Unicode class. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x400 && c <= 0x4ff) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  // Latin-1 signs (« » ° …) and General Punctuation (— “ ” ’ …) around words: only ª, µ and º are letters there.
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER.test(String.fromCharCode(c));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpper = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xb || c === 0xc || c === 0xfeff || c === 0x1680 || c === 0x205f;

/** Length of the emoji sequence (with ZWJ joins and variation selectors) at `i`, or 0. */
function emojiAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  if (cp < 0x2000 || !PICTO.test(String.fromCodePoint(cp))) return 0;
  let j = i + (cp > 0xffff ? 2 : 1);
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0xfe0f) {
      j++;
      continue;
    }
    if (c === 0x200d) {
      const next = text.codePointAt(j + 1);
      if (next !== undefined && PICTO.test(String.fromCodePoint(next))) {
        j += 1 + (next > 0xffff ? 2 : 1);
        continue;
      }
    }
    return j - i;
  }
}

/**
 * Tokens of `text`, with offsets shifted by `base` (the text's position in the whole document).
 * A hand-written scanner over char codes: words (letters and marks, with inner apostrophes), numbers
 * (with inner `.`/`,` between digits), abbreviations (`U.S.`), emoji sequences, and one token per other mark.
 */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = -2;
  let prevType: Token['type'] | null = null;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let end: number;
    let type: Token['type'];
    // A word of plain Latin or Russian letters, lower case after the first: its norm is known without another pass (see plainLower).
    let plain = false;
    if (isLetter(c)) {
      // U.S., U.K.: capital letters each followed by a full stop.
      let j = i;
      while (j + 1 < n && isUpper(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x2e) j += 2;
      if (j - i >= 4) end = j;
      else {
        let k = i + 1;
        while (k < n && isPlainLowerCode(text.charCodeAt(k))) k++;
        end = wordEnd(text, k);
        plain = end === k && (isPlainLowerCode(c) || isPlainUpperCode(c));
      }
      type = 'word';
    } else if (isDigit(c)) {
      end = numberEnd(text, i + 1);
      type = 'num';
    } else {
      const e = emojiAt(text, i);
      if (e > 0) {
        end = i + e;
        type = 'symbol';
      } else {
        // A letter outside the Basic Multilingual Plane is a word; any other code point is one mark.
        const cp = text.codePointAt(i)!;
        const len = cp > 0xffff ? 2 : 1;
        if (len === 2 && LETTER.test(String.fromCodePoint(cp))) {
          let j = i + 2;
          for (;;) {
            if (j < n && isLetter(text.charCodeAt(j))) j++;
            else if (j + 1 < n && text.codePointAt(j)! > 0xffff && LETTER.test(String.fromCodePoint(text.codePointAt(j)!))) j += 2;
            else break;
          }
          end = j;
          type = 'word';
        } else {
          end = i + (len === 2 && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1);
          type = 'punct';
        }
      }
    }
    const t = text.slice(i, end);
    const hyphenJoined =
      (type === 'word' || type === 'num') &&
      (prevType === 'word' || prevType === 'num') &&
      i >= 1 &&
      prevEnd === i - 1 &&
      (text[i - 1] === '-' || text[i - 1] === '‑');
    let script: Token['script'] = 'none';
    if (type === 'word') {
      const c0 = t.charCodeAt(0);
      script = c0 < 0x250 ? 'latin' : c0 >= 0x400 && c0 <= 0x52f ? 'cyrillic' : CYRILLIC.test(t) ? 'cyrillic' : LATIN.test(t) ? 'latin' : 'other';
    }
    // `stem` is filled later by the matcher; declaring it now keeps every token one shape for the engine's property reads.
    const norm = type !== 'word' ? t : !plain ? normWord(t) : isPlainLowerCode(c) ? t : String.fromCharCode(c + 0x20) + t.slice(1);
    out.push({ start: base + i, end: base + end, text: t, norm, type, script, hyphenJoined, stem: undefined });
    if (type !== 'punct' || t !== '-') {
      prevEnd = end;
      prevType = type;
    }
    i = end;
  }
  return out;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isDecimalMark = (c: number) => c === 0x2e || c === 0x2c;

/** End of a word from `j`: letters, which may go on across one apostrophe between two letters ("don't"). */
function wordEnd(text: string, j: number): number {
  const n = text.length;
  for (;;) {
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
      j += 2;
      continue;
    }
    return j;
  }
}

/** End of a number from `j`: digits, which may go on across one `.` or `,` between two digits ("1,000.50"). */
function numberEnd(text: string, j: number): number {
  const n = text.length;
  for (;;) {
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j + 1 < n && isDecimalMark(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
      continue;
    }
    return j;
  }
}

/** Plain word pass used as the benchmark's yardstick: the cheapest possible walk over the words. */
export function countWords(text: string): number {
  const re = /[\p{L}\p{M}]+/gu;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
