// KPIs: a stated target outside [min, max] (digits, words, ranges, bounds such as "up to" and
// "не ниже"), a stated time window other than windowDays; reported history, values at a bound and
// figures in another market's currency are not conflicts.
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { problemToString, validateAlignment } from '../../lib/alignment/load';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import { ruleTester, SECOND_DOCUMENT } from './tester';

ruleTester('kpi', {
  doc: BUILTIN_DOCUMENT,
  invalid: [
    // Above the maximum.
    {
      text: 'US media plan v2: we are budgeting a CAC of $42 for the launch month while the auctions settle.',
      ruleId: 'US-cac',
      quote: '$42',
      market: 'US',
    },
    {
      text: 'For Russia we should plan a 5% trial-to-paid conversion — the founder content is that strong.',
      ruleId: 'RU-conversion',
      quote: '5%',
      market: 'RU',
    },
    // Below the minimum.
    {
      text: 'Для России закладываем конверсию в оплату 2,2% за 60 дней — рынок осторожный.',
      ruleId: 'RU-conversion',
      quote: '2,2%',
      market: 'RU',
      uiLang: 'ru',
    },
    {
      text: 'US test weeks: a ROAS of 1.6 is acceptable while we learn the audiences.',
      ruleId: 'US-roas',
      quote: '1.6',
      market: 'US',
    },
    // Ranges that leave the agreed corridor.
    {
      text: 'US conversion goal for the second half: 4.5–5.5% landing-to-trial within 14 days.',
      ruleId: 'US-conversion',
      quote: '4.5–5.5%',
    },
    {
      text: 'Медиаплан (Россия): CAC в коридоре 1 600–2 100 ₽, иначе не выкупим охват в VK.',
      ruleId: 'RU-cac',
      quote: '1 600–2 100 ₽',
    },
    // Bounds.
    {
      text: 'CAC for the US: up to $40 per paying user during the TikTok creator test.',
      ruleId: 'US-cac',
      quote: '$40',
    },
    {
      text: 'Прогрев для России — не меньше 30 дней, дальше смотрим по метрикам.',
      ruleId: 'RU-nurture',
      quote: '30 дней',
    },
    {
      text: 'US ROAS: not below 2.0 for weeks 1–4.',
      ruleId: 'US-roas',
      quote: '2.0',
    },
    // In words.
    {
      text: 'Финмодель: по России допускаем стоимость привлечения до двух с половиной тысяч рублей.',
      ruleId: 'RU-cac',
      quote: 'двух с половиной тысяч рублей',
    },
    {
      text: 'Russia, revised plan: the nurture shrinks to four weeks so offers start in March.',
      ruleId: 'RU-nurture',
      quote: 'four weeks',
    },
    // Windows other than windowDays (US 14 days, RU 60 days).
    {
      text: 'We will read the US trial conversion at 4.2%, measured over 21 days from the first visit.',
      ruleId: 'US-conversion',
      quote: '21 days',
    },
    {
      text: 'Конверсию в оплату по России считаем за 90 дней, цель — 3%.',
      ruleId: 'RU-conversion',
      quote: '90 дней',
    },
    {
      text: 'RU: конверсия 3% within one month of the first touch — быстрее увидим результат.',
      ruleId: 'RU-conversion',
      quote: 'one month',
    },
    // Mixed language; the heading names the market.
    {
      text: '## US\nCAC target — $45, согласовано с Томом на созвоне.',
      ruleId: 'US-cac',
      quote: '$45',
      market: 'US',
    },
    {
      text: 'Planning notes — Russia\nCAC ceiling: 2,200 ₽ while VK prices are high.',
      ruleId: 'RU-cac',
      quote: '2,200 ₽',
      market: 'RU',
    },
    // A proposal in a quoted message is the earlier writer's target.
    {
      text: 'Tom, no — the doc says $35.\n\n> Can we lift the US CAC cap to $50 for March?',
      ruleId: 'US-cac',
      quote: '$50',
      quoted: true,
    },
  ],
  valid: [
    // History is not a target.
    'Last quarter the US CAC was $47; the target stays at $35 or less.',
    'В прошлом году конверсия в оплату была 1,8%, теперь цель — 3% за 60 дней.',
    'Week 2 actuals (US): CR 6.1%, CAC $52, ROAS 1.4 — noisy, small sample.',
    // At a bound, or inside.
    'US ROAS floor: 2.5; CAC cap: $35; conversion 3.5–5% in a 14-day window.',
    'Россия: прогрев — 45 дней, CAC не выше 1 800 ₽, конверсия 2,5–4% за 60 дней.',
    'RU targets in English for Bridgewell: conversion four percent within sixty days, CAC no more than 1,800 roubles.',
    'Для России прогрев 60 дней — с запасом к минимальным 45.',
    // No KPI for this metric in this market.
    'US email flow: a 7-day warm-up of sleep tips before the trial-ending reminder.',
    // Another currency than the KPI's.
    'For the Moscow team: in rouble terms the US CAC cap of $35 is about 3 200 ₽.',
    // Numbers that are not the metric.
    'The 14-day free trial converts to paid at $12.99/month; 30% off annual for newsletter readers.',
    'Category benchmark: top health apps convert at 6% (Sensor Tower, 2025); our US target is still 4%.',
    'Созвон в 17:00 МСК, 60 минут, повестка — KPI России.',
  ],
});

