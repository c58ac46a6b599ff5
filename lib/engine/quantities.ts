/**
 * Finds every numeric quantity in a piece of English, Russian or mixed text, with exact UTF-16 offsets.
 *
 * Approach. A single left-to-right pass splits the text into tokens: numbers (one precompiled sticky
 * regex reads a whole number with its thousands separators — spaces, U+00A0, U+202F, U+2009, commas — its
 * decimal mark, and the date / clock / ratio / version shapes), words (Latin and Cyrillic letters are
 * scanned by hand, anything else by a sticky `\p{L}` regex), single punctuation marks, and whitespace,
 * which is kept only as a "gap" on the next token (glued, spaces, or a line break; zero-width marks count
 * as glued). Everything after that is a scanner over the token array: a number-word parser (English and
 * Russian numerals in every case form: "thirty-five", "двух тысяч", "полтора"), then unit, range,
 * period, comparator and role matching. Units, periods, comparators and context words are phrases of
 * whole tokens, looked up through maps keyed by their first (comparators: last) token. All vocabulary is
 * data in `lib/lexicon/**` and is compiled into those maps and sets once, at module load; no regex or
 * table is built per call.
 *
 * Why. One regex that knew every unit, case form and separator would be huge, hard to change and prone
 * to catastrophic backtracking. The token scanner looks at each token a bounded number of times, so the
 * whole thing is linear in the input: a 5,000-word brief sentence by sentence takes about 2 ms, and 1 MB
 * of digits, spaces and "$" well under a second. It never throws: any input, including lone surrogates,
 * zero-width characters, RTL marks and emoji, gives a (possibly empty) list.
 *
 * What is not reported: digits glued to letters on their left ("H3", "A1", "Q1", "v3", "v0.2", "B2B")
 * or followed by unknown glued letters ("5G", "3D", "60kg"); version numbers and IP addresses
 * ("1.2.3"); two-part slash forms that are not a dd/mm date ("24/7", "1/2", "50/50"); phone-like dash
 * chains ("999-123-45-67"). Identifiers after "#", "№", "rev.", "version", "п." … are reported with
 * role 'id'; positions ("day 14", "35-й", "fifth", "пятой"), years, dates and times get their role and
 * kind 'number'.
 *
 * Conventions: durations are in days with a month of 30 days, a quarter of 91 and a year of 365 (hour and
 * minute durations also carry `hours`); half a year ("полгода", "half a year", "полугодовой") is 6 months,
 * 180 days, not 182.5; a date's value is its day of the month, a time's is the hour
 * (17:30 → 17.5); a ratio's is left / right, with both terms in `ratio`; "¥" is JPY (CNY is "CN¥",
 * "元", "RMB" or "юань"). "from X to Y" / "от X до Y" is read as a range even when the sentence
 * describes a change. A "+" after the number ("45+ days") sets `op: 'gte'` without `opStart`. A half
 * before a scale word belongs to the group ("двух с половиной тысяч рублей" → 2500 RUB, "two and a half
 * thousand dollars" → 2500 USD). A minus before the number ("−15%", "–15%", "минус 20%") sets
 * `negative: true` and leaves `value` positive.
 *
 * Durations without a number. One unit of time after a duration preposition is a duration of one unit:
 * "within a month", "in a week", "over a year", "for an hour", "a month after launch"; "через месяц",
 * "за неделю", "в течение месяца", "до года", "месяц спустя". The text is the period word with its
 * article ("a month", "месяц"), never the preposition; a preposition that is also a comparator ("within",
 * "over", "до") gives `op`. Not durations: a period right after money ("$8 a month", "399 ₽ в месяц",
 * "549 ₽/мес" are money with `periodMonths`), rates ("twice a month", "once a week", "10 постов в месяц",
 * "дважды за месяц"), "через день" (every other day). Compound adjectives are durations too:
 * "двухнедельный" (14), "сорокапятидневный" (45), "полуторамесячный" (45), a bare "месячный" (30) or
 * "недельный" (7), but not "месячный бюджет" (a monthly budget).
 */

import { CURRENCIES } from '../lexicon/currencies';
import * as EN from '../lexicon/en/numbers';
import * as RU from '../lexicon/ru/numbers';
import { plainLower } from './tokenize';

export type QuantityKind = 'percent' | 'money' | 'duration' | 'ratio' | 'number' | 'multiplier';
export type Comparator = 'lt' | 'lte' | 'gt' | 'gte' | 'approx';
export type QuantityRole = 'ordinal' | 'year' | 'date' | 'time' | 'id';

export interface Quantity {
  /** Offset of the first char: the number, the number word, or a leading currency sign ("$"); never the comparator. */
  start: number;
  /** Exclusive; includes the unit ("%", "percent", "процентов", "₽", "руб.", "AED", "days", "-day" …). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  kind: QuantityKind;
  /** The low end for ranges; durations in days; percent as 0..100; a ratio as left / right. */
  value: number;
  /** The high end of a range ("$32–38" → 38). */
  high?: number;
  /** ISO 4217 code, for money. */
  currency?: string;
  /** From a comparator right before the quantity ("up to", "не более", "~"), or a "+" after it ("45+ days"). */
  op?: Comparator;
  /** Offset of the comparator; absent when the comparator is a "+" after the number. */
  opStart?: number;
  /** For money followed by a period: 1 for "a month", 12 for "a year", 6 for "за полгода", 0.25 for "a week". */
  periodMonths?: number;
  /** End offset of the period phrase, when there is one (it is not part of `end`). */
  periodEnd?: number;
  /** Set when the number is not an amount: a position, a year, a date, a time of day or an identifier. */
  role?: QuantityRole;
  /** The value came from a fraction word ("half price", "a third off", "полцены", "в треть"). */
  fraction?: boolean;
  /** For durations given in hours or minutes, the length in hours ("48 часов" → 48). */
  hours?: number;
  /** For ratios, the two terms ("2:1" → [2, 1]). */
  ratio?: [number, number];
  /**
   * Set when a minus stands right before the quantity: a sign glued to the number ("−15%", "–15%", "-15%")
   * or the word "минус" / "minus". `value` (and `high`) stay positive: "−15%" is value 15, negative true.
   * Never set on ratios or on numbers with a role.
   */
  negative?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tokens

const NUM = 0;
const WORD = 1;
const PUNCT = 2;

/** Shapes of a number token. */
const F_PLAIN = 0; // 12, 3 200, 2,400, 2,5, 4.99
const F_ISO = 1; // 2025-02-20
const F_MULTI = 2; // 20.02.2025, 1.200.000, 1.2.3, 02/20/2025
const F_COLON = 3; // 17:00, 2:1
const F_SLASH = 4; // 24/7, 20/02

interface Tok {
  s: number;
  e: number;
  k: number;
  raw: string;
  /** Lowercased, "ё" folded to "е"; same as raw for numbers and punctuation. */
  low: string;
  /** What separates this token from the previous one: 0 nothing (or only zero-width marks), 1 spaces, 2 a line break. */
  gap: number;
  /** Number shape (F_*), for number tokens. */
  f: number;
}

/** A number: ISO date | dotted or slashed multi-part | clock time or ratio | a/b | comma thousands | space
 * thousands (any no-break or thin space) | plain with a decimal point or a 1–2 digit decimal comma. */
const NUM_RE =
  /\d{4}-\d{2}-\d{2}(?!\d)|\d+(?:[./]\d+){2,}|\d+:\d+(?::\d+)?|\d+\/\d+|\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?/y;
const WORD_RE = /[\p{L}\p{M}]+/uy;
const SPACE_RE = /[\s\p{Cf}]+/uy;
const YO = /ё/g;

function fold(s: string): string {
  const plain = plainLower(s);
  if (plain !== null) return plain;
  const l = s.toLowerCase();
  return l.indexOf('ё') >= 0 ? l.replace(YO, 'е') : l;
}

/** Shape of a number token from the separators it contains. */
function shapeOf(text: string, s: number, e: number): number {
  let dots = 0;
  let slashes = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) return F_ISO; // -
    if (c === 58) return F_COLON; // :
    if (c === 46) dots++;
    else if (c === 47) slashes++;
  }
  if (slashes > 0) return slashes + dots >= 2 ? F_MULTI : F_SLASH;
  return dots >= 2 ? F_MULTI : F_PLAIN;
}

/** ASCII, Latin-1 / Latin Extended-A/B and Cyrillic letters (the common case, checked without a regex). */
function isCommonLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0x0430 && c <= 0x044f) ||
    (c >= 0x0410 && c <= 0x042f) ||
    c === 0x0451 ||
    c === 0x0401 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** 2 for a line break, 1 for a visible space, 0 for a zero-width format character (ZWSP, RTL mark, BOM…). */
function spaceWeight(c: number): number {
  if (c === 10 || c === 13 || c === 11 || c === 12 || c === 0x2028 || c === 0x2029) return 2;
  if (c === 32 || c === 9 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return 1;
  return 0;
}

/**
 * One left-to-right pass; sticky regexes are only run where a number, a word or an exotic space starts,
 * and `test()` is used so no match arrays are allocated.
 */
function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let p = 0;
  let gap = 1;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) {
      if (gap < 1) gap = 1;
      p++;
      continue;
    }
    if (c >= 10 && c <= 13) {
      gap = 2;
      p++;
      continue;
    }
    let e: number;
    let k = PUNCT;
    let f = F_PLAIN;
    if (c >= 48 && c <= 57) {
      NUM_RE.lastIndex = p;
      e = NUM_RE.test(text) ? NUM_RE.lastIndex : p + 1;
      k = NUM;
      f = shapeOf(text, p, e);
    } else {
      const ascii = c < 128;
      if (isCommonLetter(c) || (!ascii && ((WORD_RE.lastIndex = p), WORD_RE.test(text)))) {
        // Latin and Cyrillic letters are scanned by hand; anything else falls back to the \p{L} regex.
        e = p + 1;
        for (;;) {
          while (e < n && isCommonLetter(text.charCodeAt(e))) e++;
          if (e >= n || text.charCodeAt(e) < 128) break;
          WORD_RE.lastIndex = e;
          if (!WORD_RE.test(text)) break;
          e = WORD_RE.lastIndex;
        }
        k = WORD;
      } else if (!ascii && ((SPACE_RE.lastIndex = p), SPACE_RE.test(text))) {
        const se = SPACE_RE.lastIndex;
        for (let i = p; i < se; i++) gap = Math.max(gap, spaceWeight(text.charCodeAt(i)));
        p = se;
        continue;
      } else {
        e = p + 1;
        if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
          const d = text.charCodeAt(p + 1);
          if (d >= 0xdc00 && d <= 0xdfff) e = p + 2;
        } else if ((c === 60 || c === 62 || c === 61) && p + 1 < n) {
          const d = text.charCodeAt(p + 1);
          if ((c !== 61 && d === 61) || (c === 61 && (d === 60 || d === 62))) e = p + 2; // <= >= =< =>
        }
      }
    }
    if (e <= p) e = p + 1;
    const raw = text.slice(p, e);
    out.push({ s: p, e, k, raw, low: k === WORD ? fold(raw) : raw, gap, f });
    gap = 0;
    p = e;
  }
  return out;
}

