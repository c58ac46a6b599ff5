import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { parseAlignment } from '../../lib/alignment/load';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import { buildReport, defaultRange, findingDirection, lastCheckIn, previousRange, type DateRange } from '../../lib/drift/aggregate';
import { clearDriftLog, readDriftLog, recordCheck, type DriftRecord } from '../../lib/drift/log';
import { createChecker } from '../../lib/engine/check';
import type { IntentionalNote } from '../../lib/storage/items';

/**
 * Dates here are built with local-time constructors (`new Date(2027, 0, 5, 18)`), as the aggregation
 * reads days and weekdays in local time: the tests hold in any time zone the machine is in.
 * 2027-01-05 is a Tuesday.
 */

const example = BUILTIN_DOCUMENT;
const second = loadFixture('second-example');
const third = loadFixture('third');

function loadFixture(name: string): AlignmentDoc {
  const r = parseAlignment(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'alignment', `${name}.alignment.json`), 'utf8'));
  if (!r.ok) throw new Error(`fixture ${name} does not load`);
  return r.doc;
}

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const iso = (y: number, m: number, d: number, h = 0, min = 0) => local(y, m, d, h, min).toISOString();

describe('lastCheckIn', () => {
  const weekly = { checkIn: 'Weekly, Tuesday 17:00 Moscow / 09:00 New York' };

  it("reads the example document's cadence: the last Tuesday, today once 17:00 has passed", () => {
    expect(lastCheckIn(weekly, local(2027, 1, 5, 18))).toEqual(local(2027, 1, 5));
    expect(lastCheckIn(weekly, local(2027, 1, 5, 17, 0))).toEqual(local(2027, 1, 5));
    expect(lastCheckIn(weekly, local(2027, 1, 5, 10))).toEqual(local(2026, 12, 29));
    expect(lastCheckIn(weekly, local(2027, 1, 8, 9))).toEqual(local(2027, 1, 5));
    expect(lastCheckIn(weekly, local(2027, 1, 4, 23, 59))).toEqual(local(2026, 12, 29));
    // Across a month and a year.
    expect(lastCheckIn(weekly, local(2027, 1, 1, 12))).toEqual(local(2026, 12, 29));
  });

  it("reads the other documents' weekdays", () => {
    expect(lastCheckIn(third.cadence, local(2027, 1, 8, 9))).toEqual(local(2027, 1, 6));
    expect(lastCheckIn({ checkIn: 'Weekly, Thursday 12:00 Minsk / 10:00 London' }, local(2027, 1, 7, 11))).toEqual(local(2026, 12, 31));
    expect(lastCheckIn({ checkIn: 'Weekly, Thursday 11:00 (Moscow and Istanbul share UTC+3)' }, local(2027, 1, 7, 11, 30))).toEqual(local(2027, 1, 7));
    expect(lastCheckIn({ checkIn: 'Mondays' }, local(2027, 1, 10))).toEqual(local(2027, 1, 4));
    expect(lastCheckIn({ checkIn: 'every Sunday' }, local(2027, 1, 10, 8))).toEqual(local(2027, 1, 10));
  });

  it('reads Russian weekdays in their case forms', () => {
    const now = local(2027, 1, 8, 9); // a Friday
    expect(lastCheckIn({ checkIn: 'по вторникам' }, now)).toEqual(local(2027, 1, 5));
    expect(lastCheckIn({ checkIn: 'Каждый вторник в 17:00 по Москве' }, now)).toEqual(local(2027, 1, 5));
    expect(lastCheckIn({ checkIn: 'Еженедельно, в среду' }, now)).toEqual(local(2027, 1, 6));
    expect(lastCheckIn({ checkIn: 'по четвергам, 12:00' }, now)).toEqual(local(2027, 1, 7));
    expect(lastCheckIn({ checkIn: 'каждую пятницу в 10:00' }, now)).toEqual(local(2027, 1, 1));
    expect(lastCheckIn({ checkIn: 'каждую пятницу в 08:30' }, now)).toEqual(local(2027, 1, 8));
    expect(lastCheckIn({ checkIn: 'по понедельникам' }, now)).toEqual(local(2027, 1, 4));
    expect(lastCheckIn({ checkIn: 'В субботу' }, now)).toEqual(local(2027, 1, 2));
    expect(lastCheckIn({ checkIn: 'по воскресеньям' }, now)).toEqual(local(2027, 1, 3));
  });

  it('reads daily, biweekly and monthly rhythms', () => {
    const now = local(2027, 1, 8, 9);
    expect(lastCheckIn({ checkIn: 'Daily at 10:00' }, now)).toEqual(local(2027, 1, 7));
    expect(lastCheckIn({ checkIn: 'Daily stand-up, 08:45' }, now)).toEqual(local(2027, 1, 8));
    expect(lastCheckIn({ checkIn: 'ежедневно' }, now)).toEqual(local(2027, 1, 8));
    expect(lastCheckIn({ checkIn: 'Biweekly' }, now)).toEqual(local(2026, 12, 25));
    expect(lastCheckIn({ checkIn: 'раз в две недели' }, now)).toEqual(local(2026, 12, 25));
    expect(lastCheckIn({ checkIn: 'every two weeks' }, now)).toEqual(local(2026, 12, 25));
    // A weekday every other week: the document does not say which week, so the range covers both.
    expect(lastCheckIn({ checkIn: 'Biweekly, Tuesday 17:00' }, now)).toEqual(local(2026, 12, 29));
    expect(lastCheckIn({ checkIn: 'Monthly review' }, now)).toEqual(local(2026, 12, 8));
    expect(lastCheckIn({ checkIn: 'ежемесячно' }, local(2027, 3, 31, 12))).toEqual(local(2027, 2, 28));
  });

  it('falls back to seven days before today', () => {
    const now = local(2027, 1, 8, 9);
    expect(lastCheckIn(undefined, now)).toEqual(local(2027, 1, 1));
    expect(lastCheckIn({}, now)).toEqual(local(2027, 1, 1));
    expect(lastCheckIn({ checkIn: 'when needed' }, now)).toEqual(local(2027, 1, 1));
    // The second document has no cadence.
    expect(second.cadence).toBeUndefined();
    expect(defaultRange(second, now)).toEqual({ from: iso(2027, 1, 1), to: now.toISOString() });
  });
});

