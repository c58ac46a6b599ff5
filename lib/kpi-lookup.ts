/**
 * Quick KPI lookup, for the popup: "US CAC", "конверсия RU", "nurture" → the agreed values with the
 * markets side by side, and the revision they were signed in.
 *
 * Pure: no DOM, no browser, no zod. The KPI data and its formatting come from the KPI table
 * (lib/alignment/kpi-table.ts), inflection from the engine's stemmer (lib/engine/stem.ts).
 *
 * How a query is read: it is cut into words; a word that names a market (`US`, `США`, `российский`,
 * `Dubai`, a KPI id such as `US-cac`) narrows the columns to that market; the other words must each
 * match the metric (its id, its names in any language, a KPI id), exactly, inflected
 * (`конверсии` → `конверсия`) or as the start of a word (`ca` → `CAC`, while typing). Hypotheses,
 * assumptions, red lines and channel plans whose words match come after the KPIs.
 */
import { formatAmount, formatRange, kpiTable, type AmountStyle, type KpiTable, type KpiTableCell, type KpiTableLang, type KpiTableMarket } from './alignment/kpi-table';
import type { AlignmentDoc, LangMap, LangText, Market } from './alignment/schema';
import { stem, wordMatches } from './engine/stem';
import { BUILTIN_CHANNELS } from './lexicon/channels';
import { BUILTIN_METRICS } from './lexicon/metrics';

export type LookupLang = KpiTableLang;

/** What one market agreed for the metric, written out; `—` where nothing is set. */
export interface LookupCell {
  market: string;
  /** The KPI ids behind the cell (usually one; none when only a baseline is known). */
  kpiIds: string[];
  target: string;
  range: string;
  window: string;
  baseline: string;
  /** False when the market has neither a KPI nor a baseline for the metric. */
  set: boolean;
}

export interface LookupKpiRow {
  kind: 'kpi';
  /** Metric id. */
  metric: string;
  /** The metric's first name in the language (`CAC`, `конверсия`). */
  label: string;
  /** One per column of `LookupResult.markets`, in that order. */
  cells: LookupCell[];
}

/** Another agreed entry whose words match: a hypothesis, an assumption, a red line, a channel plan. */
export interface LookupItemRow {
  kind: 'hypothesis' | 'assumption' | 'red-line' | 'channel';
  /** The entry's id (a channel's id for a channel plan). */
  id: string;
  /** The markets it concerns; `*` for all. */
  markets: string[];
  /** The entry in words: a statement, a rule, `RU avoid · US primary`. */
  text: string;
}

export type LookupRow = LookupKpiRow | LookupItemRow;

export interface SignedIn {
  revision: number;
  /** The latest sign-off date for this revision. */
  date: string;
  /** Parties that have not signed this revision (usually none). */
  missing: string[];
}

export interface LookupResult {
  /** The columns: every market, or those the query named. */
  markets: KpiTableMarket[];
  /** True when a market word narrowed the columns. */
  narrowed: boolean;
  /** KPI rows first (best match first), then other entries. */
  rows: LookupRow[];
  /** The document's revision. */
  revision: number;
  /** The sign-off that covers the current revision, or null: "not signed off". */
  signedIn: SignedIn | null;
  /** Words of the query that matched nothing and were left out. */
  ignored: string[];
  /** A sentence for the reader when nothing (or not everything) was found. */
  message?: string;
}

// ---------------------------------------------------------------------------------------------
// Words

