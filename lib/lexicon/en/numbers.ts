/**
 * English number vocabulary for the quantity finder (`lib/engine/quantities.ts`), as plain data.
 *
 * All keys are lowercase. Multi-word forms ("per cent", "no more than") are written with single spaces;
 * the engine tokenizes them the same way it tokenizes text, so "p.p." is the letters p and p with dots.
 */

/** A unit of time; the engine converts it to days (and to months, for money periods). */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** zero … nineteen. */
export const EN_SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** twenty … ninety. */
export const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply the group before them ("two hundred", "three dozen"). */
export const EN_MULTIPLICANDS: Readonly<Record<string, number>> = {
  hundred: 100,
  dozen: 12,
};

/** Scale words that close a group ("six thousand", "2 million"). */
export const EN_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Scale abbreviations after digits: "60k" (glued only), "5 mln", "2bn". */
export const EN_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3,
  mln: 1e6,
  mn: 1e6,
  mio: 1e6,
  bn: 1e9,
  bln: 1e9,
};

/** Single-letter scales only trusted right after a currency amount ("$2M", "$1.5b"). */
export const EN_MONEY_SCALE_LETTERS: Readonly<Record<string, number>> = {
  m: 1e6,
  b: 1e9,
};

/** Fraction denominators: "a third", "one quarter", "two thirds", "three-fifths". */
export const EN_FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fourth: 1 / 4,
  fourths: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  sixth: 1 / 6,
  sixths: 1 / 6,
  eighth: 1 / 8,
  eighths: 1 / 8,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** Words after "a third" / "a quarter" that make it a share rather than a position or a period. */
export const EN_FRACTION_FOLLOWERS: readonly string[] = [
  'off', 'of', 'less', 'more', 'cheaper', 'lower', 'higher', 'fewer', 'discount', 'discounted', 'reduction',
  'price', 'priced', 'the',
];

/** Words right before "half" that make it a part of a period, not a share ("the first half"). */
export const EN_HALF_BLOCKERS: readonly string[] = [
  'first', 'second', 'last', 'latter', 'former', 'other', 'back', 'front', 'top', 'bottom', 'better', 'upper',
  'lower', 'left', 'right', 'next', 'previous', 'third', 'fourth',
];

/** Ordinal words. */
export const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** Suffixes glued to digits that make an ordinal ("2nd", "the 18th"). */
export const EN_ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Words that are multipliers on their own. */
export const EN_MULTIPLIERS: Readonly<Record<string, number>> = {
  twice: 2,
  double: 2,
  doubled: 2,
  doubles: 2,
  doubling: 2,
  twofold: 2,
  triple: 3,
  tripled: 3,
  triples: 3,
  tripling: 3,
  threefold: 3,
  quadruple: 4,
  quadrupled: 4,
  quadruples: 4,
  quadrupling: 4,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
};

/** Words after "double"/"triple" that make it an idiom, not a multiplier ("double-check", "double down"). */
export const EN_MULTIPLIER_IDIOMS: readonly string[] = [
  'check', 'checks', 'checked', 'checking', 'click', 'clicks', 'clicked', 'tap', 'taps', 'down', 'opt', 'optin',
  'quotes', 'quote', 'space', 'spaced', 'standard', 'standards', 'entry', 'bed', 'room', 'dip', 'edged', 'agent',
  'crown', 'play', 'threat', 'digit', 'digits',
];

/** Words after a number that make it a multiplier ("3 times", "2.5x" is handled as a glued sign). */
export const EN_MULTIPLIER_UNITS: readonly string[] = ['times', 'fold'];

/** Percent words after a number. */
export const EN_PERCENT: readonly string[] = [
  'percent', 'per cent', 'pct', 'pct.', 'percentage point', 'percentage points', 'pp', 'p.p.', 'ppt', 'ppts',
];

