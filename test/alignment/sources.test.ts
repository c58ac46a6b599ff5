import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { validateAlignment } from '../../lib/alignment/load';
import { describeRule } from '../../lib/alignment/sources';

const FIFTH = validateAlignment(JSON.parse(readFileSync(new URL('../fixtures/alignment/fifth.alignment.json', import.meta.url), 'utf8')));

describe('describeRule', () => {
  it('describes every entry a finding can name, in both languages, for any document', () => {
    if (!FIFTH.ok) throw new Error('the fifth fixture document does not load');
    const docs = [BUILTIN_DOCUMENT, FIFTH.doc];
    for (const doc of docs) {
      const ids = [
        ...doc.redLines.map((r) => r.id),
        ...doc.markets.flatMap((m) => [...m.kpis.map((k) => k.id), m.tone.id, m.channels.id, m.objective.id, m.messaging.id, m.audience.id]),
        ...(doc.assumptions ?? []).map((a) => a.id),
      ];
      for (const id of ids) {
        for (const lang of ['en', 'ru'] as const) {
          const s = describeRule(doc, id, lang);
          expect(s, `${doc.id} ${id}`).not.toBeNull();
          expect(s!.ruleId).toBe(id);
          expect(s!.text.trim().length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('writes a red line as agreed and a KPI with its target, range and window', () => {
    const rl = BUILTIN_DOCUMENT.redLines[0]!;
    expect(describeRule(BUILTIN_DOCUMENT, rl.id)).toEqual({ ruleId: rl.id, title: 'Red line', text: rl.rule });
    const market = BUILTIN_DOCUMENT.markets[0]!;
    const kpi = market.kpis.find((k) => k.target !== undefined && k.windowDays !== undefined)!;
    const s = describeRule(BUILTIN_DOCUMENT, kpi.id)!;
    expect(s.title).toBe(`KPI · ${market.name.en}`);
    expect(s.text).toContain(`target ${kpi.target}`);
    expect(s.text).toContain(`${kpi.windowDays} days`);
  });

  it('returns null for an id the document does not have', () => {
    expect(describeRule(BUILTIN_DOCUMENT, 'no-such-id')).toBeNull();
  });
});
