import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../lib/engine/quantities';
import { CURRENCIES, CURRENCY_BY_CODE, currencyByCode } from '../../lib/lexicon/currencies';

/** The only quantity in `text` (fails when there are none or several). */
function one(text: string): Quantity {
  const qs = findQuantities(text);
  expect(qs.map((q) => q.text), `quantities in ${JSON.stringify(text)}`).toHaveLength(1);
  return qs[0]!;
}

/** The quantity whose text is exactly `sub` (fails when there is none). */
function at(text: string, sub: string): Quantity {
  const q = findQuantities(text).find((x) => x.text === sub);
  expect(q, `${JSON.stringify(sub)} in ${JSON.stringify(text)}; found ${JSON.stringify(findQuantities(text).map((x) => x.text))}`).toBeDefined();
  return q!;
}

/** Texts of all quantities. */
function texts(text: string): string[] {
  return findQuantities(text).map((q) => q.text);
}

/** Quantities without a role (the amounts a checker compares). */
function amounts(text: string): Quantity[] {
  return findQuantities(text).filter((q) => !q.role);
}

describe('digits and separators', () => {
  it.each([
    ['3 200', 3200],
    ['2,400', 2400],
    ['120 000', 120000],
    ['120\u00A0000', 120000],
    ['120\u202F000', 120000],
    ['5\u2009000', 5000],
    ['1,200,000', 1200000],
    ['1.200.000', 1200000],
    ['1.8', 1.8],
    ['1.800', 1.8],
    ['4.99', 4.99],
    ['2,5', 2.5],
    ['0,125', 0.125],
  ])('%s → %d', (s, v) => {
    const q = one(`we saw ${s} things`);
    expect(q.value).toBe(v);
    expect(q.kind).toBe('number');
    expect(q.text).toBe(s);
  });

  it('reads a decimal comma before a unit and a thousands comma before a word', () => {
    expect(one('ставка 2,1%').value).toBe(2.1);
    expect(one('12,000 sleepers').value).toBe(12000);
  });

  it('applies k / тыс. / thousand / млн / million after digits', () => {
    expect(one('$60k budget')).toMatchObject({ kind: 'money', value: 60000, currency: 'USD', text: '$60k' });
    expect(one('бюджет 220 тыс. руб.')).toMatchObject({ kind: 'money', value: 220000, currency: 'RUB', text: '220 тыс. руб.' });
    expect(one('1,5 млн рублей')).toMatchObject({ kind: 'money', value: 1500000, currency: 'RUB' });
    expect(one('2 million users')).toMatchObject({ kind: 'number', value: 2000000, text: '2 million' });
    expect(one('охват 60к')).toMatchObject({ value: 60000, text: '60к' });
    expect(one('$2M raise')).toMatchObject({ value: 2000000, currency: 'USD' });
    expect(one('бюджет 50 т.р.')).toMatchObject({ kind: 'money', value: 50000, currency: 'RUB', text: '50 т.р.' });
  });

  it('reports bare numbers as kind number', () => {
    expect(one('ROAS 3.0')).toMatchObject({ kind: 'number', value: 3, text: '3.0' });
    expect(texts('targets 2.0 and 1.9')).toEqual(['2.0', '1.9']);
    expect(one('rated 4.8★ in stores')).toMatchObject({ kind: 'number', value: 4.8, text: '4.8' });
  });
});

describe('ranges', () => {
  it.each([
    ['$32–38', 'money', 32, 38, 'USD'],
    ['$32–$38', 'money', 32, 38, 'USD'],
    ['3–5%', 'percent', 3, 5, undefined],
    ['3–4,5%', 'percent', 3, 4.5, undefined],
    ['2–6%', 'percent', 2, 6, undefined],
    ['1 500–1 900 ₽', 'money', 1500, 1900, 'RUB'],
    ['2.0–2.4', 'number', 2, 2.4, undefined],
    ['750–800 AED', 'money', 750, 800, 'AED'],
    ['100–110 thousand roubles', 'money', 100000, 110000, 'RUB'],
    ['$50K–$70K', 'money', 50000, 70000, 'USD'],
    ['5 to 10%', 'percent', 5, 10, undefined],
    ['3-4 недели', 'duration', 21, 28, undefined],
    ['two to three weeks', 'duration', 14, 21, undefined],
    ['пять–семь дней', 'duration', 5, 7, undefined],
  ] as const)('%s', (s, kind, value, high, currency) => {
    const q = one(`plan: ${s}.`);
    expect(q).toMatchObject({ text: s, kind, value, high });
    expect(q.currency).toBe(currency);
  });

  it('reads "от … до …" and "between … and …" as one range without a comparator', () => {
    const q = one('конверсия от 2 до 4% в месяц');
    expect(q).toMatchObject({ kind: 'percent', value: 2, high: 4, text: '2 до 4%' });
    expect(q.op).toBeUndefined();
    expect(one('от двух до трёх недель')).toMatchObject({ kind: 'duration', value: 14, high: 21 });
    expect(one('between 5 and 7 days')).toMatchObject({ kind: 'duration', value: 5, high: 7 });
    expect(one('from $30 to $45')).toMatchObject({ kind: 'money', value: 30, high: 45, text: '$30 to $45' });
  });

  it('does not turn a phone number into a range', () => {
    expect(texts('звоните +7-999-123-45-67')).not.toContain('999-123');
    expect(amounts('call 999-123-45-67')).toHaveLength(0);
  });
});

