import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { diffDocuments, groupDiff } from '../../lib/alignment/diff';
import type { AlignmentDoc } from '../../lib/alignment/schema';

/** A deep copy of the example to edit. */
const copy = (): AlignmentDoc => structuredClone(BUILTIN_DOCUMENT);
const market = (d: AlignmentDoc, id: string) => {
  const m = d.markets.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};
const brief = (a: unknown, b: unknown) => diffDocuments(a, b).map((e) => [e.section, e.change, e.label]);

describe('diffDocuments', () => {
  it('finds nothing between a document and itself', () => {
    expect(diffDocuments(BUILTIN_DOCUMENT, copy())).toEqual([]);
  });

  it('names a raised KPI cap by the KPI id', () => {
    const b = copy();
    const kpi = market(b, 'US').kpis.find((k) => k.id === 'US-cac');
    if (kpi) kpi.max = 40;
    expect(diffDocuments(BUILTIN_DOCUMENT, b)).toEqual([
      { section: 'kpis', path: 'markets[US].kpis[US-cac].max', change: 'changed', before: 35, after: 40, label: 'US-cac max: 35 → 40' },
    ]);
  });

  it('matches KPIs by id, not by position, when they are reordered', () => {
    const b = copy();
    market(b, 'US').kpis.reverse();
    expect(diffDocuments(BUILTIN_DOCUMENT, b)).toEqual([]);
  });

  it('treats red-line terms as a set: an added term is one entry', () => {
    const b = copy();
    b.redLines[0]?.terms?.en?.push('lifetime results');
    expect(brief(BUILTIN_DOCUMENT, b)).toEqual([['redLines', 'added', 'RL-guarantee terms.en: + lifetime results']]);
    const reordered = copy();
    reordered.redLines[0]?.terms?.en?.reverse();
    expect(diffDocuments(BUILTIN_DOCUMENT, reordered)).toEqual([]);
  });

  it('shows a channel moved from secondary to primary as both halves of the move', () => {
    const b = copy();
    const plan = market(b, 'US').channels;
    plan.primary.push('tiktok');
    plan.secondary = plan.secondary.filter((c) => c !== 'tiktok');
    expect(brief(BUILTIN_DOCUMENT, b)).toEqual([
      ['channels', 'added', 'US channels.primary: + tiktok'],
      ['channels', 'removed', 'US channels.secondary: − tiktok'],
    ]);
  });

  it('names a hypothesis status change', () => {
    const b = copy();
    const h2 = b.hypotheses?.find((h) => h.id === 'H2');
    if (h2) h2.status = 'validated';
    expect(diffDocuments(BUILTIN_DOCUMENT, b)).toEqual([
      { section: 'hypotheses', path: 'hypotheses[H2].status', change: 'changed', before: 'proposed', after: 'validated', label: 'H2 status: proposed → validated' },
    ]);
  });

  it('shows an added market as one entry carrying the whole market', () => {
    const b = copy();
    const de = { ...structuredClone(market(b, 'US')), id: 'DE', name: { en: 'Germany' }, currency: 'EUR' };
    b.markets.push(de);
    const entries = diffDocuments(BUILTIN_DOCUMENT, b);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ section: 'markets', path: 'markets[DE]', change: 'added', label: 'markets: + DE' });
    expect(entries[0]?.after).toEqual(de);
  });

  it('groups a signed revision bump by section, in a fixed order', () => {
    const b = copy();
    b.revision = 4;
    b.updatedAt = '2026-12-01';
    b.signOff = [...(b.signOff ?? []), { party: 'ours', name: 'Irina Sokolova', role: 'CEO', date: '2026-12-01', revision: 4 }];
    b.redLines = b.redLines.filter((r) => r.id !== 'RL-politics');
    const kpi = market(b, 'RU').kpis[0];
    if (kpi) kpi.target = 3.2;
    const groups = groupDiff(diffDocuments(BUILTIN_DOCUMENT, b));
    expect(groups.map((g) => [g.section, g.entries.map((e) => e.label)])).toEqual([
      ['kpis', ['RU-conversion target: 3 → 3.2']],
      ['redLines', ['redLines: − RL-politics']],
      ['signOff', ['signOff: + ours@4']],
      ['other', ['revision: 3 → 4', 'updatedAt: 2026-11-20 → 2026-12-01']],
    ]);
  });

  it('diffs anything, including values that are not documents', () => {
    expect(brief({ a: 1 }, { a: 2, b: [1] })).toEqual([
      ['other', 'changed', 'a: 1 → 2'],
      ['other', 'added', 'b: + [1]'],
    ]);
    expect(brief(null, { a: 1 })).toEqual([['other', 'changed', '(document): null → {"a":1}']]);
  });
});
