import { storage } from 'wxt/utils/storage';
import type { ReportApi } from '../../components/report/api';
import { lastDaysRange } from '../../components/report/range';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import type { DateRange, DriftReport } from '../../lib/drift/aggregate';
import type { DriftRecord, DriftSettings, SourceKind } from '../../lib/drift/log';
import { FINDING_KINDS } from '../../lib/engine/types';
import type { IntentionalNote } from '../../lib/storage/items';

/**
 * Stand-ins for lib/drift/log.ts and lib/drift/aggregate.ts, on their contract: the log in
 * `local:driftLog` (an array of records), its settings in `local:driftSettings`, and a plain
 * aggregation (a fixed seven-day period, amounts as written in the KPI). test/report/report-app.test.tsx
 * tests the page's own behaviour on them, so its expectations do not move with the aggregation's
 * rules; the page on the real log and aggregation is test/report/report-app-drift.test.tsx.
 */

export const driftLogItem = storage.defineItem<DriftRecord[]>('local:driftLog', { fallback: [] });
export const driftSettingsItem = storage.defineItem<DriftSettings>('local:driftSettings', { fallback: { enabled: true, retentionDays: 90 } });

const DAY_MS = 86_400_000;
const inRange = (iso: string, r: DateRange) => iso >= r.from && iso < r.to;

function previousRange(r: DateRange): DateRange {
  const len = Date.parse(r.to) - Date.parse(r.from);
  return { from: new Date(Date.parse(r.from) - len).toISOString(), to: r.from };
}

function agreedOf(doc: AlignmentDoc, ruleId: string): string {
  for (const m of doc.markets) {
    const kpi = m.kpis?.find((k) => k.id === ruleId);
    if (kpi) return `${kpi.max ?? kpi.min ?? kpi.target ?? ''} ${kpi.unit ?? ''}`.trim();
  }
  return doc.redLines?.find((r) => r.id === ruleId)?.rule ?? ruleId;
}

function buildReport({ records, notes, doc, range, now }: { records: DriftRecord[]; notes: IntentionalNote[]; doc: AlignmentDoc; range: DateRange; now: Date; lang?: 'en' | 'ru' }): DriftReport {
  const previous = previousRange(range);
  const live = records.filter((r) => r.state !== 'dismissed');
  const current = live.filter((r) => inRange(r.lastSeen, range));
  const before = live.filter((r) => inRange(r.lastSeen, previous));
  const markets = [...new Set([...current, ...before].map((r) => r.market))];
  const kinds = FINDING_KINDS.filter((k) => [...current, ...before].some((r) => r.kind === k));
  const cells = markets.flatMap((market) =>
    kinds.map((kind) => ({
      market,
      kind,
      count: current.filter((r) => r.market === market && r.kind === kind).length,
      previous: before.filter((r) => r.market === market && r.kind === kind).length,
    })),
  );
  const groups = new Map<string, DriftRecord[]>();
  for (const r of current) groups.set(`${r.ruleId}|${r.market}`, [...(groups.get(`${r.ruleId}|${r.market}`) ?? []), r]);
  const topRules = [...groups.values()]
    .map((rs) => {
      const first = rs[0] as DriftRecord;
      const bySourceKind: Record<SourceKind, number> = { email: 0, draft: 0, brief: 0 };
      for (const k of Object.keys(bySourceKind) as SourceKind[]) bySourceKind[k] = new Set(rs.filter((r) => r.sourceKind === k).map((r) => r.source)).size;
      return { ruleId: first.ruleId, kind: first.kind, market: first.market, severity: first.severity, sources: new Set(rs.map((r) => r.source)).size, bySourceKind, direction: first.direction, agreed: agreedOf(doc, first.ruleId) };
    })
    .sort((a, b) => b.sources - a.sources || a.ruleId.localeCompare(b.ruleId));
  const redLines = topRules.filter((r) => r.kind === 'red-line').map((r) => ({ ruleId: r.ruleId, rule: agreedOf(doc, r.ruleId), sources: r.sources }));
  const byDay: DriftReport['byDay'] = [];
  for (let t = Date.parse(range.from); t < Date.parse(range.to); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    byDay.push({ day, count: current.filter((r) => r.lastSeen.slice(0, 10) === day).length });
  }
  const updated = Date.parse(doc.updatedAt ?? '');
  const staleHypotheses = (doc.hypotheses ?? []).flatMap((h) => {
    const pivot = Math.max(0, ...h.markets.map((m) => doc.riskTolerance?.pivotAfterDays?.[m] ?? 0));
    const daysOpen = Math.floor((now.getTime() - updated) / DAY_MS);
    return h.status === 'proposed' && pivot > 0 && daysOpen > pivot ? [{ id: h.id, statement: h.statement, markets: h.markets, daysOpen, pivotAfterDays: pivot }] : [];
  });
  return {
    range,
    previous,
    title: doc.title,
    revision: doc.revision,
    totals: { conflicts: current.length, sources: new Set(current.map((r) => r.source)).size, previousConflicts: before.length },
    markets,
    kinds,
    cells,
    topRules,
    redLines,
    intentional: notes.filter((n) => inRange(n.at, range)),
    dismissed: records.filter((r) => r.state === 'dismissed' && inRange(r.lastSeen, range)).length,
    staleHypotheses,
    byDay,
  };
}

/** The stand-in "since the last check-in": the last 7 days. */
const defaultRange = (_doc: AlignmentDoc, now: Date): DateRange => lastDaysRange(now, 7);

export function standInApi(proposeChange: ReportApi['proposeChange']): ReportApi {
  return {
    readDriftLog: async () => driftLogItem.getValue(),
    readDriftSettings: async () => driftSettingsItem.getValue(),
    setDriftSettings: async (s) => driftSettingsItem.setValue({ ...(await driftSettingsItem.getValue()), ...s }),
    clearDriftLog: async () => driftLogItem.setValue([]),
    exportDriftLog: (records) => JSON.stringify({ format: 'accord-drift-log/v1', records }, null, 2),
    watchDriftLog(cb) {
      const stops = [driftLogItem.watch(() => cb()), driftSettingsItem.watch(() => cb())];
      return () => stops.forEach((stop) => stop());
    },
    defaultRange,
    buildReport,
    proposeChange,
  };
}

let seq = 0;
/** A record in the log's documented shape. */
export function record(over: Partial<DriftRecord> & Pick<DriftRecord, 'ruleId' | 'kind' | 'lastSeen'>): DriftRecord {
  seq += 1;
  return {
    id: `r${seq}`,
    firstSeen: over.lastSeen,
    site: 'gmail',
    sourceKind: 'email',
    source: `thread-${seq}`,
    market: null,
    severity: 'warning',
    quoted: false,
    revision: 3,
    direction: null,
    state: 'open',
    ...over,
  };
}