describe('number words', () => {
  it.each([
    ['sixty percent', 'percent', 60],
    ['thirty-five percent', 'percent', 35],
    ['Thirty-five percent', 'percent', 35],
    ['four percent', 'percent', 4],
    ['forty dollars', 'money', 40],
    ['thirty-five dollars', 'money', 35],
    ['eight dollars', 'money', 8],
    ['two and a half', 'number', 2.5],
    ['two hundred and fifty', 'number', 250],
    ['a thousand dollars', 'money', 1000],
    ['six thousand dirhams', 'money', 6000],
    ['шестьдесят процентов', 'percent', 60],
    ['тридцать пять процентов', 'percent', 35],
    ['шести процентов', 'percent', 6],
    ['две тысячи рублей', 'money', 2000],
    ['пятьсот рублей', 'money', 500],
    ['десяти тысяч рублей', 'money', 10000],
    ['двухсот пятидесяти тысяч рублей', 'money', 250000],
    ['полторы тысячи рублей', 'money', 1500],
    ['тридцати дней', 'duration', 30],
    ['шесть недель', 'duration', 42],
    ['полтора месяца', 'duration', 45],
    ['два с половиной месяца', 'duration', 75],
  ] as const)('%s', (s, kind, value) => {
    expect(one(s)).toMatchObject({ text: s, kind, value });
  });

  it.each([
    ['двух с половиной тысяч рублей', 'money', 2500, 'RUB'],
    ['две с половиной тысячи ₽', 'money', 2500, 'RUB'],
    ['полторы тысячи рублей', 'money', 1500, 'RUB'],
    ['two and a half thousand dollars', 'money', 2500, 'USD'],
    ['one and a half million', 'number', 1500000, undefined],
    ['2,5 тыс. руб.', 'money', 2500, 'RUB'],
    ['полтора миллиона', 'number', 1500000, undefined],
    ['2 с половиной тысячи рублей', 'money', 2500, 'RUB'],
    ['2 с половиной тыс. руб.', 'money', 2500, 'RUB'],
    ['три с половиной миллиона рублей', 'money', 3500000, 'RUB'],
    ['twenty and a half thousand', 'number', 20500, undefined],
  ] as const)('combines a half with the scale after it: %s', (s, kind, value, currency) => {
    const q = one(s);
    expect(q).toMatchObject({ text: s, kind, value });
    expect(q.currency).toBe(currency);
  });

  it('keeps the comparator on a combined "с половиной" amount', () => {
    const s = 'до двух с половиной тысяч рублей';
    expect(one(s)).toMatchObject({ kind: 'money', value: 2500, currency: 'RUB', op: 'lte', opStart: 0, start: 3 });
    expect(one('up to two and a half thousand dollars')).toMatchObject({ value: 2500, op: 'lte' });
  });

  it('does not combine a half with what is not a scale', () => {
    expect(one('два с половиной месяца')).toMatchObject({ kind: 'duration', value: 75 });
    expect(at('two and a half hundred', 'two and a half')).toMatchObject({ value: 2.5 });
    expect(findQuantities('two and a half, thousand dollars later').map((q) => q.value)).toEqual([2.5, 1000]);
    expect(findQuantities('двух с половиной\nтысяч рублей').map((q) => q.value)).toEqual([2.5, 1000]);
    expect(one('2 с половиной часа')).toMatchObject({ kind: 'duration', hours: 2.5 });
  });

  it('starts "минус двадцать процентов" at the number, not at "минус"', () => {
    const text = 'скидка минус двадцать процентов';
    const q = one(text);
    expect(q).toMatchObject({ kind: 'percent', value: 20, text: 'двадцать процентов' });
    expect(q.start).toBe(text.indexOf('двадцать'));
    expect(q.end).toBe(text.length);
  });

  it('finds no number word inside other words', () => {
    expect(findQuantities('selection, someone, просто, внутри, often')).toEqual([]);
  });

  it('may read "one" in running text as 1', () => {
    const qs = findQuantities('one coherent brand');
    expect(qs.length).toBeLessThanOrEqual(1);
    if (qs[0]) expect(qs[0]).toMatchObject({ value: 1, kind: 'number' });
  });

  it('does not read "тысячи клиентов" (thousands of clients) as 1000', () => {
    expect(findQuantities('тысячи клиентов и одни расходы')).toEqual([]);
    expect(one('около тысячи рублей')).toMatchObject({ value: 1000, currency: 'RUB', op: 'approx' });
  });
});

