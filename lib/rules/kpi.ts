import type { Kpi } from '../alignment/schema';
import { marketAt, type SentenceView } from '../engine/analyze';
import type { DocModel, MarketModel } from '../engine/model';
import type { Quantity } from '../engine/quantities';
import { isConditional, isHistory, tokenAt } from '../engine/stance';
import { agreedSuffix, formatValue } from './format';
import { associateMetric, currencyMatches, unitFits } from './metric-values';
import type { Draft, Rule, RuleContext } from './types';

/**
 * KPIs: a stated target for a market's metric outside `[min, max]` (or more than 10% from `target`
 * where only a target is set), or a stated window different from `windowDays`. Reported history
 * ("last year CAC was $41", "Факт: ...") and conditions ("if CAC climbs above $35") are not targets.
 */

const INCREASE = /^(?:raise|raising|raised|increase|increasing|lift|boost|double|поднять|поднимают|поднимаем|поднимем|повысить|повышаем|увеличить|увеличиваем|увеличим)/;
const DECREASE = /^(?:cut|cutting|reduce|reducing|lower|lowering|halve|снизить|снижаем|сократить|сокращаем|урезать)/;
const WINDOW_CUE = new Set(['within', 'in', 'over', 'during', 'за', 'в', 'течение', 'окно', 'окне', 'window', 'measured', 'attributed', 'read', 'counted', 'считаем', 'меряем', 'измеряем', 'на', 'on', 'at', 'by']);
const WINDOW_WORD = /^(?:window|окно|окна)$/;
const DAY_WORD = /^(?:day|день|дня|дню|днём)$/;
const nextToDay = (s: SentenceView, q: Quantity) =>
  DAY_WORD.test(s.tokens[tokenAt(s, q.end - 1) + 1]?.norm ?? '') || DAY_WORD.test(s.tokens[tokenAt(s, q.start) - 1]?.norm ?? '');

function kpiFor(m: MarketModel, metric: string | null): Kpi | undefined {
  return metric === null ? undefined : m.kpis.find((k) => k.metric === metric);
}

function currencyFits(k: Kpi, q: Quantity): boolean {
  if (q.kind !== 'money') return true;
  if (!k.unit || !/^[A-Z]{3}$/.test(k.unit)) return true;
  return currencyMatches(q, k.unit);
}

/**
 * The metric a figure speaks of when its sentence names none but sets a target right before it
 * ("На май предлагаем новую планку — две тысячи рублей"): the one named in the sentence before, or the
 * market's only KPI of that unit.
 */
function fallbackMetric(model: DocModel, para: readonly SentenceView[], i: number, q: Quantity, market: MarketModel, asked: readonly string[]): string | null {
  const s = para[i]!;
  if (s.metrics.length > 0 || !(q.kind === 'percent' || q.kind === 'money' || q.kind === 'duration')) return null;
  // An inline reply right under a quoted question answers that question's metric ("> AOV for Q1?" / "Realistically AED 8.5k.").
  if (i === 0 && asked.length > 0) {
    const fit = asked.filter((id) => unitFits(model.metricUnits.get(id), q));
    if (fit.length === 1) return fit[0]!;
  }
  const at = tokenAt(s, q.start);
  if (!s.cues.some((c) => c.phrase.payload === 'target' && c.to <= at && at - c.to <= 3)) return null;
  if (i > 0) {
    const prev = para[i - 1]!.metrics.filter((m) => unitFits(model.metricUnits.get(m.phrase.payload), q));
    if (prev.length > 0) return prev.at(-1)!.phrase.payload;
  }
  const fit = market.kpis.filter((k) => unitFits(model.metricUnits.get(k.metric), q));
  return fit.length === 1 ? fit[0]!.metric : null;
}

/** The metric named last before an offset ("поднять потолок CAC ... в полтора раза"). */
function metricBefore(s: SentenceView, offset: number): string | null {
  return s.metrics.filter((m) => m.end <= offset).at(-1)?.phrase.payload ?? null;
}

interface Verdict {
  bound: 'min' | 'max' | 'target';
  agreed: number;
  value: number;
}

/** Is a stated figure (point, range or one-sided bound) outside what the KPI allows? */
function judge(k: Kpi, q: Quantity, value = q.value, high = q.high): Verdict | null {
  const lo = value;
  const hi = high ?? value;
  const { min, max, target } = k;
  const op = min === undefined && max === undefined ? undefined : q.op;
  if (op === 'lt' || op === 'lte') {
    if (max !== undefined && hi > max + 1e-9) return { bound: 'max', agreed: max, value: hi };
    if (min !== undefined && hi < min - 1e-9) return { bound: 'min', agreed: min, value: hi };
    return null;
  }
  if (op === 'gt' || op === 'gte') {
    if (min !== undefined && lo < min - 1e-9) return { bound: 'min', agreed: min, value: lo };
    if (max !== undefined && lo > max + 1e-9) return { bound: 'max', agreed: max, value: lo };
    return null;
  }
  if (max !== undefined && hi > max + 1e-9) return { bound: 'max', agreed: max, value: hi };
  if (min !== undefined && lo < min - 1e-9) return { bound: 'min', agreed: min, value: lo };
  if (min === undefined && max === undefined && target !== undefined && target !== 0) {
    const off = Math.max(Math.abs(lo - target), Math.abs(hi - target)) / Math.abs(target);
    if (off > 0.1 + 1e-9) return { bound: 'target', agreed: target, value: Math.abs(lo - target) > Math.abs(hi - target) ? lo : hi };
  }
  return null;
}

