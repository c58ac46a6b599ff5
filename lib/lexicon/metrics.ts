import { metricWordProblems, reportAtLoad } from './words';

/**
 * Built-in metric words: which words name a metric, so a stated figure ("CAC under $30", "средний чек
 * 120 000 ₽", "50% off") can be compared with a KPI or a red line. A document's `metrics[]` add to these
 * and may give a word another meaning for that document (Sova's document counts `CPA` as `cac`).
 *
 * Conventions (checked by `validate.ts`): `en` lists hold Latin-script words (abbreviations such as
 * `CAC`, `CR` apply to Russian text too), `ru` lists Cyrillic ones, as lemmas with `е` for `ё`; a word
 * belongs to one metric; `caseSensitive` words are abbreviations whose lower-case form is something
 * else (`cr` credit, `er`). Words that are ordinary verbs or too broad on their own are left out or
 * given only in a longer phrase: `leads` (to lead), `reach` (reach out), `spend`, `лид` (inflects into
 * `лидер`), `показы` (into `показать`), `окупаемость`, `стоимость`, `установки`, `акция`.
 *
 * Units: `%`; `currency` (an amount of money); `days`; `ratio` (a dimensionless number: a multiplier
 * such as ROAS 2.5, or a score such as NPS 45); `count`.
 */
export interface BuiltinMetric {
  /** Canonical id: lower case, words joined by '-'. */
  id: string;
  unit: '%' | 'currency' | 'days' | 'ratio' | 'count';
  names: { en: string[]; ru: string[] };
  /** Words that count only when written exactly so. */
  caseSensitive?: string[];
}

