import type { SentenceView } from '../engine/analyze';
import type { DocModel } from '../engine/model';
import type { Quantity } from '../engine/quantities';
import { tokenAt } from '../engine/stance';

/**
 * Which metric a figure speaks of: the nearest metric named before it in its clause ("CAC under $35",
 * "Conversion target: 4.5%"), or right after it ("3% landing-to-trial conversion", "50% off",
 * "a 30-day nurture"), whose unit fits the figure. Prices are also recognised by their period
 * ("$4.99/month"), discounts by fraction words and a minus sign ("half price", "минус 20%").
 */

/**
 * Does a money figure's currency match an agreed unit? "Рубль" is also the Belarusian rouble: in a document whose
 * unit is BYN, "350 руб." and "девяносто девять рублей" are BYN; only the ₽ sign and "RUB" say Russian roubles.
 */
export function currencyMatches(q: Quantity, unit: string): boolean {
  if (q.currency === unit) return true;
  return unit === 'BYN' && q.currency === 'RUB' && !/₽|RUB/i.test(q.text);
}

export function unitFits(unit: string | undefined, q: Quantity): boolean {
  switch (unit) {
    case '%':
      return q.kind === 'percent';
    case 'currency':
      return q.kind === 'money';
    case 'days':
      return q.kind === 'duration';
    case 'ratio':
      return q.kind === 'number' || q.kind === 'ratio' || q.kind === 'multiplier';
    case 'count':
      return q.kind === 'number';
    default:
      return false;
  }
}

const HARD_STOP = new Set(['.', '!', '?', '(', ')']);
const SOFT_STOP = new Set([',', ';']);
const LABEL = new Set([':', '—', '–', '-', '=', '≤', '≥', '<', '>']);
const DISCOUNT_WORDS = /^(?:off|discount|скидк|price|цен|полцен)/;
const MINUS = new Set(['минус', '−', '-', 'minus']);
/** Words next to a percentage that make it a price cut: "save 40%", "дешевле на 35%", "40% cheaper". */
const CUT_BEFORE = /^(?:save|saving|savings|saves|дешевле|экономи|сэконом|скидк|discount|discounted|reduced|minus|минус|снижен)/;
const CUT_AFTER = /^(?:off|cheaper|дешевле|discount|скидк|less)/;
/** "22% below list", "на 20% ниже прайса": a cut from the list price. */
const LIST_PRICE = /^(?:list|retail|rrp|msrp|прайс|рекомендованн|розничн)/;

export function associateMetric(model: DocModel, s: SentenceView, q: Quantity, prefer?: string): string | null {
  const qFrom = tokenAt(s, q.start);
  const qTo = tokenAt(s, Math.max(q.start, (q.periodEnd ?? q.end) - 1)) + 1;
  const has = (id: string) => model.metricUnits.has(id);
  // A per-period money figure is a price, unless a currency metric is named right before it.
  const t = s.tokens;
  const discount = model.discountMetric;
  if (q.kind === 'percent' && has(discount)) {
    const next = t[qTo]?.norm ?? '';
    const prev = t[qFrom - 1]?.norm ?? '';
    if ((q.fraction && (DISCOUNT_WORDS.test(next) || /price|цен/.test(q.text.toLowerCase()) || DISCOUNT_WORDS.test(prev))) || MINUS.has(prev)) {
      return discount;
    }
    const before = [t[qFrom - 1]?.norm ?? '', t[qFrom - 2]?.norm ?? ''];
    if (before.some((w) => CUT_BEFORE.test(w)) || CUT_AFTER.test(next)) return discount;
    if ((next === 'below' || next === 'ниже') && LIST_PRICE.test(t[qTo + 1]?.norm ?? '')) return discount;
  }
  let best: string | null = null;
  let bestScore = Infinity;
  for (const m of s.metrics) {
    const id = m.phrase.payload;
    if (!unitFits(model.metricUnits.get(id), q)) continue;
    let score: number;
    // A metric named right after another figure belongs to it ("a 9,000 AED AOV floor and the 700 AED cap").
    const owned = s.quantities.some(
      (o) =>
        o !== q && !o.role && o.end <= m.start && o.start < q.start && unitFits(model.metricUnits.get(id), o) &&
        m.from - tokenAt(s, o.end - 1) <= 2 && !s.tokens.slice(tokenAt(s, o.end - 1) + 1, m.from).some((x) => x.type === 'punct'),
    );
    if (m.to <= qFrom && owned) continue;
    if (m.to <= qFrom) {
      score = 0;
      for (let i = m.to; i < qFrom; i++) {
        const x = t[i]!;
        if (x.type === 'punct') {
          if (HARD_STOP.has(x.text)) {
            score = Infinity;
            break;
          }
          if (SOFT_STOP.has(x.text)) score += 6;
          else if (LABEL.has(x.text)) score += 0.5;
          else score += 0.5;
        } else score += 1;
      }
      // Another figure of the same kind between the metric and this one belongs to the metric first.
      for (const o of s.quantities) if (o !== q && o.kind === q.kind && !o.role && o.start >= m.end && o.end <= q.start) score += 6;
    } else if (m.from >= qFrom && m.from < qTo && m.to >= qTo) {
      // The metric word is part of the figure: "50% off", "$4.99/month".
      score = 0;
    } else if (m.from >= qTo) {
      const gap = m.from - qTo;
      if (gap > 2 || t.slice(qTo, m.from).some((x) => x.type === 'punct' && x.text !== '-')) continue;
      score = gap + 0.5;
    } else continue;
    if (score < bestScore || (score === bestScore && id === prefer)) {
      best = id;
      bestScore = score;
    }
  }
  if (best !== null && bestScore <= 12) return best;
  if (q.kind === 'money' && q.periodMonths !== undefined && has(model.priceMetric)) return model.priceMetric;
  // "футболки по 2 900 тенге", "$4 each": a figure per item is a price.
  if (q.kind === 'money' && has(model.priceMetric)) {
    const prev = t[qFrom - 1]?.norm;
    const next = t[qTo]?.norm;
    if (prev === 'по' || next === 'each' || next === 'apiece' || (next === 'за' && /^(?:штук|шт)/.test(t[qTo + 1]?.norm ?? ''))) {
      return model.priceMetric;
    }
  }
  return null;
}
