import { formatAmount, formatRange, kpiTable, type AmountStyle, type KpiTableKpi } from '../alignment/kpi-table';
import type { AlignmentDoc } from '../alignment/schema';
import { describeRule } from '../alignment/sources';
import { findQuantities } from '../engine/quantities';
import { FINDING_KINDS, type Finding, type FindingKind, type Severity } from '../engine/types';
import type { IntentionalNote } from '../storage/items';
import type { DriftDirection, DriftRecord, SourceKind } from './log';

/**
 * The weekly check-in report, from the drift log: what drifted from the alignment document since the
 * last check-in, per market and kind of finding, against the period before.
 *
 * Counting. A conflict is one distinct (source, ruleId): one email proposing a CAC above the cap counts
 * once, however many times it says it and however often it is opened. It counts in the period its
 * first record was first seen in (re-opening an old email next week does not count it again). Findings
 * in quoted text (the partner's earlier words quoted in a reply) are not counted (`totals.quoted` says
 * how many there were). A conflict every record of which the user dismissed is not drift: it is counted
 * in `dismissed` only. One marked intentional is drift and counted, and its note is listed.
 *
 * A cell (market × kind) counts the distinct (source, ruleId) that touched it: a red line broken for
 * two markets in one email counts in both markets' rows, and once in `totals.conflicts`.
 *
 * Time. Days, weekdays and check-ins are in the machine's local time (Date's local methods throughout);
 * ranges are ISO instants, `from` inclusive, `to` exclusive.
 */

export interface DateRange {
  from: string;
  to: string;
}

export interface DriftReport {
  range: DateRange;
  previous: DateRange;
  title: string;
  revision: number;
  /** `quoted` (always set here; optional for hand-built reports): conflicts seen only in quoted text, in range, counted nowhere else. */
  totals: { conflicts: number; sources: number; previousConflicts: number; quoted?: number };
  /** The rows: the document's markets in its order, then other markets the findings name, then null (no market). */
  markets: (string | null)[];
  /** The columns: kinds with a count in this or the previous period, in the engine's order. */
  kinds: FindingKind[];
  /** Cells with a count in this or the previous period, in row then column order. */
  cells: { market: string | null; kind: FindingKind; count: number; previous: number }[];
  topRules: {
    ruleId: string;
    kind: FindingKind;
    market: string | null;
    severity: Severity;
    sources: number;
    bySourceKind: Record<SourceKind, number>;
    direction: DriftDirection | null;
    /** What the document agreed, one line ("≤ $35", "3.5–5%, target 4%, within 14 days", a red line's rule); '' for an entry the document lacks. */
    agreed: string;
    /** The agreed value the direction crossed ("$35" for `above` a max of $35), when there is one. */
    bound?: string | null;
    /** The KPI's metric name in the report's language ("CAC"), for KPI entries. */
    metricName?: string | null;
    /** Conflicts this rule had in the previous period. */
    previous?: number;
  }[];
  redLines: { ruleId: string; rule: string; sources: number }[];
  intentional: IntentionalNote[];
  dismissed: number;
  staleHypotheses: { id: string; statement: string; markets: string[]; daysOpen: number; pivotAfterDays: number }[];
  byDay: { day: string; count: number }[];
}

const DAY_MS = 86_400_000;
/** The trend chart's days at most: a longer range shows its last this many days. */
const MAX_DAYS = 400;

// ---------------------------------------------------------------------------------------------
// Direction: did a KPI or numeric red-line finding propose a value above the agreed max or below the min?

/**
 * Worked out from the finding alone, at record time, so that the log keeps one word and no text. A
 * numeric red line's `expected` names the bound it broke (`discount max 30%`, `price min $9.99`). A KPI
 * finding's flagged figure is read with the engine's quantity parser and compared with the bounds its
 * `expected` lists (`cac: max $35`); a multiplier ("raise the cap 1.5×") or an unreadable figure falls
 * back to the finding's message, which says "above the agreed maximum" / "выше согласованного
 * максимума". A window finding ("30 days" against an agreed 14-day window) has no direction.
 */
