import { channelWordProblems, reportAtLoad } from './words';

/**
 * Built-in channel aliases. A document names channels by id in its markets' channel plans
 * (`"primary": ["telegram", "vk"]`, `"google ads"`); ids are compared after `normalizeChannelId`, and a
 * document's `channels[]` add more aliases.
 *
 * Conventions (checked by `validate.ts`): `en` lists hold Latin-script aliases (they apply to Russian
 * text too: "бюджет на Instagram"), `ru` lists Cyrillic ones, as lemmas with `е` for `ё`; an alias belongs
 * to one channel; `caseSensitive` aliases are ordinary words unless written exactly so (`Threads` is
 * not "email threads", `Директ` is not Instagram's "директ", `ТГ` is not tenge's "тг"). Aliases too
 * ambiguous even when capitalised are left out: `X`, `OK`/`ОК`, `Zen`, `Line` (only `LINE`), `Push`,
 * `Direct`, `Meta`, bare `Google`, `display`, `outdoor`, `events`, `СЕО` (Russian texts write CEO so),
 * bare `блог` (it inflects into `блогер`, an influencer).
 */
export interface BuiltinChannel {
  /** Canonical id: lower case, words joined by '-'. */
  id: string;
  names: { en: string[]; ru: string[] };
  /** Aliases that count only when written exactly so. */
  caseSensitive?: string[];
}

