import type { ReportItem, TabReportReply } from '../../../lib/messaging/protocol';

export function item(over: Partial<ReportItem> = {}): ReportItem {
  return {
    id: 'f1',
    source: 'Launch plan',
    kind: 'kpi',
    severity: 'warning',
    ruleId: 'US-cac',
    market: 'US',
    message: 'The US CAC target is above the agreed maximum.',
    actual: 'CAC of $50',
    expected: 'CAC at most $35',
    quoted: false,
    revision: 3,
    ...over,
  };
}

export function report(over: Partial<TabReportReply> = {}): TabReportReply {
  return { ok: true, site: 'gmail', route: 'live', items: [], unchecked: [], note: null, at: 1_700_000_000_000, ...over };
}

export const MARKETS = [
  { id: 'RU', name: 'Russia' },
  { id: 'US', name: 'United States' },
];

export const DOC = { title: 'Sova sleep app — spring 2027 launch, Russia × US', revision: 3 };
