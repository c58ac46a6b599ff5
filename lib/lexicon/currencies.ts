/**
 * Currencies the quantity finder (`lib/engine/quantities.ts`) recognises, as plain data.
 *
 * Every written form is matched as whole tokens: "руб." is the word "руб" plus a dot, "US$" is "US" glued
 * to "$", "د.إ" is two Arabic letters around a dot. Forms are case-insensitive, except the ISO code
 * itself, which is only accepted in capitals ("TRY", not "try") unless `lowercaseCode` says otherwise, and
 * the symbols, which are matched exactly as written ("Rs", "TL", "RMB").
 */

export interface Currency {
  /** ISO 4217 code. */
  code: string;
  /** Signs written before or after the amount: "$", "US$", "€", "₽". */
  symbols: readonly string[];
  /** Abbreviations written only after the amount: "руб.", "р.", "грн". */
  abbreviations: readonly string[];
  /** English names, every form, lowercase ("dollar", "dollars", "bucks", "us dollars"). */
  en: readonly string[];
  /** Russian names, every case form, lowercase ("рубль", "рубля", "рублей", "рублям", ...). */
  ru: readonly string[];
  /** Accept the code in lowercase too ("35 usd"); off for codes that are ordinary words ("try"). */
  lowercaseCode?: boolean;
  /** Abbreviations that carry a scale: "т.р." is "тысяч рублей" (× 1000). */
  scaled?: readonly (readonly [form: string, factor: number])[];
}

