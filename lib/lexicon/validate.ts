import { z } from 'zod';
import type { BuiltinChannel } from './channels';
import type { BuiltinMarket } from './markets';
import type { BuiltinMetric } from './metrics';

/**
 * Checks for the built-in lexicons (`markets.ts`, `channels.ts`, `metrics.ts`): zod schemas for their
 * shape, plus what a schema cannot say: unique ids, one owner per word, `caseSensitive` words that are
 * really listed, Latin words under `en` and Cyrillic ones under `ru`.
 *
 * Each lexicon module checks its words when it loads in development and tests (`reportAtLoad`) and
 * throws on a problem; production builds skip it. That check leaves out the zod schema: the data is
 * typed, so the compiler has checked its shape, and a cold zod pass over ~170 entries costs 5-10 ms
 * where the word checks cost 1-5 ms. `validateLexicons({ markets, channels, metrics })` runs everything,
 * schema included: the tests run it on the built-ins, and the engine can run it on built-ins merged
 * with a document's words to find words the merge gave two owners.
 *
 * This module imports only types from the lexicon modules, so there is no import cycle.
 */

export type LexiconName = 'markets' | 'channels' | 'metrics';

export interface LexiconProblem {
  lexicon: LexiconName;
  /** Id or code of the entry, when the problem is in one. */
  entry?: string;
  /** Where in the entry (`names.en[2]`). */
  path?: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Schemas

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A list of words. Checked as one value rather than string by string: a zod check per string costs
 * ~1,500 checks at load. What each word must be (not empty, no stray spaces, the right script) is
 * checked below in plain code, with the word's path in the message.
 */
const Words = z.custom<string[]>(
  (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
  'expected an array of strings',
);
const Names = z.strictObject({ en: Words, ru: Words });
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower case words joined by "-"');
const Languages = z.custom<string[]>(
  (v) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && /^[a-z]{2}$/.test(s)),
  'languages must be a non-empty list of ISO 639-1 codes',
);

export const BuiltinMarketSchema: z.ZodType<BuiltinMarket> = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'code must be ISO 3166-1 alpha-2'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be ISO 4217'),
  names: Names,
  adjectives: Names,
  demonyms: Names,
  cities: Names,
  cityDemonyms: Names.optional(),
  languages: Languages,
  caseSensitive: Words.optional(),
  alsoLanguage: Words.optional(),
});

export const BuiltinChannelSchema: z.ZodType<BuiltinChannel> = z.strictObject({
  id: Id,
  names: Names,
  caseSensitive: Words.optional(),
});

const METRIC_UNITS = ['%', 'currency', 'days', 'ratio', 'count'] as const;

export const BuiltinMetricSchema: z.ZodType<BuiltinMetric> = z.strictObject({
  id: Id,
  unit: z.enum(METRIC_UNITS),
  names: Names,
  caseSensitive: Words.optional(),
});

// ---------------------------------------------------------------------------------------------
// Keys

/** How two words are compared for duplicates: case and `ё`/`е` do not count. */
export function lexiconKey(word: string): string {
  const k = word.toLowerCase();
  return k.includes('ё') ? k.replace(/ё/g, 'е') : k;
}

const LOOSE = /[\s\-‑.'’_]/;
const LOOSE_ALL = /[\s\-‑.'’_]+/g;

/**
 * Looser key for words of different entries: hyphens, dots, apostrophes and spaces do not count
 * either, since the matcher reads `Тик-Ток`, `Тик Ток` and `U.S.`/`US` alike.
 */
function looseKey(key: string): string {
  return LOOSE.test(key) ? key.replace(LOOSE_ALL, '') : key;
}

// ---------------------------------------------------------------------------------------------
// Checks

type Lists = ReadonlyArray<readonly [field: string, names: { en: string[]; ru: string[] } | undefined]>;

interface Owned {
  entry: string;
  lists: Lists;
  caseSensitive?: string[];
}

/** Options of `checkMarkets`, `checkChannels`, `checkMetrics`. */
export interface CheckOptions {
  /**
   * Run the zod schema (default true). Lexicon modules skip it at load: their data is typed, so the
   * compiler has checked the shape, and the schema is the costly part (~5 ms cold for 70 markets).
   */
  schema?: boolean;
}

/** Schema problems of each entry, and the entries that passed. */
function parseAll<T>(lexicon: LexiconName, schema: z.ZodType<T>, data: readonly unknown[], opts: CheckOptions): { out: LexiconProblem[]; valid: T[] } {
  if (opts.schema === false) return { out: [], valid: data as T[] };
  const out: LexiconProblem[] = [];
  const valid: T[] = [];
  data.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) {
      valid.push(item as T);
      return;
    }
    const entry = entryName(item) ?? `#${i}`;
    for (const issue of r.error.issues) {
      out.push({ lexicon, entry, path: issue.path.map(String).join('.'), message: issue.message });
    }
  });
  return { out, valid };
}