/** Time units after a number ("14 days", "2 wks"). */
export const EN_DURATIONS: Readonly<Record<string, TimeUnit>> = {
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  night: 'day',
  nights: 'day',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  wks: 'week',
  month: 'month',
  months: 'month',
  mo: 'month',
  mos: 'month',
  mth: 'month',
  mths: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
};

/** Single-letter time units only accepted glued to digits ("14d", "48h", "2w", "1y"). */
export const EN_DURATIONS_GLUED: Readonly<Record<string, TimeUnit>> = {
  d: 'day',
  h: 'hour',
  w: 'week',
  y: 'year',
};

/** Words allowed between a number and its time unit ("10 business days"). */
export const EN_DURATION_ADJECTIVES: readonly string[] = [
  'business', 'working', 'calendar', 'full', 'consecutive', 'more', 'additional', 'extra',
];

/** Periods after a money amount, in months ("$12.99 a month", "/yr", "annually"). */
export const EN_PERIODS: Readonly<Record<string, number>> = {
  '/month': 1,
  '/mo': 1,
  '/mo.': 1,
  '/mth': 1,
  '/m': 1,
  'a month': 1,
  'per month': 1,
  'each month': 1,
  'every month': 1,
  'per mo': 1,
  'a mo': 1,
  monthly: 1,
  '/year': 12,
  '/yr': 12,
  '/y': 12,
  '/annum': 12,
  'a year': 12,
  'per year': 12,
  'each year': 12,
  'every year': 12,
  'per annum': 12,
  'p.a.': 12,
  'per yr': 12,
  annually: 12,
  yearly: 12,
  '/week': 0.25,
  '/wk': 0.25,
  'a week': 0.25,
  'per week': 0.25,
  'each week': 0.25,
  'every week': 0.25,
  weekly: 0.25,
  '/day': 1 / 30,
  'a day': 1 / 30,
  'per day': 1 / 30,
  'each day': 1 / 30,
  'every day': 1 / 30,
  daily: 1 / 30,
  '/quarter': 3,
  '/qtr': 3,
  'a quarter': 3,
  'per quarter': 3,
  'each quarter': 3,
  'every quarter': 3,
  quarterly: 3,
};

/** Words that open a "for six months" period after money. */
export const EN_PERIOD_FOR: readonly string[] = ['for', 'over'];

/** Comparators written right before a number. */
export const EN_COMPARATORS: Readonly<Record<'lt' | 'lte' | 'gt' | 'gte' | 'approx', readonly string[]>> = {
  lt: ['under', 'below', 'less than', 'fewer than', 'lower than', 'beneath', '<'],
  lte: [
    'up to', 'at most', 'no more than', 'no higher than', 'no greater than', 'not above', 'not more than',
    'not over', 'not to exceed', 'not exceeding', 'at or under', 'at or below', '≤', '<=', '=<', '⩽', 'max',
    'max.', 'max of', 'a max of', 'maximum', 'maximum of', 'a maximum of', 'capped at', 'a cap of', 'cap of',
    'no more', 'within',
  ],
  gt: ['above', 'over', 'more than', 'greater than', 'higher than', 'in excess of', 'upwards of', 'exceeding', '>'],
  gte: [
    'at least', 'no lower than', 'no less than', 'no fewer than', 'not below', 'not less than', 'not under',
    'at or above', '≥', '>=', '=>', '⩾', 'min', 'min.', 'min of', 'a min of', 'minimum', 'minimum of',
    'a minimum of', 'from', 'starting at', 'starting from', 'as much as',
  ],
  approx: [
    'around', 'about', 'roughly', 'approximately', 'approx', 'approx.', 'circa', 'ca.', 'some', 'nearly', 'almost',
    'close to', '~', '≈', '∼', '±',
  ],
};