const WORDISH = /^[\p{L}\p{M}\d]/u;
function isWordish(t: string): boolean {
  return WORDISH.test(t);
}

// ---------------------------------------------------------------------------------------------
// Phrases: sequences of whole tokens, compiled from the lexicon once.

interface Phrase<T> {
  toks: string[];
  /** Per token: a word or number (may follow a space) rather than a sign (must be glued). */
  wordish: boolean[];
  /** Compare the raw text instead of the folded one (ISO codes, currency signs). */
  cs: boolean;
  /** The first letter must be a capital ("Feb"). */
  cap: boolean;
  /** The first token must be glued to what precedes it ("14d"). */
  glued: boolean;
  data: T;
}

function phraseToks(form: string, cs: boolean): string[] {
  return tokenize(form).map((t) => (cs ? t.raw : t.low));
}

class PhraseIndex<T> {
  private readonly map = new Map<string, Phrase<T>[]>();
  constructor(private readonly byLast = false) {}
  add(form: string, data: T, opts: { cs?: boolean; cap?: boolean; glued?: boolean } = {}): void {
    const cs = opts.cs ?? false;
    const toks = phraseToks(form, cs);
    if (toks.length === 0) return;
    const key = fold((this.byLast ? toks[toks.length - 1] : toks[0]) ?? '');
    let list = this.map.get(key);
    if (!list) this.map.set(key, (list = []));
    list.push({ toks, wordish: toks.map(isWordish), cs, cap: opts.cap ?? false, glued: opts.glued ?? false, data });
    list.sort((a, b) => b.toks.length - a.toks.length);
  }
  get(key: string): readonly Phrase<T>[] | undefined {
    return this.map.get(key);
  }
}

/** Index after the phrase if it matches at token `i`, else -1. The gap before token `i` is the caller's business. */
function matchAt<T>(toks: readonly Tok[], i: number, p: Phrase<T>): number {
  const n = p.toks.length;
  if (i + n > toks.length) return -1;
  for (let k = 0; k < n; k++) {
    const t = toks[i + k]!;
    const want = p.toks[k]!;
    if ((p.cs ? t.raw : t.low) !== want) return -1;
    if (k > 0) {
      if (t.gap === 2) return -1;
      if (t.gap !== 0 && !p.wordish[k]) return -1; // "руб.", "п.п.", "US$": signs stick to the previous token
    }
  }
  if (p.cap) {
    const c = toks[i]!.raw.charAt(0);
    if (c === c.toLowerCase()) return -1;
  }
  return i + n;
}

