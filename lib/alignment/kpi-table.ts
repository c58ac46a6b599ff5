/**
 * The KPI table: one row per metric, the markets side by side, so both teams can see at a glance
 * where their numbers differ ("RU converts over 60 days, US over 14").
 *
 * `kpiTable` gives the data (for the side panel); `formatKpiTable` renders it as plain text (for
 * the CLI), in English or Russian.
 */
import { BUILTIN_METRICS } from '../lexicon/metrics';
import type { AlignmentDoc, LangMap, LangText, Market, MetricUnit } from './schema';

export type KpiTableLang = 'en' | 'ru';

export interface KpiTableOptions {
  /** A market id or any of its names, in any language; case-insensitive. */
  market?: string;
  /** A metric id or any of its names, in any language; case-insensitive. */
  metric?: string;
}

export interface KpiTableMarket {
  id: string;
  name: LangText;
  currency: string;
}

/** One KPI, with its unit resolved: `%`, `days`, `ratio`, `count`, a currency code, or as written. */
export interface KpiTableKpi {
  id: string;
  target?: number;
  min?: number;
  max?: number;
  unit: string;
  windowDays?: number;
}

export interface KpiTableBaseline {
  value: number;
  unit: string;
  source?: string;
}

/** What one market agreed for one metric. Usually one KPI; a market may set several. */
export interface KpiTableCell {
  kpis: KpiTableKpi[];
  baselines: KpiTableBaseline[];
}

export interface KpiTableRow {
  /** Metric id. */
  metric: string;
  unit?: MetricUnit;
  /** The metric's names per language (document glossary first, then built-in). */
  names: LangMap;
  /** Keyed by market id; a market with neither a KPI nor a baseline for the metric is absent. */
  cells: Record<string, KpiTableCell>;
}

/** Why the table is empty when a filter matched nothing. */
export type KpiTableMiss =
  | { kind: 'unknown-market'; query: string; available: string[] }
  | { kind: 'unknown-metric'; query: string; available: string[] }
  /** The metric exists, but the selected markets have no KPI or baseline for it. */
  | { kind: 'no-kpi'; query: string; available: string[] };

export interface KpiTable {
  markets: KpiTableMarket[];
  rows: KpiTableRow[];
  /** Set when a filter matched nothing; `markets`/`rows` are then empty or partial. */
  miss?: KpiTableMiss;
}

interface MetricInfo {
  unit?: MetricUnit;
  names: LangMap;
}

// ---------------------------------------------------------------------------------------------
// Data

export function kpiTable(doc: AlignmentDoc, opts: KpiTableOptions = {}): KpiTable {
  const glossary = metricGlossary(doc);

  let markets: Market[] = doc.markets;
  const marketQuery = opts.market;
  if (marketQuery !== undefined) {
    markets = doc.markets.filter((m) => marketMatches(m, marketQuery));
    if (markets.length === 0) {
      return { markets: [], rows: [], miss: { kind: 'unknown-market', query: marketQuery, available: doc.markets.map((m) => m.id) } };
    }
  }

  // Metrics in order of first appearance: KPIs first, then baseline-only metrics.
  const order: string[] = [];
  const note = (metric: string) => {
    if (!order.includes(metric)) order.push(metric);
  };
  for (const m of markets) for (const k of m.kpis) note(k.metric);
  for (const m of markets) for (const b of m.baselines ?? []) note(b.metric);

  let wanted = order;
  if (opts.metric !== undefined) {
    const query = opts.metric;
    // The document's own words win: one document may count "CPA" as its `cac`, while the
    // built-in words know `cpa` as a metric of its own.
    const fromDoc = doc.metrics.filter((m) => metricMatches(m.id, m, query)).map((m) => m.id);
    const known = new Set([...glossary.keys(), ...order]);
    const matching = fromDoc.length > 0 ? fromDoc : [...known].filter((id) => metricMatches(id, glossary.get(id), query));
    if (matching.length === 0) {
      return { markets: markets.map(toTableMarket), rows: [], miss: { kind: 'unknown-metric', query, available: order } };
    }
    wanted = order.filter((id) => matching.includes(id));
    if (wanted.length === 0) {
      return { markets: markets.map(toTableMarket), rows: [], miss: { kind: 'no-kpi', query, available: order } };
    }
    // Show only the markets that have something for the metric.
    markets = markets.filter((m) => m.kpis.some((k) => wanted.includes(k.metric)) || (m.baselines ?? []).some((b) => wanted.includes(b.metric)));
  }

  const rows = wanted.map((metric): KpiTableRow => {
    const info = glossary.get(metric);
    const cells: Record<string, KpiTableCell> = {};
    for (const m of markets) {
      const kpis = m.kpis
        .filter((k) => k.metric === metric)
        .map((k) => ({
          id: k.id,
          unit: resolveUnit(k.unit, info?.unit, m.currency),
          ...pick(k, ['target', 'min', 'max', 'windowDays']),
        }));
      const baselines = (m.baselines ?? [])
        .filter((b) => b.metric === metric)
        .map((b) => ({ value: b.value, unit: resolveUnit(b.unit, info?.unit, m.currency), ...(b.source !== undefined ? { source: b.source } : {}) }));
      if (kpis.length > 0 || baselines.length > 0) cells[m.id] = { kpis, baselines };
    }
    return { metric, ...(info?.unit !== undefined ? { unit: info.unit } : {}), names: info?.names ?? {}, cells };
  });

  return { markets: markets.map(toTableMarket), rows };
}

