// Objective: text that pushes a market toward another strategy than the signed one
// (trust-first, conversion-first, awareness). The same push is fine where it is the strategy.
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { ruleTester, SECOND_DOCUMENT } from './tester';

// Example document: RU trust-first, US conversion-first.
ruleTester('objective', {
  doc: BUILTIN_DOCUMENT,
  invalid: [
    // Trust-first RU pushed to conversion.
    {
      text: 'Client call notes: Russia switches to hard selling from day one — trial banner in every post.',
      ruleId: 'RU-objective',
      quote: 'hard selling from day one',
      market: 'RU',
    },
    {
      text: 'Для России предлагаю сразу включить оффер с первого поста, без экспертной части.',
      ruleId: 'RU-objective',
      quote: 'сразу включить оффер с первого поста',
      market: 'RU',
      uiLang: 'ru',
    },
    {
      text: 'From now on Russia should be judged on sales from week one, not on trust.',
      ruleId: 'RU-objective',
      quote: 'judged on sales from week one',
      market: 'RU',
    },
    {
      text: 'RU: let us go performance — весь бюджет на продажи с первой недели.',
      ruleId: 'RU-objective',
      quote: 'весь бюджет на продажи с первой недели',
      market: 'RU',
    },
    // Conversion-first US pushed to awareness or trust-first.
    {
      text: 'US plan v3: no trial CTA for the first month — brand awareness only.',
      ruleId: 'US-objective',
      quote: 'brand awareness only',
      market: 'US',
    },
    {
      text: 'For the US, we spend six weeks building trust with expert content before we ask anyone to start a trial.',
      ruleId: 'US-objective',
      quote: 'six weeks building trust with expert content before we ask anyone to start a trial',
      market: 'US',
    },
    {
      text: 'В США первые три недели никаких офферов — только охват.',
      ruleId: 'US-objective',
      quote: 'никаких офферов — только охват',
      market: 'US',
    },
    {
      text: 'Hold the free trial back in the US until the brand has a following.',
      ruleId: 'US-objective',
      quote: 'Hold the free trial back',
      market: 'US',
    },
    // A quoted proposal.
    {
      text: 'Sergey, we are not doing this.\n\n> Предлагаю по России пропустить прогрев и продавать годовую подписку сразу.',
      ruleId: 'RU-objective',
      quote: 'пропустить прогрев и продавать годовую подписку сразу',
      quoted: true,
    },
  ],
  valid: [
    'US: trial CTA in every ad from day one, as signed.',
    'Россия: сначала доверие — 45 дней экспертного контента и истории основательницы, потом оффер.',
    'For Russia the first offer goes out on day 46, after the nurture.',
    "We won't push Russia to sell from day one — trust first, as agreed.",
    'Are we still trust-first in Russia? Yes, per rev. 3.',
    'В США продаём с первого дня — пробный период в каждом объявлении.',
    'Optimize the US for trial starts from week one.',
    'US: awareness comes for free with the reviews carousel; the KPI is still trial starts.',
  ],
});

// Second document: the strategies are swapped — RU conversion-first, AE trust-first.
ruleTester('objective', {
  doc: SECOND_DOCUMENT,
  invalid: [
    {
      text: 'Dubai: skip the showroom step, every ad goes straight to checkout from week one.',
      ruleId: 'AE-objective',
      quote: 'skip the showroom step, every ad goes straight to checkout from week one',
      market: 'AE',
    },
    {
      text: 'Для ОАЭ сразу продаём онлайн, шоурум и дизайнеры — потом.',
      ruleId: 'AE-objective',
      quote: 'сразу продаём онлайн',
      market: 'AE',
    },
    {
      text: 'По России до лета только имиджевая кампания — никаких призывов к заказу.',
      ruleId: 'RU-objective',
      quote: 'только имиджевая кампания',
      market: 'RU',
    },
    {
      text: 'Russia: two months of designer partnerships and brand films before we ask anyone to order.',
      ruleId: 'RU-objective',
      quote: 'before we ask anyone to order',
      market: 'RU',
    },
  ],
  valid: [
    // Selling from day one is the RU strategy here, though it breaks the example document's RU.
    'Для России сразу ведём на заказ — кнопка «Заказать со сборкой» в каждом объявлении.',
    'UAE: showroom visits and designer evenings first, online orders later.',
    'Russia is conversion-first: order buttons from day one on Direct and VK.',
    'Дубай: приглашаем в шоурум, онлайн-заказы — после знакомства с брендом.',
  ],
});