/** Index before the phrase if it ends right before token `i` (backwards match), else -1. */
function matchBefore<T>(toks: readonly Tok[], i: number, p: Phrase<T>): number {
  const n = p.toks.length;
  const from = i - n;
  if (from < 0) return -1;
  return matchAt(toks, from, p) === i ? from : -1;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary compiled into maps

type Cat = 'unit' | 'teen' | 'tens' | 'hund' | 'mul' | 'scale' | 'onehalf';
interface WordNum {
  v: number;
  cat: Cat;
  weak: boolean;
}

const WORD_NUMS = new Map<string, WordNum>();
function addNums(rec: Readonly<Record<string, number>>, cat: Cat): void {
  for (const [w, v] of Object.entries(rec)) WORD_NUMS.set(fold(w), { v, cat: cat === 'unit' && v >= 10 ? 'teen' : cat, weak: false });
}
addNums(EN.EN_SMALL, 'unit');
addNums(EN.EN_TENS, 'tens');
addNums(EN.EN_MULTIPLICANDS, 'mul');
addNums(EN.EN_SCALES, 'scale');
addNums(RU.RU_UNITS, 'unit');
addNums(RU.RU_TEENS, 'teen');
addNums(RU.RU_TENS, 'tens');
addNums(RU.RU_HUNDREDS, 'hund');
addNums(RU.RU_SCALES, 'scale');
for (const w of RU.RU_ONE_AND_A_HALF) WORD_NUMS.set(fold(w), { v: 1.5, cat: 'onehalf', weak: false });
for (const w of RU.RU_WEAK) {
  const x = WORD_NUMS.get(fold(w));
  if (x) x.weak = true;
}

function foldedMap<V>(rec: Readonly<Record<string, V>>): Map<string, V> {
  return new Map(Object.entries(rec).map(([k, v]) => [fold(k), v]));
}
function foldedSet(list: readonly string[]): Set<string> {
  return new Set(list.map(fold));
}

const SCALE_SPACED = new Map<string, number>([...foldedMap(EN.EN_SCALES), ...foldedMap(RU.RU_SCALES)]);
SCALE_SPACED.set('hundred', 100);
const SCALE_ABBR = new Map<string, number>([...foldedMap(EN.EN_SCALE_ABBREVIATIONS), ...foldedMap(RU.RU_SCALE_ABBREVIATIONS)]);
const SCALE_DOTTED = new Set(['тыс', 'млн', 'млрд', 'т', 'mln', 'bn', 'mn']);
const SCALE_GLUED_ONLY = new Set<string>([...foldedSet(RU.RU_SCALE_GLUED_ONLY), 'k']);
const MONEY_SCALE_LETTERS = foldedMap(EN.EN_MONEY_SCALE_LETTERS);
const ORDINALS = new Map<string, number>([...foldedMap(EN.EN_ORDINALS), ...foldedMap(RU.RU_ORDINALS)]);
const MULTIPLIER_WORDS = new Map<string, number>([...foldedMap(EN.EN_MULTIPLIERS), ...foldedMap(RU.RU_MULTIPLIERS)]);
const MULTIPLIER_IDIOMS = foldedSet(EN.EN_MULTIPLIER_IDIOMS);
const EN_FRACTIONS = foldedMap(EN.EN_FRACTIONS);
const FRACTION_FOLLOWERS = foldedSet(EN.EN_FRACTION_FOLLOWERS);
const HALF_BLOCKERS = foldedSet(EN.EN_HALF_BLOCKERS);
const RU_FRACTIONS = foldedMap(RU.RU_FRACTIONS);
const HALF_COMPOUNDS = foldedMap(RU.RU_HALF_COMPOUNDS);
const ORDINAL_SUFFIX_EN = foldedSet(EN.EN_ORDINAL_SUFFIXES);
const ORDINAL_SUFFIX_RU = foldedSet(RU.RU_ORDINAL_SUFFIXES);
const CARDINAL_SUFFIX_RU = foldedSet(RU.RU_CARDINAL_SUFFIXES);
const ORDINAL_CONTEXT = new Set<string>([...foldedSet(EN.EN_ORDINAL_CONTEXT), ...foldedSet(RU.RU_ORDINAL_CONTEXT)]);
const RANGE_OPENERS = new Map<string, 'from' | 'between'>([...foldedMap(EN.EN_RANGE_OPENERS), ...foldedMap(RU.RU_RANGE_OPENERS)]);
const RANGE_WORDS_EN = foldedSet(EN.EN_RANGE_WORDS);
const RANGE_WORDS_RU = foldedSet(RU.RU_RANGE_WORDS);
const RATIO_WORDS_RU = foldedSet(RU.RU_RATIO_WORDS);
const RATIO_MARKERS = new Set<string>([...foldedSet(EN.EN_RATIO_WORDS), ...foldedSet(RU.RU_RATIO_MARKERS)]);
// Single words only; "в течение" is matched as two tokens in parsePeriod().
const PERIOD_FOR = new Set<string>([...foldedSet(EN.EN_PERIOD_FOR), ...foldedSet(RU.RU_PERIOD_FOR.filter((w) => !w.includes(' ')))]);
const DURATION_ADJECTIVES = new Set<string>([...foldedSet(EN.EN_DURATION_ADJECTIVES), ...foldedSet(RU.RU_DURATION_ADJECTIVES)]);
const V_WORDS = new Set(['в', 'во']);
const SECOND_BLOCKERS = new Set(['a', 'per', 'each', 'every', 'one', 'split', 'this', 'that']);
const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−']);
const HYPHENS = new Set(['-', '‐', '‑']);
const X_SIGNS = new Set(['x', 'х', '×']);

interface DurUnit {
  days: number;
  months: number;
  hours?: number;
}
const TIME_UNITS: Record<EN.TimeUnit, DurUnit> = {
  minute: { days: 1 / 1440, months: 1 / 43200, hours: 1 / 60 },
  hour: { days: 1 / 24, months: 1 / 720, hours: 1 },
  day: { days: 1, months: 1 / 30 },
  week: { days: 7, months: 0.25 },
  month: { days: 30, months: 1 },
  quarter: { days: 91, months: 3 },
  year: { days: 365, months: 12 },
};

type UnitData =
  | { kind: 'percent' }
  | { kind: 'money'; code: string; scale?: number }
  | { kind: 'duration'; unit: DurUnit }
  | { kind: 'multiplier'; needsV?: boolean }
  | { kind: 'time' }
  | { kind: 'date' }
  | { kind: 'year' }
  | { kind: 'fraction'; den: number; needsOf?: boolean };

const UNITS = new PhraseIndex<UnitData>();
// Year words first, so that "2025 года" is a year while "2 года" falls through to a duration.
for (const w of RU.RU_YEAR_WORDS) UNITS.add(w, { kind: 'year' });
for (const w of [...EN.EN_PERCENT, ...RU.RU_PERCENT, '%', '٪', '％']) UNITS.add(w, { kind: 'percent' });
// Denominators before time units, so that "three quarters of users" is a share and "3 quarters" a duration.
for (const [w, d] of Object.entries(EN.EN_FRACTIONS)) {
  if (w === 'half' || w === 'halves') continue;
  UNITS.add(w, { kind: 'fraction', den: d, needsOf: w.startsWith('quarter') });
}
for (const [w, u] of [...Object.entries(EN.EN_DURATIONS), ...Object.entries(RU.RU_DURATIONS)]) {
  UNITS.add(w, { kind: 'duration', unit: TIME_UNITS[u] });
}
// "14d", "48h" (lowercase only: "3D" is not three days).
for (const [w, u] of Object.entries(EN.EN_DURATIONS_GLUED)) UNITS.add(w, { kind: 'duration', unit: TIME_UNITS[u] }, { glued: true, cs: true });
for (const w of EN.EN_MULTIPLIER_UNITS) UNITS.add(w, { kind: 'multiplier' });
for (const w of RU.RU_TIMES) UNITS.add(w, { kind: 'multiplier', needsV: true });
for (const w of [...EN.EN_TIME_SUFFIXES, ...RU.RU_TIME_SUFFIXES]) UNITS.add(w, { kind: 'time' });
for (const w of Object.keys(EN.EN_MONTHS)) UNITS.add(w, { kind: 'date' }, { cap: true });
for (const w of Object.keys(RU.RU_MONTHS)) UNITS.add(w, { kind: 'date' });
for (const [w, d] of Object.entries(RU.RU_FRACTION_DENOMINATORS)) UNITS.add(w, { kind: 'fraction', den: d });

/** Currency signs and codes that may stand before the amount. */
const CURRENCY_PREFIX = new PhraseIndex<string>();
for (const c of CURRENCIES) {
  for (const s of c.symbols) {
    UNITS.add(s, { kind: 'money', code: c.code }, { cs: true });
    CURRENCY_PREFIX.add(s, c.code, { cs: true });
  }
  UNITS.add(c.code, { kind: 'money', code: c.code }, { cs: true });
  CURRENCY_PREFIX.add(c.code, c.code, { cs: true });
  if (c.lowercaseCode) {
    UNITS.add(c.code.toLowerCase(), { kind: 'money', code: c.code }, { cs: true });
    CURRENCY_PREFIX.add(c.code.toLowerCase(), c.code, { cs: true });
  }
  for (const w of [...c.abbreviations, ...c.en, ...c.ru]) UNITS.add(w, { kind: 'money', code: c.code });
  for (const [w, f] of c.scaled ?? []) UNITS.add(w, { kind: 'money', code: c.code, scale: f });
}

const PERIODS = new PhraseIndex<number>();
for (const [w, m] of [...Object.entries(EN.EN_PERIODS), ...Object.entries(RU.RU_PERIODS)]) PERIODS.add(w, m);

const COMPARATORS = new PhraseIndex<Comparator>(true);
for (const src of [EN.EN_COMPARATORS, RU.RU_COMPARATORS]) {
  for (const op of ['lt', 'lte', 'gt', 'gte', 'approx'] as const) for (const w of src[op]) COMPARATORS.add(w, op);
}

const ID_CONTEXT = new PhraseIndex<true>(true);
for (const w of [...EN.EN_ID_CONTEXT, ...RU.RU_ID_CONTEXT]) ID_CONTEXT.add(w, true);

const MONTHS_BEFORE = new PhraseIndex<number>(true);
for (const [w, m] of Object.entries(EN.EN_MONTHS)) MONTHS_BEFORE.add(w, m, { cap: true });

/** Every word that can start a quantity by itself; anything else is skipped with one lookup. */
const WORD_TRIGGERS = new Set<string>([
  ...WORD_NUMS.keys(),
  ...MULTIPLIER_WORDS.keys(),
  ...HALF_COMPOUNDS.keys(),
  ...RU_FRACTIONS.keys(),
  ...ORDINALS.keys(),
  'a',
  'an',
  'half',
]);

const HYPHEN_STEMS: readonly (readonly [string, UnitData])[] = [
  ...Object.entries(RU.RU_DURATION_STEMS).map(([s, u]) => [fold(s), { kind: 'duration', unit: TIME_UNITS[u] }] as const),
  ...RU.RU_PERCENT_STEMS.map((s) => [fold(s), { kind: 'percent' }] as const),
  ...RU.RU_MULTIPLIER_STEMS.map((s) => [fold(s), { kind: 'multiplier' }] as const),
];

/** Half of a unit: half a year is 6 months of 30 days (180, like "полгода"), not 182.5. */
function halfDays(u: DurUnit): number {
  return u === TIME_UNITS.year ? 180 : round(0.5 * u.days);
}

/** Bare period words ("month" after "a", "месяц", "недели") by the case of the preposition they follow. */
type BareCase = 'en' | 'acc' | 'gen';
const BARE_PERIODS = new Map<string, { unit: DurUnit; cs: BareCase }>();
for (const [w, u] of Object.entries(EN.EN_BARE_PERIODS)) BARE_PERIODS.set(fold(w), { unit: TIME_UNITS[u], cs: 'en' });
for (const [w, u] of Object.entries(RU.RU_BARE_PERIODS_ACC)) BARE_PERIODS.set(fold(w), { unit: TIME_UNITS[u], cs: 'acc' });
for (const [w, u] of Object.entries(RU.RU_BARE_PERIODS_GEN)) BARE_PERIODS.set(fold(w), { unit: TIME_UNITS[u], cs: 'gen' });
/** Genitive period words a Russian comparator may take ("до года", "более месяца"); not "до часа" / "до дня" (a time, a date). */
const BARE_AFTER_COMPARATOR_RU = foldedSet(['недели', 'месяца', 'квартала', 'года', 'суток']);
const DURATION_PREPS = new PhraseIndex<BareCase>(true);
for (const w of EN.EN_DURATION_PREPOSITIONS) DURATION_PREPS.add(w, 'en');
for (const [w, cs] of Object.entries(RU.RU_DURATION_PREPOSITIONS)) DURATION_PREPS.add(w, cs);
const BARE_EXCEPTIONS = foldedSet(RU.RU_BARE_PERIOD_EXCEPTIONS);
const DURATION_POSTS_EN = foldedSet(EN.EN_DURATION_POSTPOSITIONS);
const DURATION_POSTS_RU = foldedSet(RU.RU_DURATION_POSTPOSITIONS);
const FREQUENCY_WORDS = new Set<string>([...foldedSet(EN.EN_FREQUENCY_WORDS), ...foldedSet(RU.RU_FREQUENCY_WORDS)]);
const MINUS_WORDS = new Set<string>([...foldedSet(EN.EN_MINUS_WORDS), ...foldedSet(RU.RU_MINUS_WORDS)]);
/** Minus signs that make a glued number negative ("−15%", "–15%", "-15%"); not the em dash. */
const MINUS_SIGNS = new Set(['-', '−', '–', '‒', '﹣', '－']);
// "через месяц", "в течение недели": Russian period words start a quantity by themselves.
for (const [w, b] of BARE_PERIODS) if (b.cs !== 'en') WORD_TRIGGERS.add(w);

/** Compound duration adjectives: "двухнедельный", "сорокапятидневный", "полуторамесячный", "месячный". */
function alternation(keys: Iterable<string>): string {
  return [...new Set([...keys].map(fold))].sort((a, b) => b.length - a.length).join('|');
}
const COMPOUND_VALUES = new Map<string, number>(
  [RU.RU_COMPOUND_TENS, RU.RU_COMPOUND_UNITS, RU.RU_COMPOUND_OTHERS].flatMap((r) => Object.entries(r).map(([k, v]) => [fold(k), v] as const)),
);
const DURATION_STEM_UNITS = new Map<string, DurUnit>(Object.entries(RU.RU_DURATION_STEMS).map(([s, u]) => [fold(s), TIME_UNITS[u]]));
const BARE_DURATION_STEMS = foldedSet(RU.RU_BARE_DURATION_STEMS);
const RATE_NOUN_STEMS = [...foldedSet(RU.RU_RATE_NOUN_STEMS)];
// Anchored alternations of literals: at most a few attempts per position, no nested quantifiers.
const DURATION_ADJ_RE = new RegExp(
  `^(?:(${alternation(Object.keys(RU.RU_COMPOUND_TENS))})(${alternation(Object.keys(RU.RU_COMPOUND_UNITS))})?|(${alternation([
    ...Object.keys(RU.RU_COMPOUND_UNITS),
    ...Object.keys(RU.RU_COMPOUND_OTHERS),
  ])}))?(${alternation(DURATION_STEM_UNITS.keys())})(?:${alternation(RU.RU_ADJECTIVE_ENDINGS)})$`,
);

// ---------------------------------------------------------------------------------------------
// Scanner

interface Ctx {
  text: string;
  toks: Tok[];
  out: Quantity[];
  /** Token index up to which tokens belong to an emitted quantity (or were skipped). */
  used: number;
}

interface Core {
  /** Token range [s, e). */
  s: number;
  e: number;
  value: number;
  /** The factor a trailing scale word applied ("110 thousand" → 1000), 1 if none. */
  scale: number;
  word: boolean;
  weak: boolean;
}

interface Unit {
  e: number;
  data: UnitData;
}

/** Trims binary noise ("2.3 × 1000" → 2300, not 2299.9999999999995). */
function round(x: number): number {
  return Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

const SPACE_SEPARATORS = /[ \u00A0\u202F\u2009]/g;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const ZERO_COMMA = /^0,\d{3}$/;
const COMMAS = /,/g;
const DOTS = /\./g;
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const NUM_SEPARATORS = /[./:\-]/;
const DD_SLASH_MM = /^\d{2}\/\d{2}$/;
const PRICE_WORDS = new Set(['price', 'priced', 'off']);
/** Scale words that mean exactly one of it on their own ("тысяча рублей", "a million"), unlike "тысячи клиентов". */
const SINGULAR_SCALES = new Set([
  'тысяча', 'тысячу', 'тысячей', 'тысячею', 'тысяче', 'миллион', 'миллиону', 'миллионом', 'миллионе', 'миллиард',
  'миллиарду', 'миллиардом', 'миллиарде', 'thousand', 'million', 'billion',
]);
function plainValue(raw: string): number {
  // Fast path: digits, possibly grouped by spaces ("3 200", "120 000").
  let v = 0;
  let simple = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
    else if (c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 0x2009) {
      simple = false;
      break;
    }
  }
  if (simple) return v;
  let s = raw.replace(SPACE_SEPARATORS, '');
  if (s.includes(',')) {
    if (COMMA_THOUSANDS.test(s) && !ZERO_COMMA.test(s)) s = s.replace(COMMAS, '');
    else s = s.replace(',', '.');
  }
  return Number(s);
}

function isDotThousands(raw: string): boolean {
  return DOT_THOUSANDS.test(raw);
}

/** Digits (with an optional cardinal ending and scale) or a run of number words, starting at token `i`. */
function parseCore(c: Ctx, i: number, money: boolean): Core | null {
  const t = c.toks[i];
  if (!t) return null;
  if (t.k === NUM) {
    if (t.f === F_PLAIN) return digitCore(c, i, plainValue(t.raw), money);
    if (t.f === F_MULTI && isDotThousands(t.raw)) return digitCore(c, i, Number(t.raw.replace(DOTS, '')), money);
    return null;
  }
  if (t.k === WORD) return wordCore(c, i);
  return null;
}

function digitCore(c: Ctx, i: number, value: number, money: boolean): Core | null {
  const toks = c.toks;
  if (!Number.isFinite(value)) return null;
  let e = i + 1;
  let scale = 1;
  // "2-х", "5-ти": a case ending of the cardinal, not an ordinal.
  const h = toks[e];
  const hw = toks[e + 1];
  if (h && hw && h.gap === 0 && HYPHENS.has(h.raw) && hw.gap === 0 && hw.k === WORD && CARDINAL_SUFFIX_RU.has(hw.low)) e += 2;
  const g = toks[e];
  if (g && g.k === WORD && g.gap <= 1) {
    let sc: number | undefined;
    if (g.gap === 0) {
      sc = SCALE_ABBR.get(g.low);
      if (sc === undefined && money) sc = MONEY_SCALE_LETTERS.get(g.low);
      if (sc === undefined && (g.raw === 'M' || g.raw === 'B' || g.raw === 'K')) sc = g.raw === 'M' ? 1e6 : g.raw === 'B' ? 1e9 : 1e3;
    } else if (!SCALE_GLUED_ONLY.has(g.low)) {
      sc = SCALE_SPACED.get(g.low) ?? SCALE_ABBR.get(g.low);
    }
    if (sc !== undefined) {
      scale = sc;
      e++;
      const dot = toks[e];
      if (dot && dot.raw === '.' && dot.gap === 0 && SCALE_DOTTED.has(g.low) && !dotBeforeDigit(c, e)) e++;
    }
  }
  let v = value;
  const half = andAHalf(c, e);
  if (half > e) {
    v += 0.5;
    e = half;
    // "2 с половиной тысячи": the scale comes after the half.
    const sc = scale === 1 ? scaleAt(c, e, Infinity) : null;
    if (sc) {
      scale = sc.v;
      e = sc.e;
    }
  }
  return { s: i, e, value: round(v * scale), scale, word: false, weak: false };
}

/**
 * A spaced scale word or abbreviation right at token `j`, smaller than `below` ("… and a half thousand",
 * "… с половиной тысяч", "… с половиной тыс."): its factor and the index after it (and after an
 * abbreviation dot), else null. "hundred" is not taken ("two and a half hundred" is not a way to say 250).
 */
function scaleAt(c: Ctx, j: number, below: number): { v: number; e: number } | null {
  const toks = c.toks;
  const t = toks[j];
  if (!t || t.k !== WORD || t.gap !== 1 || SCALE_GLUED_ONLY.has(t.low)) return null;
  const v = SCALE_SPACED.get(t.low) ?? SCALE_ABBR.get(t.low);
  if (v === undefined || v < 1000 || v >= below) return null;
  let e = j + 1;
  const dot = toks[e];
  if (dot && dot.raw === '.' && dot.gap === 0 && SCALE_DOTTED.has(t.low) && !dotBeforeDigit(c, e)) e++;
  return { v, e };
}

/** A dot right before a glued digit is not an abbreviation dot ("5 тыс.5" is garbage; keep the dot out). */
function dotBeforeDigit(c: Ctx, dotIdx: number): boolean {
  const n = c.toks[dotIdx + 1];
  return !!n && n.gap === 0 && n.k === NUM;
}

/** "and a half" / "с половиной" right at token `e`: the index after it, else `e`. */
function andAHalf(c: Ctx, e: number): number {
  const toks = c.toks;
  const a = toks[e];
  if (!a || a.gap !== 1 || a.k !== WORD) return e;
  if (a.low === 'and') {
    const b = toks[e + 1];
    const h = toks[e + 2];
    if (b && h && b.gap === 1 && h.gap === 1 && (b.low === 'a' || b.low === 'one') && h.low === 'half') return e + 3;
  } else if (a.low === 'с') {
    const h = toks[e + 1];
    if (h && h.gap === 1 && h.low === 'половиной') return e + 2;
  }
  return e;
}

const ALLOWED_AFTER: Record<Cat | 'none', ReadonlySet<Cat>> = {
  none: new Set<Cat>(['unit', 'teen', 'tens', 'hund', 'mul', 'scale', 'onehalf']),
  unit: new Set<Cat>(['mul', 'scale']),
  teen: new Set<Cat>(['mul', 'scale']),
  tens: new Set<Cat>(['unit', 'mul', 'scale']),
  hund: new Set<Cat>(['unit', 'teen', 'tens', 'scale']),
  mul: new Set<Cat>(['unit', 'teen', 'tens', 'scale']),
  scale: new Set<Cat>(['unit', 'teen', 'tens', 'hund']),
  onehalf: new Set<Cat>(['scale']),
};

function wordCore(c: Ctx, i: number): Core | null {
  const toks = c.toks;
  let j = i;
  let total = 0;
  let cur = 0;
  let last: Cat | 'none' = 'none';
  let lastScale = Infinity;
  let count = 0;
  let firstWeak = false;
  let bareScale = false;
  const t0 = toks[i]!;
  if (t0.low === 'a' || t0.low === 'an') {
    const n1 = toks[i + 1];
    const w = n1 && n1.gap === 1 ? WORD_NUMS.get(n1.low) : undefined;
    if (!w || (w.cat !== 'scale' && w.cat !== 'mul')) return null;
    cur = 1;
    last = 'unit';
    j = i + 1;
    count = 1;
  }
  for (;;) {
    const t = toks[j];
    if (!t || t.k !== WORD) break;
    if (j > i && t.gap !== 1) break;
    const w = WORD_NUMS.get(t.low);
    if (!w || !ALLOWED_AFTER[last].has(w.cat)) break;
    if (w.cat === 'scale') {
      if (w.v >= lastScale) break;
      if (last === 'none') bareScale = true;
      total += (cur || 1) * w.v;
      cur = 0;
      lastScale = w.v;
    } else if (w.cat === 'mul') {
      if (cur >= 100) break;
      cur = (cur || 1) * w.v;
    } else {
      if (w.cat === 'unit' && w.v === 0 && last !== 'none') break;
      if (cur + w.v >= lastScale) break;
      cur += w.v;
    }
    if (count === 0) firstWeak = w.weak;
    count++;
    last = w.cat;
    j++;
    // "thirty-five": a tens word, a glued hyphen, a glued unit word.
    if (w.cat === 'tens') {
      const h = toks[j];
      const u = toks[j + 1];
      if (h && u && h.gap === 0 && HYPHENS.has(h.raw) && u.gap === 0) {
        const uw = WORD_NUMS.get(u.low);
        if (uw && uw.cat === 'unit' && uw.v > 0) {
          cur += uw.v;
          last = 'unit';
          count++;
          j += 2;
        }
      }
    }
    // "two hundred and fifty", "one thousand and five".
    if (last === 'mul' || last === 'scale') {
      const a = toks[j];
      const n = toks[j + 1];
      if (a && n && a.low === 'and' && a.gap === 1 && n.gap === 1) {
        const nw = WORD_NUMS.get(n.low);
        if (nw && (nw.cat === 'unit' || nw.cat === 'teen' || nw.cat === 'tens') && nw.v > 0) j++;
      }
    }
  }
  if (count === 0) return null;
  let value = total + cur;
  let scale = last === 'scale' ? lastScale : 1;
  const half = andAHalf(c, j);
  if (half > j) {
    j = half;
    // "two and a half thousand", "двух с половиной тысяч": the half belongs to the group before the scale.
    const sc = last === 'unit' || last === 'teen' || last === 'tens' ? scaleAt(c, j, lastScale) : null;
    if (sc) {
      value = total + (cur + 0.5) * sc.v;
      scale = sc.v;
      j = sc.e;
      count++;
    } else value += 0.5;
  }
  const weak = (count === 1 && firstWeak) || (bareScale && count === 1 && t0.low !== 'a' && t0.low !== 'an' && !SINGULAR_SCALES.has(t0.low));
  return { s: i, e: j, value: round(value), scale, word: true, weak };
}

/** Whether word token `w` after a hyphen is (the start of) a known unit; returns the unit. */
function hyphenUnit(c: Ctx, j: number): Unit | null {
  const toks = c.toks;
  const h = toks[j];
  const w = toks[j + 1];
  if (!h || !w || h.gap !== 0 || !HYPHENS.has(h.raw) || w.gap !== 0 || w.k !== WORD) return null;
  const list = UNITS.get(w.low);
  if (list) {
    for (const p of list) {
      const d = p.data;
      if (d.kind !== 'duration' && d.kind !== 'percent' && d.kind !== 'money' && d.kind !== 'multiplier' && d.kind !== 'fraction') continue;
      if (d.kind === 'multiplier' && d.needsV) continue;
      const e = matchAt(toks, j + 1, p);
      if (e > 0) return { e, data: d };
    }
  }
  for (const [stem, data] of HYPHEN_STEMS) if (w.low.startsWith(stem)) return { e: j + 2, data };
  return null;
}

interface UnitOpts {
  /** The currency of a sign before the number, if any: only the same currency may follow. */
  prefix: string | null;
  vBefore: boolean;
  yearLike: boolean;
  /** The core is a whole number from 1 to 31 written in digits (may be a day of the month). */
  dayLike: boolean;
  /** The core is a small whole number written in digits or words (may be a clock hour or a numerator). */
  small: boolean;
}

function parseUnit(c: Ctx, j: number, o: UnitOpts): Unit | null {
  const toks = c.toks;
  const t = toks[j];
  if (!t || t.gap === 2) return null;
  if (o.prefix === null) {
    const hu = hyphenUnit(c, j);
    if (hu) return hu;
  }
  const u = unitPhrase(c, j, o);
  if (u) return u;
  // "10 business days", "14 рабочих дней".
  if (o.prefix === null && t.k === WORD && t.gap === 1 && DURATION_ADJECTIVES.has(t.low)) {
    const n = toks[j + 1];
    if (n && n.gap === 1) {
      const d = unitPhrase(c, j + 1, o);
      if (d && d.data.kind === 'duration') return d;
    }
  }
  return null;
}

function unitPhrase(c: Ctx, j: number, o: UnitOpts): Unit | null {
  const toks = c.toks;
  const t = toks[j]!;
  // A multiplication sign or letter x glued to the number ("1.8x", "3×"), unless a dimension follows ("1920x1080").
  if (o.prefix === null && X_SIGNS.has(t.low) && (t.gap === 0 || t.raw === '×')) {
    const n = toks[j + 1];
    if (!(n && n.k === NUM && n.gap <= (t.raw === '×' ? 1 : 0))) return { e: j + 1, data: { kind: 'multiplier' } };
    return null;
  }
  const list = UNITS.get(t.low);
  if (!list) return null;
  for (const p of list) {
    const d = p.data;
    if (p.glued && t.gap !== 0) continue;
    if (o.prefix !== null && (d.kind !== 'money' || d.code !== o.prefix || d.scale)) continue;
    switch (d.kind) {
      case 'year':
        if (!o.yearLike) continue;
        break;
      case 'multiplier':
        if (d.needsV && !o.vBefore) continue;
        break;
      case 'time':
        if (!o.small) continue;
        break;
      case 'date':
        if (!o.dayLike) continue;
        break;
      case 'fraction': {
        if (!o.small) continue;
        break;
      }
      default:
        break;
    }
    const e = matchAt(toks, j, p);
    if (e < 0) continue;
    if (d.kind === 'fraction' && d.needsOf) {
      const n = toks[e];
      if (!n || n.gap !== 1 || (n.low !== 'of' && n.low !== 'off')) continue;
    }
    return { e, data: d };
  }
  return null;
}

function matchCurrencyPrefix(c: Ctx, i: number): { code: string; e: number } | null {
  const toks = c.toks;
  const t = toks[i];
  if (!t) return null;
  const list = CURRENCY_PREFIX.get(t.low);
  if (!list) return null;
  // A sign glued to a word or number on its left belongs to that ("35$" is a suffix; "abc$5" is nothing).
  const prev = toks[i - 1];
  if (prev && t.gap === 0 && (prev.k === WORD || prev.k === NUM)) return null;
  for (const p of list) {
    const e = matchAt(toks, i, p);
    if (e < 0) continue;
    const n = toks[e];
    if (!n || n.k !== NUM || n.gap > 1) continue;
    return { code: p.data, e };
  }
  return null;
}

function parsePeriod(c: Ctx, j: number): { months: number; e: number } | null {
  const toks = c.toks;
  const t = toks[j];
  if (!t || t.gap === 2) return null;
  const list = PERIODS.get(t.low);
  if (list) {
    for (const p of list) {
      const e = matchAt(toks, j, p);
      if (e > 0) return { months: p.data, e };
    }
  }
  // "for six months", "за полгода", "на 6 месяцев", "for a year", "в течение 3 месяцев".
  let k = -1;
  if (t.k === WORD && t.gap === 1 && PERIOD_FOR.has(t.low)) k = j + 1;
  else if (t.low === 'в' && toks[j + 1]?.low === 'течение' && toks[j + 1]!.gap === 1) k = j + 2;
  if (k < 0) return null;
  const n = toks[k];
  if (!n || n.gap !== 1) return null;
  const pol = n.k === WORD ? HALF_COMPOUNDS.get(n.low) : undefined;
  if (pol && 'unit' in pol) return { months: pol.amount * TIME_UNITS[pol.unit].months, e: k + 1 };
  let count = 1;
  let u = k;
  if (n.low === 'a' || n.low === 'an' || n.low === 'the') u = k + 1;
  else {
    const core = parseCore(c, k, false);
    if (core) {
      count = core.value;
      u = core.e;
    }
  }
  const ut = toks[u];
  if (!ut || ut.gap === 2) return null;
  const unit = unitPhrase(c, u, { prefix: null, vBefore: false, yearLike: false, dayLike: false, small: false });
  if (!unit || unit.data.kind !== 'duration') return null;
  return { months: round(count * unit.data.unit.months), e: unit.e };
}

function findComparator(c: Ctx, sTok: number): { op: Comparator; at: number } | null {
  const toks = c.toks;
  const first = toks[sTok];
  const prev = toks[sTok - 1];
  if (!first || !prev || first.gap === 2) return null;
  const list = COMPARATORS.get(prev.low);
  if (!list) return null;
  for (const p of list) {
    const from = matchBefore(toks, sTok, p);
    if (from < 0 || from < c.used) continue;
    // A word comparator must be separated from the number ("under5" is not a thing); signs may be glued.
    if (first.gap === 0 && p.wordish[p.wordish.length - 1]) continue;
    return { op: p.data, at: toks[from]!.s };
  }
  return null;
}

/** Looks back from token `sTok` for a context word that makes the number a position, an id or a date. */
function contextRole(c: Ctx, sTok: number): 'ordinal' | 'id' | 'date' | null {
  const toks = c.toks;
  const first = toks[sTok];
  const prev = toks[sTok - 1];
  if (!first || !prev || first.gap === 2) return null;
  const idList = ID_CONTEXT.get(prev.low);
  if (idList) {
    for (const p of idList) {
      const from = matchBefore(toks, sTok, p);
      if (from >= 0 && from >= c.used) return 'id';
    }
  }
  // "day 14", "Week 3", "day-10 email"
  let w = prev;
  let wi = sTok - 1;
  if (HYPHENS.has(prev.raw) && first.gap === 0 && prev.gap === 0 && toks[sTok - 2]) {
    w = toks[sTok - 2]!;
    wi = sTok - 2;
  }
  if (w.k === WORD && wi >= c.used && ORDINAL_CONTEXT.has(w.low) && (first.gap === 1 || w !== prev)) return 'ordinal';
  const mList = MONTHS_BEFORE.get(prev.low);
  if (mList && first.gap === 1) {
    for (const p of mList) {
      const from = matchBefore(toks, sTok, p);
      if (from >= 0 && from >= c.used) return 'date';
    }
  }
  return null;
}

function rangeOpener(c: Ctx, sTok: number): 'from' | 'between' | null {
  const prev = c.toks[sTok - 1];
  const first = c.toks[sTok];
  if (!prev || !first || first.gap !== 1 || prev.k !== WORD || sTok - 1 < c.used) return null;
  return RANGE_OPENERS.get(prev.low) ?? null;
}

function emit(c: Ctx, sTok: number, eTok: number, q: Omit<Quantity, 'start' | 'end' | 'text'>): void {
  const toks = c.toks;
  const a = toks[sTok];
  const b = toks[eTok - 1];
  if (!a || !b) return;
  const start = a.s;
  const end = b.e;
  if (!(start < end) || !Number.isFinite(q.value)) return;
  const last = c.out[c.out.length - 1];
  if (last && start < (last.periodEnd ?? last.end)) return;
  const out: Quantity = { start, end, text: c.text.slice(start, end), ...q };
  if (!out.role && out.kind !== 'ratio') {
    const m = minusBefore(c, sTok);
    if (m >= 0) {
      out.negative = true;
      // "до −15%": the comparator stands before the sign.
      if (out.op === undefined && out.high === undefined) {
        const cmp = findComparator(c, m);
        if (cmp) {
          out.op = cmp.op;
          out.opStart = cmp.at;
        }
      }
    }
  }
  c.out.push(out);
  c.used = Math.max(c.used, eTok);
}

/**
 * Token index of a minus right before token `sTok`: a sign glued to the number and not glued to a word or
 * number on its left ("−15%", "(–15%)", "-$50", not "A-15", not "5–15%"), or the word "минус" / "minus".
 */
function minusBefore(c: Ctx, sTok: number): number {
  const toks = c.toks;
  const m = sTok - 1;
  const p = toks[m];
  const first = toks[sTok];
  if (!p || !first || m < c.used || first.gap === 2) return -1;
  if (p.k === PUNCT && first.gap === 0 && MINUS_SIGNS.has(p.raw)) {
    const pp = toks[m - 1];
    if (!pp || p.gap >= 1 || (pp.k === PUNCT && !MINUS_SIGNS.has(pp.raw) && pp.raw !== '.' && pp.raw !== '%')) return m;
    return -1;
  }
  if (p.k === WORD && first.gap === 1 && MINUS_WORDS.has(p.low)) return m;
  return -1;
}

function withComparator(c: Ctx, sTok: number, q: Omit<Quantity, 'start' | 'end' | 'text'>): typeof q {
  const cmp = findComparator(c, sTok);
  if (cmp) {
    q.op = cmp.op;
    q.opStart = cmp.at;
  }
  return q;
}

/** Skips a run of glued tokens starting at `i` (an identifier such as "A1-B2" or "v0.2"). */
function skipGlued(c: Ctx, i: number): number {
  const toks = c.toks;
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.gap !== 0) break;
    if (t.k === NUM || t.k === WORD) {
      j++;
      continue;
    }
    // keep going through "." or "-" only when another glued number or word follows
    const n = toks[j + 1];
    if ((t.raw === '.' || HYPHENS.has(t.raw) || t.raw === '_') && n && n.gap === 0 && (n.k === NUM || n.k === WORD)) {
      j += 2;
      continue;
    }
    break;
  }
  c.used = Math.max(c.used, j);
  return j;
}