export const BUILTIN_METRICS: ReadonlyArray<BuiltinMetric> = [
  {
    id: 'acos', unit: '%',
    names: { en: ['ACoS', 'advertising cost of sales', 'ad cost share'], ru: ['ДРР', 'доля рекламных расходов'] },
  },
  {
    id: 'aov', unit: 'currency',
    names: { en: ['AOV', 'average order value', 'average order', 'basket size', 'average basket', 'average check'], ru: ['средний чек', 'средняя сумма заказа', 'средняя стоимость заказа'] },
  },
  {
    id: 'arppu', unit: 'currency',
    names: { en: ['ARPPU', 'average revenue per paying user'], ru: ['средний доход на платящего пользователя', 'доход на платящего пользователя'] },
  },
  {
    id: 'arpu', unit: 'currency',
    names: { en: ['ARPU', 'average revenue per user', 'revenue per user'], ru: ['средний доход на пользователя', 'доход на пользователя', 'выручка на пользователя'] },
  },
  {
    id: 'booking-rate', unit: '%',
    names: { en: ['booking rate', 'showroom bookings rate', 'booking conversion', 'appointment rate'], ru: ['конверсия в запись', 'доля записей в шоурум', 'доля записей'] },
  },
  {
    id: 'bounce-rate', unit: '%',
    names: { en: ['bounce rate'], ru: ['показатель отказов', 'процент отказов'] },
  },
  {
    id: 'budget', unit: 'currency',
    names: { en: ['budget', 'ad budget', 'media budget', 'marketing budget', 'ad spend', 'media spend'], ru: ['бюджет', 'рекламный бюджет', 'медиабюджет', 'расходы на рекламу'] },
  },
  {
    id: 'cac', unit: 'currency',
    names: { en: ['CAC', 'customer acquisition cost', 'acquisition cost', 'cost per customer', 'cost to acquire'], ru: ['стоимость привлечения', 'стоимость привлечения клиента', 'цена привлечения клиента', 'цена привлечения'] },
  },
  {
    id: 'churn-rate', unit: '%',
    names: { en: ['churn rate', 'churn', 'attrition rate', 'cancellation rate'], ru: ['отток', 'уровень оттока', 'коэффициент оттока'] },
  },
  {
    id: 'click-rate', unit: '%',
    names: { en: ['click rate', 'email click rate'], ru: ['доля кликов', 'процент кликов'] },
  },
  {
    id: 'conversion-rate', unit: '%',
    names: {
      en: ['conversion rate', 'conversion', 'CR', 'CVR', 'trial-to-paid', 'trial-to-paid conversion', 'landing-to-trial', 'visit-to-trial', 'trial conversion', 'conversion to paid'],
      ru: ['конверсия', 'конверсия в оплату', 'конверсия в покупку', 'конверсия в пробный период', 'конверсия в триал'],
    },
    caseSensitive: ['CR'],
  },
  {
    id: 'cpa', unit: 'currency',
    names: { en: ['CPA', 'cost per action', 'cost per acquisition'], ru: ['цена целевого действия', 'стоимость целевого действия'] },
  },
  {
    id: 'cpc', unit: 'currency',
    names: { en: ['CPC', 'cost per click'], ru: ['цена клика', 'стоимость клика', 'цена за клик'] },
  },
  {
    id: 'cpi', unit: 'currency',
    names: { en: ['CPI', 'cost per install', 'cost per installation'], ru: ['цена за установку', 'стоимость установки приложения'] },
  },
  {
    id: 'cpl', unit: 'currency',
    names: { en: ['CPL', 'cost per lead'], ru: ['цена лида', 'стоимость лида', 'цена за лид'] },
  },
  {
    id: 'cpm', unit: 'currency',
    names: { en: ['CPM', 'cost per mille', 'cost per thousand impressions'], ru: ['цена за тысячу показов', 'стоимость тысячи показов', 'цена тысячи показов'] },
  },
  {
    id: 'cpo', unit: 'currency',
    names: { en: ['CPO', 'cost per order'], ru: ['стоимость заказа', 'цена заказа', 'цена за заказ'] },
  },
  {
    id: 'cpv', unit: 'currency',
    names: { en: ['CPV', 'cost per view'], ru: ['цена просмотра', 'стоимость просмотра', 'цена за просмотр'] },
  },
  {
    id: 'csat', unit: '%',
    names: { en: ['CSAT', 'customer satisfaction score', 'customer satisfaction'], ru: ['удовлетворенность клиентов', 'индекс удовлетворенности'] },
  },
  {
    id: 'ctor', unit: '%',
    names: { en: ['CTOR', 'click-to-open rate', 'click-to-open'], ru: [] },
  },
  {
    id: 'ctr', unit: '%',
    names: { en: ['CTR', 'click-through rate', 'clickthrough rate', 'click through rate'], ru: ['кликабельность'] },
  },
  {
    id: 'discount', unit: '%',
    names: { en: ['discount', '% off', 'off', 'promo', 'promo code', 'coupon', 'sale', 'markdown', 'price cut'], ru: ['скидка', 'промокод', 'распродажа', 'уценка'] },
  },
  {
    id: 'engagement-rate', unit: '%',
    names: { en: ['engagement rate', 'engagement', 'ER'], ru: ['вовлеченность', 'коэффициент вовлеченности', 'уровень вовлеченности'] },
    caseSensitive: ['ER'],
  },
  {
    id: 'followers', unit: 'count',
    names: { en: ['followers', 'follower growth', 'subscribers'], ru: ['подписчик', 'фолловер'] },
  },
  {
    id: 'frequency', unit: 'ratio',
    names: { en: ['frequency', 'ad frequency', 'average frequency'], ru: ['частота показов', 'частота контакта'] },
  },
  {
    id: 'impressions', unit: 'count',
    names: { en: ['impressions', 'ad impressions'], ru: ['количество показов', 'число показов'] },
  },
  {
    id: 'installs', unit: 'count',
    names: { en: ['installs', 'app installs'], ru: ['установки приложения', 'инсталл'] },
  },
  {
    id: 'leads', unit: 'count',
    names: { en: ['number of leads', 'lead count', 'lead volume', 'qualified leads', 'MQLs'], ru: ['количество лидов', 'число лидов', 'поток лидов'] },
  },
  {
    id: 'ltv', unit: 'currency',
    names: { en: ['LTV', 'CLV', 'CLTV', 'lifetime value', 'customer lifetime value'], ru: ['пожизненная ценность клиента', 'ценность клиента'] },
  },
  {
    id: 'ltv-cac-ratio', unit: 'ratio',
    names: { en: ['LTV/CAC', 'LTV:CAC', 'LTV to CAC'], ru: [] },
  },
  {
    id: 'nps', unit: 'ratio',
    names: { en: ['NPS', 'Net Promoter Score'], ru: ['индекс лояльности', 'индекс потребительской лояльности'] },
  },
  {
    id: 'nurture-cycle', unit: 'days',
    names: { en: ['nurture cycle', 'nurture period', 'nurture', 'warm-up period', 'nurture window', 'warm-up'], ru: ['цикл прогрева', 'прогрев', 'период прогрева', 'прогрев аудитории'] },
  },
  {
    id: 'open-rate', unit: '%',
    names: { en: ['open rate', 'email open rate'], ru: ['открываемость', 'доля открытий', 'процент открытий'] },
  },
  {
    id: 'payback-period', unit: 'days',
    names: { en: ['payback period', 'payback', 'CAC payback', 'time to payback'], ru: ['срок окупаемости', 'период окупаемости'] },
  },
  {
    id: 'price', unit: 'currency',
    names: {
      en: ['price', 'per month', '/month', 'a month', '/mo', 'monthly price', 'subscription price', 'per year', '/year', 'annual price'],
      ru: ['цена', 'цена подписки', 'стоимость подписки', 'в месяц', '/мес', 'абонентская плата', 'ежемесячная плата'],
    },
  },
  {
    id: 'reach', unit: 'count',
    names: { en: ['audience reach', 'unique reach', 'ad reach', 'total reach'], ru: ['охват', 'уникальный охват'] },
  },
  {
    id: 'retention', unit: '%',
    names: { en: ['retention', 'retention rate'], ru: ['удержание', 'коэффициент удержания', 'ретеншн'] },
  },
  {
    id: 'return-rate', unit: '%',
    names: { en: ['return rate', 'returns', 'refund rate'], ru: ['доля возвратов', 'возвраты', 'процент возвратов'] },
  },
  {
    id: 'roas', unit: 'ratio',
    names: { en: ['ROAS', 'return on ad spend'], ru: ['окупаемость рекламы', 'возврат на рекламные расходы'] },
  },
  {
    id: 'roi', unit: '%',
    names: { en: ['ROI', 'return on investment'], ru: ['окупаемость инвестиций', 'возврат инвестиций', 'рентабельность инвестиций'] },
  },
  {
    id: 'trial-length', unit: 'days',
    names: { en: ['trial length', 'trial period', 'free trial period', 'trial duration'], ru: ['пробный период', 'длительность пробного периода', 'срок пробного периода'] },
  },
  {
    id: 'trial-starts', unit: 'count',
    names: { en: ['trial starts', 'trials started', 'trial signups', 'trial sign-ups', 'free trial starts'], ru: ['старты пробного периода', 'старты триала'] },
  },
  {
    id: 'unsubscribe-rate', unit: '%',
    names: { en: ['unsubscribe rate', 'opt-out rate'], ru: ['доля отписок', 'процент отписок'] },
  },
  {
    id: 'view-rate', unit: '%',
    names: { en: ['view rate', 'VTR', 'view-through rate', 'video completion rate', 'completion rate'], ru: ['досматриваемость', 'доля досмотров', 'процент досмотров'] },
  },
];

reportAtLoad('metrics', () => metricWordProblems(BUILTIN_METRICS));
