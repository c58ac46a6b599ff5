// Assumptions: a generalization about a market's people that no `assumptions[]` entry documents
// (kind assumption, severity info); a documented one, data, or a statement about one person is fine.
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { ruleTester, SECOND_DOCUMENT } from './tester';

// Example document: A1 (US trust peer reviews over founder stories), A2 (RU distrust aggressive discounts).
ruleTester('assumption', {
  doc: BUILTIN_DOCUMENT,
  invalid: [
    {
      text: 'Americans hate long emails, so every message in the US flow stays under 50 words.',
      ruleId: 'US-audience',
      quote: 'Americans hate long emails',
      market: 'US',
    },
    {
      text: 'US creative note: American consumers only buy on their phones, so desktop gets no budget.',
      ruleId: 'US-audience',
      quote: 'American consumers only buy on their phones',
      market: 'US',
    },
    {
      text: 'Американцы не читают ничего длиннее твита — режем тексты для Instagram.',
      ruleId: 'US-audience',
      quote: 'Американцы не читают ничего длиннее твита',
      market: 'US',
      uiLang: 'ru',
    },
    {
      text: 'Россияне не платят за приложения, поэтому без бесплатного тарифа не обойтись.',
      ruleId: 'RU-audience',
      quote: 'Россияне не платят за приложения',
      market: 'RU',
    },
    {
      text: 'RU channel note: Russians never trust ads from foreign brands, so the Sova logo stays small.',
      ruleId: 'RU-audience',
      quote: 'Russians never trust ads from foreign brands',
      market: 'RU',
    },
    {
      text: 'Российская аудитория ложится спать после полуночи, поэтому посты публикуем в 23:30.',
      ruleId: 'RU-audience',
      quote: 'Российская аудитория ложится спать после полуночи',
      market: 'RU',
    },
    {
      text: 'Tom считает, что русские покупают только со скидкой, и хочет промокод в каждом посте.',
      ruleId: 'RU-audience',
      quote: 'русские покупают только со скидкой',
      market: 'RU',
    },
    {
      text: 'Targeting (US): American women over 30 do not use TikTok at all, so the creator test goes to men only.',
      ruleId: 'US-audience',
      quote: 'American women over 30 do not use TikTok at all',
      market: 'US',
    },
    // A group in the dative (`мамам`, a 3-letter stem), and a sentence that opens with the place.
    {
      text: 'Российским мамам длинные тексты неинтересны, режем до двух строк.',
      ruleId: 'RU-audience',
      quote: 'Российским мамам длинные тексты неинтересны',
      market: 'RU',
    },
    {
      text: 'В Америке родители вообще не читают email, только push.',
      ruleId: 'US-audience',
      quote: 'В Америке родители вообще не читают email',
      market: 'US',
    },
  ],
  valid: [
    // Documented (A1, A2), also paraphrased.
    'US audiences trust peer reviews more than founder stories, so reviews lead.',
    'Российская аудитория с недоверием относится к агрессивным скидкам — отсюда и наш тон.',
    'Americans trust reviews from other users more than a founder story (A1), so the carousel stays.',
    // Data, one person, or not about people.
    'Two Americans in the focus group asked for a dark mode.',
    'Our US test audience clicked the review carousel 1.8x more than the founder video.',
    'Jenna, an American copywriter on the Bridgewell team, prefers short headlines.',
    'Американский рынок у нас conversion-first, российский — trust-first.',
    'В прошлом месяце 62% подписчиков Telegram-канала открывали посты вечером.',
    // "We" acts, not the people of the market.
    'В Америке мы не используем VK.',
  ],
});

// Second document: A1 (designers drive premium decisions in Dubai), A2 (Russian buyers read marketplace reviews).
ruleTester('assumption', {
  doc: SECOND_DOCUMENT,
  invalid: [
    {
      text: 'Dune note: Emiratis never shop online for furniture, so the site is only a catalogue.',
      ruleId: 'AE-audience',
      quote: 'Emiratis never shop online for furniture',
      market: 'AE',
    },
    {
      text: 'Expats in Dubai move every two years, so nobody there buys solid wood.',
      ruleId: 'AE-audience',
      quote: 'Expats in Dubai move every two years',
      market: 'AE',
    },
    {
      text: 'Россияне не готовы ждать доставку дольше недели — обещаем пять дней.',
      ruleId: 'RU-audience',
      quote: 'Россияне не готовы ждать доставку дольше недели',
      market: 'RU',
    },
    {
      text: 'Moscow buyers only want Scandinavian style, so the spring catalogue drops the carved pieces.',
      ruleId: 'RU-audience',
      quote: 'Moscow buyers only want Scandinavian style',
      market: 'RU',
    },
  ],
  valid: [
    'Interior designers drive most premium furniture decisions in Dubai (A1), so studios get the first invitations.',
    'Российские покупатели читают отзывы на маркетплейсах перед покупкой мебели — это допущение A2.',
    'One Emirati client asked for a darker walnut finish.',
    'Dubai showroom visits grew 20% in February.',
    // A slogan about the product, not about people.
    'Слоган для каталога в Дубае: «Русская мебель из Карелии».',
    'Russian oak, Karelian pine, Emirati summers: the finish is tested for 45 °C.',
  ],
});
