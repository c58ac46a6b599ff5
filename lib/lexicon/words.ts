import type { BuiltinChannel } from './channels';
import type { BuiltinMarket } from './markets';
import type { BuiltinMetric } from './metrics';

/**
 * The word checks of the built-in lexicons (`markets.ts`, `channels.ts`, `metrics.ts`): what a schema
 * cannot say (unique ids, one owner per word, `caseSensitive` words that are really listed, Latin words
 * under `en` and Cyrillic ones under `ru`), on data whose shape is already right. Each lexicon module
 * runs them when it loads in development and tests (`reportAtLoad`).
 *
 * No zod here: the lexicon modules load with the engine, and zod (its code and its schemas) would add
 * tens of milliseconds to every cold start for checks that production builds skip. `validate.ts` adds
 * the zod schemas for anything of unknown shape.
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

const CYRILLIC = /\p{Script=Cyrillic}/u;

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

/** Word problems of a market lexicon of the right shape. */
export function marketWordProblems(markets: readonly BuiltinMarket[]): LexiconProblem[] {
  const out = wordProblems(
    'markets',
    markets.map((m) => ({
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
  );
  for (const m of markets) {
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

/** Word problems of a channel lexicon of the right shape. */
export function channelWordProblems(channels: readonly BuiltinChannel[]): LexiconProblem[] {
  return wordProblems('channels', channels.map((c) => ({ entry: c.id, lists: [['names', c.names]], caseSensitive: c.caseSensitive })));
}

/** Word problems of a metric lexicon of the right shape. */
export function metricWordProblems(metrics: readonly BuiltinMetric[]): LexiconProblem[] {
  return wordProblems('metrics', metrics.map((m) => ({ entry: m.id, lists: [['names', m.names]], caseSensitive: m.caseSensitive })));
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