/** Document metrics first (they are what the teams signed), then built-in ones; names merged. */
function metricGlossary(doc: AlignmentDoc): Map<string, MetricInfo> {
  const glossary = new Map<string, MetricInfo>();
  const add = (id: string, unit: MetricUnit | undefined, names: LangMap) => {
    const entry = glossary.get(id);
    if (!entry) {
      glossary.set(id, { unit, names: { ...names } });
      return;
    }
    entry.unit ??= unit;
    for (const [lang, words] of Object.entries(names)) {
      entry.names[lang] = [...new Set([...(entry.names[lang] ?? []), ...words])];
    }
  };
  for (const m of doc.metrics) add(m.id, m.unit, m.names);
  for (const m of BUILTIN_METRICS) add(m.id, m.unit, m.names);
  return glossary;
}

// Locale-independent on purpose: a Turkish runtime locale must not change how "I" folds.
const fold = (text: string) => text.trim().toLowerCase();

function marketMatches(market: Market, query: string): boolean {
  const q = fold(query);
  const words = [market.id, ...Object.values(market.name), ...Object.values(market.names).flat()];
  return words.some((w) => fold(w) === q);
}

function metricMatches(id: string, info: MetricInfo | undefined, query: string): boolean {
  const q = fold(query);
  return fold(id) === q || Object.values(info?.names ?? {}).some((words) => words.some((w) => fold(w) === q));
}

function toTableMarket(m: Market): KpiTableMarket {
  return { id: m.id, name: m.name, currency: m.currency };
}