describe('ranges', () => {
  it('runs from the last check-in to now, and the previous period is as long, just before', () => {
    const now = local(2027, 1, 8, 12);
    const r = defaultRange(example, now);
    expect(r).toEqual({ from: iso(2027, 1, 5), to: now.toISOString() });
    const p = previousRange(r);
    expect(p.to).toBe(r.from);
    expect(Date.parse(r.to) - Date.parse(r.from)).toBe(Date.parse(p.to) - Date.parse(p.from));
    expect(previousRange({ from: '2027-01-08T00:00:00.000Z', to: '2027-01-15T00:00:00.000Z' })).toEqual({ from: '2027-01-01T00:00:00.000Z', to: '2027-01-08T00:00:00.000Z' });
  });
});

let seq = 0;
function rec(over: Partial<DriftRecord> & Pick<DriftRecord, 'ruleId' | 'kind' | 'source' | 'firstSeen'>): DriftRecord {
  seq++;
  return {
    id: `r${seq}`,
    lastSeen: over.firstSeen,
    site: 'gmail',
    sourceKind: 'email',
    stream: over.source,
    finding: `f${seq}`,
    market: 'US',
    severity: 'warning',
    quoted: false,
    revision: 3,
    direction: null,
    state: 'open',
    ...over,
  };
}

function note(at: string, ruleId: string): IntentionalNote {
  return { id: `n-${at}`, at, site: 'docs', where: 'docs:1', subject: null, kind: 'tone', severity: 'warning', ruleId, market: 'RU', actual: 'edgy', expected: 'calm', revision: 3, note: 'For the launch week' };
}