export const BUILTIN_CHANNELS: ReadonlyArray<BuiltinChannel> = [
  {
    id: 'affiliate',
    names: { en: ['affiliate marketing', 'affiliate network', 'affiliate program', 'affiliates', 'CPA network'], ru: ['партнерский маркетинг', 'партнерская программа', 'CPA-сеть'] },
  },
  {
    id: 'amazon',
    names: { en: ['Amazon', 'Amazon Ads', 'Amazon Advertising'], ru: ['Амазон'] },
  },
  {
    id: 'apple-search-ads',
    names: { en: ['Apple Search Ads', 'Apple Ads', 'ASA'], ru: [] },
    caseSensitive: ['ASA'],
  },
  {
    id: 'aso',
    names: { en: ['ASO', 'app store optimization', 'app store optimisation'], ru: ['оптимизация в сторах'] },
  },
  {
    id: 'avito',
    names: { en: ['Avito'], ru: ['Авито'] },
  },
  {
    id: 'blog',
    names: { en: ['blog', 'company blog', 'content marketing'], ru: ['корпоративный блог', 'блог компании', 'контент-маркетинг'] },
  },
  {
    id: 'discord',
    names: { en: ['Discord'], ru: ['Дискорд'] },
    caseSensitive: ['Discord'],
  },
  {
    id: 'display',
    names: { en: ['display ads', 'display advertising', 'display campaign', 'banner ads', 'GDN', 'Google Display Network'], ru: ['медийная реклама', 'баннерная реклама', 'медийка'] },
  },
  {
    id: 'dzen',
    names: { en: ['Dzen', 'Yandex Zen', 'Yandex.Zen'], ru: ['Дзен', 'Яндекс Дзен', 'Яндекс.Дзен'] },
    caseSensitive: ['Дзен'],
  },
  {
    id: 'email',
    names: {
      en: ['email', 'e-mail', 'newsletter', 'email flow', 'email campaign', 'email marketing', 'mailing list', 'CRM emails'],
      ru: ['рассылка', 'имейл', 'емейл', 'e-mail рассылка', 'email-рассылка', 'email-маркетинг', 'электронная почта', 'почтовая рассылка'],
    },
  },
  {
    id: 'events',
    names: { en: ['offline events', 'event marketing', 'trade show', 'trade shows', 'pop-up event'], ru: ['ивент', 'офлайн-мероприятие', 'выставка'] },
  },
  {
    id: 'facebook',
    names: { en: ['Facebook', 'FB', 'Facebook Ads'], ru: ['Фейсбук', 'ФБ'] },
  },
  {
    id: 'google-ads',
    names: { en: ['Google Ads', 'AdWords', 'Google AdWords', 'Google search ads', 'Google PPC'], ru: ['Гугл Адс', 'Гугл Эдс', 'Гугл Эдвордс', 'контекстная реклама Google'] },
  },
  {
    id: 'influencers',
    names: { en: ['influencers', 'influencer', 'influencer marketing', 'bloggers', 'KOLs', 'content creators'], ru: ['инфлюенсер', 'инфлюэнсер', 'инфлюенсер-маркетинг', 'блогер', 'реклама у блогеров'] },
  },
  {
    id: 'instagram',
    names: { en: ['Instagram', 'IG', 'Insta', 'Reels', 'Instagram Reels', 'Instagram Stories'], ru: ['Инстаграм', 'Инстаграмм', 'Инста', 'Рилс'] },
    caseSensitive: ['IG'],
  },
  {
    id: 'kakao',
    names: { en: ['KakaoTalk', 'Kakao'], ru: ['КакаоТок'] },
  },
  {
    id: 'kaspi',
    names: { en: ['Kaspi', 'Kaspi.kz'], ru: ['Каспи'] },
  },
  {
    id: 'line',
    names: { en: ['LINE', 'LINE app', 'LINE messenger', 'LINE Ads'], ru: [] },
    caseSensitive: ['LINE'],
  },
  {
    id: 'linkedin',
    names: { en: ['LinkedIn'], ru: ['Линкедин', 'Линкдин'] },
  },
  {
    id: 'meta-ads',
    names: { en: ['Meta Ads', 'Meta Ads Manager', 'Meta advertising'], ru: ['Мета Адс'] },
  },
  {
    id: 'microsoft-ads',
    names: { en: ['Microsoft Ads', 'Microsoft Advertising', 'Bing Ads', 'Bing'], ru: ['Бинг'] },
  },
  {
    id: 'mytarget',
    names: { en: ['myTarget'], ru: ['майТаргет'] },
  },
  {
    id: 'noon',
    names: { en: ['noon.com', 'Noon marketplace'], ru: [] },
  },
  {
    id: 'odnoklassniki',
    names: { en: ['Odnoklassniki', 'OK.ru'], ru: ['Одноклассники'] },
    caseSensitive: ['Одноклассники'],
  },
  {
    id: 'outdoor',
    names: { en: ['outdoor advertising', 'outdoor ads', 'OOH', 'DOOH', 'out-of-home', 'billboards', 'billboard'], ru: ['наружная реклама', 'наружка', 'билборд'] },
  },
  {
    id: 'ozon',
    names: { en: ['Ozon'], ru: ['Озон'] },
    caseSensitive: ['Озон'],
  },
  {
    id: 'paid-search',
    names: { en: ['paid search', 'search ads', 'search advertising', 'SEM', 'PPC'], ru: ['контекстная реклама', 'поисковая реклама'] },
  },
  {
    id: 'pinterest',
    names: { en: ['Pinterest'], ru: ['Пинтерест'] },
  },
  {
    id: 'podcasts',
    names: { en: ['podcasts', 'podcast', 'podcast ads'], ru: ['подкаст'] },
  },
  {
    id: 'pr',
    names: { en: ['PR', 'public relations', 'media relations'], ru: ['пиар', 'публикации в СМИ'] },
    caseSensitive: ['PR'],
  },
  {
    id: 'print',
    names: { en: ['print ads', 'print advertising', 'print media'], ru: ['печатная реклама', 'печатные СМИ'] },
  },
  {
    id: 'programmatic',
    names: { en: ['programmatic', 'programmatic advertising', 'DSP', 'RTB'], ru: ['программатик'] },
  },
  {
    id: 'push',
    names: { en: ['push notifications', 'push notification', 'push messages', 'web push', 'in-app push'], ru: ['пуш', 'пуш-уведомление', 'push-уведомление'] },
  },
  {
    id: 'radio',
    names: { en: ['radio', 'radio ads', 'radio advertising'], ru: ['радио', 'радиореклама'] },
  },
  {
    id: 'reddit',
    names: { en: ['Reddit'], ru: ['Реддит'] },
  },
  {
    id: 'referral',
    names: { en: ['referral program', 'referral programme', 'refer-a-friend', 'referrals'], ru: ['реферальная программа', 'рефералы'] },
  },
  {
    id: 'rutube',
    names: { en: ['Rutube'], ru: ['Рутуб'] },
  },
  {
    id: 'seo',
    names: { en: ['SEO', 'organic search', 'search engine optimization', 'search engine optimisation'], ru: ['SEO-продвижение', 'поисковая оптимизация', 'поисковое продвижение'] },
  },
  {
    id: 'sms',
    names: { en: ['SMS', 'SMS marketing', 'text messages'], ru: ['смс', 'SMS-рассылка', 'смс-рассылка'] },
  },
  {
    id: 'snapchat',
    names: { en: ['Snapchat', 'Snap', 'Snap Ads'], ru: ['Снэпчат', 'Снапчат'] },
    caseSensitive: ['Snap'],
  },
  {
    id: 'spotify',
    names: { en: ['Spotify', 'Spotify Ads'], ru: ['Спотифай'] },
  },
  {
    id: 'telegram',
    names: { en: ['Telegram', 'TG', 'Telegram Ads', 'Telegram channel'], ru: ['Телеграм', 'Телеграмм', 'ТГ', 'тг-канал', 'телеграм-канал'] },
    caseSensitive: ['TG', 'ТГ'],
  },
  {
    id: 'threads',
    names: { en: ['Threads', 'Threads app'], ru: ['Тредс'] },
    caseSensitive: ['Threads'],
  },
  {
    id: 'tiktok',
    names: { en: ['TikTok', 'Tik Tok', 'TikTok Ads'], ru: ['ТикТок', 'Тик-Ток', 'Тик Ток'] },
  },
  {
    id: 'tv',
    names: { en: ['TV', 'television', 'TV ads', 'CTV', 'connected TV'], ru: ['ТВ', 'телевидение', 'телереклама', 'реклама на ТВ'] },
  },
  {
    id: 'twitch',
    names: { en: ['Twitch'], ru: ['Твич'] },
    caseSensitive: ['Twitch'],
  },
  {
    id: 'twitter',
    names: { en: ['Twitter', 'X (Twitter)', 'X/Twitter', 'Twitter/X', 'X (formerly Twitter)'], ru: ['Твиттер'] },
  },
  {
    id: 'viber',
    names: { en: ['Viber'], ru: ['Вайбер'] },
  },
  {
    id: 'vk',
    names: { en: ['VK', 'VKontakte', 'VK Ads', 'VK Clips'], ru: ['ВК', 'ВКонтакте', 'VK Реклама', 'ВК Реклама', 'VK Клипы'] },
  },
  {
    id: 'wechat',
    names: { en: ['WeChat', 'Weixin'], ru: ['Вичат'] },
  },
  {
    id: 'whatsapp',
    names: { en: ['WhatsApp', 'WhatsApp Business'], ru: ['Ватсап', 'Вотсап', 'Вацап', 'Ватсапп'] },
  },
  {
    id: 'wildberries',
    names: { en: ['Wildberries', 'WB'], ru: ['Вайлдберриз', 'ВБ'] },
  },
  {
    id: 'yandex-direct',
    names: { en: ['Yandex Direct', 'Yandex.Direct', 'Yandex ads'], ru: ['Яндекс Директ', 'Яндекс.Директ', 'Директ', 'РСЯ'] },
    caseSensitive: ['Директ'],
  },
  {
    id: 'yandex-market',
    names: { en: ['Yandex Market', 'Yandex.Market'], ru: ['Яндекс Маркет', 'Яндекс.Маркет'] },
  },
  {
    id: 'youtube',
    names: { en: ['YouTube', 'YouTube Shorts', 'YT'], ru: ['Ютуб', 'Ютьюб', 'Ютюб'] },
    caseSensitive: ['YT'],
  },
];

/**
 * A channel id as a document may write it (`"google ads"`, `"Yandex.Direct"`, `"apple_search_ads"`)
 * in canonical form: lower case, spaces, underscores and dots to '-', dashes collapsed and trimmed.
 */
export function normalizeChannelId(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

reportAtLoad('channels', () => channelWordProblems(BUILTIN_CHANNELS));