function entryName(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const o = item as { id?: unknown; code?: unknown };
  if (typeof o.id === 'string') return o.id;
  if (typeof o.code === 'string') return o.code;
  return undefined;
}

const STRAY_SPACE = /^\s|\s$|\s\s/;

/** What is wrong with one word of an `en` or `ru` list, if anything. */
function wordShapeProblem(word: string, lang: 'en' | 'ru' | null): string | undefined {
  if (word.length === 0 || word.trim() === '') return 'empty string';
  if (STRAY_SPACE.test(word)) return 'stray whitespace';
  if (lang === 'en' && CYRILLIC.test(word)) return 'Cyrillic letters in an `en` list: move it to `ru`';
  if (lang === 'ru' && !CYRILLIC.test(word)) return 'no Cyrillic letters in a `ru` list: move it to `en`';
  return undefined;
}

/**
 * Empty or badly spaced words, words in the wrong script, duplicates inside one list, words owned by
 * two entries, duplicate ids, `caseSensitive` words that are not among the names.
 */
function wordProblems(lexicon: LexiconName, entries: Owned[]): LexiconProblem[] {
  const out: LexiconProblem[] = [];
  /** Loose key → the entry that owns the word. */
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  for (const e of entries) {
    const entry = e.entry;
    if (ids.has(entry)) out.push({ lexicon, entry, message: `duplicate id ${JSON.stringify(entry)}` });
    ids.add(entry);
    /** Key → the list it was first seen in, within this entry. */
    const seen = new Map<string, string>();
    const exact = new Set<string>();
    for (const [field, names] of e.lists) {
      if (names === undefined) continue;
      for (let l = 0; l < 2; l++) {
        const lang = l === 0 ? 'en' : 'ru';
        const list = names[lang];
        const listName = `${field}.${lang}`;
        for (let i = 0; i < list.length; i++) {
          const word = list[i]!;
          const bad = wordShapeProblem(word, lang);
          if (bad !== undefined) out.push({ lexicon, entry, path: `${listName}[${i}]`, message: `${JSON.stringify(word)}: ${bad}` });
          const k = lexiconKey(word);
          if (seen.get(k) === listName) out.push({ lexicon, entry, path: `${listName}[${i}]`, message: `${JSON.stringify(word)} is listed twice` });
          else if (!seen.has(k)) seen.set(k, listName);
          exact.add(word);
          const lk = looseKey(k);
          const prev = owner.get(lk);
          if (prev === undefined) owner.set(lk, entry);
          else if (prev !== entry) {
            out.push({
              lexicon,
              entry,
              path: `${listName}[${i}]`,
              message: `${JSON.stringify(word)} is also listed under ${JSON.stringify(prev)}: a word belongs to one entry`,
            });
          }
        }
      }
    }
    if (exact.size === 0) out.push({ lexicon, entry, message: 'no names at all' });
    const cs = e.caseSensitive;
    if (cs === undefined) continue;
    for (let i = 0; i < cs.length; i++) {
      const word = cs[i]!;
      const path = `caseSensitive[${i}]`;
      const bad = wordShapeProblem(word, null);
      if (bad !== undefined) out.push({ lexicon, entry, path, message: `${JSON.stringify(word)}: ${bad}` });
      if (cs.indexOf(word) !== i) out.push({ lexicon, entry, path, message: `${JSON.stringify(word)} is listed twice` });
      if (!exact.has(word)) {
        out.push({ lexicon, entry, path, message: `${JSON.stringify(word)} is case-sensitive but not among the names (exact spelling)` });
      }
    }
  }
  return out;
}

