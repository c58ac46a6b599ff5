// The KPI table: one row per metric, markets side by side, in English and Russian, filtered by
// market and metric names. Content is checked cell by cell rather than by a full snapshot, so a
// change of column width does not break the tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { formatKpiTable, kpiTable } from '../../lib/alignment/kpi-table';
import { parseAlignment, validateAlignment } from '../../lib/alignment/load';
import type { AlignmentDoc } from '../../lib/alignment/schema';

const SECOND_EXAMPLE = join(import.meta.dirname, '..', 'fixtures', 'alignment', 'second-example.alignment.json');

function loadSecond(): AlignmentDoc {
  const result = parseAlignment(readFileSync(SECOND_EXAMPLE, 'utf8'));
  if (!result.ok) throw new Error('second example must load');
  return result.doc;
}

/** A variant of the built-in document, validated like a user's. */
function variant(edit: (doc: any) => void): AlignmentDoc { // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = structuredClone(BUILTIN_DOCUMENT);
  edit(doc);
  const result = validateAlignment(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}

/** The trimmed cells of the table row whose first cell is `label`. */
function row(text: string, label: string): string[] {
  const line = text.split('\n').find((l) => l.split(' | ')[0]?.trim() === label);
  if (line === undefined) throw new Error(`no row "${label}" in:\n${text}`);
  return line.split(' | ').map((cell) => cell.trim());
}

describe('kpiTable (data)', () => {
  it('has one row per metric and a cell per market that sets it', () => {
    const table = kpiTable(BUILTIN_DOCUMENT, {});
    expect(table.miss).toBeUndefined();
    expect(table.markets.map((m) => m.id)).toEqual(['RU', 'US']);
    expect(table.rows.map((r) => r.metric)).toEqual(['conversion-rate', 'cac', 'nurture-cycle', 'roas']);

    const conversion = table.rows[0];
    expect(conversion?.unit).toBe('%');
    expect(conversion?.cells.RU).toEqual({
      kpis: [{ id: 'RU-conversion', target: 3, min: 2.5, max: 4, unit: '%', windowDays: 60 }],
      baselines: [{ value: 2.1, unit: '%', source: 'Category average 2025, RU app stores' }],
    });
    expect(table.rows[1]?.cells.US?.kpis).toEqual([{ id: 'US-cac', max: 35, unit: 'USD' }]);
    // RU sets no ROAS: no cell at all rather than an empty one.
    expect(table.rows[3]?.cells.RU).toBeUndefined();
  });

  it('fills in the market currency when a currency KPI gives no unit', () => {
    const doc = variant((d) => {
      delete d.markets[1].kpis[1].unit;
      delete d.markets[1].baselines[1].unit;
    });
    const cac = kpiTable(doc, {}).rows.find((r) => r.metric === 'cac');
    expect(cac?.cells.US?.kpis[0]?.unit).toBe('USD');
    expect(cac?.cells.US?.baselines[0]?.unit).toBe('USD');
  });

  it('filters by market and metric names in any language, ignoring case', () => {
    for (const market of ['US', 'us', 'United States', 'американский', 'США']) {
      expect(kpiTable(BUILTIN_DOCUMENT, { market }).markets.map((m) => m.id)).toEqual(['US']);
    }
    for (const metric of ['cac', 'CPA', 'customer acquisition cost', 'стоимость привлечения']) {
      const table = kpiTable(BUILTIN_DOCUMENT, { metric });
      expect(table.rows.map((r) => r.metric)).toEqual(['cac']);
      expect(table.markets.map((m) => m.id)).toEqual(['RU', 'US']);
    }
    // A metric only one market sets shows that market only.
    expect(kpiTable(BUILTIN_DOCUMENT, { metric: 'nurture' }).markets.map((m) => m.id)).toEqual(['RU']);
  });

  it('says what is missing when a filter matches nothing', () => {
    expect(kpiTable(BUILTIN_DOCUMENT, { market: 'Germany' }).miss).toEqual({
      kind: 'unknown-market',
      query: 'Germany',
      available: ['RU', 'US'],
    });
    expect(kpiTable(BUILTIN_DOCUMENT, { metric: 'made-up metric' }).miss).toEqual({
      kind: 'unknown-metric',
      query: 'made-up metric',
      available: ['conversion-rate', 'cac', 'nurture-cycle', 'roas'],
    });
    // Discount is a known metric, but a red line limit, not a KPI.
    expect(kpiTable(BUILTIN_DOCUMENT, { market: 'RU', metric: 'discount' }).miss).toEqual({
      kind: 'no-kpi',
      query: 'discount',
      available: ['conversion-rate', 'cac', 'nurture-cycle'],
    });
  });
});

describe('formatKpiTable, built-in document', () => {
  const en = formatKpiTable(BUILTIN_DOCUMENT, {}, 'en');
  const ru = formatKpiTable(BUILTIN_DOCUMENT, {}, 'ru');

  it('starts with title, revision and who signed off when', () => {
    const header = en.split('\n')[0];
    expect(header).toContain('Sova sleep app — spring 2027 launch, Russia × US');
    expect(header).toContain('revision 3');
    expect(header).toContain('Irina Sokolova (Northlight Agency) 2026-11-20, rev. 3');
    expect(header).toContain('Mark Ellison (Bridgewell Partners) 2026-11-21, rev. 3');
    expect(ru.split('\n')[0]).toContain('редакция 3 — подписали: Irina Sokolova (Northlight Agency) 2026-11-20, ред. 3');
  });

  it('puts the markets side by side, one row per metric', () => {
    expect(en).toContain('RU — Russia');
    expect(en).toContain('US — United States');
    expect(row(en, 'metric')).toEqual(['metric', ...Array(2).fill(['target', 'range', 'window', 'baseline']).flat()]);
    expect(row(en, 'conversion rate')).toEqual(['conversion rate', '3%', '2.5–4%', '60 days', '2.1%', '4%', '3.5–5%', '14 days', '3.2%']);
    expect(row(en, 'CAC')).toEqual(['CAC', '—', '≤ 1,800 ₽', '—', '1,650 ₽', '—', '≤ $35', '—', '$41']);
    expect(row(en, 'nurture cycle')).toEqual(['nurture cycle', '—', '≥ 45 days', '—', '—', '—', '—', '—', '—']);
    expect(row(en, 'ROAS').slice(5)).toEqual(['—', '≥ 2.5×', '—', '—']);
  });

  it('has Russian labels and number style', () => {
    expect(ru).toContain('RU — Россия');
    expect(ru).toContain('US — США');
    expect(row(ru, 'метрика')).toEqual(['метрика', ...Array(2).fill(['цель', 'диапазон', 'окно', 'база']).flat()]);
    expect(row(ru, 'конверсия (conversion-rate)')).toEqual(['конверсия (conversion-rate)', '3%', '2,5–4%', '60 дн.', '2,1%', '4%', '3,5–5%', '14 дн.', '3,2%']);
    expect(row(ru, 'CAC')).toEqual(['CAC', '—', '≤ 1800 ₽', '—', '1650 ₽', '—', '≤ $35', '—', '$41']);
  });

  it('shows only the chosen market and metric', () => {
    const us = formatKpiTable(BUILTIN_DOCUMENT, { market: 'American' }, 'en');
    expect(us).toContain('US — United States');
    expect(us).not.toContain('RU — Russia');
    expect(row(us, 'CAC')).toEqual(['CAC', '—', '≤ $35', '—', '$41']);

    const cac = formatKpiTable(BUILTIN_DOCUMENT, { metric: 'стоимость привлечения' }, 'ru');
    expect(row(cac, 'CAC')).toHaveLength(9);
    expect(cac).not.toContain('конверсия');
  });

  it('lists what exists when a market or metric is unknown', () => {
    expect(formatKpiTable(BUILTIN_DOCUMENT, { market: 'DE' }, 'en')).toContain(
      'Unknown market "DE". Markets in this document: RU (Russia), US (United States).',
    );
    expect(formatKpiTable(BUILTIN_DOCUMENT, { market: 'DE' }, 'ru')).toContain(
      'Неизвестный рынок «DE». Рынки в документе: RU (Россия), US (США).',
    );
    expect(formatKpiTable(BUILTIN_DOCUMENT, { metric: 'made-up metric' }, 'en')).toContain(
      'Unknown metric "made-up metric". Metrics with KPIs or baselines: conversion rate, CAC, nurture cycle, ROAS.',
    );
    expect(formatKpiTable(BUILTIN_DOCUMENT, { market: 'RU', metric: 'ROAS' }, 'en')).toContain(
      'No KPI or baseline for "ROAS" in RU (Russia). Metrics with KPIs or baselines there: conversion rate, CAC, nurture cycle.',
    );
    // The header still says which document was searched.
    expect(formatKpiTable(BUILTIN_DOCUMENT, { market: 'DE' }, 'en').split('\n')[0]).toContain('revision 3');
  });

  it('says when the document is not signed off, or signed for an older revision', () => {
    const unsigned = variant((d) => delete d.signOff);
    expect(formatKpiTable(unsigned, {}, 'en').split('\n')[0]).toMatch(/— revision 3 — not signed off$/);
    expect(formatKpiTable(unsigned, {}, 'ru').split('\n')[0]).toMatch(/— редакция 3 — не подписан$/);

    const stale = variant((d) => {
      d.revision = 4;
    });
    expect(formatKpiTable(stale, {}, 'en')).toContain('2026-11-20, rev. 3 (not the current revision)');
  });

  it('joins several KPIs a market sets for one metric', () => {
    const doc = variant((d) => {
      d.markets[0].kpis.push({ id: 'RU-conversion-short', metric: 'conversion-rate', target: 1, unit: '%', windowDays: 14 });
    });
    const cells = row(formatKpiTable(doc, { market: 'RU' }, 'en'), 'conversion rate');
    expect(cells).toEqual(['conversion rate', '3% / 1%', '2.5–4% / —', '60 days / 14 days', '2.1%']);
  });
});

describe.skipIf(!existsSync(SECOND_EXAMPLE))('formatKpiTable, second team document', () => {
  it('renders its markets, currencies and metrics', () => {
    const doc = loadSecond();
    const en = formatKpiTable(doc, {}, 'en');
    expect(en.split('\n')[0]).toContain('Drevo furniture — UAE entry 2027, Russia × United Arab Emirates — revision 2');
    expect(en.split('\n')[0]).toContain('Pavel Orlov (Drevo Marketing) 2027-02-01, rev. 2; Layla Haddad (Dune Creative) 2027-02-03, rev. 2');
    expect(en).toContain('AE — United Arab Emirates');
    expect(row(en, 'CPO')).toEqual(['CPO', '—', '≤ 9,000 ₽', '—', '—', '—', '≤ 700 AED', '—', '—']);
    expect(row(en, 'AOV')).toEqual(['AOV', '—', '≥ 120,000 ₽', '—', '—', '—', '≥ 9,000 AED', '—', '—']);
    expect(row(en, 'booking rate').slice(5)).toEqual(['—', '2–6%', '30 days', '—']);

    const ru = formatKpiTable(doc, {}, 'ru');
    expect(ru).toContain('AE — ОАЭ');
    expect(row(ru, 'средний чек (aov)')).toEqual(['средний чек (aov)', '—', '≥ 120 000 ₽', '—', '—', '—', '≥ 9000 AED', '—', '—']);
  });

  it('filters by its own market and metric names', () => {
    const doc = loadSecond();
    const dubai = formatKpiTable(doc, { market: 'Dubai', metric: 'average order value' }, 'en');
    expect(dubai).toContain('AE — United Arab Emirates');
    expect(dubai).not.toContain('RU — Russia');
    expect(row(dubai, 'AOV')).toEqual(['AOV', '—', '≥ 9,000 AED', '—', '—']);
    expect(formatKpiTable(doc, { market: 'US' }, 'en')).toContain(
      'Unknown market "US". Markets in this document: RU (Russia), AE (United Arab Emirates).',
    );
  });
});
