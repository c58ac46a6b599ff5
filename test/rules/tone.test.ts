// Tone: text that asks for a tone from `avoid` for a market, or copy written in one; a negated
// request is fine, and a tone avoided in one market may be fine in the other.
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { loadFixtureDoc, ruleTester, SECOND_DOCUMENT } from './tester';

ruleTester('tone', {
  doc: BUILTIN_DOCUMENT,
  invalid: [
    // Requests.
    {
      text: 'For Russia, keep the launch copy edgy and a bit cheeky — we need to stand out in Telegram.',
      ruleId: 'RU-tone',
      quote: 'edgy',
      market: 'RU',
    },
    {
      text: 'RU: the founder video should be irreverent — have Anya roast the alarm-clock industry.',
      ruleId: 'RU-tone',
      quote: 'irreverent',
      market: 'RU',
    },
    {
      text: 'Тексты для VK нужны с хайпом — побольше капса и эмодзи, чтобы залетало.',
      ruleId: 'RU-tone',
      quote: 'с хайпом',
      market: 'RU',
      uiLang: 'ru',
    },
    {
      text: 'Для американских текстов клиент просит строже и официальнее — как пресс-релиз банка.',
      ruleId: 'US-tone',
      quote: 'строже и официальнее',
      market: 'US',
    },
    {
      text: "Let's make the US emails more formal: no contractions, no jokes, full titles.",
      ruleId: 'US-tone',
      quote: 'more formal',
      market: 'US',
    },
    {
      text: 'The US landing copy should read like a research paper, with footnotes and a methods section.',
      ruleId: 'US-tone',
      quote: 'read like a research paper, with footnotes and a methods section',
      market: 'US',
    },
    {
      text: 'В американских постах давим на страх: недосып убивает, и это надо сказать прямо.',
      ruleId: 'US-tone',
      quote: 'давим на страх',
      market: 'US',
    },
    {
      text: 'RU tone for the spring clips: дерзко и с подколами, like a stand-up set.',
      ruleId: 'RU-tone',
      quote: 'дерзко',
      market: 'RU',
    },
    // Copy written in an avoided tone.
    {
      text: 'Skipping sleep again tonight? That is how heart disease starts. Try Sova before it is too late.',
      ruleId: 'US-tone',
      quote: 'That is how heart disease starts',
      market: 'US',
    },
    {
      text: 'Пост для Telegram, черновик\nЧуваки, это просто разрыв! Сова — топчик, качайте, пока бесплатно!!!',
      ruleId: 'RU-tone',
      quote: 'Чуваки, это просто разрыв! Сова — топчик, качайте, пока бесплатно!!!',
      market: 'RU',
    },
    {
      text: 'Баннер для VK\nТолько сегодня! Последний шанс выспаться — успей, пока не поздно!',
      ruleId: 'RU-tone',
      quote: 'Только сегодня! Последний шанс выспаться — успей, пока не поздно!',
      market: 'RU',
    },
    // A quoted draft is the earlier writer's copy.
    {
      text: 'Tom, this is what the freelancer sent for the US emails — not usable:\n\n> Dear valued subscriber, we hereby inform you that your complimentary trial period shall terminate in two (2) days.',
      ruleId: 'US-tone',
      quote: 'we hereby inform you that your complimentary trial period shall terminate',
      quoted: true,
    },
  ],
  valid: [
    // Negated.
    'Nothing edgy for Russia: calm, expert and a little warm.',
    'Без сленга и без хайпа: тон для России спокойный и экспертный.',
    "Please don't make the US copy formal — keep it casual and witty.",
    // Allowed in the other market.
    'US: keep it edgy and witty — the RU side stays calm.',
    'Для США можно дерзко и с юмором — это их голос.',
    'The RU explainer for Dzen can be formal and academic: it is a long read for people who research before they buy.',
    // Copy in the agreed voice.
    'Your pillow misses you. Come back to bed — 14 days free.',
    'Вечером телефон можно отложить. Сова напомнит, когда пора готовиться ко сну.',
    // A checking question.
    'Is "a little cheeky" still within the US voice, or too much?',
  ],
});

ruleTester('tone', {
  doc: SECOND_DOCUMENT,
  invalid: [
    {
      text: 'For the Dubai launch, make the captions edgy and a bit sarcastic about flat-pack furniture.',
      ruleId: 'AE-tone',
      quote: 'edgy',
      market: 'AE',
    },
    {
      text: 'UAE villa shoot: swimwear models lounging on the daybeds by the pool.',
      ruleId: 'AE-tone',
      quote: 'swimwear models',
      market: 'AE',
    },
    {
      text: 'Для VK пишем на сленге: «кайф», «топчик», «огонь» — так ближе к аудитории.',
      ruleId: 'RU-tone',
      quote: 'на сленге',
      market: 'RU',
    },
    {
      text: 'Для Дубая нужен тон поязвительнее, с сарказмом про дешёвую мебель.',
      ruleId: 'AE-tone',
      quote: 'с сарказмом',
      market: 'AE',
    },
    {
      text: 'РАСПРОДАЖА!!! МИНУС 15% НА ВСЁ!!! ТОЛЬКО ДО ВОСКРЕСЕНЬЯ!!!',
      ruleId: 'RU-tone',
      quote: 'РАСПРОДАЖА!!! МИНУС 15% НА ВСЁ!!! ТОЛЬКО ДО ВОСКРЕСЕНЬЯ!!!',
      market: 'RU',
    },
  ],
  valid: [
    // `edgy` and irony are avoided only for the UAE in this document.
    'For Russia the spring videos can be a bit edgy — bold cuts, dark wood, loud music.',
    'Для России можно немного иронии про съёмные квартиры.',
    'No sarcasm and nothing edgy for the UAE: warm, family-centred, respectful.',
    'Live-edge walnut console, hand-oiled, shot at golden hour.',
    'Тон для России: тёплый, спокойный, без сленга и без крика про скидки.',
  ],
});

// Sixth fixture (children's clothing, Russia × Kazakhstan): RU avoids baby talk, KZ avoids children styled as adults.
ruleTester('tone', {
  doc: loadFixtureDoc('sixth.alignment.json'),
  invalid: [
    {
      text: 'Kazakhstan Instagram styling: dress the girls like little adults, red lipstick and heels.',
      ruleId: 'KZ-tone',
      quote: 'like little adults',
      market: 'KZ',
    },
    {
      text: 'Для Казахстана одеваем девочек как маленьких взрослых.',
      ruleId: 'KZ-tone',
      quote: 'как маленьких взрослых',
      market: 'KZ',
    },
    {
      // Copy written to scare: the finding covers the line.
      text: 'Пост для VK: «Мамочки, ваш малыш мёрзнет, пока вы читаете этот пост!»',
      ruleId: 'RU-tone',
      quote: 'Пост для VK: «Мамочки, ваш малыш мёрзнет, пока вы читаете этот пост!»',
      market: 'RU',
    },
    {
      text: 'For the Russian VK ads, let us scare parents a bit.',
      ruleId: 'RU-tone',
      quote: 'scare parents',
      market: 'RU',
    },
    {
      text: 'Карточки Wildberries: и сюсюкаем побольше, «наши пупсики».',
      ruleId: 'RU-tone',
      quote: 'сюсюкаем',
      market: 'RU',
    },
  ],
  valid: [
    'Parents in Almaty shop like grown-ups: they compare fabric and price.',
    // Styling children as children is the agreed tone; baby talk is avoided only in Russia.
    'Для Казахстана: яркие цвета, дети играют во дворе, никаких взрослых поз.',
  ],
});