/** A KPI's own unit wins; a currency metric without one is in the market's currency. */
function resolveUnit(explicit: string | undefined, metricUnit: MetricUnit | undefined, currency: string): string {
  if (explicit !== undefined && explicit.trim() !== '') return explicit.trim();
  if (metricUnit === 'currency') return currency;
  return metricUnit ?? '';
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Plain text

const LABELS = {
  en: {
    revision: (n: number) => `revision ${n}`,
    signedOff: 'signed off',
    notSigned: 'not signed off',
    rev: (n: number) => `rev. ${n}`,
    staleRevision: 'not the current revision',
    metric: 'metric',
    target: 'target',
    range: 'range',
    window: 'window',
    baseline: 'baseline',
    days: (n: number) => (n === 1 ? 'day' : 'days'),
    unknownMarket: (q: string, list: string) => `Unknown market "${q}". Markets in this document: ${list}.`,
    unknownMetric: (q: string, list: string) => `Unknown metric "${q}". Metrics with KPIs or baselines: ${list}.`,
    noKpi: (q: string, markets: string, list: string) => `No KPI or baseline for "${q}" in ${markets}. Metrics with KPIs or baselines there: ${list}.`,
    none: '(none)',
  },
  ru: {
    revision: (n: number) => `редакция ${n}`,
    signedOff: 'подписали',
    notSigned: 'не подписан',
    rev: (n: number) => `ред. ${n}`,
    staleRevision: 'не текущая редакция',
    metric: 'метрика',
    target: 'цель',
    range: 'диапазон',
    window: 'окно',
    baseline: 'база',
    // "дн." avoids Russian plural forms (день/дня/дней) and reads naturally in a table.
    days: () => 'дн.',
    unknownMarket: (q: string, list: string) => `Неизвестный рынок «${q}». Рынки в документе: ${list}.`,
    unknownMetric: (q: string, list: string) => `Неизвестная метрика «${q}». Метрики с KPI или базовыми значениями: ${list}.`,
    noKpi: (q: string, markets: string, list: string) =>
      `Для «${q}» нет ни KPI, ни базовых значений на рынках: ${markets}. Метрики с KPI или базовыми значениями там: ${list}.`,
    none: '(нет)',
  },
} as const;

type Labels = (typeof LABELS)[KpiTableLang];

const DASH = '—';

export function formatKpiTable(doc: AlignmentDoc, opts: KpiTableOptions = {}, lang: KpiTableLang = 'en'): string {
  const t: Labels = LABELS[lang];
  const table = kpiTable(doc, opts);
  const glossary = metricGlossary(doc);
  const lines = [headerLine(doc, t)];

  if (table.miss) {
    const { kind, query, available } = table.miss;
    const marketList = (markets: ReadonlyArray<{ id: string; name: LangText }>) =>
      markets.map((m) => `${m.id} (${localName(m.name, lang)})`).join(', ') || t.none;
    const metricList = available.map((id) => metricLabel(id, glossary.get(id), lang)).join(', ') || t.none;
    if (kind === 'unknown-market') lines.push(t.unknownMarket(query, marketList(doc.markets)));
    else if (kind === 'unknown-metric') lines.push(t.unknownMetric(query, metricList));
    else lines.push(t.noKpi(query, marketList(table.markets), metricList));
    return lines.join('\n') + '\n';
  }

  const groups = table.markets.map((m) => `${m.id} — ${localName(m.name, lang)}`);
  const header = [t.metric, ...table.markets.flatMap(() => [t.target, t.range, t.window, t.baseline])];
  const body = table.rows.map((row) => [
    metricLabel(row.metric, glossary.get(row.metric), lang),
    ...table.markets.flatMap((m) => cellTexts(row.cells[m.id], lang, t)),
  ]);
  lines.push('', ...renderTable(groups, header, body));
  return lines.join('\n') + '\n';
}

/** `Title — revision 3 — signed off: Name (Party) 2026-11-20, rev. 3; ...` */
function headerLine(doc: AlignmentDoc, t: Labels): string {
  const signatures = (doc.signOff ?? []).map((s) => {
    const party = doc.parties.find((p) => p.id === s.party)?.name ?? s.party;
    const stale = s.revision !== doc.revision ? ` (${t.staleRevision})` : '';
    return `${s.name} (${party}) ${s.date}, ${t.rev(s.revision)}${stale}`;
  });
  const signed = signatures.length > 0 ? `${t.signedOff}: ${signatures.join('; ')}` : t.notSigned;
  return `${doc.title} — ${t.revision(doc.revision)} — ${signed}`;
}

/** Target, range, window, baseline for one market; several KPIs for one metric are joined. */
function cellTexts(cell: KpiTableCell | undefined, lang: KpiTableLang, t: Labels): string[] {
  const join = (parts: string[]) => (parts.length > 0 && parts.some((p) => p !== DASH) ? parts.join(' / ') : DASH);
  const kpis = cell?.kpis ?? [];
  return [
    join(kpis.map((k) => (k.target !== undefined ? amount(k.target, k.unit, lang, t) : DASH))),
    join(kpis.map((k) => range(k, lang, t))),
    join(kpis.map((k) => (k.windowDays !== undefined ? amount(k.windowDays, 'days', lang, t) : DASH))),
    join((cell?.baselines ?? []).map((b) => amount(b.value, b.unit, lang, t))),
  ];
}

function range(k: KpiTableKpi, lang: KpiTableLang, t: Labels): string {
  return formatRange(k, lang, { days: t.days, space: ' ' });
}

/** How amounts are written: the word for days, and the space between a number and its unit (a no-break one in HTML). */
export interface AmountStyle {
  days(n: number): string;
  space: string;
}

/**
 * A KPI's range: a symbol written before the number ($) is repeated on both ends; a unit after it
 * is written once, at the end: "$30–$35", "2.5–4%", "1,000–1,800 ₽"; one bound: "≥ 45 days", "≤ $35".
 */
export function formatRange(k: Pick<KpiTableKpi, 'min' | 'max' | 'unit'>, lang: KpiTableLang, style: AmountStyle): string {
  if (k.min !== undefined && k.max !== undefined) {
    const low = CURRENCY_SYMBOLS[k.unit]?.before === true ? formatAmount(k.min, k.unit, lang, style) : formatNumber(k.min, lang, style.space);
    return `${low}–${formatAmount(k.max, k.unit, lang, style)}`;
  }
  if (k.min !== undefined) return `≥ ${formatAmount(k.min, k.unit, lang, style)}`;
  if (k.max !== undefined) return `≤ ${formatAmount(k.max, k.unit, lang, style)}`;
  return DASH;
}

const CURRENCY_SYMBOLS: Record<string, { symbol: string; before: boolean }> = {
  USD: { symbol: '$', before: true },
  RUB: { symbol: '₽', before: false },
};

function amount(value: number, unit: string, lang: KpiTableLang, t: Labels): string {
  return formatAmount(value, unit, lang, { days: t.days, space: ' ' });
}

/** A number with its unit: `3%`, `60 days`, `2.5×`, `$35`, `1,800 ₽`, `700 AED`. */
export function formatAmount(value: number, unit: string, lang: KpiTableLang, style: AmountStyle): string {
  const n = formatNumber(value, lang, style.space);
  switch (unit) {
    case '%':
      return `${n}%`;
    case 'days':
      return `${n}${style.space}${style.days(value)}`;
    case 'ratio':
      return `${n}×`;
    case '':
    case 'count':
      return n;
  }
  const currency = CURRENCY_SYMBOLS[unit];
  if (currency?.before) return value < 0 ? `-${currency.symbol}${formatNumber(-value, lang, style.space)}` : `${currency.symbol}${n}`;
  if (currency) return `${n}${style.space}${currency.symbol}`;
  return `${n}${style.space}${unit}`;
}

/**
 * `1,800.5` in English, `1 800,5` in Russian, with `space` between Russian digit groups. Written by hand
 * rather than with Intl.NumberFormat, whose Russian output uses a narrow no-break space that renders
 * unevenly in terminals.
 */
export function formatNumber(value: number, lang: KpiTableLang, space = ' '): string {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text; // exponent notation, NaN: leave as is
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const group = lang === 'ru' ? space : ',';
  // Russian typography leaves four-digit numbers unsplit (1800, but 12 000); English groups them.
  const minDigits = lang === 'ru' ? 5 : 4;
  const grouped = digits.length >= minDigits ? digits.replace(/\B(?=(\d{3})+$)/g, group) : digits;
  return `${sign}${grouped}${fraction !== undefined ? (lang === 'ru' ? ',' : '.') + fraction : ''}`;
}

function localName(name: LangText, lang: KpiTableLang): string {
  return name[lang] ?? name.en ?? Object.values(name)[0] ?? '';
}

/** The metric's first name in the language, plus its id when the name is not just the id. */
function metricLabel(id: string, info: MetricInfo | undefined, lang: KpiTableLang): string {
  const name = info?.names[lang]?.[0] ?? info?.names.en?.[0];
  if (name === undefined) return id;
  const same = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, ' ');
  return same(name) === same(id) ? name : `${name} (${id})`;
}