describe('buildReport', () => {
  const now = local(2027, 1, 8, 12);
  const range: DateRange = defaultRange(example, now); // Tue 5 Jan 00:00 → Fri 8 Jan 12:00; previous from Fri 1 Jan 12:00
  const records: DriftRecord[] = [
    // This period.
    rec({ source: 'e1', ruleId: 'US-cac', kind: 'kpi', firstSeen: iso(2027, 1, 5, 10), direction: 'above' }),
    rec({ source: 'e1', ruleId: 'US-cac', kind: 'kpi', firstSeen: iso(2027, 1, 5, 10), direction: 'above' }), // a second phrase, same email
    rec({ source: 'e2', ruleId: 'US-cac', kind: 'kpi', firstSeen: iso(2027, 1, 6, 9), lastSeen: iso(2027, 1, 8, 9), direction: 'above' }),
    rec({ source: 'd1', ruleId: 'US-cac', kind: 'kpi', sourceKind: 'draft', finding: null, firstSeen: iso(2027, 1, 7, 15), direction: 'above' }),
    rec({ source: 'e3', ruleId: 'US-cac', kind: 'kpi', firstSeen: iso(2027, 1, 6, 11), state: 'dismissed', direction: 'above' }),
    rec({ source: 'e4', ruleId: 'RL-discount', kind: 'red-line', severity: 'error', firstSeen: iso(2027, 1, 6, 16), direction: 'above' }),
    rec({ source: 'e4', ruleId: 'RL-discount', kind: 'red-line', severity: 'error', market: 'RU', firstSeen: iso(2027, 1, 6, 16), direction: 'above' }),
    rec({ source: 'b1', ruleId: 'RU-tone', kind: 'tone', site: 'docs', sourceKind: 'brief', finding: null, market: 'RU', firstSeen: iso(2027, 1, 7, 10), state: 'intentional' }),
    rec({ source: 'e5', ruleId: 'RL-guarantee', kind: 'red-line', severity: 'error', quoted: true, firstSeen: iso(2027, 1, 7, 11) }),
    // Re-opened this week, first seen long before: counted in neither period.
    rec({ source: 'e6', ruleId: 'US-cac', kind: 'kpi', firstSeen: iso(2026, 12, 20), lastSeen: iso(2027, 1, 6) }),
    // The previous period.
    rec({ source: 'p1', ruleId: 'US-cac', kind: 'kpi', firstSeen: iso(2027, 1, 3, 10), direction: 'above' }),
    rec({ source: 'p2', ruleId: 'RL-guarantee', kind: 'red-line', severity: 'error', market: null, firstSeen: iso(2027, 1, 4, 10) }),
    // After the range.
    rec({ source: 'later', ruleId: 'US-cac', kind: 'kpi', firstSeen: iso(2027, 1, 8, 13) }),
  ];
  const notes = [note(iso(2027, 1, 6, 10), 'RU-tone'), note(iso(2027, 1, 7, 10), 'RU-tone'), note(iso(2027, 1, 2, 10), 'RU-tone')];
  const report = buildReport({ records, notes, doc: example, range, now });

  it('counts each (source, rule) once, in the period it was first seen, without dismissed or quoted findings', () => {
    expect(report.range).toEqual(range);
    expect(report.previous).toEqual(previousRange(range));
    expect(report).toMatchObject({ title: example.title, revision: 3, dismissed: 1 });
    expect(report.totals).toEqual({ conflicts: 5, sources: 5, previousConflicts: 2, quoted: 1 });
  });

  it('fills market × kind cells with the trend against the previous period, document markets first', () => {
    expect(report.markets).toEqual(['RU', 'US', null]);
    expect(report.kinds).toEqual(['red-line', 'kpi', 'tone']);
    expect(report.cells).toEqual([
      { market: 'RU', kind: 'red-line', count: 1, previous: 0 },
      { market: 'RU', kind: 'tone', count: 1, previous: 0 },
      { market: 'US', kind: 'red-line', count: 1, previous: 0 },
      { market: 'US', kind: 'kpi', count: 3, previous: 1 },
      { market: null, kind: 'red-line', count: 0, previous: 1 },
    ]);
  });

  it('ranks rules by sources, then id, with what was agreed and which way the text went', () => {
    expect(report.topRules.map((r) => [r.ruleId, r.sources])).toEqual([
      ['US-cac', 3],
      ['RL-discount', 1],
      ['RU-tone', 1],
    ]);
    expect(report.topRules[0]).toEqual({
      ruleId: 'US-cac',
      kind: 'kpi',
      market: 'US',
      severity: 'warning',
      sources: 3,
      bySourceKind: { email: 2, draft: 1, brief: 0 },
      direction: 'above',
      agreed: '≤ $35',
      bound: '$35',
      metricName: 'CAC',
      previous: 1,
    });
    // "US-cac: 2 emails and 1 draft proposed a CAC above $35".
    expect(report.topRules[1]).toMatchObject({ ruleId: 'RL-discount', kind: 'red-line', market: null, severity: 'error', agreed: 'No discount deeper than 30%.', bound: null });
    expect(report.topRules[2]).toMatchObject({ ruleId: 'RU-tone', market: 'RU', bySourceKind: { email: 0, draft: 0, brief: 1 }, direction: null });
    expect(report.redLines).toEqual([{ ruleId: 'RL-discount', rule: 'No discount deeper than 30%.', sources: 1 }]);
  });

  it('lists the intentional notes of the period, newest first, and a trend per day', () => {
    expect(report.intentional.map((n) => n.at)).toEqual([iso(2027, 1, 7, 10), iso(2027, 1, 6, 10)]);
    expect(report.byDay).toEqual([
      { day: '2027-01-05', count: 1 },
      { day: '2027-01-06', count: 2 },
      { day: '2027-01-07', count: 2 },
      { day: '2027-01-08', count: 0 },
    ]);
  });

  it('writes what was agreed for KPIs of every shape, in English and Russian', () => {
    const r = (ruleId: string, lang?: 'en' | 'ru') =>
      buildReport({ records: [rec({ source: 'x', ruleId, kind: 'kpi', firstSeen: iso(2027, 1, 6), direction: 'below' })], notes: [], doc: example, range, now, lang }).topRules[0]!;
    expect(r('RU-conversion')).toMatchObject({ agreed: '2.5–4%, target 3%, within 60 days', bound: '2.5%', market: 'RU' });
    expect(r('RU-nurture')).toMatchObject({ agreed: '≥ 45 days', bound: '45 days' });
    expect(r('US-roas')).toMatchObject({ agreed: '≥ 2.5×', bound: '2.5×' });
    expect(r('RU-cac', 'ru')).toMatchObject({ agreed: '≤ 1800 ₽', metricName: 'CAC' });
    expect(r('RU-nurture', 'ru')).toMatchObject({ agreed: '≥ 45 дн.', metricName: 'цикл прогрева' });
    // An entry the document no longer has.
    expect(r('US-gone')).toMatchObject({ agreed: '', bound: null, market: 'US' });
  });

  it('finds hypotheses still proposed past their test window', () => {
    // Example: H2 (RU 21 days, US 14) proposed; revision 3 signed on 2026-11-21.
    expect(report.staleHypotheses).toEqual([{ id: 'H2', statement: example.hypotheses![1]!.statement, markets: ['RU', 'US'], daysOpen: 48, pivotAfterDays: 14 }]);
    expect(buildReport({ records: [], notes: [], doc: example, range, now: local(2026, 12, 5, 12) }).staleHypotheses).toEqual([]);
    expect(buildReport({ records: [], notes: [], doc: example, range, now: local(2026, 12, 6, 12) }).staleHypotheses.map((h) => h.daysOpen)).toEqual([15]);
    // Second document: H2 proposed for RU (14 days), revision 2 signed last on 2027-02-03.
    const s = (d: Date) => buildReport({ records: [], notes: [], doc: second, range: defaultRange(second, d), now: d }).staleHypotheses;
    expect(s(local(2027, 2, 17, 9))).toEqual([]);
    expect(s(local(2027, 2, 18, 9))).toEqual([expect.objectContaining({ id: 'H2', markets: ['RU'], daysOpen: 15, pivotAfterDays: 14 })]);
    // Without a sign-off of the current revision, the document's updatedAt counts; without windows, none.
    const unsigned = { ...second, signOff: [], updatedAt: '2027-01-01' };
    expect(buildReport({ records: [], notes: [], doc: unsigned, range, now: local(2027, 1, 20) }).staleHypotheses.map((h) => h.daysOpen)).toEqual([19]);
    expect(buildReport({ records: [], notes: [], doc: { ...second, riskTolerance: {} }, range, now: local(2027, 6, 1) }).staleHypotheses).toEqual([]);
  });

  it("uses the second document's markets as rows", () => {
    const r = buildReport({ records: [rec({ source: 's', ruleId: 'X', kind: 'channel', market: 'AE', firstSeen: iso(2027, 1, 6) })], notes: [], doc: second, range, now });
    expect(r.markets).toEqual(['RU', 'AE']);
    expect(r.cells).toEqual([{ market: 'AE', kind: 'channel', count: 1, previous: 0 }]);
  });

  it('is empty but well formed with no records', () => {
    const r = buildReport({ records: [], notes: [], doc: example, range, now });
    expect(r.totals).toEqual({ conflicts: 0, sources: 0, previousConflicts: 0, quoted: 0 });
    expect(r.cells).toEqual([]);
    expect(r.kinds).toEqual([]);
    expect(r.byDay.map((d) => d.count)).toEqual([0, 0, 0, 0]);
  });
});

