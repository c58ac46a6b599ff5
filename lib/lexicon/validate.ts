import { z } from 'zod';
import type { BuiltinChannel } from './channels';
import type { BuiltinMarket } from './markets';
import type { BuiltinMetric } from './metrics';
import { channelWordProblems, marketWordProblems, metricWordProblems, type LexiconName, type LexiconProblem } from './words';

export { lexiconKey, problemToString, reportAtLoad, type LexiconName, type LexiconProblem } from './words';

/**
 * Checks for the built-in lexicons (`markets.ts`, `channels.ts`, `metrics.ts`): zod schemas for their
 * shape, plus what a schema cannot say: unique ids, one owner per word, `caseSensitive` words that are
 * really listed, Latin words under `en` and Cyrillic ones under `ru`.
 *
 * Each lexicon module checks its words when it loads in development and tests (`reportAtLoad`) and
 * throws on a problem; production builds skip it. That check leaves out the zod schema: the data is
 * typed, so the compiler has checked its shape, and a cold zod pass over ~170 entries costs 5-10 ms
 * where the word checks cost 1-5 ms. The word checks live in `words.ts`, which the lexicon modules
 * import, so that loading the engine never loads zod. `validateLexicons({ markets, channels, metrics })`
 * runs everything, schema included: the tests run it on the built-ins, and the engine can run it on
 * built-ins merged with a document's words to find words the merge gave two owners.
 *
 * This module imports only types from the lexicon modules, so there is no import cycle.
 */

// ---------------------------------------------------------------------------------------------
// Schemas

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
// Checks

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

/** Problems of a market lexicon (`BuiltinMarket[]`, or anything to be checked against that shape). */
export function checkMarkets(data: readonly unknown[], opts: CheckOptions = {}): LexiconProblem[] {
  const { out, valid } = parseAll('markets', BuiltinMarketSchema, data, opts);
  out.push(...marketWordProblems(valid));
  return out;
}

/** Problems of a channel lexicon. */
export function checkChannels(data: readonly unknown[], opts: CheckOptions = {}): LexiconProblem[] {
  const { out, valid } = parseAll('channels', BuiltinChannelSchema, data, opts);
  out.push(...channelWordProblems(valid));
  return out;
}

/** Problems of a metric lexicon. */
export function checkMetrics(data: readonly unknown[], opts: CheckOptions = {}): LexiconProblem[] {
  const { out, valid } = parseAll('metrics', BuiltinMetricSchema, data, opts);
  out.push(...metricWordProblems(valid));
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
