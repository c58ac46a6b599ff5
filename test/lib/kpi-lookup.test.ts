// The popup's quick KPI lookup on both teams' documents: market and metric words in English and
// Russian (inflected), prefixes while typing, market narrowing, other agreed entries, and misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { parseAlignment, validateAlignment } from '../../lib/alignment/load';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import { lookupKpis, lookupWords, rowText, type LookupKpiRow, type LookupResult } from '../../lib/kpi-lookup';

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

const sova = BUILTIN_DOCUMENT;
const drevo = loadSecond();

const kpiRows = (r: LookupResult) => r.rows.filter((row): row is LookupKpiRow => row.kind === 'kpi');
const metrics = (r: LookupResult) => kpiRows(r).map((row) => row.metric);
const columns = (r: LookupResult) => r.markets.map((m) => m.id);
const items = (r: LookupResult) => r.rows.flatMap((row) => (row.kind === 'kpi' ? [] : [`${row.kind}:${row.id}`]));

describe('lookupKpis, Sova (built-in example)', () => {
  it('answers "US CAC" with the US cell only, and copies as one line with the signed revision', () => {
    const r = lookupKpis(sova, 'US CAC', 'en');
    expect(columns(r)).toEqual(['US']);
    expect(r.narrowed).toBe(true);
    expect(metrics(r)).toEqual(['cac']);
    expect(kpiRows(r)[0]?.cells).toEqual([
      { market: 'US', kpiIds: ['US-cac'], target: '—', range: '≤ $35', window: '—', baseline: '$41', set: true },
    ]);
    expect(r.revision).toBe(3);
    expect(r.signedIn).toEqual({ revision: 3, date: '2026-11-21', missing: [] });
    expect(r.message).toBeUndefined();
    expect(rowText(r.rows[0]!, r, 'en')).toBe('US CAC: range ≤ $35, baseline $41 (rev. 3, signed 2026-11-21)');
  });

  it('puts both markets side by side when no market is named', () => {
    const r = lookupKpis(sova, 'conversion', 'en');
    expect(columns(r)).toEqual(['RU', 'US']);
    expect(r.narrowed).toBe(false);
    expect(metrics(r)).toEqual(['conversion-rate']);
    expect(kpiRows(r)[0]?.cells.map((c) => [c.market, c.target, c.range, c.window, c.baseline])).toEqual([
      ['RU', '3%', '2.5–4%', '60 days', '2.1%'],
      ['US', '4%', '3.5–5%', '14 days', '3.2%'],
    ]);
    expect(rowText(r.rows[0]!, r, 'en').split('\n')).toEqual([
      'RU conversion rate: target 3%, range 2.5–4%, within 60 days, baseline 2.1% (rev. 3, signed 2026-11-21)',
      'US conversion rate: target 4%, range 3.5–5%, within 14 days, baseline 3.2% (rev. 3, signed 2026-11-21)',
    ]);
  });

  it('reads Russian metric and market words, inflected, and formats in Russian', () => {
    for (const q of ['конверсия RU', 'конверсии RU', 'конверсию России', 'RU конверсией']) {
      const r = lookupKpis(sova, q, 'ru');
      expect(columns(r), q).toEqual(['RU']);
      expect(metrics(r), q).toEqual(['conversion-rate']);
    }
    const r = lookupKpis(sova, 'конверсии RU', 'ru');
    expect(rowText(r.rows[0]!, r, 'ru')).toBe('RU конверсия: цель 3%, диапазон 2,5–4%, за 60 дн., база 2,1% (ред. 3, подписано 2026-11-21)');

    const cac = lookupKpis(sova, 'CAC США', 'ru');
    expect(columns(cac)).toEqual(['US']);
    expect(metrics(cac)).toEqual(['cac']);
    // Russian names of the metric, inflected: "стоимости привлечения".
    expect(metrics(lookupKpis(sova, 'стоимости привлечения', 'ru'))).toEqual(['cac']);
    expect(kpiRows(lookupKpis(sova, 'CAC RU', 'ru'))[0]?.cells[0]).toMatchObject({ range: '≤ 1800 ₽', baseline: '1650 ₽' });
    // American / американского name the US market.
    expect(columns(lookupKpis(sova, 'американского CAC', 'ru'))).toEqual(['US']);
  });

  it('finds the nurture KPI and the hypothesis that mentions it', () => {
    const r = lookupKpis(sova, 'nurture', 'en');
    expect(metrics(r)).toEqual(['nurture-cycle']);
    expect(columns(r)).toEqual(['RU', 'US']);
    expect(kpiRows(r)[0]?.cells.map((c) => [c.market, c.range, c.set])).toEqual([
      ['RU', '≥ 45 days', true],
      ['US', '—', false],
    ]);
    expect(items(r)).toEqual(['hypothesis:H2']);
    // The Russian name and its inflection.
    expect(metrics(lookupKpis(sova, 'прогрева', 'ru'))).toEqual(['nurture-cycle']);
    // The US sets no nurture KPI: said so, with the hypothesis still shown.
    const us = lookupKpis(sova, 'nurture US', 'en');
    expect(metrics(us)).toEqual([]);
    expect(items(us)).toEqual(['hypothesis:H2']);
    expect(us.message).toBe('No KPI for "nurture" in US (United States). KPIs there: conversion rate, CAC, ROAS.');
  });

  it('matches prefixes while typing', () => {
    expect(metrics(lookupKpis(sova, 'c', 'en'))).toContain('cac');
    expect(metrics(lookupKpis(sova, 'ca', 'en'))).toEqual(['cac']);
    expect(metrics(lookupKpis(sova, 'конв', 'ru'))).toEqual(['conversion-rate']);
    expect(metrics(lookupKpis(sova, 'ro', 'en'))).toEqual(['roas']);
    // "Rus" starts a market name and no metric: it narrows to RU.
    expect(columns(lookupKpis(sova, 'Rus', 'en'))).toEqual(['RU']);
    // "r" starts "rate" and "ROAS": it stays a metric word.
    expect(lookupKpis(sova, 'r', 'en').narrowed).toBe(false);
  });

  it('ranks an exact name above partial matches', () => {
    const doc = variant((d) => {
      d.metrics.push({ id: 'conversion-lag', unit: 'days', names: { en: ['conversion lag'], ru: ['задержка конверсии'] } });
      d.markets[0].kpis.unshift({ id: 'RU-lag', metric: 'conversion-lag', max: 10, unit: 'days' });
    });
    // conversion-lag comes first in the table, but "conversion" is a whole name of conversion-rate.
    expect(metrics(lookupKpis(doc, 'conversion', 'en'))).toEqual(['conversion-rate', 'conversion-lag']);
    expect(metrics(lookupKpis(doc, 'conversion lag', 'en'))).toEqual(['conversion-lag']);
  });

  it('takes KPI ids and metric ids', () => {
    const r = lookupKpis(sova, 'US-cac', 'en');
    expect(columns(r)).toEqual(['US']);
    expect(metrics(r)).toEqual(['cac']);
    expect(metrics(lookupKpis(sova, 'conversion-rate', 'en'))).toEqual(['conversion-rate']);
  });

  it('narrows by market names in any language; several markets stay side by side', () => {
    for (const q of ['US', 'us', 'USA', 'United States', 'американский', 'США']) expect(columns(lookupKpis(sova, q, 'en')), q).toEqual(['US']);
    const both = lookupKpis(sova, 'RU US CAC', 'en');
    expect(columns(both)).toEqual(['RU', 'US']);
    expect(both.narrowed).toBe(true);
    // A market word alone: that market's whole table.
    expect(metrics(lookupKpis(sova, 'Russia', 'en'))).toEqual(['conversion-rate', 'cac', 'nurture-cycle']);
  });

  it('gives the whole KPI table for an empty query', () => {
    for (const q of ['', '   ']) {
      const r = lookupKpis(sova, q, 'en');
      expect(columns(r)).toEqual(['RU', 'US']);
      expect(metrics(r)).toEqual(['conversion-rate', 'cac', 'nurture-cycle', 'roas']);
      expect(items(r)).toEqual([]);
      expect(r.message).toBeUndefined();
    }
  });

  it('finds red lines, assumptions and channel plans by their words', () => {
    const discount = lookupKpis(sova, 'discount', 'en');
    expect(metrics(discount)).toEqual([]);
    expect(items(discount)).toEqual(['red-line:RL-discount', 'assumption:A2']);
    // A red line's limit metric by its Russian name.
    expect(items(lookupKpis(sova, 'скидка', 'ru'))).toContain('red-line:RL-discount');

    const instagram = lookupKpis(sova, 'instagram', 'en');
    expect(items(instagram)).toEqual(['channel:instagram', 'hypothesis:H3']);
    expect(rowText(instagram.rows[0]!, instagram, 'en')).toBe('instagram: RU avoid · US primary (rev. 3, signed 2026-11-21)');
    // Built-in channel aliases: ВК is vk.
    expect(items(lookupKpis(sova, 'ВК', 'ru'))).toContain('channel:vk');
  });

  it('says what exists when nothing matches, and leaves out unknown words when something does', () => {
    const r = lookupKpis(sova, 'Germany', 'en');
    expect(r.rows).toEqual([]);
    expect(r.message).toBe(
      'Nothing agreed matches "germany". Try a metric (conversion rate, CAC, nurture cycle, ROAS) or a market (RU (Russia), US (United States)).',
    );
    expect(lookupKpis(sova, 'Германия', 'ru').message).toBe(
      'Ничего согласованного не найдено по «германия». Попробуйте метрику (конверсия, CAC, цикл прогрева, ROAS) или рынок (RU (Россия), US (США)).',
    );
    const please = lookupKpis(sova, 'CAC please', 'en');
    expect(metrics(please)).toEqual(['cac']);
    expect(please.ignored).toEqual(['please']);
    expect(please.message).toBe('Not found, left out: please.');
  });

  it('says "not signed off" when no sign-off covers the current revision', () => {
    const newer = variant((d) => {
      d.revision = 4;
    });
    const r = lookupKpis(newer, 'CAC US', 'en');
    expect(r.signedIn).toBeNull();
    expect(rowText(r.rows[0]!, r, 'en')).toBe('US CAC: range ≤ $35, baseline $41 (rev. 4, not signed off)');
    expect(rowText(r.rows[0]!, r, 'ru')).toBe('US CAC: диапазон ≤ $35, база $41 (ред. 4, не подписан)');
    // One party of two signed: signed, with who is missing.
    const half = variant((d) => {
      d.signOff = d.signOff.slice(0, 1);
    });
    expect(lookupKpis(half, '', 'en').signedIn).toEqual({ revision: 3, date: '2026-11-20', missing: ['Bridgewell Partners'] });
  });
});