function leftGlued(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  const p = c.toks[i - 1];
  if (!p || t.gap !== 0) return false;
  if (p.k === WORD || p.k === NUM) return true;
  // "v.2", "A.1"
  if (p.raw === '.' || p.raw === '_') {
    const pp = c.toks[i - 2];
    return !!pp && p.gap === 0 && pp.k === WORD;
  }
  return false;
}

const YEAR_RE = /^\d{4}$/;
const SAME_SEP = /^\d+([./])\d+\1\d+$/;
const DDMM_RE = /^(\d{2})\.(\d{2})$/;

function isYear(c: Ctx, core: Core): boolean {
  const t = c.toks[core.s]!;
  if (core.word || core.scale !== 1 || core.e !== core.s + 1 || t.f !== F_PLAIN || t.raw.length !== 4 || !YEAR_RE.test(t.raw)) return false;
  return core.value >= 1900 && core.value <= 2100;
}

/**
 * A quantity whose number starts at token `ci` (digits or number words), optionally after a currency sign
 * or code at token `pre`. Returns the index to continue from, or -1 when nothing numeric starts there.
 */
function numeric(c: Ctx, ci: number, prefix: { code: string; s: number } | null): number {
  const toks = c.toks;
  const core = parseCore(c, ci, prefix !== null);
  if (!core) return -1;
  const sTok = prefix ? prefix.s : ci;
  const first = toks[ci]!;
  let j = core.e;

  // "2nd", "the 18th", "35-й", "46-го": positions.
  if (!prefix && !core.word) {
    const a = toks[j];
    const b = toks[j + 1];
    let oe = -1;
    if (a && a.gap === 0 && a.k === WORD && ORDINAL_SUFFIX_EN.has(a.low) && core.e === ci + 1) oe = j + 1;
    else if (a && b && a.gap === 0 && HYPHENS.has(a.raw) && b.gap === 0 && b.k === WORD && ORDINAL_SUFFIX_RU.has(b.low)) oe = j + 2;
    if (oe > 0) {
      const n = toks[oe];
      if (n && n.gap === 0 && n.k === WORD) return skipGlued(c, oe - 1);
      const range = ordinalRange(c, oe);
      const q: Omit<Quantity, 'start' | 'end' | 'text'> = { kind: 'number', value: core.value, role: 'ordinal' };
      if (range) q.high = range.high;
      emit(c, sTok, range ? range.e : oe, withComparator(c, sTok, q));
      return range ? range.e : oe;
    }
  }

  let plus = false;
  const pt = toks[j];
  if (pt && pt.raw === '+' && pt.gap === 0) {
    plus = true;
    j++;
  }

  const vTok = toks[sTok - 1];
  const vBefore = !!vTok && vTok.k === WORD && V_WORDS.has(vTok.low) && toks[sTok]!.gap === 1 && sTok - 1 >= c.used;
  const yearLike = !prefix && isYear(c, core);
  const intValue = Number.isInteger(core.value);
  const opts: UnitOpts = {
    prefix: prefix ? prefix.code : null,
    vBefore,
    yearLike,
    dayLike: !prefix && !core.word && intValue && core.value >= 1 && core.value <= 31 && core.scale === 1,
    small: !prefix && intValue && core.value >= 0 && core.value <= 24 && core.scale === 1,
  };
  let unit = parseUnit(c, j, opts);
  if (unit && (unit.data.kind === 'date' || unit.data.kind === 'time' || unit.data.kind === 'year') && plus) unit = null;
  if (core.weak && !unit) return -1;
  let e = unit ? unit.e : j;

  // Ranges and ratios: "$32–38", "3–4,5%", "от 2 до 4%", "between 5 and 7 days", "2 to 1", "3 к 1".
  let high: number | undefined;
  let highUnit: UnitData | null = null;
  let ratio: [number, number] | undefined;
  let lowValue = core.value;
  const opener = rangeOpener(c, sTok);
  const unitKind = unit?.data.kind;
  const canRange = !plus && (unitKind === undefined || unitKind === 'money' || unitKind === 'percent' || unitKind === 'duration' || unitKind === 'multiplier');
  const conn = toks[e];
  if (canRange && conn && conn.gap <= 1) {
    let k = -1;
    let kind: 'dash' | 'to' | 'word' | 'ratio' = 'dash';
    if (conn.k === PUNCT && DASHES.has(conn.raw)) k = e + 1;
    else if (conn.k === WORD && conn.gap === 1) {
      if (RANGE_WORDS_EN.has(conn.low)) (k = e + 1), (kind = 'to');
      else if (RANGE_WORDS_RU.has(conn.low) && opener === 'from') (k = e + 1), (kind = 'word');
      else if ((conn.low === 'and' || conn.low === 'и') && opener === 'between') (k = e + 1), (kind = 'word');
      else if (RATIO_WORDS_RU.has(conn.low) && !unit && !prefix) (k = e + 1), (kind = 'ratio');
    } else if (conn.raw === ':' && !unit && !prefix && toks[e + 1]?.gap === conn.gap) (k = e + 1), (kind = 'ratio');
    const n = k > 0 ? toks[k] : undefined;
    if (n && n.gap <= 1) {
      let ci2 = k;
      let p2: string | null = null;
      const cp = matchCurrencyPrefix(c, k);
      const moneyCode = prefix ? prefix.code : unit?.data.kind === 'money' ? unit.data.code : null;
      if (cp && (moneyCode === null || cp.code === moneyCode) && (unit === null || unit.data.kind === 'money')) {
        ci2 = cp.e;
        p2 = cp.code;
      }
      const core2 = parseCore(c, ci2, (moneyCode ?? p2) !== null);
      if (core2) {
        // "999-123-45-67": a dash chain is a phone number or an id, not a range.
        const after = toks[core2.e];
        const after2 = toks[core2.e + 1];
        if (kind === 'dash' && conn.gap === 0 && after && after2 && after.gap === 0 && DASHES.has(after.raw) && after2.gap === 0 && after2.k === NUM) {
          return skipGlued(c, ci);
        }
        let j2 = core2.e;
        let plus2 = false;
        const p2t = toks[j2];
        if (p2t && p2t.raw === '+' && p2t.gap === 0) {
          plus2 = true;
          j2++;
        }
        const code = moneyCode ?? p2;
        const unit2 = plus2
          ? null
          : parseUnit(c, j2, {
              prefix: code,
              vBefore,
              yearLike: false,
              dayLike: false,
              small: false,
            });
        const u2kind = unit2?.data.kind;
        const bare = !unit && !unit2 && !prefix && !p2;
        const isRatio =
          bare &&
          !plus2 &&
          core2.value > 0 &&
          (kind === 'ratio' ||
            (kind === 'to' && opener === null && (core2.value <= core.value || RATIO_MARKERS.has(toks[j2]?.low ?? '')))) &&
          (kind !== 'ratio' || conn.low !== 'к' || core2.value <= core.value || core2.value <= 10);
        if (isRatio) {
          ratio = [core.value, core2.value];
          e = j2;
        } else if (kind !== 'ratio' && !plus2) {
          let ok: boolean;
          let u: UnitData | null = unit?.data ?? null;
          if (unit && unit2) {
            ok = unit.data.kind === unit2.data.kind && (unit.data.kind !== 'money' || unit2.data.kind !== 'money' || unit.data.code === unit2.data.code);
            highUnit = unit2.data;
          } else if (unit2) {
            ok = u2kind === 'money' || u2kind === 'percent' || u2kind === 'duration' || u2kind === 'multiplier';
            u = unit2.data;
            highUnit = unit2.data;
          } else if (unit) {
            ok = unitKind === 'money' || unitKind === 'percent';
            highUnit = unit.data;
          } else ok = true;
          if (prefix && unit2 && !(unit2.data.kind === 'money' && unit2.data.code === prefix.code)) ok = false;
          if (ok) {
            let lo = core.value;
            if (core2.scale > 1 && core.scale === 1 && lo * core2.scale <= core2.value) lo = round(lo * core2.scale);
            const lowDays = u && u.kind === 'duration' ? u.unit.days : 1;
            const highDays = highUnit && highUnit.kind === 'duration' ? highUnit.unit.days : lowDays;
            if (core2.value * highDays >= lo * lowDays) {
              lowValue = lo;
              high = core2.value;
              if (!unit && unit2) unit = unit2;
              e = unit2 ? unit2.e : j2;
            } else highUnit = null;
          } else highUnit = null;
        }
      }
    }
  }

  // Digits glued to unknown letters after them ("5G", "3D", "60kg"): an identifier, not reported.
  const g = toks[e];
  if (g && g.gap === 0 && g.k === WORD) return skipGlued(c, ci);

  const q: Omit<Quantity, 'start' | 'end' | 'text'> = { kind: 'number', value: lowValue };
  if (high !== undefined) q.high = high;
  if (ratio) {
    q.kind = 'ratio';
    q.value = round(ratio[0] / ratio[1]);
    q.ratio = ratio;
  } else if (prefix || unit?.data.kind === 'money') {
    const d = unit?.data;
    const scale = d && d.kind === 'money' && d.scale ? d.scale : 1;
    q.kind = 'money';
    const code = prefix ? prefix.code : d && d.kind === 'money' ? d.code : undefined;
    if (code !== undefined) q.currency = code;
    q.value = round(lowValue * scale);
    if (high !== undefined) q.high = round(high * scale);
  } else if (unit) {
    const d = unit.data;
    switch (d.kind) {
      case 'percent':
        q.kind = 'percent';
        break;
      case 'duration': {
        const hu = highUnit && highUnit.kind === 'duration' ? highUnit.unit : d.unit;
        q.kind = 'duration';
        q.value = round(lowValue * d.unit.days);
        if (high !== undefined) q.high = round(high * hu.days);
        if (d.unit.hours !== undefined) q.hours = round(lowValue * d.unit.hours);
        break;
      }
      case 'multiplier':
        q.kind = 'multiplier';
        break;
      case 'fraction':
        q.kind = 'percent';
        q.value = Math.round(lowValue * d.den * 10000) / 100;
        q.fraction = true;
        break;
      case 'time':
        q.role = 'time';
        break;
      case 'date':
        q.role = 'date';
        break;
      case 'year':
        q.role = 'year';
        break;
      default:
        break;
    }
  } else {
    const ctxRole = prefix ? null : contextRole(c, sTok);
    const raw = first.raw;
    const dm = raw.length === 5 ? DDMM_RE.exec(raw) : null;
    if (ctxRole) q.role = ctxRole;
    else if (dm && !core.word && core.e === ci + 1 && high === undefined && validDate(Number(dm[1]), Number(dm[2]))) {
      q.role = 'date';
      q.value = Number(dm[1]);
    } else if (yearLike && (high === undefined || (high >= 1900 && high <= 2100 && Number.isInteger(high)))) q.role = 'year';
  }
  if (plus && q.kind !== 'ratio') {
    q.op = 'gte';
  }

  let end = e;
  if (q.kind === 'money') {
    const per = parsePeriod(c, e);
    if (per) {
      q.periodMonths = per.months;
      q.periodEnd = toks[per.e - 1]!.e;
      end = per.e;
    }
  }
  if (!(opener && high !== undefined)) {
    const cmp = findComparator(c, sTok);
    if (cmp) {
      q.op = cmp.op;
      q.opStart = cmp.at;
    }
  }
  emit(c, sTok, e, q);
  c.used = Math.max(c.used, end);
  return end;
}