function metricLabel(model: DocModel, id: string, lang: 'en' | 'ru'): string {
  const m = model.doc.metrics?.find((x) => x.id === id);
  return m?.names[lang]?.[0] ?? m?.names.en?.[0] ?? id;
}

function report(ctx: RuleContext, s: SentenceView, m: MarketModel, k: Kpi, start: number, end: number, v: Verdict): void {
  const { model } = ctx;
  const unit = k.unit;
  const actual = s.text.slice(start - s.start, end - s.start);
  const agreed = formatValue(v.agreed, unit, 'en');
  const en = {
    max: `is above the agreed maximum of ${agreed}`,
    min: `is below the agreed minimum of ${agreed}`,
    target: `is more than 10% away from the agreed target of ${agreed}`,
  }[v.bound];
  const agreedRu = formatValue(v.agreed, unit, 'ru');
  const ru = {
    max: `выше согласованного максимума ${agreedRu}`,
    min: `ниже согласованного минимума ${agreedRu}`,
    target: `отличается от согласованной цели ${agreedRu} больше чем на 10%`,
  }[v.bound];
  const draft: Draft = {
    kind: 'kpi',
    severity: 'warning',
    ruleId: k.id,
    market: m.id,
    start,
    end,
    sentence: s,
    actual,
    expected: expectedText(k),
    message: {
      en: `${m.id} ${metricLabel(model, k.metric, 'en')} “${actual}” ${en}${agreedSuffix(model, 'en', k.id)}`,
      ru: `${m.id}, ${metricLabel(model, k.metric, 'ru')}: «${actual}» — ${ru}${agreedSuffix(model, 'ru', k.id)}`,
    },
  };
  ctx.report(draft);
}

export function expectedText(k: Kpi): string {
  const parts: string[] = [];
  if (k.target !== undefined) parts.push(`target ${formatValue(k.target, k.unit, 'en')}`);
  if (k.min !== undefined) parts.push(`min ${formatValue(k.min, k.unit, 'en')}`);
  if (k.max !== undefined) parts.push(`max ${formatValue(k.max, k.unit, 'en')}`);
  if (k.windowDays !== undefined) parts.push(`within ${k.windowDays} days`);
  return `${k.metric}: ${parts.join(', ')}`;
}

function checkSentence(ctx: RuleContext, para: readonly SentenceView[], i: number): void {
  const { model } = ctx;
  const s = para[i]!;
  const windowed: { kpi: Kpi; market: MarketModel }[] = [];
  // A KPI figure needs a metric named, a target word (for a figure whose metric was named before) or a measurement word.
  if (s.metrics.length === 0 && !s.cueKinds.has('target') && !(i > 0 && s.cueKinds.has('measure')) && !(i === 0 && ctx.paragraph.asked.length > 0)) return;
  if (s.quantities.length === 0) return;
  const increase = s.tokens.some((t) => INCREASE.test(t.norm));
  const decrease = s.tokens.some((t) => DECREASE.test(t.norm));
  for (const q of s.quantities) {
    if (q.role) continue;
    const from = tokenAt(s, q.start);
    if (isConditional(s, from) || isHistory(s, from, ctx.model.year)) continue;
    const marketId = marketAt(s, q.start);
    const market = marketId === null ? undefined : model.byId.get(marketId);
    if (!market) continue;
    let metric = q.kind === 'multiplier' && (increase || decrease) ? metricBefore(s, q.start) : associateMetric(model, s, q);
    if (metric === null && q.kind !== 'duration' && q.kind !== 'multiplier') metric = fallbackMetric(model, para, i, q, market, ctx.paragraph.asked);
    const k = kpiFor(market, metric);
    if (!k || !currencyFits(k, q)) continue;
    if (k.windowDays !== undefined) windowed.push({ kpi: k, market });
    if (q.kind === 'multiplier' && (increase || decrease)) {
      // "raise the CAC cap one and a half times": the new figure is the agreed one times the factor.
      const ref = increase ? (k.max ?? k.target ?? k.min) : (k.min ?? k.target ?? k.max);
      if (ref === undefined) continue;
      const value = increase ? ref * q.value : ref / q.value;
      const v = judge(k, { ...q, op: undefined, high: undefined }, value, undefined);
      if (v) report(ctx, s, market, k, q.start, q.end, v);
      continue;
    }
    if (q.kind === 'percent' && model.metricUnits.get(k.metric) !== '%') continue;
    // "a 'last 24 hours' countdown" is no nurture length: a days metric is stated in days, weeks or months.
    if (q.kind === 'duration' && q.hours !== undefined) continue;
    const v = judge(k, q);
    if (v) report(ctx, s, market, k, q.start, q.end, v);
  }
  checkWindows(ctx, para, i, windowed);
}