describe('fractions', () => {
  it.each([
    ['half price', 'half', 50],
    ['half off everything', 'half', 50],
    ['a third off', 'a third', 33.33],
    ['cut by a third.', 'a third', 33.33],
    ['a quarter off', 'a quarter', 25],
    ['a fifth off', 'a fifth', 20],
    ['two thirds of users', 'two thirds', 66.67],
    ['в полцены', 'полцены', 50],
    ['за полцены', 'полцены', 50],
    ['скидка в треть', 'треть', 33.33],
    ['четверть бюджета', 'четверть', 25],
    ['две трети аудитории', 'две трети', 66.67],
  ] as const)('%s', (s, sub, value) => {
    expect(at(s, sub)).toMatchObject({ kind: 'percent', value, fraction: true });
  });

  it('keeps "50% off" a plain percent', () => {
    const q = one('50% off');
    expect(q).toMatchObject({ kind: 'percent', value: 50, text: '50%' });
    expect(q.fraction).toBeUndefined();
  });

  it('does not read the first half of a year or a period as a share', () => {
    expect(findQuantities('in the first half').filter((q) => q.kind === 'percent')).toEqual([]);
    expect(findQuantities('во второй половине года').filter((q) => q.kind === 'percent')).toEqual([]);
    expect(findQuantities('a half-hearted try').filter((q) => q.kind === 'percent')).toEqual([]);
    expect(one('half an hour')).toMatchObject({ kind: 'duration', hours: 0.5 });
  });

  it('reads "a third email" as a position, not 33 %', () => {
    expect(at('send a third email', 'third')).toMatchObject({ role: 'ordinal', value: 3 });
  });
});

describe('multipliers', () => {
  it.each([
    ['в два раза', 'два раза', 2],
    ['в 2 раза', '2 раза', 2],
    ['в полтора раза', 'полтора раза', 1.5],
    ['в 2,3 раза', '2,3 раза', 2.3],
    ['вдвое', 'вдвое', 2],
    ['втрое', 'втрое', 3],
    ['twice as many', 'twice', 2],
    ['double the budget', 'double', 2],
    ['sales doubled', 'doubled', 2],
    ['it doubles', 'doubles', 2],
    ['triple', 'triple', 3],
    ['ROAS of 1.8x', '1.8x', 1.8],
    ['2.3x', '2.3x', 2.3],
    ['3× more', '3×', 3],
    ['5 times more', '5 times', 5],
    ['x2 conversions', 'x2', 2],
    ['в 2–3 раза', '2–3 раза', 2],
  ] as const)('%s', (s, sub, value) => {
    expect(at(s, sub)).toMatchObject({ kind: 'multiplier', value });
  });

  it('needs "в" before "раза" and ignores idioms', () => {
    expect(findQuantities('2 раза в неделю').filter((q) => q.kind === 'multiplier')).toEqual([]);
    expect(findQuantities('please double-check this')).toEqual([]);
    expect(findQuantities('screen 1920x1080')).toEqual([]);
  });
});

describe('ratios', () => {
  it.each([
    ['two to one', 2, [2, 1]],
    ['2 to 1', 2, [2, 1]],
    ['2:1', 2, [2, 1]],
    ['3 к 1', 3, [3, 1]],
    ['16:9', 16 / 9, [16, 9]],
  ] as const)('%s', (s, value, terms) => {
    const q = one(`mix ${s}`);
    expect(q.kind).toBe('ratio');
    expect(q.value).toBeCloseTo(value, 6);
    expect(q.ratio).toEqual(terms);
    expect(q.text).toBe(s);
  });

  it('reads 17:00 as a time, not a ratio', () => {
    expect(one('созвон в 17:00')).toMatchObject({ role: 'time', value: 17, kind: 'number' });
    expect(one('at 09:00 sharp')).toMatchObject({ role: 'time', value: 9 });
  });
});

