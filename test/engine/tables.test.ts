import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { createChecker } from '../../lib/engine/check';

/** A table whose header names markets: each cell speaks of its column's market. */
describe('tables with a market per column', () => {
  const checker = createChecker(BUILTIN_DOCUMENT);
  const kpis = (text: string) => checker.check(text).findings.filter((f) => f.kind === 'kpi').map((f) => [f.ruleId, f.actual]);

  it('reads every cell against its own market (must not flag)', () => {
    expect(kpis('KPI sheet\nMetric | US | RU\nConversion | 4% за 14 дней | 3% за 60 дней\nCAC cap | $35 | 1 800 ₽')).toEqual([]);
  });

  it('flags a cell outside its market’s range (must flag)', () => {
    expect(kpis('KPI sheet\nMetric | US | RU\nConversion | 4% за 14 дней | 4,5% за 30 дней')).toEqual([
      ['RU-conversion', '4,5%'],
      ['RU-conversion', '30 дней'],
    ]);
  });
});