const LABELS = {
  en: {
    target: 'target',
    range: 'range',
    window: (days: string) => `within ${days}`,
    baseline: 'baseline',
    days: (n: number) => (n === 1 ? 'day' : 'days'),
    rev: (n: number) => `rev. ${n}`,
    signed: (date: string) => `signed ${date}`,
    notSigned: 'not signed off',
    status: { primary: 'primary', secondary: 'secondary', avoid: 'avoid' },
    hypothesis: { proposed: 'proposed', validated: 'validated', challenged: 'challenged', refined: 'refined', rejected: 'rejected' },
    noMatch: (q: string, metrics: string, markets: string) => `Nothing agreed matches "${q}". Try a metric (${metrics}) or a market (${markets}).`,
    noKpi: (q: string, markets: string, metrics: string) => `No KPI for "${q}" in ${markets}. KPIs there: ${metrics}.`,
    ignored: (words: string) => `Not found, left out: ${words}.`,
    none: 'none',
  },
  ru: {
    target: 'цель',
    range: 'диапазон',
    window: (days: string) => `за ${days}`,
    baseline: 'база',
    days: () => 'дн.',
    rev: (n: number) => `ред. ${n}`,
    signed: (date: string) => `подписано ${date}`,
    notSigned: 'не подписан',
    status: { primary: 'основной', secondary: 'дополнительный', avoid: 'не использовать' },
    hypothesis: { proposed: 'предложена', validated: 'подтверждена', challenged: 'под сомнением', refined: 'уточнена', rejected: 'отклонена' },
    noMatch: (q: string, metrics: string, markets: string) => `Ничего согласованного не найдено по «${q}». Попробуйте метрику (${metrics}) или рынок (${markets}).`,
    noKpi: (q: string, markets: string, metrics: string) => `Для «${q}» нет KPI на рынках: ${markets}. KPI там: ${metrics}.`,
    ignored: (words: string) => `Не найдено, пропущено: ${words}.`,
    none: 'нет',
  },
} as const;

const DASH = '—';

/** Lower case, `ё` as `е`; locale-independent on purpose (a Turkish locale must not change how "I" folds). */
const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/**
 * The words of a text, folded. Hyphens and inner dots stay (`us-cac`, `trial-to-paid`, `u.s`), as do
 * `%`, `$`, `₽`; a hyphenated word also yields its parts, for names (`parts`).
 */
export function lookupWords(text: string, parts = false): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(/[^\p{L}\p{N}\-.%$₽/]+/u)) {
    const word = raw.replace(/^[-./]+|[-./]+$/g, '');
    if (word === '') continue;
    out.push(word);
    if (parts && /[-/]/.test(word)) for (const part of word.split(/[-/]+/)) if (part !== '' && part !== word) out.push(part);
  }
  return out;
}

/** 3: the same word; 2: an inflection of it; 1: the start of it (typing); 0: no match. */
function wordScore(query: string, word: string, minPrefix: number): number {
  if (query === word) return 3;
  if (wordMatches(query, word)) return 2;
  if (query.length >= minPrefix && word.startsWith(query)) return 1;
  return 0;
}

/** A set of words, matched by `bestScore`; its phrases (names) are kept as word lists, for whole-name matches. */
interface WordSet {
  words: string[];
  phrases: string[][];
  /** Exact-only identifiers (ids): a whole query word must equal one. */
  ids: Set<string>;
}

function wordSet(phrases: readonly string[], ids: readonly string[] = []): WordSet {
  const words = new Set<string>();
  for (const p of phrases) for (const x of lookupWords(p, true)) words.add(x);
  return { words: [...words], phrases: phrases.map((p) => lookupWords(p)), ids: new Set(ids.map(fold)) };
}

function bestScore(query: string, set: WordSet, minPrefix: number): number {
  if (set.ids.has(query)) return 4;
  let best = 0;
  for (const w of set.words) {
    const s = wordScore(query, w, minPrefix);
    if (s > best) best = s;
    if (best === 3) break;
  }
  return best;
}

/**
 * Every query word matches the set: the sum of their scores, plus a bonus when the words are one whole
 * name (10 as written, 8 inflected: "стоимости заказа" is `cost per order`, not `средняя стоимость
 * заказа`); 0 when a word matches nothing.
 */
function matchAll(words: readonly string[], set: WordSet, minPrefix: number): number {
  let total = 0;
  for (const q of words) {
    const s = bestScore(q, set, minPrefix);
    if (s === 0) return 0;
    total += s;
  }
  let bonus = 0;
  for (const phrase of set.phrases) {
    if (phrase.length !== words.length) continue;
    const scores = phrase.map((w, i) => wordScore(words[i] ?? '', w, Infinity));
    if (scores.every((x) => x === 3)) return total + 10;
    if (scores.every((x) => x >= 2)) bonus = 8;
  }
  return total + bonus;
}

// ---------------------------------------------------------------------------------------------
// The index of a document: built once per document object

interface MetricEntry {
  metric: string;
  names: LangMap;
  words: WordSet;
  /** KPI id (folded) → its market. */
  kpiMarkets: Map<string, string>;
}