ruleTester('kpi', {
  doc: SECOND_DOCUMENT,
  invalid: [
    {
      text: 'Dubai plan (Dune draft): AOV 8,000 AED minimum for the spring flight.',
      ruleId: 'AE-aov',
      quote: '8,000 AED',
      market: 'AE',
    },
    {
      text: 'Booking rate target for the UAE showroom: 7% within 30 days.',
      ruleId: 'AE-booking',
      quote: '7%',
    },
    {
      text: 'UAE booking rate 4%, measured over a 45-day window because of Ramadan.',
      ruleId: 'AE-booking',
      quote: '45-day',
    },
    {
      text: 'Дубай: стоимость заказа допускаем до 850 дирхамов на время запуска.',
      ruleId: 'AE-cpo',
      quote: '850 дирхамов',
      market: 'AE',
    },
    {
      text: 'План продаж (Россия): CPO в Директе — до 10 500 ₽.',
      ruleId: 'RU-cpo',
      quote: '10 500 ₽',
      market: 'RU',
    },
    {
      text: 'Россия, весна: доля возвратов — не больше 5%, диваны крупные.',
      ruleId: 'RU-returns',
      quote: '5%',
    },
    {
      text: 'Средний чек по России на весну — 110 000 ₽, без изменений по ассортименту.',
      ruleId: 'RU-aov',
      quote: '110 000 ₽',
    },
  ],
  valid: [
    'Средний чек в прошлом квартале — 98 000 ₽; цель остаётся не ниже 120 000 ₽.',
    'AE CPO cap stays at 700 AED; booking rate 2–6% in a 30-day window; AOV from 9,000 AED.',
    'For the Dubai team: the Russian AOV floor is 120 000 ₽, roughly 5,000 AED.',
    'Dubai pop-up 2026 ended with a 1.2% booking rate and 940 AED per order — lessons learned.',
    'Россия: возвраты — не выше 4%, CPO — до 9 000 ₽, средний чек — от 130 000 ₽.',
    // Conversion-rate words from the example document mean nothing here.
    'Showroom team: conversion of visits to orders was 12% last month.',
  ],
});

/**
 * Neither shared document has a KPI with only a `target`, so this one is derived from the second:
 * AE-booking becomes target 4% (no min, no max), window 30 days. A stated value more than 10%
 * away from the target is a conflict; 10% or less is not.
 */
function targetOnlyDocument(): AlignmentDoc {
  const raw = JSON.parse(JSON.stringify(SECOND_DOCUMENT)) as { markets: { id: string; kpis: Record<string, unknown>[] }[] };
  const kpi = raw.markets.find((m) => m.id === 'AE')!.kpis.find((k) => k.id === 'AE-booking')!;
  delete kpi.min;
  delete kpi.max;
  kpi.target = 4;
  const r = validateAlignment(raw);
  if (!r.ok) throw new Error(r.problems.map(problemToString).join('\n'));
  return r.doc;
}

ruleTester(
  'kpi',
  {
    doc: targetOnlyDocument(),
    invalid: [
      { text: 'Booking rate target for Dubai: 5% within 30 days.', ruleId: 'AE-booking', quote: '5%', market: 'AE' },
      { text: 'UAE showroom booking rate goal for Q2: 3.5%.', ruleId: 'AE-booking', quote: '3.5%', market: 'AE' },
      { text: 'Для Дубая ставим конверсию в запись 2% за 30 дней.', ruleId: 'AE-booking', quote: '2%', market: 'AE' },
    ],
    valid: [
      'Booking rate target for Dubai: 4.2% within 30 days.',
      // Exactly 10% away from the target is still within it.
      'UAE showroom booking rate goal: 4.4% in a 30-day window.',
      'Dubai booking rate: 3.6%, measured over 30 days.',
    ],
  },
  'kpi (target-only KPI, derived from drevo-uae-2027)',
);