describe('direction', () => {
  const checker = createChecker(example);
  const dir = (text: string) => checker.check(text, { uiLang: 'en' }).findings.map((f) => [f.ruleId, findingDirection(f)]);
  const dirRu = (text: string) => checker.check(text, { uiLang: 'ru' }).findings.map((f) => [f.ruleId, findingDirection(f)]);

  it('tells above the max from below the min, for KPIs and numeric red lines, from the finding alone', () => {
    expect(dir('For the US, we propose a CAC of $41.')).toEqual([['US-cac', 'above']]);
    expect(dir('US ROAS target: 1.8.')).toEqual([['US-roas', 'below']]);
    expect(dir('US conversion target of 7%.')).toEqual([['US-conversion', 'above']]);
    expect(dirRu('Для России цикл прогрева 20 дней.')).toEqual([['RU-nurture', 'below']]);
    expect(dirRu('Для России предлагаем CAC 2500 ₽.')).toEqual([['RU-cac', 'above']]);
    expect(dir('For the US, raise the CAC cap one and a half times.')).toEqual([['US-cac', 'above']]);
    expect(dir('For the US we will offer a 50% discount.')).toEqual([['RL-discount', 'above']]);
    expect(dir('In the US we advertise the plan at $4.99/month.')).toEqual([['RL-price-US', 'below']]);
  });

  it('gives none for windows, terms and other kinds', () => {
    expect(dir('For the US, conversion measured within 30 days.')).toEqual([['US-conversion', null]]);
    expect(dir('Sova guarantees results for US users.')).toEqual([['RL-guarantee', null]]);
    expect(dir('For Russia, keep the tone edgy and irreverent.')).toEqual([['RU-tone', null]]);
  });
});