export const CURRENCIES: readonly Currency[] = [
  {
    code: 'USD',
    symbols: ['$', 'US$', 'U.S.$', 'USD$'],
    abbreviations: ['долл.', 'дол.', 'долл'],
    en: ['dollar', 'dollars', 'buck', 'bucks', 'us dollar', 'us dollars', 'u.s. dollars', 'u.s. dollar', 'american dollars'],
    ru: [
      'доллар', 'доллара', 'долларов', 'доллару', 'долларам', 'долларом', 'долларами', 'долларе', 'долларах', 'доллары',
      'доллар сша', 'доллара сша', 'долларов сша', 'доллару сша', 'долларам сша', 'долларом сша', 'долларами сша',
      'долларе сша', 'долларах сша', 'доллары сша', 'бакс', 'бакса', 'баксов', 'баксам', 'баксами', 'баксах',
    ],
    lowercaseCode: true,
  },
  {
    code: 'RUB',
    symbols: ['₽'],
    abbreviations: ['руб.', 'руб', 'р.', 'р', 'rub.'],
    en: ['rouble', 'roubles', 'ruble', 'rubles', 'russian roubles', 'russian rubles'],
    ru: [
      'рубль', 'рубля', 'рублей', 'рублю', 'рублям', 'рублём', 'рублем', 'рублями', 'рубле', 'рублях', 'рубли',
      'российский рубль', 'российских рублей', 'российского рубля', 'российских рубля', 'российским рублям',
      'российскими рублями', 'российских рублях',
    ],
    lowercaseCode: true,
    scaled: [['т.р.', 1000], ['т. р.', 1000], ['тыс.р.', 1000], ['тыс. р.', 1000], ['тыс.руб.', 1000], ['тыс. руб.', 1000]],
  },
  {
    code: 'AED',
    symbols: ['د.إ', 'Dhs', 'Dhs.', 'Dh', 'Dh.'],
    abbreviations: ['дирх.'],
    en: ['dirham', 'dirhams', 'uae dirham', 'uae dirhams', 'emirati dirham', 'emirati dirhams'],
    ru: [
      'дирхам', 'дирхама', 'дирхамов', 'дирхаму', 'дирхамам', 'дирхамом', 'дирхамами', 'дирхаме', 'дирхамах', 'дирхамы',
      'дирхам оаэ', 'дирхама оаэ', 'дирхамов оаэ', 'дирхамах оаэ', 'дирхамы оаэ',
    ],
    lowercaseCode: true,
  },
  {
    code: 'EUR',
    symbols: ['€'],
    abbreviations: ['евр.'],
    en: ['euro', 'euros'],
    ru: ['евро'],
    lowercaseCode: true,
  },
  {
    code: 'GBP',
    symbols: ['£', 'GB£'],
    abbreviations: ['ф. ст.', 'ф.ст.'],
    en: ['pound', 'pounds', 'pound sterling', 'pounds sterling', 'british pounds', 'quid'],
    ru: [
      'фунт', 'фунта', 'фунтов', 'фунту', 'фунтам', 'фунтом', 'фунтами', 'фунте', 'фунтах', 'фунты',
      'фунт стерлингов', 'фунта стерлингов', 'фунтов стерлингов', 'фунтах стерлингов', 'фунты стерлингов',
    ],
    lowercaseCode: true,
  },
  {
    code: 'KZT',
    symbols: ['₸'],
    abbreviations: ['тг', 'тг.'],
    en: ['tenge'],
    ru: ['тенге'],
    lowercaseCode: true,
  },
  {
    code: 'TRY',
    symbols: ['₺', 'TL'],
    abbreviations: [],
    en: ['lira', 'liras', 'lire', 'turkish lira', 'turkish liras'],
    ru: [
      'лира', 'лиры', 'лир', 'лире', 'лиру', 'лирой', 'лирам', 'лирами', 'лирах',
      'турецкая лира', 'турецких лир', 'турецкой лиры', 'турецкие лиры', 'турецких лирах',
    ],
  },
  {
    code: 'CNY',
    symbols: ['CN¥', '元', 'RMB'],
    abbreviations: [],
    en: ['yuan', 'renminbi'],
    ru: ['юань', 'юаня', 'юаней', 'юаню', 'юаням', 'юанем', 'юанями', 'юане', 'юанях', 'юани'],
    lowercaseCode: true,
  },
  {
    code: 'JPY',
    symbols: ['¥', 'JP¥', '円'],
    abbreviations: [],
    en: ['yen', 'japanese yen'],
    ru: ['иена', 'иены', 'иен', 'иене', 'иену', 'иеной', 'иенам', 'иенами', 'иенах', 'йена', 'йены', 'йен', 'йене', 'йену', 'йеной', 'йенам', 'йенах'],
    lowercaseCode: true,
  },
  {
    code: 'INR',
    symbols: ['₹', 'Rs', 'Rs.'],
    abbreviations: [],
    en: ['rupee', 'rupees', 'indian rupee', 'indian rupees'],
    ru: ['рупия', 'рупии', 'рупий', 'рупию', 'рупией', 'рупиям', 'рупиями', 'рупиях', 'индийских рупий', 'индийская рупия'],
    lowercaseCode: true,
  },
  {
    code: 'BRL',
    symbols: ['R$'],
    abbreviations: [],
    en: ['reais', 'brazilian real', 'brazilian reais'],
    ru: ['реал', 'реала', 'реалов', 'реалу', 'реалам', 'реалом', 'реалами', 'реале', 'реалах', 'реалы', 'бразильских реалов'],
    lowercaseCode: true,
  },
  {
    code: 'UAH',
    symbols: ['₴'],
    abbreviations: ['грн', 'грн.'],
    en: ['hryvnia', 'hryvnias', 'hryvnya', 'hryvnyas'],
    ru: ['гривна', 'гривны', 'гривен', 'гривне', 'гривну', 'гривной', 'гривнам', 'гривнами', 'гривнах', 'гривня', 'гривни', 'гривень'],
    lowercaseCode: true,
  },
  {
    code: 'BYN',
    symbols: [],
    abbreviations: ['бел. руб.', 'бел.руб.', 'бел. р.', 'бел.р.'],
    en: ['belarusian rouble', 'belarusian roubles', 'belarusian ruble', 'belarusian rubles'],
    ru: [
      'белорусский рубль', 'белорусского рубля', 'белорусских рубля', 'белорусских рублей', 'белорусскому рублю',
      'белорусским рублям', 'белорусским рублём', 'белорусским рублем', 'белорусскими рублями', 'белорусских рублях',
      'белорусские рубли',
    ],
    lowercaseCode: true,
  },
  {
    code: 'KGS',
    symbols: [],
    abbreviations: [],
    en: ['som', 'soms'],
    ru: ['сом', 'сома', 'сомов', 'сому', 'сомам', 'сомами', 'сомах', 'сомы'],
    lowercaseCode: true,
  },
  {
    code: 'UZS',
    symbols: [],
    abbreviations: [],
    en: ['uzbek sum', 'uzbek som'],
    ru: ['сум', 'сумов', 'сумам', 'сумах'],
    lowercaseCode: true,
  },
  {
    code: 'GEL',
    symbols: ['₾'],
    abbreviations: [],
    en: ['lari'],
    ru: ['лари'],
    lowercaseCode: true,
  },
  {
    code: 'AMD',
    symbols: ['֏'],
    abbreviations: [],
    en: ['armenian dram', 'armenian drams'],
    ru: ['драм', 'драма', 'драмов', 'драмам', 'драмах', 'драмы'],
    lowercaseCode: true,
  },
  {
    code: 'AZN',
    symbols: ['₼'],
    abbreviations: [],
    en: ['manat', 'manats'],
    ru: ['манат', 'маната', 'манатов', 'манатам', 'манатах', 'манаты'],
    lowercaseCode: true,
  },
  {
    code: 'CHF',
    symbols: [],
    abbreviations: [],
    en: ['swiss franc', 'swiss francs', 'franc', 'francs'],
    ru: ['франк', 'франка', 'франков', 'франкам', 'франках', 'франки', 'швейцарских франков', 'швейцарский франк'],
    lowercaseCode: true,
  },
  {
    code: 'CAD',
    symbols: ['C$', 'CA$', 'CAN$'],
    abbreviations: [],
    en: ['canadian dollar', 'canadian dollars'],
    ru: ['канадский доллар', 'канадских долларов', 'канадского доллара', 'канадских доллара'],
  },
  {
    code: 'AUD',
    symbols: ['A$', 'AU$'],
    abbreviations: [],
    en: ['australian dollar', 'australian dollars'],
    ru: ['австралийский доллар', 'австралийских долларов', 'австралийского доллара', 'австралийских доллара'],
    lowercaseCode: true,
  },
  {
    code: 'HKD',
    symbols: ['HK$'],
    abbreviations: [],
    en: ['hong kong dollar', 'hong kong dollars'],
    ru: ['гонконгский доллар', 'гонконгских долларов', 'гонконгского доллара', 'гонконгских доллара'],
    lowercaseCode: true,
  },
  {
    code: 'SGD',
    symbols: ['S$'],
    abbreviations: [],
    en: ['singapore dollar', 'singapore dollars'],
    ru: ['сингапурский доллар', 'сингапурских долларов', 'сингапурского доллара', 'сингапурских доллара'],
    lowercaseCode: true,
  },
  {
    code: 'SAR',
    symbols: ['﷼'],
    abbreviations: [],
    en: ['riyal', 'riyals', 'saudi riyal', 'saudi riyals'],
    ru: ['риял', 'рияла', 'риялов', 'риялах', 'риялы', 'реал саудовской аравии'],
  },
  {
    code: 'ILS',
    symbols: ['₪'],
    abbreviations: [],
    en: ['shekel', 'shekels'],
    ru: ['шекель', 'шекеля', 'шекелей', 'шекелям', 'шекелях', 'шекели'],
    lowercaseCode: true,
  },
  {
    code: 'THB',
    symbols: ['฿'],
    abbreviations: [],
    en: ['baht'],
    ru: ['бат', 'бата', 'батов', 'батам', 'батах', 'баты'],
    lowercaseCode: true,
  },
  {
    code: 'PLN',
    symbols: ['zł'],
    abbreviations: [],
    en: ['zloty', 'zlotys', 'zlotych'],
    ru: ['злотый', 'злотых', 'злотого', 'злотому', 'злотым', 'злотыми', 'злотые'],
    lowercaseCode: true,
  },
  {
    code: 'KRW',
    symbols: ['₩'],
    abbreviations: [],
    en: ['korean won'],
    ru: ['вона', 'воны', 'вонах', 'корейских вон'],
    lowercaseCode: true,
  },
  {
    code: 'VND',
    symbols: ['₫'],
    abbreviations: [],
    en: ['dong'],
    ru: ['донг', 'донга', 'донгов', 'донгах'],
    lowercaseCode: true,
  },
  {
    code: 'MXN',
    symbols: ['MX$', 'Mex$'],
    abbreviations: [],
    en: ['mexican peso', 'mexican pesos', 'peso', 'pesos'],
    ru: ['песо'],
    lowercaseCode: true,
  },
];

/** The currencies above by ISO code ("USD" → the US dollar entry). */
export const CURRENCY_BY_CODE: Readonly<Record<string, Currency>> = Object.freeze(
  Object.fromEntries(CURRENCIES.map((c) => [c.code, c])),
);

/** Looks a currency up by its ISO code, case-insensitively. */
export function currencyByCode(code: string): Currency | undefined {
  return CURRENCY_BY_CODE[code.toUpperCase()];
}
