/**
 * Russian number vocabulary for the quantity finder (`lib/engine/quantities.ts`), as plain data.
 *
 * Keys are lowercase and may contain "ё"; the engine folds "ё" to "е" on both sides, so "трёх" and
 * "трех" are the same word. Every case form of a numeral is listed ("шесть", "шести", "шестью").
 * Multi-word forms ("не более", "в месяц") use single spaces and are tokenized like the text.
 */

/** A unit of time; the engine converts it to days (and to months, for money periods). */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Forms of a value, written as `[value, forms]` pairs. */
type Forms = readonly (readonly [number, readonly string[]])[];

function table(rows: Forms): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [value, forms] of rows) for (const f of forms) out[f] = value;
  return out;
}

/** ноль … девять, every case form. */
export const RU_UNITS: Readonly<Record<string, number>> = table([
  [0, ['ноль', 'ноля', 'нолю', 'нолём', 'ноле', 'нуль', 'нуля', 'нулю', 'нулём', 'нуле']],
  [1, ['один', 'одна', 'одно', 'одни', 'одного', 'одной', 'одному', 'одним', 'одну', 'одною', 'одном', 'одних', 'одними']],
  [2, ['два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['три', 'трёх', 'трём', 'тремя']],
  [4, ['четыре', 'четырёх', 'четырём', 'четырьмя']],
  [5, ['пять', 'пяти', 'пятью']],
  [6, ['шесть', 'шести', 'шестью']],
  [7, ['семь', 'семи', 'семью']],
  [8, ['восемь', 'восьми', 'восемью', 'восьмью']],
  [9, ['девять', 'девяти', 'девятью']],
]);

/** десять … девятнадцать, every case form. */
export const RU_TEENS: Readonly<Record<string, number>> = table([
  [10, ['десять', 'десяти', 'десятью']],
  [11, ['одиннадцать', 'одиннадцати', 'одиннадцатью']],
  [12, ['двенадцать', 'двенадцати', 'двенадцатью']],
  [13, ['тринадцать', 'тринадцати', 'тринадцатью']],
  [14, ['четырнадцать', 'четырнадцати', 'четырнадцатью']],
  [15, ['пятнадцать', 'пятнадцати', 'пятнадцатью']],
  [16, ['шестнадцать', 'шестнадцати', 'шестнадцатью']],
  [17, ['семнадцать', 'семнадцати', 'семнадцатью']],
  [18, ['восемнадцать', 'восемнадцати', 'восемнадцатью']],
  [19, ['девятнадцать', 'девятнадцати', 'девятнадцатью']],
]);

/** двадцать … девяносто, every case form. */
export const RU_TENS: Readonly<Record<string, number>> = table([
  [20, ['двадцать', 'двадцати', 'двадцатью']],
  [30, ['тридцать', 'тридцати', 'тридцатью']],
  [40, ['сорок', 'сорока']],
  [50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']],
  [60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']],
  [70, ['семьдесят', 'семидесяти', 'семьюдесятью']],
  [80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью', 'восьмьюдесятью']],
  [90, ['девяносто', 'девяноста']],
]);

/** сто … девятьсот (and полтораста), every case form. */
export const RU_HUNDREDS: Readonly<Record<string, number>> = table([
  [100, ['сто', 'ста']],
  [150, ['полтораста', 'полутораста']],
  [200, ['двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах']],
  [300, ['триста', 'трёхсот', 'трёмстам', 'тремстам', 'тремястами', 'трёхстах']],
  [400, ['четыреста', 'четырёхсот', 'четырёмстам', 'четыремстам', 'четырьмястами', 'четырёхстах']],
  [500, ['пятьсот', 'пятисот', 'пятистам', 'пятьюстами', 'пятистах']],
  [600, ['шестьсот', 'шестисот', 'шестистам', 'шестьюстами', 'шестистах']],
  [700, ['семьсот', 'семисот', 'семистам', 'семьюстами', 'семистах']],
  [800, ['восемьсот', 'восьмисот', 'восьмистам', 'восемьюстами', 'восьмьюстами', 'восьмистах']],
  [900, ['девятьсот', 'девятисот', 'девятистам', 'девятьюстами', 'девятистах']],
]);

/** тысяча, миллион, миллиард, every case form. */
export const RU_SCALES: Readonly<Record<string, number>> = table([
  [1e3, ['тысяча', 'тысячи', 'тысяч', 'тысяче', 'тысячу', 'тысячей', 'тысячею', 'тысячам', 'тысячами', 'тысячах']],
  [1e6, ['миллион', 'миллиона', 'миллионов', 'миллиону', 'миллионом', 'миллионе', 'миллионы', 'миллионам', 'миллионами', 'миллионах']],
  [1e9, ['миллиард', 'миллиарда', 'миллиардов', 'миллиарду', 'миллиардом', 'миллиарде', 'миллиарды', 'миллиардам', 'миллиардами', 'миллиардах']],
]);

/** Scale abbreviations after digits, with an optional dot ("220 тыс.", "1,5 млн", "60к"). */
export const RU_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  тыс: 1e3,
  т: 1e3,
  млн: 1e6,
  млрд: 1e9,
  к: 1e3,
};

/** Abbreviations that only count as a scale glued to the digits ("60к", never "5 к 1"). */
export const RU_SCALE_GLUED_ONLY: readonly string[] = ['к', 'т'];

/**
 * Forms that are usually not a number on their own ("одни" = "only", "семью" = "family", "тысячи
 * клиентов" = "thousands of clients"): taken only with a unit after them or inside a longer numeral.
 */
export const RU_WEAK: readonly string[] = [
  'одни', 'одних', 'одними', 'семью', 'тысячи', 'тысяч', 'тысячам', 'тысячами', 'тысячах', 'миллионы', 'миллионов',
  'миллионам', 'миллионами', 'миллионах', 'миллиарды', 'миллиардов', 'миллиардам', 'миллиардами', 'миллиардах',
];

/** полтора / полторы (1.5), every case form. */
export const RU_ONE_AND_A_HALF: readonly string[] = ['полтора', 'полторы', 'полутора'];

/** Fraction words that are a share on their own ("половина бюджета", "скидка в треть", "четверть"). */
export const RU_FRACTIONS: Readonly<Record<string, number>> = table([
  [1 / 2, ['половина', 'половины', 'половине', 'половину', 'половиной', 'половиною']],
  [1 / 3, ['треть', 'трети']],
  [1 / 4, ['четверть', 'четверти', 'четвертью']],
]);

/** Denominators after a numeral ("две трети", "три четверти", "одна пятая"). */
export const RU_FRACTION_DENOMINATORS: Readonly<Record<string, number>> = table([
  [1 / 3, ['треть', 'трети', 'третей']],
  [1 / 4, ['четверть', 'четверти', 'четвертей']],
  [1 / 5, ['пятая', 'пятых']],
  [1 / 10, ['десятая', 'десятых']],
]);

/** "пол-" compounds: a half of something ("полцены" = 50 %, "полгода" = 6 months). */
export const RU_HALF_COMPOUNDS: Readonly<Record<string, { share: number } | { unit: TimeUnit; amount: number }>> = {
  полцены: { share: 0.5 },
  'пол-цены': { share: 0.5 },
  полстоимости: { share: 0.5 },
  полгода: { unit: 'month', amount: 6 },
  полугода: { unit: 'month', amount: 6 },
  полугоду: { unit: 'month', amount: 6 },
  полмесяца: { unit: 'month', amount: 0.5 },
  полумесяца: { unit: 'month', amount: 0.5 },
  полнедели: { unit: 'week', amount: 0.5 },
  полдня: { unit: 'day', amount: 0.5 },
  полчаса: { unit: 'hour', amount: 0.5 },
  получаса: { unit: 'hour', amount: 0.5 },
};

const HARD = ['ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ому', 'ым', 'ую', 'ом', 'ых', 'ыми'];
const STRESSED = ['ой', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ую', 'ом', 'ых', 'ыми'];

function ordinal(value: number, stem: string, endings: readonly string[]): [number, string[]] {
  return [value, endings.map((e) => stem + e)];
}

/** Ordinal words, every gender, number and case ("первый", "пятой", "третьего", "десятую"). */
export const RU_ORDINALS: Readonly<Record<string, number>> = table([
  ordinal(1, 'перв', HARD),
  ordinal(2, 'втор', STRESSED),
  [3, ['третий', 'третья', 'третье', 'третьи', 'третьего', 'третьей', 'третьему', 'третьим', 'третью', 'третьем', 'третьих', 'третьими']],
  ordinal(4, 'четвёрт', HARD),
  ordinal(5, 'пят', HARD),
  ordinal(6, 'шест', STRESSED),
  ordinal(7, 'седьм', STRESSED),
  ordinal(8, 'восьм', STRESSED),
  ordinal(9, 'девят', HARD),
  ordinal(10, 'десят', HARD),
  ordinal(11, 'одиннадцат', HARD),
  ordinal(12, 'двенадцат', HARD),
  ordinal(13, 'тринадцат', HARD),
  ordinal(14, 'четырнадцат', HARD),
  ordinal(15, 'пятнадцат', HARD),
  ordinal(16, 'шестнадцат', HARD),
  ordinal(17, 'семнадцат', HARD),
  ordinal(18, 'восемнадцат', HARD),
  ordinal(19, 'девятнадцат', HARD),
  ordinal(20, 'двадцат', HARD),
  ordinal(30, 'тридцат', HARD),
]);

/** Endings after "N-" that make an ordinal ("35-й", "46-го", "21-му", "5-я"). */
export const RU_ORDINAL_SUFFIXES: readonly string[] = [
  'й', 'я', 'е', 'ю', 'го', 'му', 'м', 'ой', 'ый', 'ий', 'ая', 'ое', 'ые', 'ую', 'ого', 'ому', 'ым', 'им', 'ом', 'ем',
];

/** Endings after "N-" that are a case ending of the cardinal ("2-х недель", "5-ти дней"). */
export const RU_CARDINAL_SUFFIXES: readonly string[] = ['х', 'ти', 'ми', 'и', 'ух', 'ёх', 'ех', 'мя', 'ью', 'ста', 'сот'];

/** Multiplier words ("вдвое", "втрое"). */
export const RU_MULTIPLIERS: Readonly<Record<string, number>> = {
  вдвое: 2,
  втрое: 3,
  вчетверо: 4,
  впятеро: 5,
  вшестеро: 6,
  всемеро: 7,
  ввосьмеро: 8,
  вдевятеро: 9,
  вдесятеро: 10,
};

/** "раз" forms: a multiplier only after "в" ("в 2 раза", "в полтора раза"). */
export const RU_TIMES: readonly string[] = ['раз', 'раза'];

/** Stems after "N-" that make a multiplier ("3-кратный"). */
export const RU_MULTIPLIER_STEMS: readonly string[] = ['кратн'];

/** Percent words after a number. */
export const RU_PERCENT: readonly string[] = [
  'процент', 'процента', 'процентов', 'проценту', 'процентам', 'процентом', 'процентами', 'проценте', 'процентах',
  'проц.', 'п.п.', 'п. п.', 'пп.', 'процентный пункт', 'процентного пункта', 'процентных пункта', 'процентных пунктов',
  'процентному пункту', 'процентным пунктом', 'процентных пунктах', 'процентные пункты',
];

/** Stems after "N-" that make a percent ("5-процентный"). */
export const RU_PERCENT_STEMS: readonly string[] = ['процентн'];

/** Time units after a number, every case form. */
export const RU_DURATIONS: Readonly<Record<string, TimeUnit>> = {
  минута: 'minute', минуты: 'minute', минут: 'minute', минуту: 'minute', минуте: 'minute', минутой: 'minute',
  минутам: 'minute', минутами: 'minute', минутах: 'minute', мин: 'minute', 'мин.': 'minute',
  час: 'hour', часа: 'hour', часов: 'hour', часу: 'hour', часом: 'hour', часе: 'hour', часы: 'hour',
  часам: 'hour', часами: 'hour', часах: 'hour', ч: 'hour', 'ч.': 'hour',
  день: 'day', дня: 'day', дней: 'day', дню: 'day', днём: 'day', дне: 'day', дни: 'day', дням: 'day',
  днями: 'day', днях: 'day', дн: 'day', 'дн.': 'day', сутки: 'day', суток: 'day', суткам: 'day', сутками: 'day',
  сутках: 'day', ночь: 'day', ночей: 'day', ночам: 'day', ночами: 'day', ночах: 'day',
  неделя: 'week', недели: 'week', недель: 'week', неделю: 'week', неделе: 'week', неделей: 'week',
  неделям: 'week', неделями: 'week', неделях: 'week', нед: 'week', 'нед.': 'week',
  месяц: 'month', месяца: 'month', месяцев: 'month', месяцу: 'month', месяцем: 'month', месяце: 'month',
  месяцы: 'month', месяцам: 'month', месяцами: 'month', месяцах: 'month', мес: 'month', 'мес.': 'month',
  квартал: 'quarter', квартала: 'quarter', кварталов: 'quarter', кварталу: 'quarter', кварталом: 'quarter',
  квартале: 'quarter', кварталы: 'quarter', кварталам: 'quarter', кварталами: 'quarter', кварталах: 'quarter',
  год: 'year', года: 'year', лет: 'year', году: 'year', годом: 'year', годы: 'year', годам: 'year',
  годами: 'year', годах: 'year',
};

/** Stems after "N-" or a numeral stem that make a duration ("14-дневный", "3-месячная", "двухнедельный", "5-летний"). */
export const RU_DURATION_STEMS: Readonly<Record<string, TimeUnit>> = {
  дневн: 'day',
  суточн: 'day',
  недельн: 'week',
  месячн: 'month',
  квартальн: 'quarter',
  летн: 'year',
  годичн: 'year',
  годов: 'year',
  часов: 'hour',
  минутн: 'minute',
};

/**
 * Numeral stems that open a compound duration adjective ("двухнедельный" = 2 weeks, "сорокапятидневный" =
 * 45 days, "полуторамесячный" = 1.5 months, "полугодовой" = half a year). A tens stem may be followed by a
 * units stem ("сорока" + "пяти"). The unit stem after them is one of RU_DURATION_STEMS.
 */
export const RU_COMPOUND_TENS: Readonly<Record<string, number>> = {
  двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50, шестидесяти: 60, семидесяти: 70, восьмидесяти: 80,
  девяноста: 90, девяносто: 90,
};
export const RU_COMPOUND_UNITS: Readonly<Record<string, number>> = {
  одно: 1, двух: 2, дву: 2, трёх: 3, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9,
};
export const RU_COMPOUND_OTHERS: Readonly<Record<string, number>> = {
  десяти: 10, одиннадцати: 11, двенадцати: 12, тринадцати: 13, четырнадцати: 14, пятнадцати: 15,
  шестнадцати: 16, семнадцати: 17, восемнадцати: 18, девятнадцати: 19, сто: 100, полутора: 1.5, полу: 0.5,
};

/** Adjective endings after a duration stem ("-ый", "-ого", "-ий" in "пятилетний", "-ой" in "часовой"). */
export const RU_ADJECTIVE_ENDINGS: readonly string[] = [
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ую', 'юю', 'ом', 'ем',
  'ых', 'их', 'ыми', 'ими', 'ей',
];

/**
 * Duration stems that are a duration of one unit even without a numeral ("месячный прогрев" = 30 days,
 * "недельный тест" = 7 days). "дневной", "годовой", "летний" are not: daytime, annual, summer.
 */
export const RU_BARE_DURATION_STEMS: readonly string[] = ['месячн', 'недельн'];

/**
 * Noun stems after a bare "месячный" / "недельный" that make it "monthly" / "weekly" (a rate), not a
 * duration: "месячный бюджет", "недельный охват", "месячная подписка".
 */
export const RU_RATE_NOUN_STEMS: readonly string[] = [
  'бюджет', 'подписк', 'платеж', 'платёж', 'тариф', 'доход', 'выручк', 'оборот', 'лимит', 'зарплат', 'оклад',
  'охват', 'аудитори', 'трафик', 'план', 'отчет', 'отчёт', 'расход', 'объем', 'объём', 'взнос', 'норм', 'цикл',
  'прирост', 'рост', 'показател', 'приток', 'отток', 'чек', 'счет', 'счёт', 'абонплат', 'продаж', 'заработ',
  'стоимост', 'цен', 'сумм', 'запас',
];

/**
 * Period words that are a duration of one unit on their own after a duration preposition ("через месяц",
 * "за неделю", "в течение месяца", "до года"), by the case the preposition takes. A bare period right after
 * money is a price period instead ("399 ₽ в месяц", see RU_PERIODS); "в месяц" alone is a rate.
 */
export const RU_BARE_PERIODS_ACC: Readonly<Record<string, TimeUnit>> = {
  час: 'hour', день: 'day', сутки: 'day', неделю: 'week', месяц: 'month', квартал: 'quarter', год: 'year',
};
export const RU_BARE_PERIODS_GEN: Readonly<Record<string, TimeUnit>> = {
  часа: 'hour', дня: 'day', суток: 'day', недели: 'week', месяца: 'month', квартала: 'quarter', года: 'year',
};

/** Prepositions before a bare period word and the case they take. Comparators ("до", "около", "более") take the genitive. */
export const RU_DURATION_PREPOSITIONS: Readonly<Record<string, 'acc' | 'gen'>> = {
  через: 'acc',
  за: 'acc',
  на: 'acc',
  спустя: 'acc',
  'в течение': 'gen',
  'на протяжении': 'gen',
  'в пределах': 'gen',
};

/** Preposition + period pairs that are idioms, not durations ("через день" = every other day, "на день рождения"). */
export const RU_BARE_PERIOD_EXCEPTIONS: readonly string[] = ['через день', 'на день'];

/** Words right after a bare period word (accusative) that make it a duration ("месяц спустя"). */
export const RU_DURATION_POSTPOSITIONS: readonly string[] = ['спустя'];

/** Frequency words before a duration preposition: "дважды за месяц", "3 раза за неделю" are rates. */
export const RU_FREQUENCY_WORDS: readonly string[] = ['раз', 'раза', 'однажды', 'дважды', 'трижды', 'четырежды'];

/** Words right before a number that make it negative ("минус 20%"); the value itself stays positive. */
export const RU_MINUS_WORDS: readonly string[] = ['минус'];

/** Words allowed between a number and its time unit ("10 рабочих дней"). */
export const RU_DURATION_ADJECTIVES: readonly string[] = [
  'рабочих', 'рабочие', 'рабочий', 'рабочего', 'рабочим', 'рабочими', 'календарных', 'календарные', 'календарный',
  'календарного', 'календарным', 'банковских', 'банковские', 'банковский', 'полных', 'полные', 'полный',
  'дополнительных', 'дополнительные',
];

/** Words after a year that belong to it ("2025 год", "в 2025 г."). */
export const RU_YEAR_WORDS: readonly string[] = ['год', 'года', 'году', 'годом', 'г.', 'г', 'гг.', 'гг'];

/** Periods after a money amount, in months ("799 ₽ в месяц", "/мес", "ежегодно"). */
export const RU_PERIODS: Readonly<Record<string, number>> = {
  'в месяц': 1,
  'в мес': 1,
  'в мес.': 1,
  '/мес': 1,
  '/мес.': 1,
  '/месяц': 1,
  'за месяц': 1,
  'каждый месяц': 1,
  ежемесячно: 1,
  'в год': 12,
  '/год': 12,
  '/г': 12,
  '/г.': 12,
  'за год': 12,
  'каждый год': 12,
  ежегодно: 12,
  'в неделю': 0.25,
  '/нед': 0.25,
  '/нед.': 0.25,
  '/неделю': 0.25,
  'за неделю': 0.25,
  'каждую неделю': 0.25,
  еженедельно: 0.25,
  'в день': 1 / 30,
  '/день': 1 / 30,
  '/сутки': 1 / 30,
  'в сутки': 1 / 30,
  'за день': 1 / 30,
  'каждый день': 1 / 30,
  ежедневно: 1 / 30,
  'в квартал': 3,
  '/квартал': 3,
  '/кв.': 3,
  'за квартал': 3,
  ежеквартально: 3,
};

/** Words that open a "за полгода" / "на 6 месяцев" period after money. */
export const RU_PERIOD_FOR: readonly string[] = ['за', 'на', 'в течение'];

/** Comparators written right before a number. */
export const RU_COMPARATORS: Readonly<Record<'lt' | 'lte' | 'gt' | 'gte' | 'approx', readonly string[]>> = {
  lt: ['меньше', 'меньше чем', 'ниже', 'ниже чем', 'менее', 'менее чем', 'дешевле'],
  lte: [
    'до', 'вплоть до', 'не выше', 'не более', 'не более чем', 'не больше', 'не больше чем', 'не свыше', 'максимум',
    'не дороже', 'не превышая', 'в пределах', 'не позднее', 'не позже',
  ],
  gt: ['больше', 'больше чем', 'выше', 'свыше', 'более', 'более чем', 'дороже', 'сверх'],
  gte: ['от', 'не ниже', 'не меньше', 'не меньше чем', 'не менее', 'не менее чем', 'минимум', 'как минимум', 'не дешевле', 'не раньше', 'не ранее'],
  approx: ['около', 'примерно', 'порядка', 'где-то', 'приблизительно', 'ориентировочно', 'почти', 'в районе', 'чуть больше', 'чуть меньше', 'ок.', 'прим.'],
};

/** Words before a number that make it a position in a sequence ("день 14", "неделя 3", "волна 2"). */
export const RU_ORDINAL_CONTEXT: readonly string[] = [
  'день', 'дня', 'дню', 'дне', 'неделя', 'недели', 'неделе', 'неделю', 'волна', 'волны', 'волне', 'волну', 'этап',
  'этапа', 'этапе', 'этапу', 'шаг', 'шага', 'шаге', 'касание', 'касания', 'касании', 'письмо', 'письма', 'письме',
  'спринт', 'спринта', 'спринте', 'урок', 'урока', 'модуль', 'модуля', 'фаза', 'фазы', 'фазе', 'итерация',
  'итерации', 'когорта', 'когорты', 'уровень', 'уровня',
];

/** Words before a number that make it an identifier ("ред. 3", "версия 2", "п. 4", "№ 5"). */
export const RU_ID_CONTEXT: readonly string[] = [
  'ред.', 'редакция', 'редакции', 'версия', 'версии', 'вер.', 'п.', 'пункт', 'пункта', 'пункте', 'стр.',
  'страница', 'странице', 'раздел', 'раздела', 'разделе', 'гл.', 'глава', 'главе', 'ст.', 'статья', 'статьи',
  'приложение', 'приложения', 'приложении', 'слайд', 'слайде', 'вариант', 'варианта', 'варианте', 'таблица',
  'таблице', 'рис.', 'строка', 'строке', 'черновик', 'выпуск', 'выпуска',
];

/** Time-of-day markers after a number ("в 9 утра"). */
export const RU_TIME_SUFFIXES: readonly string[] = ['утра', 'вечера', 'ночи', 'пополудни'];

/** Month names, every case form, and abbreviations ("12 марта", "8 Марта", "1 янв."). */
export const RU_MONTHS: Readonly<Record<string, number>> = table([
  [1, ['январь', 'января', 'январе', 'январю', 'январём', 'янв', 'янв.']],
  [2, ['февраль', 'февраля', 'феврале', 'февралю', 'февралём', 'фев', 'фев.', 'февр', 'февр.']],
  [3, ['март', 'марта', 'марте', 'марту', 'мартом', 'мар', 'мар.']],
  [4, ['апрель', 'апреля', 'апреле', 'апрелю', 'апрелем', 'апр', 'апр.']],
  [5, ['май', 'мая', 'мае', 'маю', 'маем']],
  [6, ['июнь', 'июня', 'июне', 'июню', 'июнем', 'июн', 'июн.']],
  [7, ['июль', 'июля', 'июле', 'июлю', 'июлем', 'июл', 'июл.']],
  [8, ['август', 'августа', 'августе', 'августу', 'августом', 'авг', 'авг.']],
  [9, ['сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрём', 'сен', 'сен.', 'сент', 'сент.']],
  [10, ['октябрь', 'октября', 'октябре', 'октябрю', 'октябрём', 'окт', 'окт.']],
  [11, ['ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрём', 'ноя', 'ноя.', 'нояб', 'нояб.']],
  [12, ['декабрь', 'декабря', 'декабре', 'декабрю', 'декабрём', 'дек', 'дек.']],
]);

/** Words before a number that open a range ("от 2 до 4%", "между 5 и 7"). */
export const RU_RANGE_OPENERS: Readonly<Record<string, 'from' | 'between'>> = {
  от: 'from',
  между: 'between',
};

/** Words between two numbers that close a range after "от" ("от 2 до 4"). */
export const RU_RANGE_WORDS: readonly string[] = ['до', 'по'];

/** Words between two numbers that make a ratio ("3 к 1"). */
export const RU_RATIO_WORDS: readonly string[] = ['к'];

/** Words after a number that mark a ratio ("3 к 1 соотношение"). */
export const RU_RATIO_MARKERS: readonly string[] = ['соотношение', 'соотношении'];