describe('percent', () => {
  it.each([
    ['CPMs jumped 30%', '30%', 30],
    ['30 % of spend', '30 %', 30],
    ['5 percent', '5 percent', 5],
    ['5 per cent', '5 per cent', 5],
    ['5 pct', '5 pct', 5],
    ['5 процентов', '5 процентов', 5],
    ['3 процента', '3 процента', 3],
    ['в 4 процентах случаев', '4 процентах', 4],
    ['рост на 2 п.п.', '2 п.п.', 2],
  ] as const)('%s', (s, sub, value) => {
    expect(at(s, sub)).toMatchObject({ kind: 'percent', value });
  });
});

describe('percent with a sign or a verb before it', () => {
  it.each([
    ['дешевле на 35%', '35%', 35],
    ['Save 40%', '40%', 40],
    ['save 40% today', '40%', 40],
  ] as const)('%s', (s, sub, value) => {
    const q = one(s);
    expect(q).toMatchObject({ kind: 'percent', value, text: sub });
    expect(q.negative).toBeUndefined();
  });

  it.each([
    ['скидка −15%', '15%'],
    ['скидка –15%', '15%'],
    ['−15%', '15%'],
    ['–15%', '15%'],
    ['-15% on everything', '15%'],
    ['(−15%)', '15%'],
    ['цена −$50', '$50'],
    ['скидка минус двадцать процентов', 'двадцать процентов'],
  ] as const)('marks a minus as negative: %s', (s, sub) => {
    const q = one(s);
    expect(q).toMatchObject({ text: sub, negative: true, start: s.indexOf(sub) });
    expect(q.value).toBeGreaterThan(0);
  });

  it('keeps a comparator before the minus', () => {
    const s = 'до −15%';
    expect(one(s)).toMatchObject({ value: 15, negative: true, op: 'lte', opStart: 0, start: s.indexOf('15') });
  });

  it('does not mark dashes that are not a minus', () => {
    expect(one('5–15%')).toMatchObject({ value: 5, high: 15 });
    expect(one('5–15%').negative).toBeUndefined();
    expect(one('Конверсия — 3%').negative).toBeUndefined();
    expect(one('скидка—15%').negative).toBeUndefined();
    expect(findQuantities('A-15%').every((q) => q.negative === undefined)).toBe(true);
    expect(one('on 2025-02-20').negative).toBeUndefined();
  });
});