/** "weeks 3–4", "35–40-й": a dash and a second bare number after a position. */
function ordinalRange(c: Ctx, j: number): { high: number; e: number } | null {
  const toks = c.toks;
  const d = toks[j];
  const n = toks[j + 1];
  if (!d || !n || d.gap > 1 || !DASHES.has(d.raw) || n.gap > 1 || n.k !== NUM || n.f !== F_PLAIN) return null;
  let e = j + 2;
  const a = toks[e];
  const b = toks[e + 1];
  if (a && a.gap === 0 && a.k === WORD && ORDINAL_SUFFIX_EN.has(a.low)) e++;
  else if (a && b && a.gap === 0 && HYPHENS.has(a.raw) && b.gap === 0 && b.k === WORD && ORDINAL_SUFFIX_RU.has(b.low)) e += 2;
  const g = toks[e];
  if (g && g.gap === 0 && (g.k === WORD || g.k === NUM)) return null;
  return { high: plainValue(n.raw), e };
}

function validDate(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** Number tokens with a shape of their own: ISO dates, dd.mm.yyyy, versions, clock times, ratios, slashes. */
function shaped(c: Ctx, i: number): number {
  const toks = c.toks;
  const t = toks[i]!;
  const q = (value: number, extra: Partial<Quantity>, eTok = i + 1): number => {
    emit(c, i, eTok, withComparator(c, i, { kind: 'number', value, ...extra }));
    return eTok;
  };
  const parts = t.raw.split(NUM_SEPARATORS).map(Number);
  switch (t.f) {
    case F_ISO: {
      const [, m = 0, d = 0] = parts;
      if (validDate(d, m)) return q(d, { role: 'date' });
      return skipGlued(c, i);
    }
    case F_MULTI: {
      if (isDotThousands(t.raw)) return -1; // an ordinary number, handled by numeric()
      const [a = 0, b = 0, y = 0] = parts;
      const ys = t.raw.split(NUM_SEPARATORS)[2] ?? '';
      const yearish = parts.length === 3 && (ys.length === 2 || (ys.length === 4 && y >= 1900 && y <= 2100)) && SAME_SEP.test(t.raw);
      if (yearish && validDate(a, b)) return q(a, { role: 'date' });
      if (yearish && validDate(b, a) && t.raw.includes('/')) return q(b, { role: 'date' });
      if (parts.length === 3 && a >= 1900 && a <= 2100 && validDate(y, b)) return q(y, { role: 'date' });
      return skipGlued(c, i);
    }
    case F_COLON: {
      const [h = 0, m = 0] = parts;
      const [hh = '', mm = ''] = t.raw.split(':');
      if (mm.length === 2 && h <= 24 && m <= 59) {
        let e = i + 1;
        const s = toks[e];
        if (s && s.gap <= 1) {
          const list = UNITS.get(s.low);
          const p = list?.find((x) => x.data.kind === 'time');
          if (p) {
            const pe = matchAt(toks, e, p);
            if (pe > 0) e = pe;
          }
        }
        // "09:00", "17:30", "9:15", "2:40 pm" are clock times; "1:10", "1:20" are ratios.
        if (hh.length === 2 || m % 15 === 0 || e > i + 1) return q(round(h + m / 60), { role: 'time' }, e);
      }
      if (parts.length === 2 && m > 0) return q(round(h / m), { kind: 'ratio', ratio: [h, m] });
      return skipGlued(c, i);
    }
    case F_SLASH: {
      const [a = 0, b = 0] = parts;
      if (DD_SLASH_MM.test(t.raw) && validDate(a, b)) return q(a, { role: 'date' });
      return skipGlued(c, i);
    }
    default:
      return -1;
  }
}

function atNumber(c: Ctx, i: number): number {
  const toks = c.toks;
  const t = toks[i]!;
  if (leftGlued(c, i)) {
    // "x2", "х3": a multiplier written before the number.
    const p = toks[i - 1]!;
    if (p.k === WORD && X_SIGNS.has(p.low) && i - 1 >= c.used && !leftGlued(c, i - 1)) return multiplierPrefix(c, i - 1);
    return skipGlued(c, i);
  }
  if (t.f !== F_PLAIN) {
    const r = shaped(c, i);
    if (r >= 0) return r;
  }
  const r = numeric(c, i, null);
  return r >= 0 ? r : i + 1;
}

function multiplierPrefix(c: Ctx, xi: number): number {
  const core = parseCore(c, xi + 1, false);
  if (!core || core.word) return skipGlued(c, xi + 1);
  const g = c.toks[core.e];
  if (g && g.gap === 0 && (g.k === WORD || g.k === NUM)) return skipGlued(c, xi + 1);
  emit(c, xi, core.e, withComparator(c, xi, { kind: 'multiplier', value: core.value }));
  return core.e;
}

function fractionQ(c: Ctx, sTok: number, eTok: number, share: number): number {
  emit(c, sTok, eTok, withComparator(c, sTok, { kind: 'percent', value: Math.round(share * 10000) / 100, fraction: true }));
  return eTok;
}

/**
 * One unit of time named without a number, as a duration: "within a month", "in a week", "over a year",
 * "for an hour", "through a quarter"; "через месяц", "за неделю", "в течение месяца", "на протяжении года";
 * after a comparator ("up to a month", "at least a week", "до года", "более месяца"); or before a
 * postposition ("a month after launch", "a week later", "месяц спустя"). `i` is "a"/"an" or the Russian
 * period word; the quantity covers the article and the period word, never the preposition. Not a duration:
 * a price period ("$8 a month", "399 ₽ в месяц": the money before consumed it), a rate ("twice a month",
 * "once in a week", "дважды за месяц", "10 постов в месяц": "в" is not a duration preposition), "in a
 * quarter of cases", "через день" (every other day), "на день рождения". Returns the index after it, or -1.
 */
function barePeriod(c: Ctx, i: number): number {
  const toks = c.toks;
  const t = toks[i]!;
  const art = t.low === 'a' || t.low === 'an';
  const u = art ? i + 1 : i;
  const ut = toks[u];
  if (!ut || ut.k !== WORD || (art && ut.gap !== 1)) return -1;
  const bp = BARE_PERIODS.get(ut.low);
  if (!bp || (bp.cs === 'en') !== art) return -1;
  const after = toks[u + 1];
  // "a day's work"
  if (after && after.gap === 0 && (after.k !== PUNCT || after.raw === "'" || after.raw === '’')) return -1;
  // "in a quarter of the cases" is a share
  if (bp.unit === TIME_UNITS.quarter && after && after.gap === 1 && FRACTION_FOLLOWERS.has(after.low)) return -1;

  let ok = false;
  const prev = toks[i - 1];
  if (prev && t.gap === 1 && i - 1 >= c.used) {
    const preps = DURATION_PREPS.get(prev.low);
    if (preps) {
      for (const p of preps) {
        if (p.data !== bp.cs) continue;
        const from = matchBefore(toks, i, p);
        if (from < 0 || from < c.used) continue;
        if (p.toks.length === 1 && BARE_EXCEPTIONS.has(`${prev.low} ${ut.low}`)) return -1;
        const f = toks[from - 1];
        if (f && toks[from]!.gap <= 1 && f.k === WORD && FREQUENCY_WORDS.has(f.low)) return -1; // "twice in a month"
        ok = true;
        break;
      }
    }
    if (!ok && (bp.cs === 'en' || BARE_AFTER_COMPARATOR_RU.has(ut.low))) ok = findComparator(c, i) !== null;
  }
  if (!ok && bp.cs !== 'gen' && after && after.gap === 1 && after.k === WORD && (art ? DURATION_POSTS_EN : DURATION_POSTS_RU).has(after.low)) {
    // "a month after launch", but not "twice a month after …", "5 a month after …", "3% a month after …"
    const rate = !!prev && t.gap <= 1 && (i - 1 < c.used || prev.k === NUM || (prev.k === WORD && FREQUENCY_WORDS.has(prev.low)));
    ok = !rate;
  }
  if (!ok) return -1;
  const q: Omit<Quantity, 'start' | 'end' | 'text'> = { kind: 'duration', value: round(bp.unit.days) };
  if (bp.unit.hours !== undefined) q.hours = bp.unit.hours;
  emit(c, i, u + 1, withComparator(c, i, q));
  return u + 1;
}

/**
 * A compound duration adjective: "двухнедельный" (14), "четырёхнедельный" (28), "сорокапятидневный" (45),
 * "полуторамесячный" (45), "двухмесячный" (60), "полугодовой" (180), "двухчасовой" (2 hours); and a bare
 * "месячный" (30) or "недельный" (7), unless a rate noun follows ("месячный бюджет" is a monthly budget).
 * Returns the index after it, or -1.
 */
function durationAdjective(c: Ctx, i: number): number {
  const toks = c.toks;
  const t = toks[i]!;
  const m = DURATION_ADJ_RE.exec(t.low);
  if (!m) return -1;
  const unit = DURATION_STEM_UNITS.get(m[4]!);
  if (!unit) return -1;
  let n: number;
  if (m[1] !== undefined) n = (COMPOUND_VALUES.get(m[1]) ?? 0) + (m[2] !== undefined ? (COMPOUND_VALUES.get(m[2]) ?? 0) : 0);
  else if (m[3] !== undefined) n = COMPOUND_VALUES.get(m[3]) ?? 0;
  else {
    if (!BARE_DURATION_STEMS.has(m[4]!)) return -1;
    const nx = toks[i + 1];
    if (nx && nx.gap === 1 && nx.k === WORD) for (const r of RATE_NOUN_STEMS) if (nx.low.startsWith(r)) return -1;
    n = 1;
  }
  if (!(n > 0)) return -1;
  const q: Omit<Quantity, 'start' | 'end' | 'text'> = { kind: 'duration', value: n === 0.5 ? halfDays(unit) : round(n * unit.days) };
  if (unit.hours !== undefined) q.hours = round(n * unit.hours);
  emit(c, i, i + 1, withComparator(c, i, q));
  return i + 1;
}

function atWord(c: Ctx, i: number): number {
  const toks = c.toks;
  const t = toks[i]!;
  const low = t.low;
  const prev = toks[i - 1];
  const next = toks[i + 1];

  // "AED 700", "USD35", "US$ 35", "Rs. 500"
  if (next && next.gap <= 1 && (next.k === NUM || (next.gap === 0 && next.k === PUNCT))) {
    const cp = matchCurrencyPrefix(c, i);
    if (cp) {
      const r = numeric(c, cp.e, { code: cp.code, s: i });
      if (r >= 0) return r;
    }
  }
  if (!WORD_TRIGGERS.has(low)) {
    // "двухнедельный", "сорокапятидневный", "месячный": Cyrillic words of 8+ letters only.
    const c0 = low.charCodeAt(0);
    if (low.length >= 8 && c0 >= 0x430 && c0 <= 0x44f) {
      const r = durationAdjective(c, i);
      if (r >= 0) return r;
    }
    return i + 1;
  }

  // "x2" is handled from the number; a lone "x" is nothing.
  const mult = MULTIPLIER_WORDS.get(low);
  if (mult !== undefined) {
    const idiom = next && ((next.gap === 0 && HYPHENS.has(next.raw)) || (next.gap === 1 && MULTIPLIER_IDIOMS.has(next.low)));
    if (!idiom) {
      emit(c, i, i + 1, withComparator(c, i, { kind: 'multiplier', value: mult }));
      return i + 1;
    }
    return i + 1;
  }

  // "полцены", "полгода", "полтора" is a numeral (below).
  const pol = HALF_COMPOUNDS.get(low);
  if (pol) {
    if ('share' in pol) return fractionQ(c, i, i + 1, pol.share);
    const u = TIME_UNITS[pol.unit];
    const q: Omit<Quantity, 'start' | 'end' | 'text'> = { kind: 'duration', value: round(pol.amount * u.days) };
    if (u.hours !== undefined) q.hours = round(pol.amount * u.hours);
    emit(c, i, i + 1, withComparator(c, i, q));
    return i + 1;
  }

  // "a third off", "a quarter of", "a half", "an eighth"; "within a month" (below)
  if ((low === 'a' || low === 'an') && next && next.gap === 1 && next.k === WORD) {
    const bp = barePeriod(c, i);
    if (bp >= 0) return bp;
    const den = EN_FRACTIONS.get(next.low);
    if (den !== undefined && (next.low === 'half' || next.low === 'third' || next.low === 'quarter' || next.low === 'fifth' || next.low === 'tenth' || next.low === 'sixth' || next.low === 'eighth' || next.low === 'fourth')) {
      const after = toks[i + 2];
      const hyphen = !!after && after.gap === 0 && HYPHENS.has(after.raw);
      const endsHere = !after || after.gap === 2 || (after.k !== WORD && !hyphen);
      const follows = !!after && after.k === WORD && after.gap === 1 && FRACTION_FOLLOWERS.has(after.low);
      const priced = hyphen && PRICE_WORDS.has(toks[i + 3]?.low ?? '');
      let ok: boolean;
      if (next.low === 'quarter') ok = follows || priced;
      else if (next.low === 'half') ok = hyphen ? priced : true;
      else ok = endsHere || follows || priced;
      if (ok) return fractionQ(c, i, i + 2, den);
    }
    const r = numeric(c, i, null); // "a hundred", "a thousand"
    return r >= 0 ? r : i + 1;
  }

  if (low === 'half') {
    if (prev && prev.k === WORD && (HALF_BLOCKERS.has(prev.low) || ORDINALS.has(prev.low))) return i + 1;
    // "half an hour", "half a month": a duration
    if (next && next.gap === 1 && (next.low === 'a' || next.low === 'an')) {
      const ut = toks[i + 2];
      if (ut && ut.gap === 1) {
        const u = unitPhrase(c, i + 2, { prefix: null, vBefore: false, yearLike: false, dayLike: false, small: false });
        if (u && u.data.kind === 'duration') {
          const q: Omit<Quantity, 'start' | 'end' | 'text'> = { kind: 'duration', value: halfDays(u.data.unit) };
          if (u.data.unit.hours !== undefined) q.hours = 0.5 * u.data.unit.hours;
          emit(c, i, u.e, withComparator(c, i, q));
          return u.e;
        }
      }
    }
    if (next && next.gap === 0 && HYPHENS.has(next.raw)) {
      const w = toks[i + 2];
      if (!w || w.gap !== 0 || !PRICE_WORDS.has(w.low)) return i + 1;
    }
    return fractionQ(c, i, i + 1, 0.5);
  }

  const ruFrac = RU_FRACTIONS.get(low);
  if (ruFrac !== undefined) {
    if (prev && prev.k === WORD && (ORDINALS.has(prev.low) || prev.low === 'с')) return i + 1; // "первая половина", "час с половиной"
    return fractionQ(c, i, i + 1, ruFrac);
  }

  const ord = ORDINALS.get(low);
  if (ord !== undefined) {
    if (low === 'second' && prev && ((prev.k === WORD && SECOND_BLOCKERS.has(prev.low)) || prev.k === NUM)) return i + 1;
    // "one third", "two-thirds" are numerals with a denominator (below); a lone "third" is a position.
    // No comparator: "до первого оффера" is "before the first offer", not "at most 1".
    emit(c, i, i + 1, { kind: 'number', value: ord, role: 'ordinal' });
    return i + 1;
  }

  if (WORD_NUMS.has(low)) {
    const r = numeric(c, i, null);
    if (r >= 0) return r;
  }

  // "через месяц", "в течение недели", "до года"
  if (BARE_PERIODS.has(low)) {
    const r = barePeriod(c, i);
    if (r >= 0) return r;
  }
  return i + 1;
}

function atPunct(c: Ctx, i: number): number {
  const toks = c.toks;
  const t = toks[i]!;
  const after = toks[i + 1];
  if (after && after.gap <= 1 && (after.k === NUM || after.gap === 0)) {
    const cp = matchCurrencyPrefix(c, i);
    if (cp) {
      const r = numeric(c, cp.e, { code: cp.code, s: i });
      if (r >= 0) return r;
    }
  }
  if (t.raw === '×') {
    const n = toks[i + 1];
    const p = toks[i - 1];
    if (n && n.k === NUM && n.gap === 0 && !(p && t.gap === 0 && p.k === NUM)) return multiplierPrefix(c, i);
  }
  return i + 1;
}

/**
 * Every numeric quantity in `text`, sorted by `start`, never overlapping. Pure; never throws.
 */
export function findQuantities(text: string): Quantity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const c: Ctx = { text, toks: tokenize(text), out: [], used: 0 };
    const n = c.toks.length;
    let i = 0;
    while (i < n) {
      if (i < c.used) {
        i = c.used;
        continue;
      }
      const t = c.toks[i]!;
      const next = t.k === NUM ? atNumber(c, i) : t.k === WORD ? atWord(c, i) : atPunct(c, i);
      i = next > i ? next : i + 1;
    }
    return c.out;
  } catch {
    return [];
  }
}