describe('from checks to the report', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearDriftLog();
  });

  it('says how many emails proposed a CAC above the cap, counting a re-opened email once', async () => {
    const checker = createChecker(example);
    const now = new Date();
    const emails = ['For the US, we propose a CAC of $41.', 'US CAC target: $48, to start.', 'For the US market a CAC of $39 is realistic.', 'We see US CAC at $52 in week one.'];
    for (const [i, text] of emails.entries()) {
      const findings = checker.check(text, { uiLang: 'en' }).findings;
      await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: `gmail:msg:${i}`, findings, now: new Date(now.getTime() - 3_600_000 * (i + 1)), direction: findingDirection });
    }
    // The first email opened again.
    await recordCheck({ site: 'gmail', sourceKind: 'email', sourceKey: 'gmail:msg:0', findings: checker.check(emails[0]!, { uiLang: 'en' }).findings, now, direction: findingDirection });
    const records = await readDriftLog();
    const range = { from: new Date(now.getTime() - 86_400_000).toISOString(), to: new Date(now.getTime() + 1).toISOString() };
    const cac = buildReport({ records, notes: [], doc: example, range, now }).topRules.find((r) => r.ruleId === 'US-cac');
    expect(cac).toMatchObject({ sources: 4, bySourceKind: { email: 4, draft: 0, brief: 0 }, direction: 'above', bound: '$35', metricName: 'CAC' });
  });
});