interface ItemEntry {
  kind: LookupItemRow['kind'];
  id: string;
  markets: string[];
  words: WordSet;
  /** Extra words matched as names (a red line limit's metric names), not as free text. */
  names?: WordSet;
  text: (lang: LookupLang) => string;
}

interface DocIndex {
  table: KpiTable;
  markets: Array<{ market: Market; words: WordSet }>;
  metrics: MetricEntry[];
  items: ItemEntry[];
  /** KPI id (folded) → market id. */
  kpiMarkets: Map<string, string>;
}

const indexes = new WeakMap<AlignmentDoc, DocIndex>();

function indexOf(doc: AlignmentDoc): DocIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = buildIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

function buildIndex(doc: AlignmentDoc): DocIndex {
  const table = kpiTable(doc);
  const kpiMarkets = new Map<string, string>();
  for (const m of doc.markets) for (const k of m.kpis) kpiMarkets.set(fold(k.id), m.id);

  const markets = doc.markets.map((market) => ({
    market,
    words: wordSet([market.id, ...Object.values(market.name), ...Object.values(market.names).flat()], [market.id]),
  }));

  const metrics = table.rows.map((row): MetricEntry => {
    const ids = Object.values(row.cells).flatMap((c) => c.kpis.map((k) => k.id));
    const own = new Map<string, string>();
    for (const id of ids) own.set(fold(id), kpiMarkets.get(fold(id)) ?? '');
    return { metric: row.metric, names: row.names, words: wordSet([row.metric, ...Object.values(row.names).flat()], [row.metric, ...ids]), kpiMarkets: own };
  });

  return { table, markets, metrics, items: agreedItems(doc), kpiMarkets };
}

/** The metric's names: the document's glossary first, then the built-in words. */
function metricNames(doc: AlignmentDoc, metric: string): string[] {
  return [
    ...Object.values(doc.metrics.find((m) => m.id === metric)?.names ?? {}).flat(),
    ...Object.values(BUILTIN_METRICS.find((m) => m.id === metric)?.names ?? {}).flat(),
  ];
}

