import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * `franc(text, { only, minLength })` from the franc package, step for step, with one difference: a
 * language's trigram table is built the first time that language is asked about. franc builds the
 * tables of all its ~190 languages when it loads (~20-30 ms, a tenth of the engine's cold start), and
 * the engine asks about a dozen languages, only for the rare passage that may be in a third language.
 * The data and the script expressions are franc's own; `test/engine/franc.test.ts` compares the two.
 */

/** franc's constants: the longest sample it reads, and the distance of a trigram a language lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** A trigram → its rank in one language's model; built on first use. */
const tables = new Map<string, Map<string, number>>();

function table(script: string, language: string): Map<string, number> {
  const key = `${script}:${language}`;
  let t = tables.get(key);
  if (t === undefined) {
    const model = data[script]![language]!.split('|');
    t = new Map();
    // As franc: the first occurrence of a trigram gives its rank.
    for (let weight = model.length - 1; weight >= 0; weight--) t.set(model[weight]!, weight);
    tables.set(key, t);
  }
  return t;
}

/** The language of `value` among `only` (ISO 639-3 codes), or `und` when it is too short or none fits. */
export function franc(value: string, options: { only: readonly string[]; minLength: number }): string {
  const { only, minLength } = options;
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const [script, count] = topScript(sample);
  const languages = script === undefined ? undefined : data[script];
  if (script === undefined || languages === undefined) {
    // A script only one language is written in.
    return script === undefined || count === 0 || !only.includes(script) ? 'und' : script;
  }
  const trigrams = asTuples(sample);
  let best = 'und';
  let bestDistance = Infinity;
  // franc sorts the distances (stably) and takes the first: the smallest, the earliest in its data on a tie.
  for (const language of Object.keys(languages)) {
    if (!only.includes(language)) continue;
    const d = distance(trigrams, table(script, language));
    if (d < bestDistance) {
      best = language;
      bestDistance = d;
    }
  }
  return best;
}

/** The script whose characters make the largest share of `value` (the first one on a tie). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const found = value.match(expressions[script]!);
    const count = (found ? found.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

function distance(trigrams: readonly [string, number][], model: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [trigram, count] of trigrams) {
    const rank = model.get(trigram);
    sum += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return sum;
}

/** The trigrams of `value` with their counts, rarest first (trigram-utils' `asTuples`, which franc uses). */
function asTuples(value: string): [string, number][] {
  const clean = value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const padded = ` ${clean} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = padded.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}
