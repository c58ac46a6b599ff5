// Red lines: terms with inflection, case-sensitive brands, except phrases, negation and prohibition,
// checking questions, numeric limits (discount in digits, words and fractions; price floors, also
// from a yearly price), market-specific limits, and quoted `>` blocks reported as quoted.
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { loadFixtureDoc, ruleTester, SECOND_DOCUMENT } from './tester';

describe('ruleTester', () => {
  it('refuses a rule test without valid or without invalid cases', () => {
    const invalid = [{ text: 'Sova guarantees deep sleep.', ruleId: 'RL-guarantee', quote: 'guarantees' }];
    expect(() => ruleTester('red-line', { doc: BUILTIN_DOCUMENT, valid: [], invalid })).toThrow(/valid/);
    expect(() => ruleTester('red-line', { doc: BUILTIN_DOCUMENT, valid: ['Sova helps you sleep.'], invalid: [] })).toThrow(/invalid/);
  });
  it('refuses an invalid case whose quote is not in its text', () => {
    expect(() =>
      ruleTester('red-line', { doc: BUILTIN_DOCUMENT, valid: ['ok'], invalid: [{ text: 'Sova guarantees sleep.', ruleId: 'RL-guarantee', quote: 'guaranteed' }] }),
    ).toThrow(/not in/);
  });
});

