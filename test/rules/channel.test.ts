// Channels: a channel from `avoid` used for the market, a `secondary` channel made the lead, a
// primary channel dropped; channels named as not used, refused, or kept in their support role are fine.
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { ruleTester, SECOND_DOCUMENT } from './tester';

ruleTester('channel', {
  doc: BUILTIN_DOCUMENT,
  invalid: [
    // Avoided channel used for the market.
    {
      text: 'RU media plan, week 3: add Instagram Stories ads for the Moscow audience, they still reach it through VPNs.',
      ruleId: 'RU-channels',
      quote: 'Instagram',
      market: 'RU',
    },
    {
      text: 'Давайте добавим сторис в Инстаграме для московской аудитории — охват там всё ещё приличный.',
      ruleId: 'RU-channels',
      quote: 'Инстаграме',
      market: 'RU',
      uiLang: 'ru',
    },
    {
      text: 'Ролики основательницы нарежем на короткие клипы и будем крутить их в TikTok каждый день.',
      ruleId: 'RU-channels',
      quote: 'TikTok',
      market: 'RU',
    },
    {
      text: 'US expat segment: we will open a VK community and run VK ads in New York and Miami.',
      ruleId: 'US-channels',
      quote: 'VK',
      market: 'US',
    },
    {
      text: 'Для американского рынка предлагаем завести Telegram-канал с вечерними советами по сну.',
      ruleId: 'US-channels',
      quote: 'Telegram',
      market: 'US',
    },
    {
      text: 'For Russia, давайте добавим Facebook retargeting на тех, кто дочитал статьи в Дзене.',
      ruleId: 'RU-channels',
      quote: 'Facebook',
      market: 'RU',
    },
    // Secondary channel made the lead.
    {
      text: 'US plan from week 3: TikTok becomes our main channel and gets 60% of paid social.',
      ruleId: 'US-channels',
      quote: 'TikTok',
      market: 'US',
    },
    {
      text: 'Для России основной упор весной — на YouTube: весь бюджет в преролы, Telegram и VK по остаточному принципу.',
      ruleId: 'RU-channels',
      quote: 'YouTube',
      market: 'RU',
    },
    {
      text: 'Channel plan — US\nLead: Facebook video ads. Support: Instagram and email.',
      ruleId: 'US-channels',
      quote: 'Facebook',
      market: 'US',
    },
    // Primary channel dropped.
    {
      text: 'We are dropping email in the US — open rates do not justify the production cost.',
      ruleId: 'US-channels',
      quote: 'email',
      market: 'US',
    },
    {
      text: 'Telegram для России с мая сворачиваем, оставляем только VK.',
      ruleId: 'RU-channels',
      quote: 'Telegram',
      market: 'RU',
    },
    // A quoted proposal is reported, marked as quoted.
    {
      text: 'Daria, see below — I said no.\n\n> Для России давайте запустим таргет в Facebook на аудиторию 30+.',
      ruleId: 'RU-channels',
      quote: 'Facebook',
      quoted: true,
    },
  ],
  valid: [
    // Named as not used.
    'В России не используем ни Instagram, ни TikTok — только Telegram и VK, YouTube и Дзен на поддержке.',
    'Not for the US: no VK, no Telegram. Instagram and email carry the launch.',
    // Support roles.
    'US: TikTok creator clips and Facebook retargeting stay in support; Instagram and email lead.',
    'Россия: YouTube — длинные интервью с сомнологом, Дзен — статьи; основа — Telegram и VK.',
    'Instagram Reels for the US, with the email flow right behind them.',
    // Refused inline.
    'Your idea «VK for the US expats» — no, VK is on the US avoid list.',
    'Марк, по поводу «TikTok для России» — нет: загрузки там ограничены, остаёмся на Telegram и VK.',
    // History, not a plan.
    'Last year the RU campaign ran on Instagram before the block; this spring it is Telegram and VK only.',
    // Avoided for one market, fine for the other.
    'TikTok creators support the US Instagram push; the Russian side stays on Telegram.',
    'Tom, the VK test for Russia went well — VK keeps its primary slot there.',
  ],
});

ruleTester('channel', {
  doc: SECOND_DOCUMENT,
  invalid: [
    {
      text: 'For the Dubai launch, let us add Yandex Direct campaigns for Russian-speaking expats.',
      ruleId: 'AE-channels',
      quote: 'Yandex Direct',
      market: 'AE',
    },
    {
      text: 'Для Москвы запускаем рекламу в Instagram через агентский кабинет.',
      ruleId: 'RU-channels',
      quote: 'Instagram',
      market: 'RU',
    },
    {
      text: 'UAE plan: from April WhatsApp becomes the main channel, Snapchat drops to a small test.',
      ruleId: 'AE-channels',
      quote: 'WhatsApp',
      market: 'AE',
    },
    {
      text: 'В России Telegram делаем основным каналом, бюджет Директа урезаем вдвое.',
      ruleId: 'RU-channels',
      quote: 'Telegram',
      market: 'RU',
    },
    {
      text: 'We are pausing Snapchat in the UAE for the rest of Q2 to save budget.',
      ruleId: 'AE-channels',
      quote: 'Snapchat',
      market: 'AE',
    },
    {
      text: 'Директ по России отключаем до мая, весь бюджет — в VK.',
      ruleId: 'RU-channels',
      quote: 'Директ',
      market: 'RU',
    },
  ],
  valid: [
    'UAE: Instagram and Snapchat lead, Google Ads and WhatsApp support; no VK, Telegram or Yandex Direct.',
    'Россия: Яндекс Директ и VK — основа, Telegram и Дзен — поддержка.',
    'Telegram-канал Древо — для лонгридов о мастерской в Карелии.',
    // VK is a primary channel here, though avoided for the US in the example document.
    'VK для России: карусели с кроватями и ссылкой на заказ со сборкой.',
    'Для Дубая — никаких Telegram-каналов и Директа, только Instagram и Snapchat.',
  ],
});