export function findingDirection(f: Finding): DriftDirection | null {
  if (f.kind === 'red-line') {
    const bound = /^\S+ (min|max) \S.*$/.exec(f.expected.trim());
    if (!bound || findQuantities(f.actual).length === 0) return null;
    return bound[1] === 'max' ? 'above' : 'below';
  }
  if (f.kind !== 'kpi') return null;
  if (/^\d+(?:\.\d+)? days$/.test(f.expected.trim())) return null;
  const bounds: Partial<Record<'target' | 'min' | 'max', number>> = {};
  for (const m of f.expected.matchAll(/\b(target|min|max) [^\d,]*?(\d+(?:\.\d+)?)/g)) bounds[m[1] as 'target' | 'min' | 'max'] = Number(m[2]);
  const q = findQuantities(f.actual).find((x) => !x.role);
  if (q && q.kind !== 'multiplier') {
    const lo = q.value;
    const hi = q.high ?? q.value;
    if (bounds.max !== undefined && hi > bounds.max + 1e-9) return 'above';
    if (bounds.min !== undefined && lo < bounds.min - 1e-9) return 'below';
    if (bounds.min === undefined && bounds.max === undefined && bounds.target !== undefined) {
      const mid = (lo + hi) / 2;
      if (mid !== bounds.target) return mid > bounds.target ? 'above' : 'below';
    }
  }
  if (/above the agreed|выше согласованн/i.test(f.message)) return 'above';
  if (/below the agreed|ниже согласованн/i.test(f.message)) return 'below';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Ranges

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** Weekday (0 = Sunday) per name, English and Russian, any case form ("Tuesdays", "по вторникам", "в среду"). */
const WEEKDAYS: { day: number; re: RegExp }[] = [
  { day: 1, re: /\bmon(?:day)?s?\b|(?<![а-яё])понедельник/ },
  { day: 2, re: /\btue(?:s(?:day)?)?s?\b|(?<![а-яё])вторник/ },
  { day: 3, re: /\bwed(?:nesday)?s?\b|(?<![а-яё])сред(?:а|у|ы|ам|е)(?![а-яё])/ },
  { day: 4, re: /\bthu(?:r(?:s(?:day)?)?)?s?\b|(?<![а-яё])четверг/ },
  { day: 5, re: /\bfri(?:day)?s?\b|(?<![а-яё])пятниц/ },
  { day: 6, re: /\bsaturdays?\b|(?<![а-яё])суббот/ },
  { day: 0, re: /\bsundays?\b|(?<![а-яё])воскресен/ },
];
const BIWEEKLY = /\bbi-?weekly\b|\bfortnight(?:ly)?\b|\bevery (?:two|2|other) weeks?\b|раз в (?:две|2) недели|кажд(?:ые|ую) (?:две|2|вторую) недел|через неделю/;
const DAILY = /\bdaily\b|\bevery (?:work(?:ing)?\s?)?day\b|ежедневн|каждый (?:рабочий )?день|по будням/;
const MONTHLY = /\bmonthly\b|\bevery month\b|ежемесячн|раз в месяц|каждый месяц/;

/**
 * When the last check-in was, from the document's `cadence.checkIn` ("Weekly, Tuesday 17:00 Moscow /
 * 09:00 New York", "по вторникам в 17:00", "каждый вторник"): the most recent such weekday, at 00:00
 * local time, at or before `now`; today when today is that weekday and its time (the first `HH:MM`
 * written, read as local time) has passed or none is written. "Daily" / "ежедневно": today, or
 * yesterday before the time. "Biweekly" / "раз в две недели": 14 days back, or with a weekday the
 * occurrence a week before the latest (the document does not say which week, so the range covers both).
 * "Monthly" / "ежемесячно": a month back. Anything else, or nothing: 7 days before today, at 00:00.
 */
export function lastCheckIn(cadence: { checkIn?: string } | undefined, now: Date): Date {
  const text = (cadence?.checkIn ?? '').toLowerCase().replace(/ё/g, 'е');
  const today = startOfDay(now);
  const clock = /(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/.exec(text);
  const passed = clock === null || now.getTime() >= new Date(today.getFullYear(), today.getMonth(), today.getDate(), Number(clock[1]), Number(clock[2])).getTime();
  const biweekly = BIWEEKLY.test(text);
  // The weekday named first ("Tuesday 17:00 Moscow / ...").
  let weekday: number | null = null;
  let at = Infinity;
  for (const w of WEEKDAYS) {
    const m = w.re.exec(text);
    if (m && m.index < at) {
      at = m.index;
      weekday = w.day;
    }
  }
  if (weekday !== null) {
    const back = (today.getDay() - weekday + 7) % 7;
    let day = addDays(today, -back);
    if (back === 0 && !passed) day = addDays(day, -7);
    return biweekly ? addDays(day, -7) : day;
  }
  if (DAILY.test(text)) return passed ? today : addDays(today, -1);
  if (biweekly) return addDays(today, -14);
  if (MONTHLY.test(text)) {
    const back = new Date(today.getFullYear(), today.getMonth() - 1, 1);
    const last = new Date(back.getFullYear(), back.getMonth() + 1, 0).getDate();
    return new Date(back.getFullYear(), back.getMonth(), Math.min(today.getDate(), last));
  }
  return addDays(today, -7);
}

/** Since the last check-in (per the document's `cadence`) until now. */
export function defaultRange(doc: AlignmentDoc, now: Date): DateRange {
  return { from: lastCheckIn(doc.cadence, now).toISOString(), to: now.toISOString() };
}

/** The period of the same length just before `r`. */
export function previousRange(r: DateRange): DateRange {
  const from = Date.parse(r.from);
  const to = Date.parse(r.to);
  return { from: new Date(from - (to - from)).toISOString(), to: r.from };
}

// ---------------------------------------------------------------------------------------------
// The report

/** One conflict: every record of one (source, ruleId) outside quoted text. */
interface Conflict {
  source: string;
  ruleId: string;
  kind: FindingKind;
  sourceKind: SourceKind;
  markets: Set<string | null>;
  severity: Severity;
  firstSeen: number;
  dismissed: boolean;
  direction: DriftDirection | null;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function conflicts(records: readonly DriftRecord[], quoted: boolean): Conflict[] {
  const groups = new Map<string, { c: Conflict; allDismissed: boolean; dirs: Map<DriftDirection, number> }>();
  for (const r of records) {
    if (r.quoted !== quoted) continue;
    const key = `${r.source}\u0000${r.ruleId}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        c: { source: r.source, ruleId: r.ruleId, kind: r.kind, sourceKind: r.sourceKind, markets: new Set(), severity: r.severity, firstSeen: Date.parse(r.firstSeen), dismissed: false, direction: null },
        allDismissed: true,
        dirs: new Map(),
      };
      groups.set(key, g);
    }
    g.c.markets.add(r.market);
    if (SEVERITY_RANK[r.severity] > SEVERITY_RANK[g.c.severity]) g.c.severity = r.severity;
    g.c.firstSeen = Math.min(g.c.firstSeen, Date.parse(r.firstSeen));
    if (r.state !== 'dismissed') g.allDismissed = false;
    if (r.direction) g.dirs.set(r.direction, (g.dirs.get(r.direction) ?? 0) + 1);
  }
  return [...groups.values()].map(({ c, allDismissed, dirs }) => ({ ...c, dismissed: allDismissed, direction: majority(dirs) }));
}

function majority(votes: Map<DriftDirection, number>): DriftDirection | null {
  const above = votes.get('above') ?? 0;
  const below = votes.get('below') ?? 0;
  return above === below ? null : above > below ? 'above' : 'below';
}

const inRange = (t: number, from: number, to: number) => t >= from && t < to;

/** Local `YYYY-MM-DD`. */
function dayKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `YYYY-MM-DD…` as local midnight; null when it is not a date. */
function localDate(text: string | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

const AMOUNTS: Record<'en' | 'ru', AmountStyle> = {
  en: { days: (n) => (n === 1 ? 'day' : 'days'), space: ' ' },
  ru: { days: () => 'дн.', space: ' ' },
};

interface RuleInfo {
  agreed: string;
  market: string | null;
  kpi?: KpiTableKpi;
  metricName: string | null;
}

/** What the document says of each entry a report names: the agreed line, its market, a KPI's bounds. */
function ruleInfo(doc: AlignmentDoc, lang: 'en' | 'ru'): (ruleId: string) => RuleInfo {
  const kpis = new Map<string, { kpi: KpiTableKpi; market: string; metricName: string }>();
  for (const row of kpiTable(doc).rows) {
    const name = row.names[lang]?.[0] ?? row.names.en?.[0] ?? row.metric;
    for (const [market, cell] of Object.entries(row.cells)) for (const k of cell.kpis) kpis.set(k.id, { kpi: k, market, metricName: name });
  }
  const owner = new Map<string, string>();
  for (const m of doc.markets) for (const id of [m.objective.id, m.audience.id, m.channels.id, m.tone.id, m.messaging.id]) owner.set(id, m.id);
  for (const a of doc.assumptions ?? []) owner.set(a.id, a.market);
  const style = AMOUNTS[lang];
  const cache = new Map<string, RuleInfo>();
  return (ruleId) => {
    let info = cache.get(ruleId);
    if (info) return info;
    const k = kpis.get(ruleId);
    if (k) {
      const parts: string[] = [];
      if (k.kpi.min !== undefined || k.kpi.max !== undefined) parts.push(formatRange(k.kpi, lang, style));
      if (k.kpi.target !== undefined) parts.push(`${lang === 'ru' ? 'цель' : 'target'} ${formatAmount(k.kpi.target, k.kpi.unit, lang, style)}`);
      if (k.kpi.windowDays !== undefined) parts.push(lang === 'ru' ? `окно ${k.kpi.windowDays} дн.` : `within ${k.kpi.windowDays} days`);
      info = { agreed: parts.join(', '), market: k.market, kpi: k.kpi, metricName: k.metricName };
    } else {
      const redLine = doc.redLines.find((r) => r.id === ruleId);
      info = { agreed: redLine?.rule ?? describeRule(doc, ruleId, lang)?.text ?? '', market: owner.get(ruleId) ?? null, metricName: null };
    }
    cache.set(ruleId, info);
    return info;
  };
}

/** The agreed value a direction crossed: a KPI's max for `above` (else its target), its min for `below`. */
function boundFor(info: RuleInfo, direction: DriftDirection | null, lang: 'en' | 'ru'): string | null {
  const k = info.kpi;
  if (!k || direction === null) return null;
  const v = direction === 'above' ? (k.max ?? k.target) : (k.min ?? k.target);
  return v === undefined ? null : formatAmount(v, k.unit, lang, AMOUNTS[lang]);
}

/**
 * The check-in report over `range` (see the module's comment for what counts). `lang` is the language
 * of the document-derived lines (`agreed`, `bound`, `metricName`); English by default.
 */
export function buildReport(input: { records: DriftRecord[]; notes: IntentionalNote[]; doc: AlignmentDoc; range: DateRange; now: Date; lang?: 'en' | 'ru' }): DriftReport {
  const { records, notes, doc, range, now } = input;
  const lang = input.lang ?? 'en';
  const previous = previousRange(range);
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const prevFrom = Date.parse(previous.from);

  const all = conflicts(records, false);
  const current = all.filter((c) => inRange(c.firstSeen, from, to));
  const counted = current.filter((c) => !c.dismissed);
  const before = all.filter((c) => !c.dismissed && inRange(c.firstSeen, prevFrom, from));
  // Conflicts seen only in quoted text: a rule also broken outside the quote is counted above.
  const unquoted = new Set(all.map((c) => `${c.source}\u0000${c.ruleId}`));
  const quoted = conflicts(records, true).filter((c) => inRange(c.firstSeen, from, to) && !unquoted.has(`${c.source}\u0000${c.ruleId}`)).length;

  // Cells: market × kind, this period and the one before.
  const cellMap = new Map<string, { market: string | null; kind: FindingKind; count: number; previous: number }>();
  const cellOf = (market: string | null, kind: FindingKind) => {
    const key = `${market === null ? '\u0001' : market}\u0000${kind}`;
    let cell = cellMap.get(key);
    if (!cell) cellMap.set(key, (cell = { market, kind, count: 0, previous: 0 }));
    return cell;
  };
  for (const c of counted) for (const m of c.markets) cellOf(m, c.kind).count++;
  for (const c of before) for (const m of c.markets) cellOf(m, c.kind).previous++;

  const docMarkets = doc.markets.map((m) => m.id);
  const seenMarkets = new Set([...cellMap.values()].map((c) => c.market));
  const others = [...seenMarkets].filter((m): m is string => m !== null && !docMarkets.includes(m)).sort();
  const markets: (string | null)[] = [...docMarkets, ...others, ...(seenMarkets.has(null) ? [null] : [])];
  const kinds = FINDING_KINDS.filter((k) => [...cellMap.values()].some((c) => c.kind === k));
  const cells = [...cellMap.values()].sort((a, b) => markets.indexOf(a.market) - markets.indexOf(b.market) || kinds.indexOf(a.kind) - kinds.indexOf(b.kind));

  // Top rules: conflicts per entry, most sources first.
  const info = ruleInfo(doc, lang);
  const byRule = new Map<string, Conflict[]>();
  for (const c of counted) byRule.set(c.ruleId, [...(byRule.get(c.ruleId) ?? []), c]);
  const previousByRule = new Map<string, number>();
  for (const c of before) previousByRule.set(c.ruleId, (previousByRule.get(c.ruleId) ?? 0) + 1);
  const topRules = [...byRule.entries()]
    .map(([ruleId, cs]) => {
      const i = info(ruleId);
      const bySourceKind: Record<SourceKind, number> = { email: 0, draft: 0, brief: 0 };
      const dirs = new Map<DriftDirection, number>();
      const marketsOfRule = new Set<string | null>();
      let severity: Severity = cs[0]!.severity;
      for (const c of cs) {
        bySourceKind[c.sourceKind]++;
        if (c.direction) dirs.set(c.direction, (dirs.get(c.direction) ?? 0) + 1);
        for (const m of c.markets) marketsOfRule.add(m);
        if (SEVERITY_RANK[c.severity] > SEVERITY_RANK[severity]) severity = c.severity;
      }
      const direction = majority(dirs);
      return {
        ruleId,
        kind: cs[0]!.kind,
        market: i.market ?? (marketsOfRule.size === 1 ? [...marketsOfRule][0]! : null),
        severity,
        sources: cs.length,
        bySourceKind,
        direction,
        agreed: i.agreed,
        bound: boundFor(i, direction, lang),
        metricName: i.metricName,
        previous: previousByRule.get(ruleId) ?? 0,
      };
    })
    .sort((a, b) => b.sources - a.sources || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));

  const redLines = topRules
    .filter((r) => r.kind === 'red-line')
    .map((r) => ({ ruleId: r.ruleId, rule: doc.redLines.find((x) => x.id === r.ruleId)?.rule ?? r.agreed, sources: r.sources }));

  const intentional = notes
    .filter((n) => inRange(Date.parse(n.at), from, to))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  return {
    range,
    previous,
    title: doc.title,
    revision: doc.revision,
    totals: { conflicts: counted.length, sources: new Set(counted.map((c) => c.source)).size, previousConflicts: before.length, quoted },
    markets,
    kinds,
    cells,
    topRules,
    redLines,
    intentional,
    dismissed: current.length - counted.length,
    staleHypotheses: staleHypotheses(doc, now),
    byDay: byDay(counted, from, to),
  };
}

/**
 * Hypotheses still `proposed` after their test window: more days than `riskTolerance.pivotAfterDays`
 * (the smallest over the hypothesis's markets that have one) since the current revision was signed off
 * (the last signature of that revision), else since the document's `updatedAt`. A hypothesis none of
 * whose markets has a window, or a document with no readable date, gives none.
 */
function staleHypotheses(doc: AlignmentDoc, now: Date): DriftReport['staleHypotheses'] {
  const signed = (doc.signOff ?? [])
    .filter((s) => s.revision === doc.revision)
    .map((s) => localDate(s.date))
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime())
    .at(-1);
  const since = signed ?? localDate(doc.updatedAt);
  if (!since) return [];
  const daysOpen = Math.round((startOfDay(now).getTime() - since.getTime()) / DAY_MS);
  const windows = doc.riskTolerance?.pivotAfterDays ?? {};
  const out: DriftReport['staleHypotheses'] = [];
  for (const h of doc.hypotheses ?? []) {
    if (h.status !== 'proposed') continue;
    const days = h.markets.map((m) => windows[m]).filter((d): d is number => typeof d === 'number');
    if (days.length === 0) continue;
    const pivotAfterDays = Math.min(...days);
    if (daysOpen > pivotAfterDays) out.push({ id: h.id, statement: h.statement, markets: [...h.markets], daysOpen, pivotAfterDays });
  }
  return out;
}

/** Conflicts per local day of the range (its last {@link MAX_DAYS} days), by the day each was first seen. */
function byDay(counted: readonly Conflict[], from: number, to: number): { day: string; count: number }[] {
  if (!(to > from)) return [];
  const days: { day: string; count: number }[] = [];
  const last = startOfDay(new Date(to - 1));
  let d = startOfDay(new Date(from));
  if (Math.round((last.getTime() - d.getTime()) / DAY_MS) >= MAX_DAYS) d = addDays(last, -(MAX_DAYS - 1));
  const index = new Map<string, { day: string; count: number }>();
  for (; d.getTime() <= last.getTime(); d = addDays(d, 1)) {
    const entry = { day: dayKey(d), count: 0 };
    days.push(entry);
    index.set(entry.day, entry);
  }
  for (const c of counted) {
    const entry = index.get(dayKey(new Date(c.firstSeen)));
    if (entry) entry.count++;
  }
  return days;
}