/** A stated measurement window different from the KPI's `windowDays` ("measured within 30 days"). */
function checkWindows(ctx: RuleContext, para: readonly SentenceView[], i: number, fromValues: { kpi: Kpi; market: MarketModel }[]): void {
  const { model } = ctx;
  const s = para[i]!;
  // "14 days", "within three weeks", and an ordinal day: "на седьмой день", "on day 7", "day-7 retention".
  const durations = s.quantities
    .filter((q) => (q.kind === 'duration' && !q.role) || (q.role === 'ordinal' && nextToDay(s, q)))
    .map((q) => (q.kind === 'duration' ? q : { ...q, kind: 'duration' as const }));
  if (durations.length === 0) return;
  const candidates = [...fromValues];
  const named = (x: SentenceView) => {
    for (const mm of x.metrics) {
      const marketId = marketAt(x, mm.start);
      const market = marketId === null ? undefined : model.byId.get(marketId);
      const k = market && kpiFor(market, mm.phrase.payload);
      if (market && k?.windowDays !== undefined) candidates.push({ kpi: k, market });
    }
  };
  named(s);
  // "Меряем за 30 дней": a measurement sentence right after the one that named the metric.
  if (candidates.length === 0 && i > 0 && s.metrics.length === 0 && s.cueKinds.has('measure')) named(para[i - 1]!);
  if (candidates.length === 0) return;
  const seen = new Set<string>();
  for (const q of durations) {
    const from = tokenAt(s, q.start);
    if (isHistory(s, from, ctx.model.year) || isConditional(s, from)) continue;
    const assoc = associateMetric(model, s, q);
    if (assoc !== null && model.metricUnits.get(assoc) === 'days') continue;
    const last = tokenAt(s, q.end - 1);
    const before = s.tokens.slice(Math.max(0, from - 3), from).map((t) => t.norm);
    const after = s.tokens.slice(last + 1, last + 3).map((t) => t.norm);
    // "within 30 days", "за 60 дней", "the 30-day window", "read 90 days after first touch".
    if (!before.some((w) => WINDOW_CUE.has(w)) && !after.includes('window') && !after.includes('окно') && !(after[0] === 'after' || after[0] === 'после')) continue;
    // "the 90-day awareness window": a duration right before a metric name is that metric's window;
    // otherwise a word between the duration and "window" names whose window it is.
    const own = s.metrics.find((mm) => mm.from >= last + 1 && mm.from - last <= 2);
    const ownerWord = WINDOW_WORD.test(s.tokens[last + 2]?.norm ?? '') && s.tokens[last + 1]?.type === 'word' ? s.tokens[last + 1]! : null;
    const where = marketAt(s, q.start);
    for (const { kpi, market } of candidates) {
      // The window belongs to the market the duration stands in ("Conversion | 4% за 14 дней | 3% за 60 дней").
      if (where !== null && where !== market.id) continue;
      if (own && own.phrase.payload !== kpi.metric) continue;
      if (!own && ownerWord && !s.metrics.some((mm) => mm.from === last + 1 && mm.phrase.payload === kpi.metric)) continue;
      if (seen.has(kpi.id) || q.value === kpi.windowDays) continue;
      if (q.high !== undefined && q.value <= kpi.windowDays! && kpi.windowDays! <= q.high) continue;
      seen.add(kpi.id);
      const actual = s.text.slice(q.start - s.start, q.end - s.start);
      ctx.report({
        kind: 'kpi',
        severity: 'warning',
        ruleId: kpi.id,
        market: market.id,
        start: q.start,
        end: q.end,
        sentence: s,
        actual,
        expected: `${kpi.windowDays} days`,
        message: {
          en: `${market.id} ${metricLabel(model, kpi.metric, 'en')} window “${actual}” differs from the agreed ${kpi.windowDays}-day window${agreedSuffix(model, 'en', kpi.id)}`,
          ru: `${market.id}, ${metricLabel(model, kpi.metric, 'ru')}: окно «${actual}» не совпадает с согласованным окном ${kpi.windowDays} дн.${agreedSuffix(model, 'ru', kpi.id)}`,
        },
      });
    }
  }
}

export const kpi: Rule = {
  kind: 'kpi',
  describe: 'Stated KPI targets and measurement windows against each market’s agreed range.',
  check(ctx) {
    const para = ctx.paragraph.sentences;
    for (let i = 0; i < para.length; i++) checkSentence(ctx, para, i);
  },
};
