// Messaging: a theme from `avoid` put in the lead for a market; the same theme mentioned later,
// or leading a market that does not avoid it, is fine.
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { ruleTester, SECOND_DOCUMENT } from './tester';

// Example document: RU avoids discount-led, urgency, social proof as the lead; US avoids the
// founder story as the lead.
ruleTester('messaging', {
  doc: BUILTIN_DOCUMENT,
  invalid: [
    {
      text: 'US video ads, v2: open on Anya\'s founder story, reviews at the end card.',
      ruleId: 'US-messaging',
      quote: "open on Anya's founder story",
      market: 'US',
    },
    {
      text: 'Американские письма начинаем с истории основательницы, отзывы — ниже.',
      ruleId: 'US-messaging',
      quote: 'начинаем с истории основательницы',
      market: 'US',
      uiLang: 'ru',
    },
    {
      text: 'US: лид — founder story, отзывы и пробный период потом.',
      ruleId: 'US-messaging',
      quote: 'лид — founder story',
      market: 'US',
    },
    {
      text: 'RU: the first Telegram post leads with 25% off the annual plan, expert tips below.',
      ruleId: 'RU-messaging',
      quote: 'leads with 25% off',
      market: 'RU',
    },
    {
      text: 'Первый экран лендинга для России — промокод на скидку, экспертный блок ниже.',
      ruleId: 'RU-messaging',
      quote: 'Первый экран лендинга для России — промокод на скидку',
      market: 'RU',
    },
    {
      text: 'Каждое письмо для России открываем таймером «до конца акции 24 часа».',
      ruleId: 'RU-messaging',
      quote: 'открываем таймером',
      market: 'RU',
    },
    {
      text: "RU posts should open with the download counter — '300,000 people already sleep better'.",
      ruleId: 'RU-messaging',
      quote: 'open with the download counter',
      market: 'RU',
    },
    {
      text: 'Бриф на ролик для VK: первым кадром — отзывы пользователей и рейтинг 4,9, экспертная часть потом.',
      ruleId: 'RU-messaging',
      quote: 'первым кадром — отзывы пользователей',
      market: 'RU',
    },
    {
      text: 'Tom, no.\n\n> For the US win-back emails, let us lead with the founder story this time.',
      ruleId: 'US-messaging',
      quote: 'lead with the founder story',
      quoted: true,
    },
  ],
  valid: [
    // Mentioned later, not leading.
    "US: reviews up top, Anya's founder story in the day-10 email.",
    'Россия: открываем историей основательницы, скидка 20% — в конце поста на 50-й день.',
    'RU social proof shows up in week 4, below the expert article.',
    // The agreed lead.
    'В США ведём с отзывов и пробного периода.',
    'Russia: every first-touch post opens with a sleep expert, the founder follows.',
    // Negated.
    "The founder story is not the US lead — it's a footnote on the About page.",
    // Avoided in one market, fine in the other.
    'US: lead with 30% off the annual plan for newsletter readers.',
    'Urgency up top is fine for the US: "Your trial ends Sunday."',
  ],
});

// Second document: RU avoids price-led; AE avoids discount-led and Russian origin as the lead.
ruleTester('messaging', {
  doc: SECOND_DOCUMENT,
  invalid: [
    {
      text: 'Директ, май: заголовок начинаем с цены — «Кровати от 49 900 ₽».',
      ruleId: 'RU-messaging',
      quote: 'заголовок начинаем с цены',
      market: 'RU',
    },
    {
      text: "UAE ads open with 'Made in Russia' as the headline, the joinery comes second.",
      ruleId: 'AE-messaging',
      quote: "open with 'Made in Russia'",
      market: 'AE',
    },
    {
      text: 'Dubai: every Snapchat story opens with 10% off the dining collection.',
      ruleId: 'AE-messaging',
      quote: 'opens with 10% off',
      market: 'AE',
    },
    {
      text: 'Для Дубая первым кадром — плашка «Русская мебель из Карелии», потом мастерская.',
      ruleId: 'AE-messaging',
      quote: 'первым кадром — плашка «Русская мебель из Карелии»',
      market: 'AE',
    },
  ],
  valid: [
    'Russia: lead with Karelian craft and free assembly, the price goes in the second line.',
    "Dubai captions open on the joinery; the Karelian origin sits in the 'About' slide.",
    // Social proof as the lead is avoided only for RU in the example document.
    'Dubai: open with quotes from designers who already specify Drevo, then the showroom invitation.',
    'Для России начинаем с материала и сборки, цена — ниже.',
  ],
});