describe('lookupKpis, Drevo (second team document)', () => {
  it('uses its own markets, currencies and metric names', () => {
    const r = lookupKpis(drevo, '', 'en');
    expect(columns(r)).toEqual(['RU', 'AE']);
    expect(metrics(r)).toEqual(['cpo', 'aov', 'return-rate', 'booking-rate']);
    expect(r.signedIn).toEqual({ revision: 2, date: '2027-02-03', missing: [] });

    const cpo = lookupKpis(drevo, 'cpo', 'en');
    expect(kpiRows(cpo)[0]?.cells.map((c) => [c.market, c.range])).toEqual([
      ['RU', '≤ 9,000 ₽'],
      ['AE', '≤ 700 AED'],
    ]);
  });

  it('reads Russian market and metric words, inflected', () => {
    const r = lookupKpis(drevo, 'средний чек Дубай', 'ru');
    expect(columns(r)).toEqual(['AE']);
    expect(metrics(r)).toEqual(['aov']);
    expect(rowText(r.rows[0]!, r, 'ru')).toBe('AE средний чек: диапазон ≥ 9000 AED (ред. 2, подписано 2027-02-03)');
    expect(columns(lookupKpis(drevo, 'ОАЭ', 'ru'))).toEqual(['AE']);
    expect(metrics(lookupKpis(drevo, 'возвратов', 'ru'))).toEqual(['return-rate']);
    // "стоимость заказа" is CPO's whole name, inflected; AOV's "средняя стоимость заказа" only contains it.
    expect(metrics(lookupKpis(drevo, 'стоимости заказа', 'ru'))).toEqual(['cpo', 'aov']);
    // "конверсия в запись" is AE's booking rate; the word alone, inflected, finds it.
    expect(metrics(lookupKpis(drevo, 'конверсии', 'ru'))).toEqual(['booking-rate']);
  });

  it('says so when the named market has no KPI for the metric', () => {
    const r = lookupKpis(drevo, 'конверсии RU', 'ru');
    expect(columns(r)).toEqual(['RU']);
    expect(r.rows).toEqual([]);
    expect(r.message).toBe('Для «конверсии» нет KPI на рынках: RU (Россия). KPI там: CPO, средний чек, доля возвратов.');
  });

  it('narrows by multi-word market names without taking the other market along', () => {
    expect(columns(lookupKpis(drevo, 'United Arab Emirates AOV', 'en'))).toEqual(['AE']);
    expect(columns(lookupKpis(drevo, 'Abu Dhabi', 'en'))).toEqual(['AE']);
    expect(columns(lookupKpis(drevo, 'Moscow CPO', 'en'))).toEqual(['RU']);
    // Sova has no AE: "UAE" is not a market there, and nothing else matches.
    expect(lookupKpis(sova, 'UAE', 'en').rows).toEqual([]);
  });

  it('finds its channels by document aliases', () => {
    const r = lookupKpis(drevo, 'Директ', 'ru');
    expect(items(r)).toEqual(['channel:yandex-direct']);
    expect(rowText(r.rows[0]!, r, 'ru')).toBe('yandex-direct: RU основной · AE не использовать (ред. 2, подписано 2027-02-03)');
  });
});

describe('lookupWords', () => {
  it('keeps ids and dotted abbreviations whole, folds case and ё', () => {
    expect(lookupWords('US-cac, U.S. — Ёлка!')).toEqual(['us-cac', 'u.s', 'елка']);
    expect(lookupWords('trial-to-paid', true)).toEqual(['trial-to-paid', 'trial', 'to', 'paid']);
  });
});

describe('lookup speed', () => {
  it('answers a keystroke well under a millisecond budget per query on a warm index', () => {
    lookupKpis(sova, 'warm', 'en');
    const queries = ['u', 'us', 'us ', 'us c', 'us ca', 'us cac', 'к', 'ко', 'кон', 'конв', 'конверсии', 'конверсии r', 'конверсии ru', 'nurture'];
    const start = performance.now();
    for (let i = 0; i < 20; i++) for (const q of queries) lookupKpis(sova, q, 'ru');
    const perQuery = (performance.now() - start) / (20 * queries.length);
    console.info(`[kpi-lookup] ${perQuery.toFixed(3)} ms per query`);
    // A keystroke must stay far below a frame (16 ms); generous for loaded CI machines.
    expect(perQuery).toBeLessThan(16);
  });
});