function agreedItems(doc: AlignmentDoc): ItemEntry[] {
  const items: ItemEntry[] = [];
  for (const h of doc.hypotheses ?? []) {
    items.push({
      kind: 'hypothesis',
      id: h.id,
      markets: h.markets,
      words: wordSet([h.statement], [h.id]),
      text: (lang) => `${h.statement} (${LABELS[lang].hypothesis[h.status]})`,
    });
  }
  for (const a of doc.assumptions ?? []) {
    items.push({ kind: 'assumption', id: a.id, markets: [a.market], words: wordSet([a.statement], [a.id]), text: () => a.statement });
  }
  for (const r of doc.redLines) {
    items.push({
      kind: 'red-line',
      id: r.id,
      markets: r.markets,
      words: wordSet([r.rule], [r.id]),
      ...(r.limit ? { names: wordSet([r.limit.metric, ...metricNames(doc, r.limit.metric)]) } : {}),
      text: () => r.rule,
    });
  }
  // Channel plans: one row per channel any market names, with each market's stance on it.
  const channelIds: string[] = [];
  for (const m of doc.markets) {
    for (const id of [...m.channels.primary, ...m.channels.secondary, ...m.channels.avoid]) if (!channelIds.includes(id)) channelIds.push(id);
  }
  for (const id of channelIds) {
    const key = fold(id).replace(/\s+/g, '-');
    const aliases = [
      ...Object.values(doc.channels?.find((c) => fold(c.id) === fold(id))?.names ?? {}).flat(),
      ...Object.values(BUILTIN_CHANNELS.find((c) => c.id === key)?.names ?? {}).flat(),
    ];
    const stances = doc.markets.flatMap((m) => {
      const status = m.channels.primary.includes(id) ? 'primary' : m.channels.secondary.includes(id) ? 'secondary' : m.channels.avoid.includes(id) ? 'avoid' : null;
      return status ? [{ market: m.id, status }] : [];
    });
    items.push({
      kind: 'channel',
      id,
      markets: stances.map((s) => s.market),
      words: wordSet([id, ...aliases], [id]),
      text: (lang) => `${stances.map((s) => `${s.market} ${LABELS[lang].status[s.status as 'primary']}`).join(' · ')}`,
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// The lookup

export function lookupKpis(doc: AlignmentDoc, query: string, lang: LookupLang): LookupResult {
  const index = indexOf(doc);
  const t = LABELS[lang];
  const tokens = lookupWords(query);

  // 1. Market words. A word equal to (or an inflection of) a market's name is a market word; a word that
  //    only starts one ("Rus") is a market word only when it starts no metric name (so "r" may still be ROAS).
  const marketHits = new Map<string, Set<string>>(); // market id → the query words that named it
  const itemTokens: string[] = [];
  for (const q of tokens) {
    const strong = index.markets.filter((m) => bestScore(q, m.words, Infinity) >= 2).map((m) => m.market.id);
    const byKpi = index.kpiMarkets.get(q);
    let named = strong;
    if (named.length === 0 && byKpi === undefined) {
      const weak = index.markets.filter((m) => bestScore(q, m.words, 1) === 1).map((m) => m.market.id);
      if (weak.length > 0 && !index.metrics.some((m) => bestScore(q, m.words, 1) > 0)) named = weak;
    }
    for (const id of named) (marketHits.get(id) ?? marketHits.set(id, new Set()).get(id))?.add(q);
    if (byKpi !== undefined) (marketHits.get(byKpi) ?? marketHits.set(byKpi, new Set()).get(byKpi))?.add(q);
    if (named.length === 0 || byKpi !== undefined) itemTokens.push(q);
  }
  // "United States": drop a market named by only some of the words that named another ("United" → UAE).
  const chosen = [...marketHits].filter(([, words]) => ![...marketHits.values()].some((other) => other !== words && other.size > words.size && [...words].every((w) => other.has(w))));
  const narrowed = chosen.length > 0;
  const columns = narrowed ? doc.markets.filter((m) => chosen.some(([id]) => id === m.id)) : doc.markets;
  const columnIds = new Set(columns.map((m) => m.id));

  // 2. Words that match nothing at all are left out (and said so), as long as some word does match.
  const known = itemTokens.filter((q) => matchesAnything(q, index));
  const ignored = itemTokens.filter((q) => !known.includes(q));

  const base = { markets: columns.map((m) => ({ id: m.id, name: m.name, currency: m.currency })), narrowed, revision: doc.revision, signedIn: signOffOf(doc), ignored };
  const table = index.table;
  const kpiRow = (metric: string): LookupKpiRow => {
    const row = table.rows.find((r) => r.metric === metric);
    const names = row?.names ?? {};
    return {
      kind: 'kpi',
      metric,
      label: names[lang]?.[0] ?? names.en?.[0] ?? metric,
      cells: columns.map((m) => cellOf(m.id, row?.cells[m.id], lang)),
    };
  };
  const inColumns = (metric: string) => table.rows.some((r) => r.metric === metric && Object.keys(r.cells).some((id) => columnIds.has(id)));

  if (itemTokens.length === 0) {
    return { ...base, rows: table.rows.filter((r) => inColumns(r.metric)).map((r) => kpiRow(r.metric)) };
  }

  const shown = ignored.length > 0 ? t.ignored(ignored.join(', ')) : undefined;
  if (known.length === 0) {
    return { ...base, rows: [], message: t.noMatch(itemTokens.join(' '), metricList(index, doc.markets, lang, t.none), marketList(doc.markets, lang)) };
  }

  // 3. KPI metrics, best match first; the table's order breaks ties.
  const metricHits = index.metrics
    .map((m, order) => ({ m, order, score: matchAll(known, m.words, 1) }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const kpiRows = metricHits.filter((h) => inColumns(h.m.metric)).map((h) => kpiRow(h.m.metric));

  // 4. Other agreed entries: their text, at least 3 letters typed to match the start of a word.
  const itemHits = index.items
    .map((item, order) => ({ item, order, score: Math.max(matchAll(known, item.words, 3), item.names ? matchAll(known, item.names, 1) : 0) }))
    .filter((h) => h.score > 0 && (h.item.markets.includes('*') || h.item.markets.some((id) => columnIds.has(id))))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const itemRows = itemHits.map(({ item }): LookupItemRow => ({ kind: item.kind, id: item.id, markets: item.markets, text: item.text(lang) }));

  const rows: LookupRow[] = [...kpiRows, ...itemRows];
  let message = shown;
  if (kpiRows.length === 0 && metricHits.length > 0) {
    message = t.noKpi(known.join(' '), marketList(columns, lang), metricList(index, columns, lang, t.none));
  } else if (rows.length === 0) {
    message = t.noMatch(known.join(' '), metricList(index, doc.markets, lang, t.none), marketList(doc.markets, lang));
  }
  return { ...base, rows, ...(message !== undefined ? { message } : {}) };
}

function matchesAnything(q: string, index: DocIndex): boolean {
  return (
    index.kpiMarkets.has(q) ||
    index.metrics.some((m) => bestScore(q, m.words, 1) > 0) ||
    index.items.some((i) => bestScore(q, i.words, 3) > 0 || (i.names !== undefined && bestScore(q, i.names, 1) > 0))
  );
}

function cellOf(market: string, cell: KpiTableCell | undefined, lang: LookupLang): LookupCell {
  const style: AmountStyle = { days: LABELS[lang].days, space: ' ' };
  const kpis = cell?.kpis ?? [];
  const join = (parts: string[]) => (parts.some((p) => p !== DASH) ? parts.join(' / ') : DASH);
  return {
    market,
    kpiIds: kpis.map((k) => k.id),
    target: join(kpis.map((k) => (k.target !== undefined ? formatAmount(k.target, k.unit, lang, style) : DASH))),
    range: join(kpis.map((k) => formatRange(k, lang, style))),
    window: join(kpis.map((k) => (k.windowDays !== undefined ? formatAmount(k.windowDays, 'days', lang, style) : DASH))),
    baseline: join((cell?.baselines ?? []).map((b) => formatAmount(b.value, b.unit, lang, style))),
    set: cell !== undefined,
  };
}

/** The sign-off of the current revision: its latest date, and who has not signed it yet. */
export function signOffOf(doc: AlignmentDoc): SignedIn | null {
  const current = (doc.signOff ?? []).filter((s) => s.revision === doc.revision);
  if (current.length === 0) return null;
  const date = current.map((s) => s.date).sort().at(-1) ?? '';
  const missing = doc.parties.filter((p) => !current.some((s) => s.party === p.id)).map((p) => p.name);
  return { revision: doc.revision, date, missing };
}

function localName(name: LangText, lang: LookupLang): string {
  return name[lang] ?? name.en ?? Object.values(name)[0] ?? '';
}

function marketList(markets: readonly Market[], lang: LookupLang): string {
  return markets.map((m) => `${m.id} (${localName(m.name, lang)})`).join(', ');
}

function metricList(index: DocIndex, markets: readonly Market[], lang: LookupLang, none: string): string {
  const ids = new Set(markets.flatMap((m) => m.kpis.map((k) => k.metric)));
  const names = index.metrics.filter((m) => ids.has(m.metric)).map((m) => m.names[lang]?.[0] ?? m.names.en?.[0] ?? m.metric);
  return names.join(', ') || none;
}

// ---------------------------------------------------------------------------------------------
// Plain text, for the clipboard

/** `rev. 3, signed 2026-11-21` or `rev. 3, not signed off`. */
export function revisionNote(result: Pick<LookupResult, 'revision' | 'signedIn'>, lang: LookupLang): string {
  const t = LABELS[lang];
  return `${t.rev(result.revision)}, ${result.signedIn ? t.signed(result.signedIn.date) : t.notSigned}`;
}

/**
 * A row as plain text, one line per market: `US CAC: range ≤ $35, baseline $41 (rev. 3, signed 2026-11-21)`.
 * Markets with nothing for the metric are left out; an entry row is `H2: statement (rev. 3, …)`.
 */
export function rowText(row: LookupRow, result: LookupResult, lang: LookupLang): string {
  const t = LABELS[lang];
  const rev = revisionNote(result, lang);
  if (row.kind !== 'kpi') return `${row.id}: ${row.text} (${rev})`;
  return row.cells
    .filter((c) => c.set)
    .map((c) => {
      const parts = [
        c.target !== DASH ? `${t.target} ${c.target}` : null,
        c.range !== DASH ? `${t.range} ${c.range}` : null,
        c.window !== DASH ? t.window(c.window) : null,
        c.baseline !== DASH ? `${t.baseline} ${c.baseline}` : null,
      ].filter((p): p is string => p !== null);
      return `${c.market} ${row.label}: ${parts.join(', ') || DASH} (${rev})`;
    })
    .join('\n');
}
