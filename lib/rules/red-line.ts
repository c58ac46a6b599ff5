import { marketAt, type SentenceView } from '../engine/analyze';
import type { PhraseMatch } from '../engine/matcher';
import type { DocModel, RedLineTerm } from '../engine/model';
import type { Quantity } from '../engine/quantities';
import { isCheckingQuestion, isHistory, isNegated, tokenAt } from '../engine/stance';
import type { RedLine } from '../alignment/schema';
import { CURRENCIES } from '../lexicon/currencies';
import { agreedSuffix, formatValue } from './format';
import { associateMetric, currencyMatches } from './metric-values';
import type { Rule, RuleContext } from './types';

/**
 * Red lines: terms nobody may use (with inflection, `except` phrases, negation and prohibition scope,
 * case-sensitive brand names) and numeric limits ("50% off" breaks `discount` max 30).
 */

/** Words that, right after a sentence-initial name, show it is the name acting ("Calm is for meditating"). */
const VERB_AFTER_NAME = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'does', 'did', "doesn't", "isn't", 'can', 'could', 'will', 'would', 'just', 'also', 'only',
  'already', 'still', 'helps', 'offers', 'makes', 'gives', 'costs', 'charges', 'went', 'said', 'says', 'launched', 'added', 'raised',
  'became', 'sells', 'wins', 'won', 'spends', 'spent', 'runs', 'ran', 'owns', 'copied',
]);

const OBJECT_WORDS = new Set(['you', 'your', 'us', 'them', 'him', 'her', 'it', 'the', 'a', 'an', 'people', 'users', 'everyone', 'our', 'their']);

function inScope(rl: RedLine, market: string | null): boolean {
  if (rl.markets.includes('*')) return true;
  return market !== null && rl.markets.includes(market);
}

/** A case-sensitive name at the start of a sentence, followed by a noun, is an ordinary adjective ("Calm evenings"). */
function isOrdinaryWord(s: SentenceView, m: PhraseMatch<RedLineTerm>): boolean {
  const t = s.tokens;
  let first = 0;
  while (first < t.length && t[first]!.type !== 'word') first++;
  const quoteBefore = m.from > 0 && ['"', '“', '«', "'"].includes(t[m.from - 1]!.text);
  const atStart = m.from === first || quoteBefore || (m.from > 0 && t[m.from - 1]!.text === ':');
  const next = t[m.to];
  // "Calm plays you rain sounds": a word followed by an object pronoun or article is the name's verb.
  const verbWithObject = OBJECT_WORDS.has(t[m.to + 1]?.norm ?? '');
  if (atStart && next?.type === 'word' && /^\p{Ll}/u.test(next.text) && !VERB_AFTER_NAME.has(next.norm) && !verbWithObject && next.script === 'latin') return true;
  // Title Case lines ("Understanding Your Sleep Cycle") capitalise every word.
  const words = t.filter((w) => w.type === 'word' && w.text.length > 3 && (w.start < m.start || w.end > m.end));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  // ... unless the name ends the line or is set apart ("Feature | Sova | Headspace").
  const titleGoesOn = next?.type === 'word' && /^\p{Lu}/u.test(next.text);
  if ((titleGoesOn || m.phrase.words.length > 1) && words.length >= 2 && capitalised >= 2 && capitalised / words.length >= 0.6 && words.every((w) => w.script === 'latin')) return true;
  return false;
}

function checkTerms(ctx: RuleContext, s: SentenceView, next: SentenceView | undefined): void {
  const { model } = ctx;
  const matches = s.terms;
  if (matches.length === 0) return;
  const checking = isCheckingQuestion(s, next);
  const excepts = s.excepts;
  const taken: { id: string; from: number; to: number }[] = [];
  for (const m of matches) {
    const rl = m.phrase.payload.redLine;
    if (taken.some((k) => k.id === rl.id && m.from < k.to && k.from < m.to)) continue;
    const market = marketAt(s, m.start);
    if (!inScope(rl, market)) continue;
    if (excepts.some((e) => e.phrase.payload === rl.id && e.from <= m.from && m.to <= e.to)) continue;
    if (m.phrase.caseSensitive && isOrdinaryWord(s, m)) continue;
    if (checking || isNegated(s, m.from, m.to)) continue;
    taken.push({ id: rl.id, from: m.from, to: m.to });
    const actual = s.text.slice(m.start - s.start, m.end - s.start);
    ctx.report({
      kind: 'red-line',
      severity: 'error',
      ruleId: rl.id,
      market,
      start: m.start,
      end: m.end,
      sentence: s,
      actual,
      expected: rl.rule,
      message: {
        en: `“${actual}” crosses the red line ${rl.id}: ${rl.rule}${agreedSuffix(model, 'en')}`,
        ru: `«${actual}» нарушает красную линию ${rl.id}: ${rl.rule}${agreedSuffix(model, 'ru')}`,
      },
    });
  }
}

/** The per-month price a money figure advertises: "$95.99/year" is $8 a month. */
function monthly(q: Quantity): number {
  return q.periodMonths ? q.value / q.periodMonths : q.value;
}

const MONEY_OR_CUT = /[$€£¥₽₸%]|usd|rub|eur|aed|kzt|руб|доллар|dollar|тенге|tenge|дирхам|dirham|евро|euro|percent|процент|half|полцен|треть|third|quarter|fifth|save|дешевле|минус|minus|price|цен/i;
/** Every written form of every known currency ("лир", "lira", "TL", "₺", "BYN"), lowercased, to find a price without a metric word. */
const CURRENCY_FORMS: ReadonlySet<string> = new Set(
  CURRENCIES.flatMap((c) => [c.code, ...c.symbols, ...c.abbreviations, ...c.en, ...c.ru]).map((f) => f.toLowerCase()),
);
const MAX_WORD_CACHE = 50_000;
/** Per token text: does it write a price or a cut? A token's type and norm follow from its text, so the answer does too. */
const priceOrCutWords = new Map<string, boolean>();