/** Words before a number that make it a position in a sequence ("day 14", "week 3", "email 2"). */
export const EN_ORDINAL_CONTEXT: readonly string[] = [
  'day', 'days', 'week', 'weeks', 'month', 'months', 'wave', 'waves', 'touch', 'touchpoint', 'step', 'steps',
  'stage', 'stages', 'phase', 'phases', 'round', 'rounds', 'sprint', 'sprints', 'email', 'emails', 'iteration',
  'session', 'episode', 'lesson', 'module', 'chapter', 'part', 'level', 'tier', 'slot', 'batch', 'cohort',
  'flight', 'burst', 'milestone',
];

/** Words before a number that make it an identifier ("rev. 3", "version 2", "#5", "№ 4"). */
export const EN_ID_CONTEXT: readonly string[] = [
  'rev', 'rev.', 'revision', 'ver', 'ver.', 'version', 'v.', 'build', 'release', 'no.', 'nr.', 'nr', 'id',
  'ticket', 'issue', 'option', 'item', 'slide', 'page', 'p.', 'pp.', 'figure', 'fig.', 'table', 'section', 'sec.',
  'clause', 'article', 'art.', 'paragraph', 'appendix', 'annex', 'exhibit', 'line', 'row', 'variant', 'draft',
  'ext.', '#', '№',
];

/** Time-of-day markers after a number ("2 a.m.", "3pm"). */
export const EN_TIME_SUFFIXES: readonly string[] = ['am', 'a.m.', 'pm', 'p.m.', "o'clock", 'o’clock'];

/** Month names and abbreviations; the engine only takes them capitalised ("11 Feb", "Feb 11"). */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  'jan.': 1,
  february: 2,
  feb: 2,
  'feb.': 2,
  march: 3,
  mar: 3,
  'mar.': 3,
  april: 4,
  apr: 4,
  'apr.': 4,
  may: 5,
  june: 6,
  jun: 6,
  'jun.': 6,
  july: 7,
  jul: 7,
  'jul.': 7,
  august: 8,
  aug: 8,
  'aug.': 8,
  september: 9,
  sep: 9,
  'sep.': 9,
  sept: 9,
  'sept.': 9,
  october: 10,
  oct: 10,
  'oct.': 10,
  november: 11,
  nov: 11,
  'nov.': 11,
  december: 12,
  dec: 12,
  'dec.': 12,
};

/** Words before a number that open a range ("from 2 to 4", "between 5 and 7"). */
export const EN_RANGE_OPENERS: Readonly<Record<string, 'from' | 'between'>> = {
  from: 'from',
  between: 'between',
};

/** Words between two numbers that close a range ("2 to 4", "5 through 7"). */
export const EN_RANGE_WORDS: readonly string[] = ['to', 'through', 'thru', 'till', 'until'];

/** Words after a number that mark a ratio ("3 to 1 ratio"). */
export const EN_RATIO_WORDS: readonly string[] = ['ratio', 'split'];

/**
 * Time units that are a duration of one unit on their own, after "a" / "an" and a duration preposition
 * ("within a month", "in a week", "over a year", "for an hour") or before a postposition ("a month after
 * launch"). A bare period right after money is a price period instead ("$8 a month", see EN_PERIODS).
 */
export const EN_BARE_PERIODS: Readonly<Record<string, TimeUnit>> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** Prepositions that make "a month" after them a duration. Comparators ("up to", "at least") do too. */
export const EN_DURATION_PREPOSITIONS: readonly string[] = ['within', 'in', 'over', 'for', 'after', 'during', 'inside'];

/** Words right after "a month" that make it a duration ("a month after launch", "a week later"). */
export const EN_DURATION_POSTPOSITIONS: readonly string[] = ['after', 'before', 'later', 'earlier', 'ago', 'from'];

/** Frequency words: "twice a month", "once in a week", "3 times a year" are rates, not durations. */
export const EN_FREQUENCY_WORDS: readonly string[] = ['once', 'twice', 'thrice', 'times', 'per', 'each', 'every'];

/** Words right before a number that make it negative ("minus 20%"); the value itself stays positive. */
export const EN_MINUS_WORDS: readonly string[] = ['minus'];
