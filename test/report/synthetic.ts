import type { DriftReport } from '../../lib/drift/aggregate';
import type { IntentionalNote } from '../../lib/storage/items';

/** A local time as an ISO instant: the report's days are local, so the goldens read the same in every time zone. */
const local = (y: number, month: number, d: number, h = 0, min = 0) => new Date(y, month - 1, d, h, min).toISOString();

/**
 * A fixed, hand-built report for the Markdown goldens: it does not come from the log's aggregation
 * (lib/drift/aggregate.ts), so the goldens pin only how a report is written. Counts are picked to
 * exercise Russian plurals (1, 2, 4, 5, 11, 21) and the note text every Markdown character that needs escaping.
 */
export const SYNTHETIC_NOTES: IntentionalNote[] = [
  {
    id: 'n1',
    at: local(2026, 11, 26, 9, 30),
    site: 'gmail',
    where: 'thread:18c2f',
    subject: 'Re: [Launch] US *paid* plan',
    kind: 'kpi',
    severity: 'warning',
    ruleId: 'US-cac',
    market: 'US',
    actual: 'CAC of $42 | launch week',
    expected: 'at most $35',
    revision: 3,
    note: '# Launch week only\nWe accept a higher CAC for _two_ weeks; see <the plan> and `Q1-budget` [draft].',
  },
  {
    id: 'n2',
    at: local(2026, 11, 28, 15),
    site: 'docs',
    where: 'doc:1AbC',
    subject: null,
    kind: 'channel',
    severity: 'warning',
    ruleId: 'RU-channels',
    market: 'RU',
    actual: 'YouTube как основной канал',
    expected: 'primary: telegram, vk',
    revision: 3,
    note: 'Согласовано с клиентом на встрече 27 ноября.',
  },
];

export const SYNTHETIC_REPORT: DriftReport = {
  range: { from: local(2026, 11, 24), to: local(2026, 12, 2) },
  previous: { from: local(2026, 11, 16), to: local(2026, 11, 24) },
  title: 'Sova sleep app — spring 2027 launch, Russia × US',
  revision: 3,
  totals: { conflicts: 21, sources: 11, previousConflicts: 14, quoted: 1 },
  markets: ['US', 'RU', null],
  kinds: ['red-line', 'kpi', 'channel', 'tone'],
  cells: [
    { market: 'US', kind: 'kpi', count: 5, previous: 2 },
    { market: 'US', kind: 'red-line', count: 2, previous: 3 },
    { market: 'RU', kind: 'channel', count: 4, previous: 4 },
    { market: 'RU', kind: 'tone', count: 1, previous: 0 },
    { market: 'RU', kind: 'kpi', count: 2, previous: 1 },
    { market: null, kind: 'red-line', count: 7, previous: 4 },
  ],
  topRules: [
    { ruleId: 'US-cac', kind: 'kpi', market: 'US', severity: 'warning', sources: 4, bySourceKind: { email: 4, draft: 0, brief: 0 }, direction: 'above', agreed: '≤ $35', bound: '$35', metricName: 'CAC' },
    { ruleId: 'RL-discount', kind: 'red-line', market: null, severity: 'error', sources: 3, bySourceKind: { email: 2, draft: 0, brief: 1 }, direction: 'above', agreed: '30%' },
    { ruleId: 'RU-channels', kind: 'channel', market: 'RU', severity: 'warning', sources: 21, bySourceKind: { email: 11, draft: 5, brief: 5 }, direction: null, agreed: 'primary: telegram, vk' },
    { ruleId: 'RU-conversion', kind: 'kpi', market: 'RU', severity: 'warning', sources: 2, bySourceKind: { email: 0, draft: 1, brief: 1 }, direction: 'below', agreed: '2.5%' },
    { ruleId: 'RU-tone', kind: 'tone', market: 'RU', severity: 'info', sources: 1, bySourceKind: { email: 1, draft: 0, brief: 0 }, direction: null, agreed: 'not edgy, irreverent, slang' },
  ],
  redLines: [
    { ruleId: 'RL-discount', rule: 'No discount deeper than 30%.', sources: 3 },
    { ruleId: 'RL-guarantee', rule: 'Never promise guaranteed results.', sources: 1 },
    { ruleId: 'RL-competitors', rule: 'Never name competitors.', sources: 5 },
  ],
  intentional: SYNTHETIC_NOTES,
  dismissed: 2,
  staleHypotheses: [
    { id: 'H2', statement: 'The RU market needs a nurture cycle of 45+ days; the US market converts within the 14-day trial.', markets: ['RU', 'US'], daysOpen: 22, pivotAfterDays: 21 },
  ],
  byDay: [
    { day: '2026-11-24', count: 3 },
    { day: '2026-11-25', count: 0 },
    { day: '2026-11-26', count: 5 },
    { day: '2026-11-27', count: 4 },
    { day: '2026-11-28', count: 2 },
    { day: '2026-11-29', count: 0 },
    { day: '2026-11-30', count: 6 },
    { day: '2026-12-01', count: 1 },
  ],
};
