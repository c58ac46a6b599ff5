/**
 * A small bilingual glossary of marketing concepts: Russian word stems mapped to the English stem of
 * the same concept. It lets a Russian sentence be compared with an English assumption statement
 * ("Дизайнеры интерьеров ... решений по премиальной мебели" restates "Interior designers drive most
 * premium furniture decisions").
 */
export const RU_TO_EN_CONCEPTS: Readonly<Record<string, string>> = {
  дизайнер: 'design', мебел: 'furnitur', решен: 'decis', премиальн: 'premium', отзыв: 'review', цен: 'price', скидк: 'discount',
  агрессивн: 'aggress', довер: 'trust', недовер: 'distrust', основател: 'founder', основательниц: 'founder', истор: 'stori', покупа: 'buy',
  покупк: 'buy', онлайн: 'onlin', маркетплейс: 'marketplac', чита: 'read', интерьер: 'interior', доставк: 'deliveri', качеств: 'qualiti',
  бренд: 'brand', реклам: 'advert', видео: 'video', эксперт: 'expert', сон: 'sleep', приложен: 'app', подписк: 'subscript', семь: 'famili',
  шоурум: 'showroom', соседск: 'neighbour', сосед: 'neighbour', импульсивн: 'impuls', цифр: 'number', рекомендац: 'recommend',
};

/** Words too common to show that two sentences say the same thing. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'for', 'than', 'that', 'this', 'with', 'more', 'most', 'less', 'from', 'they', 'their', 'them', 'have', 'will', 'into', 'about',
  'before', 'after', 'other', 'just', 'only', 'also', 'very', 'much', 'many', 'some', 'what', 'when', 'which', 'there', 'here', 'been',
  'это', 'как', 'что', 'для', 'или', 'так', 'все', 'всё', 'они', 'его', 'она', 'уже', 'ещё', 'еще', 'только', 'очень', 'большую', 'часть',
]);