ruleTester('red-line', {
  doc: BUILTIN_DOCUMENT,
  invalid: [
    // Inflection: the document lists `guarantee`, `гарантия`, `гарантировать`, `санкции`.
    {
      text: 'Landing hero v4 (US): Sova guarantees you will sleep through the night by week two.',
      ruleId: 'RL-guarantee',
      quote: 'guarantees',
      market: 'US',
      quoted: false,
    },
    {
      text: 'Пост для VK, вариант А\nСова гарантирует: уже через неделю вы будете засыпать за десять минут.',
      ruleId: 'RL-guarantee',
      quote: 'гарантирует',
      market: 'RU',
      quoted: false,
      uiLang: 'ru',
    },
    {
      text: 'Заголовки для Дзена на согласование:\n1. Гарантированный способ выспаться за выходные\n2. Как устроен вечерний ритуал',
      ruleId: 'RL-guarantee',
      quote: 'Гарантированный',
      market: 'RU',
    },
    {
      text: 'Subject line for the US reactivation email: "Seven nights to deeper sleep, guaranteed."',
      ruleId: 'RL-guarantee',
      quote: 'guaranteed',
      market: 'US',
    },
    {
      text: 'Идея для Telegram-канала: серия постов о том, как санкционные новости мешают уснуть.',
      ruleId: 'RL-politics',
      quote: 'санкционные',
      market: 'RU',
    },
    {
      text: 'Press angle for Russia: a Moscow team shipped a world-class app in spite of sanctions and a shrinking ad market.',
      ruleId: 'RL-politics',
      quote: 'sanctions',
      market: 'RU',
    },
    {
      text: 'Черновик ролика для YouTube: добавим немного политической повестки — зрители это любят.',
      ruleId: 'RL-politics',
      quote: 'политической',
    },
    {
      text: 'Blog calendar (US): "How to sleep the week before the election" goes live on the 1st.',
      ruleId: 'RL-politics',
      quote: 'election',
    },
    // Case-sensitive brands: sentence-initial or mid-sentence, in English and Russian copy.
    {
      text: 'US carousel, slide 2\nCalm plays you rain sounds. Sova builds you a routine.',
      ruleId: 'RL-competitors',
      quote: 'Calm',
      market: 'US',
    },
    {
      text: 'Comparison table for the US pricing page: Sova vs Headspace, feature by feature.',
      ruleId: 'RL-competitors',
      quote: 'Headspace',
    },
    {
      text: 'Пост для Telegram: пользователи Sleep Cycle часто спрашивают, чем Сова отличается. Рассказываем.',
      ruleId: 'RL-competitors',
      quote: 'Sleep Cycle',
      market: 'RU',
    },
    // Medical claims, inflected and in a phrase.
    {
      text: 'Sova: the clinically proven bedtime routine. Try it free for 14 days.',
      ruleId: 'RL-medical',
      quote: 'clinically proven',
      market: 'US',
    },
    {
      text: 'Лендинг для России, первый экран: «Сова — лечение бессонницы без таблеток и очередей к врачу».',
      ruleId: 'RL-medical',
      quote: 'лечение бессонницы',
    },
    {
      text: 'Сценарий ролика: вечерний ритуал, рекомендованный врачами-сомнологами, за двадцать минут.',
      ruleId: 'RL-medical',
      quote: 'рекомендованный врачами',
    },
    {
      text: 'Oleg, for the RU post: «Сова поможет вылечить хроническую бессонницу» — this is our strongest line, keep it.',
      ruleId: 'RL-medical',
      quote: 'вылечить',
    },
    // Discount limit (max 30%, every market): digits, words, fractions.
    {
      // The "не" inside the quoted line negates the line, not the offer after it.
      text: 'Для Telegram предлагаю заголовок «спать не страшно» и скидку 45% на годовой план.',
      ruleId: 'RL-discount',
      quote: '45%',
    },
    {
      text: 'US launch offer, week 1: 40% off the annual plan for the first 2,000 sign-ups.',
      ruleId: 'RL-discount',
      quote: '40% off',
    },
    {
      text: 'Cyber Monday email (US): forty percent off your first year of Sova, today only.',
      ruleId: 'RL-discount',
      quote: 'forty percent',
    },
    {
      text: 'Spring promo for the US: half off the annual plan for everyone who joins during Sleep Week.',
      ruleId: 'RL-discount',
      quote: 'half off',
    },
    {
      text: 'Пост для VK после прогрева: скидка сорок процентов на годовую подписку для участников сообщества.',
      ruleId: 'RL-discount',
      quote: 'сорок процентов',
      market: 'RU',
    },
    {
      text: 'Для подписчиков канала на 50-й день — минус 45% на годовой план.',
      ruleId: 'RL-discount',
      quote: '45%',
    },
    // Price floors: US $9.99 a month, RU 599 ₽ a month; a yearly price is a monthly price too.
    {
      text: 'Instagram ad (US): Sova Premium, now just $7.49 a month.',
      ruleId: 'RL-price-US',
      quote: '$7.49',
      market: 'US',
    },
    {
      text: 'US pricing page: the annual plan is $95.99/year, billed once after the free trial.',
      ruleId: 'RL-price-US',
      quote: '$95.99/year',
      market: 'US',
    },
    {
      text: 'Баннер для Telegram: подписка за 450 ₽/мес — дешевле чашки кофе в неделю.',
      ruleId: 'RL-price-RU',
      quote: '450 ₽',
      market: 'RU',
    },
    {
      // A figure per item ("по ... ₽", "... each") is a price without the word.
      text: 'Для российского Telegram продаём подарочные подписки по 490 ₽.',
      ruleId: 'RL-price-RU',
      quote: '490 ₽',
      market: 'RU',
    },
    {
      text: 'Russia pricing test: show 529 roubles a month to half of the new VK visitors.',
      ruleId: 'RL-price-RU',
      quote: '529 roubles',
      market: 'RU',
    },
    {
      text: 'Tom, before Friday: could the RU Telegram teaser take a third off the annual plan, just for the first week?',
      ruleId: 'RL-discount',
      quote: 'a third off',
      market: 'RU',
    },
    {
      text: 'Лендинг для России: годовая подписка — 5 990 ₽ в год, без ежемесячных платежей.',
      ruleId: 'RL-price-RU',
      quote: '5 990 ₽',
      market: 'RU',
    },
    // A question that proposes is still a proposal.
    {
      text: 'Jenna, why not put "results guaranteed in 14 nights" in the US hero? It tested well with the panel.',
      ruleId: 'RL-guarantee',
      quote: 'guaranteed',
    },
    {
      text: 'Даша, может, напишем в первом посте «гарантируем результат за семь дней»? Звучит сильно.',
      ruleId: 'RL-guarantee',
      quote: 'гарантируем',
    },
    // Quoted earlier messages are the earlier writer's text: reported, marked as quoted.
    {
      text: 'Tom,\n\nThat will not get past legal, sorry.\n\n> On Thu, Tom Reyes wrote:\n> Hero for the US landing page: "Clinically proven to end restless nights."',
      ruleId: 'RL-medical',
      quote: 'Clinically proven',
      quoted: true,
    },
    {
      text: 'Сергей, так нельзя, переписываем.\n\n> Предлагаю для VK заголовок: «Сова гарантирует крепкий сон с первой ночи».',
      ruleId: 'RL-guarantee',
      quote: 'гарантирует',
      quoted: true,
      uiLang: 'ru',
    },
    {
      text: 'Jenna, no: the cap is 30%.\n\n> For the US Black Friday push, could we do 50% off the annual plan?',
      ruleId: 'RL-discount',
      quote: '50% off',
      quoted: true,
    },
    // Mixed language.
    {
      text: 'RU copy for review: «Сова — 100% результат за неделю». Let me know if the rhythm works in English too.',
      ruleId: 'RL-guarantee',
      quote: '100% результат',
    },
  ],
  valid: [
    'Для российского Telegram продаём подарочные подписки по 990 ₽.',
    // Negation and prohibition.
    'Reminder for the freelance writers: we never promise that Sova will cure anything, and nothing in the copy is ever "guaranteed".',
    'Пост для Telegram, неделя 2\nМы не обещаем гарантированного результата: сон — это привычка, а не волшебная таблетка.',
    'Правила для копирайтеров: никаких гарантий, никакого «лечения бессонницы» и ни слова о выборах.',
    '"Risk-free" is off-limits in every market, the US trial emails included.',
    '«Клинически доказано» — нет: это медицинское утверждение, а Сова не лечение.',
    'We do not mention Headspace or Sleep Cycle anywhere, not even in the comparison slides.',
    'We can\'t guarantee results, and we say so: Sova is a routine, not a promise.',
    '«Гарантируем результат» — нет, так не пишем даже в сторис.',
    'Sanctions, elections and politics are off-limits for both markets.',
    // Checking questions.
    'Quick check before the US shoot: can we call the routine "doctor-recommended" if a sleep doctor advises us? I assume not.',
    'Можно ли писать «без риска» про пробный период? Кажется, нельзя — уточню у Ирины.',
    // Brands are case-sensitive; ordinary words are not brands.
    'Jenna, the RU voice stays calm and expert: a calm evening, a warm lamp, a paper notebook.',
    'Day 3 email (US)\nSubject: Calm nights start with a plan\nBody: three small steps for tonight.',
    'Calmly, step by step, Sova rebuilds your evening. Start your 14-day free trial.',
    'Still in a bad headspace at 2 a.m.? Your sleep cycle needs a routine, not another podcast.',
    // Except phrases, inflected.
    'Подвал лендинга: политика конфиденциальности, условия подписки, контакты.',
    'Перед оплатой ознакомьтесь с нашей политикой конфиденциальности и политикой возврата.',
    'Footer (US): Terms of use · Privacy policy · Cancel anytime.',
    // Words that only contain a term.
    'Pick a wind-down track from our selection, secure your spot in the coaching program, and procure a good pillow.',
    // Numeric limits: at the limit, under it, or not a discount or price at all.
    'US annual plan: 30% off, then $12.99 a month; the monthly plan never drops below $9.99.',
    'Пост на 50-й день: годовая подписка со скидкой 25%, дальше — 599 ₽ в месяц.',
    'A quarter off the annual plan for members of the US newsletter, one week only.',
    'Скидка двадцать процентов на годовой план — только после 45 дней прогрева.',
    'US pricing page: $119.99/year or $12.99/month, both after a 14-day free trial.',
    'Week 2 read-out (US): the email open rate reached 45% and 60% of trials came from Instagram.',
    // Market-specific limits do not fire for the other market or another currency.
    'For reference, the Russian price of 699 ₽ a month is roughly $7.',
    'US price test: $9.99 a month for the Reels audience, $12.99 for everyone else.',
    'Prices as signed — US: $12.99 a month. Россия: 599 ₽ в месяц.',
  ],
});