/**
 * Plain-text table with a row of market labels above their four columns each.
 * Widths count code points, so Cyrillic and symbols such as ₽ and × line up.
 */
function renderTable(groups: string[], header: string[], body: string[][]): string[] {
  const len = (s: string) => [...s].length;
  const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - len(s)));
  const widths = header.map((h, c) => Math.max(len(h), ...body.map((row) => len(row[c] ?? ''))));

  // Each market label spans its four columns; widen the last one if the label is longer.
  const span = 4;
  const sep = ' | ';
  groups.forEach((label, g) => {
    const first = 1 + g * span;
    const cols = widths.slice(first, first + span);
    const total = cols.reduce((a, b) => a + b, 0) + sep.length * (span - 1);
    if (len(label) > total) widths[first + span - 1] = (widths[first + span - 1] ?? 0) + len(label) - total;
  });

  const groupWidth = (g: number) =>
    widths.slice(1 + g * span, 1 + (g + 1) * span).reduce((a, b) => a + b, 0) + sep.length * (span - 1);
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c] ?? 0)).join(sep).trimEnd();

  const groupRow = [pad('', widths[0] ?? 0), ...groups.map((label, g) => pad(label, groupWidth(g)))].join(sep).trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [groupRow, line(header), rule, ...body.map(line)];
}
