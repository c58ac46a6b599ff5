/**
 * The words of the document editor, in English and Russian. `EDITOR_TEXT` is typed as a record of
 * the full `EditorText` shape per language, so a key missing in either language does not compile.
 * Values from the document (ids, phrases, the schema's problem messages) are shown as written.
 */
import type { Flexibility, HypothesisStatus, Strategy } from '@/lib/alignment/schema';

export type EditorLang = 'en' | 'ru';

export const SECTION_NAMES = [
  'document',
  'parties',
  'product',
  'success',
  'metrics',
  'channels',
  'markets',
  'redLines',
  'hypotheses',
  'assumptions',
  'compromise',
  'riskTolerance',
  'cadence',
  'signOff',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export const ITEM_KINDS = [
  'party',
  'metric',
  'channel',
  'market',
  'kpi',
  'baseline',
  'redLine',
  'hypothesis',
  'assumption',
  'compromise',
  'signOff',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type FieldName =
  | 'format' | 'id' | 'title' | 'revision' | 'updatedAt'
  | 'name' | 'role' | 'domains' | 'languages'
  | 'summary' | 'names' | 'quantitative' | 'qualitative'
  | 'unit' | 'owner' | 'currency'
  | 'objective' | 'strategy' | 'audience' | 'kpis' | 'baselines'
  | 'channelPlan' | 'primary' | 'secondary' | 'avoid' | 'why'
  | 'tone' | 'voice' | 'examples' | 'messaging' | 'lead'
  | 'metric' | 'target' | 'min' | 'max' | 'windowDays' | 'value' | 'source'
  | 'rule' | 'markets' | 'terms' | 'except' | 'caseSensitive' | 'limit'
  | 'statement' | 'status' | 'evidence' | 'market' | 'because' | 'test'
  | 'area' | 'flexibility' | 'testBudgetShare' | 'pivotAfterDays' | 'note'
  | 'checkIn' | 'participants' | 'party' | 'date' | 'languageCode';

export interface EditorText {
  /** Accessible name of the whole editor. */
  editor: string;
  sections: Record<SectionName, string>;
  fields: Record<FieldName, string>;
  /** "Red line" — an item's heading is this plus its number and id. */
  things: Record<ItemKind, string>;
  addItem: Record<ItemKind, string>;
  remove: string;
  removeItem(thing: string, n: number): string;
  /** The problem list above the form. */
  problems: {
    title: string;
    valid: string;
    allShown(n: number): string;
    unplaced(n: number): string;
    inSection(n: number): string;
    /** Prefix for a problem about one line of a one-per-line list. */
    line(n: number): string;
    key(name: string): string;
    /** Names the field a problem belongs to, for screen readers. */
    icon: string;
  };
  hints: {
    onePerLine: string;
    commaSeparated: string;
    marketsList: string;
    pivot: string;
    share: string;
    noMarkets: string;
    addLanguage: string;
    removeLanguage(code: string): string;
    emptyList: string;
    limitNone: string;
  };
  addLimit: string;
  removeLimit: string;
  strategy: Record<Strategy, string>;
  status: Record<HypothesisStatus, string>;
  flexibility: Record<Flexibility, string>;
  /** The empty choice of a select. */
  choose: string;
  /** Shown for a value in a select that is not one of its choices. */
  notAChoice(value: string): string;
  tryIt: {
    redLineTitle: string;
    kpiTitle: string;
    label: string;
    placeholder: string;
    hintRedLine: string;
    hintKpi: string;
    fixFirst: string;
    more(n: number): string;
    fires: string;
    doesNotFire: string;
    otherRules: string;
    noOtherRules: string;
    engineFailed(reason: string): string;
    noId: string;
  };
  /** Placeholders for a new document ("Create your own"). */
  starter: {
    title: string;
    ourTeam: string;
    partnerTeam: string;
    market: string;
  };
}

const en: EditorText = {
  editor: 'Alignment document editor',
  sections: {
    document: 'Document',
    parties: 'Parties',
    product: 'Product',
    success: 'Success',
    metrics: 'Metrics glossary',
    channels: 'Channels glossary',
    markets: 'Markets',
    redLines: 'Red lines',
    hypotheses: 'Hypotheses',
    assumptions: 'Assumptions',
    compromise: 'Compromise',
    riskTolerance: 'Risk tolerance',
    cadence: 'Cadence',
    signOff: 'Sign-off',
  },
  fields: {
    format: 'Format',
    id: 'Id',
    title: 'Title',
    revision: 'Revision',
    updatedAt: 'Updated (YYYY-MM-DD)',
    name: 'Name',
    role: 'Role',
    domains: 'Email domains',
    languages: 'Languages',
    summary: 'Summary',
    names: 'Names',
    quantitative: 'Quantitative success',
    qualitative: 'Qualitative success',
    unit: 'Unit',
    owner: 'Owner (party id)',
    currency: 'Currency',
    objective: 'Objective',
    strategy: 'Strategy',
    audience: 'Audience',
    kpis: 'KPIs',
    baselines: 'Baselines',
    channelPlan: 'Channel plan',
    primary: 'Primary channels',
    secondary: 'Secondary channels',
    avoid: 'Avoid',
    why: 'Why',
    tone: 'Tone',
    voice: 'Voice',
    examples: 'Examples',
    messaging: 'Messaging',
    lead: 'Lead with',
    metric: 'Metric',
    target: 'Target',
    min: 'Min',
    max: 'Max',
    windowDays: 'Window (days)',
    value: 'Value',
    source: 'Source',
    rule: 'Rule',
    markets: 'Markets',
    terms: 'Terms',
    except: 'Except',
    caseSensitive: 'Case-sensitive',
    limit: 'Numeric limit',
    statement: 'Statement',
    status: 'Status',
    evidence: 'Evidence',
    market: 'Market',
    because: 'Because',
    test: 'Test',
    area: 'Area',
    flexibility: 'Flexibility',
    testBudgetShare: 'Test budget share (0–1)',
    pivotAfterDays: 'Pivot after (days)',
    note: 'Note',
    checkIn: 'Check-in',
    participants: 'Participants',
    party: 'Party (id)',
    date: 'Date (YYYY-MM-DD)',
    languageCode: 'Language code',
  },
  things: {
    party: 'Party',
    metric: 'Metric',
    channel: 'Channel',
    market: 'Market',
    kpi: 'KPI',
    baseline: 'Baseline',
    redLine: 'Red line',
    hypothesis: 'Hypothesis',
    assumption: 'Assumption',
    compromise: 'Compromise',
    signOff: 'Signature',
  },
  addItem: {
    party: 'Add party',
    metric: 'Add metric',
    channel: 'Add channel',
    market: 'Add market',
    kpi: 'Add KPI',
    baseline: 'Add baseline',
    redLine: 'Add red line',
    hypothesis: 'Add hypothesis',
    assumption: 'Add assumption',
    compromise: 'Add compromise',
    signOff: 'Add signature',
  },
  remove: 'Remove',
  removeItem: (thing, n) => `Remove ${thing.toLowerCase()} ${n}`,
  problems: {
    title: 'Problems',
    valid: 'No problems: the document is valid.',
    allShown: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}, each shown next to its field.`,
    unplaced: (n) => `${n} ${n === 1 ? 'problem has' : 'problems have'} no field of their own; choose one to open its section:`,
    inSection: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    line: (n) => `line ${n}: `,
    key: (name) => `${name}: `,
    icon: 'Problem:',
  },
  hints: {
    onePerLine: 'One per line.',
    commaSeparated: 'Separated by commas.',
    marketsList: 'Market ids separated by commas, or * for every market.',
    pivot: 'Days before a pivot is considered, per market.',
    share: 'For example 0.1 for 10% of the budget.',
    noMarkets: 'Add a market first.',
    addLanguage: 'Add language',
    removeLanguage: (code) => `Remove language ${code}`,
    emptyList: 'None yet.',
    limitNone: 'No numeric limit.',
  },
  addLimit: 'Add numeric limit',
  removeLimit: 'Remove numeric limit',
  strategy: {
    'trust-first': 'trust-first — build trust, then convert',
    'conversion-first': 'conversion-first — convert from day one',
    awareness: 'awareness — reach before sales',
  },
  status: {
    proposed: 'proposed',
    validated: 'validated',
    challenged: 'challenged',
    refined: 'refined',
    rejected: 'rejected',
  },
  flexibility: { none: 'none', low: 'low', medium: 'medium', high: 'high' },
  choose: '— choose —',
  notAChoice: (value) => `${value} (not a valid choice)`,
  tryIt: {
    redLineTitle: 'Try this red line',
    kpiTitle: 'Try this KPI',
    label: 'Sentence to try',
    placeholder: 'Paste a sentence from a brief or an email…',
    hintRedLine: 'Paste a sentence to see at once whether this red line fires, and why.',
    hintKpi: 'Paste a sentence to see at once whether this KPI fires, and why.',
    fixFirst: 'The document has problems; fix these first, then try again:',
    more: (n) => `and ${n} more`,
    fires: 'Fires',
    doesNotFire: 'Does not fire',
    otherRules: 'Other rules fire on this sentence:',
    noOtherRules: 'No other rule fires either.',
    engineFailed: (reason) => `The check failed: ${reason}`,
    noId: 'Give this entry an id first: findings name it.',
  },
  starter: {
    title: 'New alignment document',
    ourTeam: 'Our team',
    partnerTeam: 'Partner team',
    market: 'First market',
  },
};

const ru: EditorText = {
  editor: 'Редактор документа о согласовании',
  sections: {
    document: 'Документ',
    parties: 'Стороны',
    product: 'Продукт',
    success: 'Успех',
    metrics: 'Словарь метрик',
    channels: 'Словарь каналов',
    markets: 'Рынки',
    redLines: 'Красные линии',
    hypotheses: 'Гипотезы',
    assumptions: 'Допущения',
    compromise: 'Компромиссы',
    riskTolerance: 'Готовность к риску',
    cadence: 'Ритм встреч',
    signOff: 'Подписи',
  },
  fields: {
    format: 'Формат',
    id: 'Идентификатор',
    title: 'Название',
    revision: 'Редакция',
    updatedAt: 'Обновлён (ГГГГ-ММ-ДД)',
    name: 'Имя',
    role: 'Роль',
    domains: 'Почтовые домены',
    languages: 'Языки',
    summary: 'Описание',
    names: 'Названия',
    quantitative: 'Количественный успех',
    qualitative: 'Качественный успех',
    unit: 'Единица',
    owner: 'Владелец (id стороны)',
    currency: 'Валюта',
    objective: 'Цель',
    strategy: 'Стратегия',
    audience: 'Аудитория',
    kpis: 'KPI',
    baselines: 'Исходные показатели',
    channelPlan: 'План каналов',
    primary: 'Основные каналы',
    secondary: 'Дополнительные каналы',
    avoid: 'Избегать',
    why: 'Почему',
    tone: 'Тон',
    voice: 'Голос',
    examples: 'Примеры',
    messaging: 'Сообщение',
    lead: 'Начинать с',
    metric: 'Метрика',
    target: 'Цель',
    min: 'Минимум',
    max: 'Максимум',
    windowDays: 'Окно (дней)',
    value: 'Значение',
    source: 'Источник',
    rule: 'Правило',
    markets: 'Рынки',
    terms: 'Запретные слова',
    except: 'Исключения',
    caseSensitive: 'С учётом регистра',
    limit: 'Числовой предел',
    statement: 'Утверждение',
    status: 'Статус',
    evidence: 'Подтверждение',
    market: 'Рынок',
    because: 'Потому что',
    test: 'Как проверить',
    area: 'Область',
    flexibility: 'Гибкость',
    testBudgetShare: 'Доля бюджета на тесты (0–1)',
    pivotAfterDays: 'Разворот через (дней)',
    note: 'Примечание',
    checkIn: 'Встречи',
    participants: 'Участники',
    party: 'Сторона (id)',
    date: 'Дата (ГГГГ-ММ-ДД)',
    languageCode: 'Код языка',
  },
  things: {
    party: 'Сторона',
    metric: 'Метрика',
    channel: 'Канал',
    market: 'Рынок',
    kpi: 'KPI',
    baseline: 'Исходный показатель',
    redLine: 'Красная линия',
    hypothesis: 'Гипотеза',
    assumption: 'Допущение',
    compromise: 'Компромисс',
    signOff: 'Подпись',
  },
  addItem: {
    party: 'Добавить сторону',
    metric: 'Добавить метрику',
    channel: 'Добавить канал',
    market: 'Добавить рынок',
    kpi: 'Добавить KPI',
    baseline: 'Добавить исходный показатель',
    redLine: 'Добавить красную линию',
    hypothesis: 'Добавить гипотезу',
    assumption: 'Добавить допущение',
    compromise: 'Добавить компромисс',
    signOff: 'Добавить подпись',
  },
  remove: 'Удалить',
  removeItem: (thing, n) => `Удалить: ${thing.toLowerCase()} ${n}`,
  problems: {
    title: 'Ошибки',
    valid: 'Ошибок нет: документ корректен.',
    allShown: (n) => `Ошибок: ${n}, каждая показана рядом со своим полем.`,
    unplaced: (n) => `Ошибок без своего поля: ${n}. Выберите ошибку, чтобы открыть её раздел:`,
    inSection: (n) => `ошибок: ${n}`,
    line: (n) => `строка ${n}: `,
    key: (name) => `${name}: `,
    icon: 'Ошибка:',
  },
  hints: {
    onePerLine: 'По одному в строке.',
    commaSeparated: 'Через запятую.',
    marketsList: 'Идентификаторы рынков через запятую или * для всех рынков.',
    pivot: 'Через сколько дней рассматривать разворот, по рынкам.',
    share: 'Например, 0.1 — это 10% бюджета.',
    noMarkets: 'Сначала добавьте рынок.',
    addLanguage: 'Добавить язык',
    removeLanguage: (code) => `Удалить язык ${code}`,
    emptyList: 'Пока ничего нет.',
    limitNone: 'Числового предела нет.',
  },
  addLimit: 'Добавить числовой предел',
  removeLimit: 'Удалить числовой предел',
  strategy: {
    'trust-first': 'trust-first — сначала доверие, потом продажи',
    'conversion-first': 'conversion-first — продажи с первого дня',
    awareness: 'awareness — охват важнее продаж',
  },
  status: {
    proposed: 'предложена',
    validated: 'подтверждена',
    challenged: 'под сомнением',
    refined: 'уточнена',
    rejected: 'отклонена',
  },
  flexibility: { none: 'нет', low: 'низкая', medium: 'средняя', high: 'высокая' },
  choose: '— выберите —',
  notAChoice: (value) => `${value} (недопустимое значение)`,
  tryIt: {
    redLineTitle: 'Проверить красную линию',
    kpiTitle: 'Проверить KPI',
    label: 'Фраза для проверки',
    placeholder: 'Вставьте фразу из брифа или письма…',
    hintRedLine: 'Вставьте фразу, чтобы сразу увидеть, срабатывает ли эта красная линия и почему.',
    hintKpi: 'Вставьте фразу, чтобы сразу увидеть, срабатывает ли этот KPI и почему.',
    fixFirst: 'В документе есть ошибки; сначала исправьте их:',
    more: (n) => `и ещё ${n}`,
    fires: 'Срабатывает',
    doesNotFire: 'Не срабатывает',
    otherRules: 'На этой фразе срабатывают другие правила:',
    noOtherRules: 'Другие правила тоже не срабатывают.',
    engineFailed: (reason) => `Проверка не удалась: ${reason}`,
    noId: 'Сначала задайте идентификатор: замечания ссылаются на него.',
  },
  starter: {
    title: 'Новый документ о согласовании',
    ourTeam: 'Наша команда',
    partnerTeam: 'Команда партнёра',
    market: 'Первый рынок',
  },
};

export const EDITOR_TEXT: Record<EditorLang, EditorText> = { en, ru };

export function editorText(lang: EditorLang): EditorText {
  return EDITOR_TEXT[lang];
}