/**
 * A price or a cut written without a metric word: `MONEY_OR_CUT` (each of its alternatives is one sign or letters
 * only, so a match never spans two tokens) or a currency's name, one token at a time, each token's answer remembered.
 */
function mentionsPriceOrCut(s: SentenceView): boolean {
  for (const t of s.tokens) {
    let hit = priceOrCutWords.get(t.text);
    if (hit === undefined) {
      hit = MONEY_OR_CUT.test(t.text) || CURRENCY_FORMS.has(t.norm) || (t.type !== 'word' && CURRENCY_FORMS.has(t.text.toLowerCase()));
      if (priceOrCutWords.size >= MAX_WORD_CACHE) priceOrCutWords.clear();
      priceOrCutWords.set(t.text, hit);
    }
    if (hit) return true;
  }
  return false;
}
const YEAR_WORDS = /^(?:year|yearly|annual|annually|год|года|годовой|годовая|годовую|годового|ежегодно)$/;

/** A price with its period named in words around it: "12 900 ₸ for the whole year", "годовой тариф — 4 790 ₽". */
function withPeriod(s: SentenceView, q: Quantity): Quantity {
  if (q.kind !== 'money' || q.periodMonths !== undefined) return q;
  const at = tokenAt(s, q.start);
  const end = tokenAt(s, q.end - 1);
  const near = [...s.tokens.slice(end + 1, end + 5), ...s.tokens.slice(Math.max(0, at - 4), at)];
  return near.some((t) => YEAR_WORDS.test(t.norm)) ? { ...q, periodMonths: 12 } : q;
}

function checkLimits(ctx: RuleContext, s: SentenceView): void {
  const { model } = ctx;
  if (model.limits.length === 0) return;
  // A numeric red line needs a figure (the cheapest test: one remembered answer per word, and kept on the sentence),
  // and a metric named, or a price or a cut written without one ("$4.99/month", "Save 40%").
  if (!s.numeric || (s.metrics.length === 0 && !mentionsPriceOrCut(s))) return;
  if (s.quantities.length === 0) return;
  for (const rl of model.limits) {
    const limit = rl.limit!;
    const unit = model.metricUnits.get(limit.metric);
    for (const q0 of s.quantities) {
      if (q0.role) continue;
      const q = unit === 'currency' ? withPeriod(s, q0) : q0;
      const metric = associateMetric(model, s, q, limit.metric);
      if (metric !== limit.metric) continue;
      const market = marketAt(s, q.start);
      if (!inScope(rl, market)) continue;
      const from = tokenAt(s, q.start);
      if (isHistory(s, from, ctx.model.year) || isNegated(s, from, tokenAt(s, q.end - 1) + 1)) continue;
      if (unit === 'currency' || (limit.unit && /^[A-Z]{3}$/.test(limit.unit))) {
        if (q.kind !== 'money' || (limit.unit && !currencyMatches(q, limit.unit))) continue;
      } else if (unit === '%' && q.kind !== 'percent') continue;
      const lo = unit === 'currency' ? monthly(q) : q.value;
      const hi = q.high !== undefined ? (unit === 'currency' && q.periodMonths ? q.high / q.periodMonths : q.high) : lo;
      let broken = false;
      let shown = lo;
      // "under $8 a month" advertises a price below $8; "up to 50% off" offers 50%.
      if (limit.min !== undefined) {
        const v = q.op === 'gt' || q.op === 'gte' ? lo : lo;
        if (v < limit.min - 1e-9) {
          broken = true;
          shown = v;
        }
      }
      if (limit.max !== undefined) {
        const v = q.op === 'lt' || q.op === 'lte' ? hi : hi;
        if (v > limit.max + 1e-9 && !(q.op === 'lt' && v <= limit.max)) {
          broken = true;
          shown = v;
        }
      }
      if (!broken) continue;
      const end = q.periodEnd ?? q.end;
      const actual = s.text.slice(q.start - s.start, end - s.start);
      const bound = limit.min !== undefined && shown < limit.min ? `min ${formatValue(limit.min, limit.unit, 'en')}` : `max ${formatValue(limit.max!, limit.unit, 'en')}`;
      const boundRu = limit.min !== undefined && shown < limit.min ? `минимум ${formatValue(limit.min, limit.unit, 'ru')}` : `максимум ${formatValue(limit.max!, limit.unit, 'ru')}`;
      ctx.report({
        kind: 'red-line',
        severity: 'error',
        ruleId: rl.id,
        market,
        start: q.start,
        end,
        sentence: s,
        actual,
        expected: `${limit.metric} ${bound}`,
        message: {
          en: `“${actual}” crosses the red line ${rl.id}: ${rl.rule} (${limit.metric} ${bound})${agreedSuffix(model, 'en')}`,
          ru: `«${actual}» нарушает красную линию ${rl.id}: ${rl.rule} (${limit.metric}: ${boundRu})${agreedSuffix(model, 'ru')}`,
        },
      });
    }
  }
}

export const redLine: Rule = {
  kind: 'red-line',
  describe: 'Terms and numeric limits from the red lines, with inflection, exceptions and negation.',
  check(ctx) {
    const ss = ctx.paragraph.sentences;
    ss.forEach((s, i) => {
      checkTerms(ctx, s, ss[i + 1]);
      checkLimits(ctx, s);
    });
  },
};

export type { DocModel };