// The second document: other terms, other brands, a tighter discount cap, no price floor.
ruleTester('red-line', {
  doc: SECOND_DOCUMENT,
  invalid: [
    {
      text: 'Instagram caption (Dubai): Our oak dining set is carbon neutral from forest to front door.',
      ruleId: 'RL-eco',
      quote: 'carbon neutral',
      market: 'AE',
    },
    {
      text: 'Заголовок для Директа: «Экологичные кровати из карельской сосны с доставкой по Москве».',
      ruleId: 'RL-eco',
      quote: 'Экологичные',
      market: 'RU',
    },
    {
      text: 'Каждый шкаф «Онега» — с пожизненной гарантией на каркас.',
      ruleId: 'RL-lifetime',
      quote: 'пожизненной гарантией',
    },
    {
      text: 'Snapchat end card (UAE): Every Drevo bed comes with a lifetime warranty.',
      ruleId: 'RL-lifetime',
      quote: 'lifetime warranty',
    },
    {
      text: 'Dubai showroom flyer: Half the price of Pottery Barn, twice the wood.',
      ruleId: 'RL-rivals',
      quote: 'Pottery Barn',
    },
    {
      text: 'Пост для VK: собирается проще, чем шкаф из ИКЕА, и служит дольше.',
      ruleId: 'RL-rivals',
      quote: 'ИКЕА',
    },
    {
      text: 'White Friday in Dubai: 20% off every dining table, this weekend only.',
      ruleId: 'RL-discount',
      quote: '20% off',
    },
    {
      text: 'Акция в Директе: скидка восемнадцать процентов на кухонные столы до конца месяца.',
      ruleId: 'RL-discount',
      quote: 'восемнадцать процентов',
    },
    {
      text: 'UAE Ramadan offer: a quarter off every bed frame ordered through the showroom.',
      ruleId: 'RL-discount',
      quote: 'a quarter off',
    },
    {
      text: 'Omar — no, our ceiling is 15%.\n\n> For White Friday we could run 25% off the sofa collection in Dubai.',
      ruleId: 'RL-discount',
      quote: '25% off',
      quoted: true,
    },
  ],
  valid: [
    'Built to last for generations — and backed by a 10-year warranty on every frame.',
    "We don't say eco-friendly or carbon neutral; we say FSC-certified pine from Karelia.",
    'Никаких упоминаний ИКЕА и Хофф в текстах для Директа.',
    'Designer Sarah Hoffer joins our Dubai showroom evening on Thursday.',
    'Live-edge walnut console, hand-oiled, shot at golden hour in a Dubai villa.',
    'Скидка 15% на комплект с тумбами до 31 марта.',
    'Trade programme for Dubai interior designers: 10% off every order.',
    // Limits belong to their document: a 25% discount is fine under the example's 30% cap but
    // not here (above), and this document has no price floor at all.
    'Furniture care subscription in Dubai — just 29 AED a month.',
    // `гарантия` alone is a red-line term only in the example document.
    'Стол, который переживёт три поколения, — с гарантией 10 лет на каркас.',
  ],
});

// Fifth fixture (meal kits, Russia × Turkey): RL-price-TR is a floor of 2,490 TRY. A price needs no metric word when
// its currency is named in any form the currency lexicon knows.
ruleTester('red-line', {
  doc: loadFixtureDoc('fifth.alignment.json'),
  invalid: [
    { text: 'В Турции наборы по 99 лир.', ruleId: 'RL-price-TR', quote: '99 лир', market: 'TR' },
    { text: 'In Turkey the boxes go at 99 TL each.', ruleId: 'RL-price-TR', quote: '99 TL', market: 'TR' },
  ],
  valid: ['В Турции наборы по 2 990 лир.', 'В Турции наборы по 99 руб.'],
});