/** Problems of a market lexicon (`BuiltinMarket[]`, or anything to be checked against that shape). */
export function checkMarkets(data: readonly unknown[], opts: CheckOptions = {}): LexiconProblem[] {
  const { out, valid } = parseAll('markets', BuiltinMarketSchema, data, opts);
  out.push(
    ...wordProblems(
      'markets',
      valid.map((m) => ({
        entry: m.code,
        lists: [
          ['names', m.names],
          ['adjectives', m.adjectives],
          ['demonyms', m.demonyms],
          ['cities', m.cities],
          ['cityDemonyms', m.cityDemonyms],
        ],
        caseSensitive: m.caseSensitive,
      })),
    ),
  );
  for (const m of valid) {
    if (m.names.en.length === 0 || m.names.ru.length === 0) {
      out.push({ lexicon: 'markets', entry: m.code, path: 'names', message: 'a market needs at least one English and one Russian name' });
    }
    if (new Set(m.languages).size !== m.languages.length) {
      out.push({ lexicon: 'markets', entry: m.code, path: 'languages', message: 'a language is listed twice' });
    }
    const also = m.alsoLanguage;
    if (also === undefined) continue;
    for (let i = 0; i < also.length; i++) {
      const word = also[i]!;
      if (!m.adjectives.en.includes(word) && !m.adjectives.ru.includes(word)) {
        out.push({ lexicon: 'markets', entry: m.code, path: `alsoLanguage[${i}]`, message: `${JSON.stringify(word)} is not among the adjectives (exact spelling)` });
      }
    }
  }
  return out;
}

/** Problems of a channel lexicon. */
export function checkChannels(data: readonly unknown[], opts: CheckOptions = {}): LexiconProblem[] {
  const { out, valid } = parseAll('channels', BuiltinChannelSchema, data, opts);
  out.push(...wordProblems('channels', valid.map((c) => ({ entry: c.id, lists: [['names', c.names]], caseSensitive: c.caseSensitive }))));
  return out;
}

/** Problems of a metric lexicon. */
export function checkMetrics(data: readonly unknown[], opts: CheckOptions = {}): LexiconProblem[] {
  const { out, valid } = parseAll('metrics', BuiltinMetricSchema, data, opts);
  out.push(...wordProblems('metrics', valid.map((m) => ({ entry: m.id, lists: [['names', m.names]], caseSensitive: m.caseSensitive }))));
  return out;
}

/**
 * All problems of the given lexicons (an empty array when they are sound). Pass the built-ins, or
 * built-ins merged with a document's words to find words the merge gave two owners.
 */
export function validateLexicons(lexicons: {
  markets?: readonly unknown[];
  channels?: readonly unknown[];
  metrics?: readonly unknown[];
}): LexiconProblem[] {
  const out: LexiconProblem[] = [];
  for (const [name, list, check] of [
    ['markets', lexicons.markets, checkMarkets],
    ['channels', lexicons.channels, checkChannels],
    ['metrics', lexicons.metrics, checkMetrics],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      out.push({ lexicon: name, message: 'not an array' });
      continue;
    }
    out.push(...check(list));
  }
  return out;
}

export function problemToString(p: LexiconProblem): string {
  const where = [p.lexicon, p.entry, p.path].filter(Boolean).join(' › ');
  return `${where}: ${p.message}`;
}

// ---------------------------------------------------------------------------------------------
// At load

/** Dev server and tests check the data when a lexicon module loads; production builds do not. */
const CHECK_AT_LOAD = import.meta.env?.DEV === true || import.meta.env?.MODE === 'test';

/** Run `check` when lexicons are checked at load, and throw if it finds problems. */
export function reportAtLoad(lexicon: LexiconName, check: () => LexiconProblem[]): void {
  if (!CHECK_AT_LOAD) return;
  const problems = check();
  if (problems.length > 0) {
    throw new Error(`Built-in ${lexicon} lexicon is invalid:\n${problems.map((p) => `  ${problemToString(p)}`).join('\n')}`);
  }
}