describe('money', () => {
  it.each([
    ['$48 per customer', '$48', 'USD', 48],
    ['US$ 35', 'US$ 35', 'USD', 35],
    ['799 ₽', '799 ₽', 'RUB', 799],
    ['500 р.', '500 р.', 'RUB', 500],
    ['500 руб.', '500 руб.', 'RUB', 500],
    ['500 руб', '500 руб', 'RUB', 500],
    ['5000₸', '5000₸', 'KZT', 5000],
    ['€5', '€5', 'EUR', 5],
    ['£5', '£5', 'GBP', 5],
    ['¥500', '¥500', 'JPY', 500],
    ['₺50', '₺50', 'TRY', 50],
    ['₹500', '₹500', 'INR', 500],
    ['700 د.إ', '700 د.إ', 'AED', 700],
    ['700 AED', '700 AED', 'AED', 700],
    ['AED 700', 'AED 700', 'AED', 700],
    ['USD 35', 'USD 35', 'USD', 35],
    ['35 USD', '35 USD', 'USD', 35],
    ['4,99 $', '4,99 $', 'USD', 4.99],
    ['5 bucks', '5 bucks', 'USD', 5],
    ['10 рублей', '10 рублей', 'RUB', 10],
    ['к 4 рублям', '4 рублям', 'RUB', 4],
    ['9 roubles', '9 roubles', 'RUB', 9],
    ['8 rubles', '8 rubles', 'RUB', 8],
    ['5 дирхамов', '5 дирхамов', 'AED', 5],
    ['6 дирхама', '6 дирхама', 'AED', 6],
    ['9 dirhams', '9 dirhams', 'AED', 9],
    ['5 евро', '5 евро', 'EUR', 5],
    ['5 euros', '5 euros', 'EUR', 5],
    ['5 тенге', '5 тенге', 'KZT', 5],
    ['100 лир', '100 лир', 'TRY', 100],
    ['3 фунтов', '3 фунтов', 'GBP', 3],
    ['5 юаней', '5 юаней', 'CNY', 5],
    ['400 рупий', '400 рупий', 'INR', 400],
    ['500 белорусских рублей', '500 белорусских рублей', 'BYN', 500],
  ] as const)('%s', (s, sub, currency, value) => {
    expect(at(s, sub)).toMatchObject({ kind: 'money', currency, value });
  });

  it.each([
    ['$12.99 a month', 1],
    ['$5/month', 1],
    ['$5 /mo', 1],
    ['$5 per month', 1],
    ['$5 monthly', 1],
    ['799 ₽ в месяц', 1],
    ['500 ₽/мес', 1],
    ['500 руб. в мес.', 1],
    ['$60/year', 12],
    ['$60 a year', 12],
    ['$60 annually', 12],
    ['500 ₽ в год', 12],
    ['500 ₽/год', 12],
    ['$100 for six months', 6],
    ['3000 ₽ за полгода', 6],
    ['3000 ₽ на 6 месяцев', 6],
    ['$10 a week', 0.25],
    ['500 ₽ в неделю', 0.25],
  ] as const)('period: %s', (s, months) => {
    const q = one(s);
    expect(q.kind).toBe('money');
    expect(q.periodMonths).toBe(months);
    expect(q.periodEnd).toBe(s.length);
    expect(q.end).toBeLessThan(s.length);
  });

  it('keeps the period out of `end` and the text', () => {
    const s = 'US price stays at $12.99 a month after the trial.';
    const q = one(s);
    expect(q.text).toBe('$12.99');
    expect(q.start).toBe(s.indexOf('$'));
    expect(q.end).toBe(s.indexOf(' a month'));
    expect(q.periodEnd).toBe(s.indexOf(' after'));
  });

  it('does not read a bare "a month" after money as a duration', () => {
    expect(findQuantities('$12.99 a month').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(findQuantities('стоит 799 ₽ в месяц').filter((q) => q.kind === 'duration')).toEqual([]);
  });

  it('exposes currency data by code', () => {
    expect(CURRENCY_BY_CODE.AED?.ru).toContain('дирхамов');
    expect(currencyByCode('rub')?.symbols).toContain('₽');
    expect(new Set(CURRENCIES.map((c) => c.code)).size).toBe(CURRENCIES.length);
  });
});

describe('durations', () => {
  it.each([
    ['14 days', 14],
    ['the 14-day free trial', 14],
    ['a 30-day window', 30],
    ['за 60 дней', 60],
    ['21 дня', 21],
    ['21 день', 21],
    ['2 weeks', 14],
    ['a two-week test', 14],
    ['8 weeks', 56],
    ['six weeks', 42],
    ['3 недели', 21],
    ['три недели', 21],
    ['1 month', 30],
    ['2 months', 60],
    ['two months', 60],
    ['10 business days', 10],
    ['14 рабочих дней', 14],
    ['14-дневный тест', 14],
    ['в течение 2-х недель', 14],
    ['in 7 nights', 7],
    ['48 часов', 2],
    ['72 hours', 3],
    ['24 hours', 1],
  ] as const)('%s → %d days', (s, days) => {
    const q = one(s);
    expect(q.kind).toBe('duration');
    expect(q.value).toBe(days);
  });

  it('reads "45+ days" as at least 45 days, with the plus inside the text', () => {
    expect(one('45+ days')).toMatchObject({ kind: 'duration', value: 45, op: 'gte', text: '45+ days' });
  });

  it('gives hours for hour durations', () => {
    expect(one('48 часов').hours).toBe(48);
  });

  it('does not report a bare "месяц" or "a month" without a duration preposition', () => {
    expect(findQuantities('месяц')).toEqual([]);
    expect(findQuantities('a month')).toEqual([]);
    expect(findQuantities('the month of May')).toEqual([]);
    expect(findQuantities('в этом месяце')).toEqual([]);
  });

  it.each([
    ['четыре недели', 'четыре недели', 28],
    ['четырёхнедельный прогрев', 'четырёхнедельный', 28],
    ['четырехнедельного прогрева', 'четырехнедельного', 28],
    ['двухнедельный тест', 'двухнедельный', 14],
    ['трёхнедельный спринт', 'трёхнедельный', 21],
    ['шестинедельный курс', 'шестинедельный', 42],
    ['месячный прогрев', 'месячный', 30],
    ['недельный тест', 'недельный', 7],
    ['полуторамесячный цикл', 'полуторамесячный', 45],
    ['двухмесячный пилот', 'двухмесячный', 60],
    ['сорокапятидневный триал', 'сорокапятидневный', 45],
    ['тридцатидневный период', 'тридцатидневный', 30],
    ['полугодовой контракт', 'полугодовой', 180],
    ['двухлетний контракт', 'двухлетний', 730],
    ['45-дневный', '45-дневный', 45],
    ['a 30-day window', '30-day', 30],
    ['30-day', '30-day', 30],
  ] as const)('duration adjective: %s', (s, sub, days) => {
    expect(one(s)).toMatchObject({ kind: 'duration', value: days, text: sub });
  });

  it('gives hours for an hour adjective', () => {
    expect(one('двухчасовой вебинар')).toMatchObject({ kind: 'duration', hours: 2, text: 'двухчасовой' });
  });

  it('does not read "monthly" adjectives or look-alikes as durations', () => {
    expect(findQuantities('месячный бюджет').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(findQuantities('недельный охват вырос').filter((q) => q.kind === 'duration')).toEqual([]);
    expect(findQuantities('месячная подписка')).toEqual([]);
    expect(findQuantities('летний сезон, дневной лимит, годовой план, ежемесячный отчёт, еженедельный созвон')).toEqual([]);
    expect(findQuantities('в понедельник, многодневный, понедельный')).toEqual([]);
  });
});

describe('a period word without a number as a duration', () => {
  it.each([
    ['within a month', 'a month', 30],
    ['in a month', 'a month', 30],
    ['over a month', 'a month', 30],
    ['for a month', 'a month', 30],
    ['after a month', 'a month', 30],
    ['a month after launch', 'a month', 30],
    ['a week later', 'a week', 7],
    ['within one month', 'one month', 30],
    ['within a week', 'a week', 7],
    ['in two weeks', 'two weeks', 14],
    ['within a day', 'a day', 1],
    ['within a quarter', 'a quarter', 91],
    ['in a year', 'a year', 365],
    ['within half a year', 'half a year', 180],
    ['less than a month', 'a month', 30],
    ['через месяц', 'месяц', 30],
    ['за месяц', 'месяц', 30],
    ['за месяц до запуска', 'месяц', 30],
    ['в течение месяца', 'месяца', 30],
    ['в течение недели', 'недели', 7],
    ['через неделю', 'неделю', 7],
    ['на протяжении года', 'года', 365],
    ['через год', 'год', 365],
    ['через квартал', 'квартал', 91],
    ['за сутки', 'сутки', 1],
    ['месяц спустя', 'месяц', 30],
    ['до года', 'года', 365],
    ['более месяца', 'месяца', 30],
    ['через один месяц', 'один месяц', 30],
    ['за полгода', 'полгода', 180],
    ['через полгода', 'полгода', 180],
  ] as const)('%s', (s, sub, days) => {
    const q = one(s);
    expect(q).toMatchObject({ kind: 'duration', value: days, text: sub });
    expect(q.start).toBe(s.indexOf(sub));
  });

  it('keeps the preposition out of the text and takes a comparator from it', () => {
    const s = 'Results within a month of launch.';
    expect(one(s)).toMatchObject({ text: 'a month', start: s.indexOf('a month'), op: 'lte', opStart: s.indexOf('within') });
    expect(one('over a month')).toMatchObject({ op: 'gt' });
    expect(one('до года')).toMatchObject({ op: 'lte' });
    expect(one('в течение месяца').op).toBeUndefined();
    expect(one('через месяц').op).toBeUndefined();
  });

  it('gives hours for "within an hour"', () => {
    expect(one('within an hour')).toMatchObject({ kind: 'duration', hours: 1, text: 'an hour' });
  });

  it('finds it in a sentence next to other quantities', () => {
    const s = 'Конверсия 3% через месяц, CPA до 1 700 ₽.';
    expect(amounts(s).map((q) => [q.kind, q.value, q.text])).toEqual([
      ['percent', 3, '3%'],
      ['duration', 30, 'месяц'],
      ['money', 1700, '1 700 ₽'],
    ]);
  });

  it.each([
    ['$8 a month', '$8', 1],
    ['$12.99 a month after the trial', '$12.99', 1],
    ['399 ₽ в месяц', '399 ₽', 1],
    ['549 ₽/мес', '549 ₽', 1],
    ['3000 ₽ за полгода', '3000 ₽', 6],
    ['$100 for a month', '$100', 1],
    ['500 ₽ за неделю', '500 ₽', 0.25],
  ] as const)('keeps a bare period after money a price period: %s', (s, sub, months) => {
    expect(one(s)).toMatchObject({ kind: 'money', text: sub, periodMonths: months });
  });

  it.each([
    'twice a month',
    'once a week',
    'once a month after launch',
    'twice in a month',
    'three times a year',
    'per month',
    'every week',
    '10 постов в месяц',
    'раз в месяц',
    'дважды за месяц',
    '3 раза за неделю',
    'через день',
    'на день рождения',
    'до часа ночи',
    'до дня запуска',
    'in a quarter of cases',
    'all in a day’s work',
    'в течение первого месяца',
    'за последний месяц',
  ])('is not a duration: %s', (s) => {
    expect(findQuantities(s).filter((q) => q.kind === 'duration')).toEqual([]);
  });

  it('reads "in a quarter of cases" as a share', () => {
    expect(one('in a quarter of cases')).toMatchObject({ kind: 'percent', value: 25, fraction: true });
  });
});

describe('comparators', () => {
  const cases: [string, string][] = [
    ['under', 'lt'], ['below', 'lt'], ['less than', 'lt'], ['fewer than', 'lt'], ['меньше', 'lt'], ['ниже', 'lt'], ['менее', 'lt'],
    ['up to', 'lte'], ['at most', 'lte'], ['no more than', 'lte'], ['no higher than', 'lte'], ['not above', 'lte'],
    ['not more than', 'lte'], ['at or under', 'lte'], ['at or below', 'lte'], ['≤', 'lte'], ['<=', 'lte'], ['max', 'lte'],
    ['maximum', 'lte'], ['до', 'lte'], ['не выше', 'lte'], ['не более', 'lte'], ['не больше', 'lte'], ['максимум', 'lte'],
    ['capped at', 'lte'],
    ['at least', 'gte'], ['no lower than', 'gte'], ['no less than', 'gte'], ['not below', 'gte'], ['at or above', 'gte'],
    ['≥', 'gte'], ['>=', 'gte'], ['min', 'gte'], ['minimum', 'gte'], ['от', 'gte'], ['не ниже', 'gte'], ['не меньше', 'gte'],
    ['не менее', 'gte'], ['минимум', 'gte'], ['from', 'gte'],
    ['above', 'gt'], ['over', 'gt'], ['more than', 'gt'], ['больше', 'gt'], ['выше', 'gt'], ['свыше', 'gt'], ['более', 'gt'],
    ['>', 'gt'],
    ['around', 'approx'], ['about', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['~', 'approx'],
    ['≈', 'approx'], ['около', 'approx'], ['примерно', 'approx'], ['порядка', 'approx'], ['где-то', 'approx'],
  ];
  it.each(cases)('%s', (word, op) => {
    const s = `CPA ${word} 5%`;
    const q = one(s);
    expect(q).toMatchObject({ kind: 'percent', value: 5, text: '5%', op });
    expect(q.opStart).toBe(4);
    expect(q.start).toBe(s.indexOf('5%'));
  });

  it('is case-insensitive and works before a currency sign', () => {
    expect(one('Up To $40')).toMatchObject({ op: 'lte', opStart: 0, start: 6, text: '$40' });
    expect(one('стоимость привлечения не выше 1 700 ₽.')).toMatchObject({ op: 'lte', value: 1700, currency: 'RUB', text: '1 700 ₽' });
    expect(at('не меньше 45 дней до первого оффера', '45 дней')).toMatchObject({ op: 'gte', opStart: 0 });
  });

  it('does not take a comparator from further away', () => {
    expect(one('under the plan 5%').op).toBeUndefined();
  });
});

describe('roles', () => {
  it.each([
    ['review on day 14', '14'],
    ['Day 0', '0'],
    ['the day-10 email', '10'],
    ['week 3', '3'],
    ['Weeks 3–4', '3–4'],
    ['from week 5', '5'],
    ['на 35-й день', '35-й'],
    ['после 46-го дня', '46-го'],
    ['на 46-й', '46-й'],
    ['50-й день', '50-й'],
    ['к 21-му дню', '21-му'],
    ['с пятой недели', 'пятой'],
    ['the 18th', '18th'],
    ['the 2nd wave', '2nd'],
  ])('ordinal: %s', (s, sub) => {
    expect(at(s, sub).role).toBe('ordinal');
  });

  it('gives weeks 3–4 both ends', () => {
    expect(at('Weeks 3–4: scale', '3–4')).toMatchObject({ value: 3, high: 4, role: 'ordinal' });
  });

  it.each([
    ['launch in 2025', '2025', 'year'],
    ['spring 2027', '2027', 'year'],
    ['в 2025 году', '2025 году', 'year'],
    ['due 11 Feb', '11 Feb', 'date'],
    ['до 20.02', '20.02', 'date'],
    ['с 14.03', '14.03', 'date'],
    ['к 12 марта', '12 марта', 'date'],
    ['к 8 Марта', '8 Марта', 'date'],
    ['on 2025-02-20', '2025-02-20', 'date'],
    ['на 20.02.2025', '20.02.2025', 'date'],
    ['at 09:00', '09:00', 'time'],
    ['в 17:00', '17:00', 'time'],
    ['at 2 a.m.', '2 a.m.', 'time'],
    ['3 a.m.', '3 a.m.', 'time'],
    ['rev. 3', '3', 'id'],
    ['see #5', '5', 'id'],
    ['Email #3', '3', 'id'],
    ['version 2', '2', 'id'],
  ] as const)('%s → %s', (s, sub, role) => {
    expect(at(s, sub)).toMatchObject({ role, kind: 'number' });
  });

  it('does not report numbers glued to letters', () => {
    expect(findQuantities('H3, A1, Q1, v3, v0.2, B2B, 5G, 3D')).toEqual([]);
    expect(one('Q1 2025')).toMatchObject({ text: '2025', role: 'year' });
  });

  it('does not make a year out of an amount', () => {
    expect(one('2000 рублей')).toMatchObject({ kind: 'money', value: 2000 });
    expect(one('2025 days')).toMatchObject({ kind: 'duration' });
  });
});

describe('offsets and ordering', () => {
  it('returns exact UTF-16 offsets after emoji and RTL marks', () => {
    const s = '🔥🔥 скидка 20% \u200F700 AED';
    const qs = findQuantities(s);
    expect(qs.map((q) => [q.text, q.start, q.end])).toEqual([
      ['20%', s.indexOf('20%'), s.indexOf('20%') + 3],
      ['700 AED', s.indexOf('700'), s.length],
    ]);
  });

  it('sorts by start and never overlaps', () => {
    const s = 'Up to $40 a month, не менее 3% за 14 дней, в 2 раза больше, 2:1, day 14, 2025, half price.';
    const qs = findQuantities(s);
    expect(qs.length).toBeGreaterThan(6);
    for (let i = 1; i < qs.length; i++) expect(qs[i]!.start).toBeGreaterThanOrEqual(qs[i - 1]!.periodEnd ?? qs[i - 1]!.end);
    for (const q of qs) expect(s.slice(q.start, q.end)).toBe(q.text);
  });

  it('checks the sample brief sentence end to end', () => {
    const s = 'Конверсия в оплату в России — 3% через 60 дней после первого касания, стоимость привлечения не выше 1 700 ₽.';
    const a = amounts(s);
    expect(a.map((q) => [q.kind, q.value, q.text])).toEqual([
      ['percent', 3, '3%'],
      ['duration', 60, '60 дней'],
      ['money', 1700, '1 700 ₽'],
    ]);
    expect(a[2]).toMatchObject({ op: 'lte', start: s.indexOf('1 700'), end: s.length - 1 });
  });
});

describe('robustness', () => {
  const pool = [
    '1', '2', '0', '9', ' ', '\u00A0', '\u202F', '\u2009', '.', ',', '-', '–', '—', ':', '/', '$', '€', '₽', '%', 'k', 'x',
    '×', '+', '~', '≤', 'a', 'в', 'до', 'от', 'раза', 'days', 'дней', 'percent', 'руб.', 'AED', '\uD83D', '\uDE00', '😀',
    '\u200B', '\u200F', '\u202E', '\uFEFF', '\n', '#', '№', 'th', '-й', 'half', 'a third', 'two', 'тысяч', 'to', 'к', 'and',
    'between', 'US', 'Feb', 'марта', 'a.m.', '/mo', 'в месяц', 'for', 'six', 'months', 'полтора', 'вдвое',
    'within', 'a month', 'через', 'месяц', 'в течение', 'недели', 'twice', 'с половиной', 'тысяч', 'and a half',
    'thousand', '−', 'минус', 'двухнедельный', 'месячный', 'бюджет', 'после', 'спустя', 'ago', 'an hour',
  ];

  it('never throws and keeps 0 <= start < end <= length on random token soup', () => {
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(Math.random() * 25);
      for (let j = 0; j < len; j++) s += pool[Math.floor(Math.random() * pool.length)];
      const qs = findQuantities(s);
      let last = 0;
      for (const q of qs) {
        expect(q.start).toBeGreaterThanOrEqual(last);
        expect(q.start).toBeLessThan(q.end);
        expect(q.end).toBeLessThanOrEqual(s.length);
        expect(q.text).toBe(s.slice(q.start, q.end));
        expect(Number.isFinite(q.value)).toBe(true);
        if (q.high !== undefined) expect(q.high).toBeGreaterThanOrEqual(q.value);
        if (q.opStart !== undefined) expect(q.opStart).toBeLessThan(q.start);
        last = q.periodEnd ?? q.end;
      }
    }
  });

  it('never throws on random UTF-16 code units (lone surrogates included)', () => {
    for (let n = 0; n < 1000; n++) {
      let s = '';
      const len = Math.floor(Math.random() * 40);
      for (let j = 0; j < len; j++) s += String.fromCharCode(Math.floor(Math.random() * 0x10000));
      for (const q of findQuantities(s)) {
        expect(0 <= q.start && q.start < q.end && q.end <= s.length).toBe(true);
      }
    }
  });

  it('handles empty and odd input', () => {
    expect(findQuantities('')).toEqual([]);
    expect(findQuantities('\uD800')).toEqual([]);
    expect(findQuantities(undefined as unknown as string)).toEqual([]);
    expect(one('\uFEFF5%')).toMatchObject({ start: 1, end: 3 });
  });
});
