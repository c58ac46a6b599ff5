import type { HypothesisStatus } from '@/lib/alignment/schema';
import { FINDING_KINDS, type FindingKind, type Severity, type UiLang } from '@/lib/engine/types';
import { pluralRu as plural } from '@/lib/plural';

/**
 * The words of Accord's own UI (cards, banners, badges, the side panel, the context menu), in the UI
 * language in force: the stored setting, else the browser's (lib/ui-lang.ts). They are a typed dictionary
 * here rather than locales/*.yml because `browser.i18n.getMessage` always answers in the browser's
 * language and cannot switch at runtime; locales/ holds only what the browser draws itself (the
 * manifest's name, description, shortcut and titles).
 */
export interface UiText {
  severity: Record<Severity, string>;
  kind: Record<FindingKind, [one: string, many: string]>;
  conflicts(n: number): string;
  /** "(rev. 3)"; "(rev. 4, not signed off)" when not every party signed that revision. */
  withDoc(revision: number, signed?: boolean): string;
  /** A badge beside the document's name when not every party signed its current revision. */
  notSignedOff: string;
  agreed: string;
  from: string;
  market: string;
  quoted: string;
  openPanel: string;
  panelUnavailable: string;
  dismiss: string;
  intentional: string;
  notePlaceholder: string;
  saveNote: string;
  cancel: string;
  noted: string;
  close: string;
  previous: string;
  next: string;
  review: string;
  of: string;
  checking: string;
  noConflicts: string;
  truncated: string;
  /** The context menu item on a selection; the same as `checkSelection` in locales/<lang>.yml. */
  checkSelection: string;
  /** Where a finding in the side panel comes from. */
  source: { draft(subject: string | null): string; message: string; document: string; selection: string };
  /** The side panel's words. */
  panel: PanelText;
}

/** The side panel (entrypoints/sidepanel, components/panel). */
export interface PanelText {
  rev(n: number): string;
  /** The header's link to the weekly check-in report (report.html). */
  report: string;
  docProblem: string;
  tabs: string;
  findingsTab: string;
  agreedTab: string;
  marketFilter: string;
  allMarkets: string;
  loading: string;
  unsupportedTitle: string;
  unsupportedBody: string;
  noFindings(title: string, revision: number): string;
  filteredEmpty(market: string, elsewhere: number): string;
  unchecked(language: string): string;
  otherLanguage: string;
  routeSaved: string;
  routeSelection: string;
  refresh: string;
  refreshing: string;
  refreshFailed(reason: string): string;
  errorTitle: string;
  errorBody(reason: string): string;
  stale(reason: string): string;
  locateHint: string;
  locateFailed(reason: string): string;
  notLocatable: string;
  /** A report's note, sent as a code (`truncated`, `no-layer`, `live-unavailable:<reason>`, `unreadable:<reason>`); anything else as it is. */
  note(code: string): string;
  quotedBadge: string;
  kpis: string;
  metric: string;
  target: string;
  range: string;
  window: string;
  baseline: string;
  days(n: number): string;
  noKpis: string;
  channels: string;
  primary: string;
  secondary: string;
  avoid: string;
  why: string;
  toneMessaging: string;
  voice: string;
  lead: string;
  toneAvoid: string;
  leadAvoid: string;
  examples: string;
  redLines: string;
  allMarketsShort: string;
  hypotheses: string;
  status: Record<HypothesisStatus, string>;
  evidence: string;
  assumptions: string;
  because: string;
  test: string;
  signOff: string;
  notSigned: string;
  staleSignature: string;
  docError: string;
}

/** Said in the Gmail banner and badge and in the side panel's note. */
const TRUNCATED_EN = 'Only the first part of this very long text was checked.';
const TRUNCATED_RU = 'Проверено только начало этого очень длинного текста.';

const EN: UiText = {
  severity: { error: 'Red flag', warning: 'Warning', info: 'Note' },
  kind: {
    'red-line': ['red line', 'red lines'],
    kpi: ['KPI', 'KPI'],
    channel: ['channel', 'channels'],
    tone: ['tone', 'tone'],
    objective: ['objective', 'objective'],
    messaging: ['messaging', 'messaging'],
    assumption: ['assumption', 'assumptions'],
  },
  conflicts: (n) => `${n} ${n === 1 ? 'conflict' : 'conflicts'} with the alignment document`,
  withDoc: (r, signed = true) => (signed ? `(rev. ${r})` : `(rev. ${r}, not signed off)`),
  notSignedOff: 'not signed off',
  agreed: 'Agreed',
  from: 'From',
  market: 'Market',
  quoted: 'In a quoted earlier message',
  openPanel: 'Open in side panel',
  panelUnavailable: 'Open the side panel from the Accord toolbar button.',
  dismiss: 'Dismiss here',
  intentional: 'Intentional — note for the weekly check-in',
  notePlaceholder: 'Why is this intentional?',
  saveNote: 'Save note',
  cancel: 'Cancel',
  noted: 'Noted for the weekly check-in.',
  close: 'Close',
  previous: 'Previous',
  next: 'Next',
  review: 'Review',
  of: 'of',
  checking: 'Checking…',
  noConflicts: 'No conflicts',
  truncated: TRUNCATED_EN,
  checkSelection: 'Check with Accord',
  source: { draft: (subject) => (subject ? `Draft: ${subject}` : 'Draft'), message: 'Message', document: 'Document', selection: 'Selected text' },
  panel: {
    rev: (n) => `rev. ${n}`,
    report: 'Weekly report',
    docProblem: 'Your team’s document could not be used; the built-in example stands in.',
    tabs: 'Views',
    findingsTab: 'Findings',
    agreedTab: 'Agreed values',
    marketFilter: 'Market',
    allMarkets: 'All markets',
    loading: 'Loading…',
    unsupportedTitle: 'Not a supported page',
    unsupportedBody: 'Accord checks Gmail and Google Docs. On any other page, select text, right-click it and choose “Check with Accord”.',
    noFindings: (title, r) => `No conflicts with ${title} (rev. ${r})`,
    filteredEmpty: (market, n) => `No findings for ${market}. ${n} more under “All markets”.`,
    unchecked: (language) => `Parts in ${language} were not checked.`,
    otherLanguage: 'another language',
    routeSaved: 'Saved version of the document',
    routeSelection: 'Selected text',
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    refreshFailed: (reason) => `Could not refresh: ${reason}`,
    errorTitle: 'Accord is not answering',
    errorBody: (reason) => `The extension’s background did not answer (${reason}). Reload the page or reopen the panel.`,
    stale: (reason) => `Showing the last report: the background did not answer (${reason}).`,
    locateHint: 'Show in the page',
    locateFailed: (reason) => `Could not show this in the page: ${reason}`,
    notLocatable: 'Checked from a selection: cannot be shown in the page.',
    note: (code) =>
      noteText(code, {
        truncated: () => TRUNCATED_EN,
        'no-layer': () => 'Live text read; this page draws no annotated layer, so highlights show here only.',
        'live-unavailable': (why) => `Live text unavailable (${why}): showing the saved version.`,
        unreadable: (why) => `The document could not be read (${why}).`,
      }),
    quotedBadge: 'quoted',
    kpis: 'KPIs',
    metric: 'Metric',
    target: 'Target',
    range: 'Range',
    window: 'Window',
    baseline: 'Baseline',
    days: (n) => (n === 1 ? 'day' : 'days'),
    noKpis: 'The document sets no KPIs.',
    channels: 'Channel plan',
    primary: 'Primary',
    secondary: 'Secondary',
    avoid: 'Avoid',
    why: 'Why',
    toneMessaging: 'Tone and messaging',
    voice: 'Voice',
    lead: 'Lead with',
    toneAvoid: 'Tone to avoid',
    leadAvoid: 'Do not lead with',
    examples: 'Example',
    redLines: 'Red lines',
    allMarketsShort: 'all markets',
    hypotheses: 'Hypotheses',
    status: { proposed: 'proposed', validated: 'validated', challenged: 'challenged', refined: 'refined', rejected: 'rejected' },
    evidence: 'Evidence',
    assumptions: 'Assumptions',
    because: 'Because',
    test: 'Test',
    signOff: 'Sign-off',
    notSigned: 'Not signed off yet.',
    staleSignature: 'an earlier revision',
    docError: 'The alignment document could not be read.',
  },
};

const RU: UiText = {
  severity: { error: 'Нарушение', warning: 'Предупреждение', info: 'Заметка' },
  kind: {
    'red-line': ['красная линия', 'красные линии'],
    kpi: ['KPI', 'KPI'],
    channel: ['канал', 'каналы'],
    tone: ['тон', 'тон'],
    objective: ['цель', 'цель'],
    messaging: ['сообщения', 'сообщения'],
    assumption: ['допущение', 'допущения'],
  },
  conflicts: (n) => `${n} ${plural(n, 'расхождение', 'расхождения', 'расхождений')} с документом о согласовании`,
  withDoc: (r, signed = true) => (signed ? `(ред. ${r})` : `(ред. ${r}, не подписана)`),
  notSignedOff: 'не подписана',
  agreed: 'Согласовано',
  from: 'Источник',
  market: 'Рынок',
  quoted: 'В цитате из прежнего письма',
  openPanel: 'Открыть в боковой панели',
  panelUnavailable: 'Откройте боковую панель кнопкой Accord на панели браузера.',
  dismiss: 'Скрыть здесь',
  intentional: 'Намеренно — заметка к еженедельной встрече',
  notePlaceholder: 'Почему это намеренно?',
  saveNote: 'Сохранить',
  cancel: 'Отмена',
  noted: 'Заметка сохранена для еженедельной встречи.',
  close: 'Закрыть',
  previous: 'Назад',
  next: 'Далее',
  review: 'Просмотреть',
  of: 'из',
  checking: 'Проверка…',
  noConflicts: 'Расхождений нет',
  truncated: TRUNCATED_RU,
  checkSelection: 'Проверить в Accord',
  source: { draft: (subject) => (subject ? `Черновик: ${subject}` : 'Черновик'), message: 'Письмо', document: 'Документ', selection: 'Выделенный текст' },
  panel: {
    rev: (n) => `ред. ${n}`,
    report: 'Недельный отчёт',
    docProblem: 'Документ команды не удалось использовать; вместо него действует встроенный пример.',
    tabs: 'Разделы',
    findingsTab: 'Расхождения',
    agreedTab: 'Согласовано',
    marketFilter: 'Рынок',
    allMarkets: 'Все рынки',
    loading: 'Загрузка…',
    unsupportedTitle: 'Эта страница не поддерживается',
    unsupportedBody: 'Accord проверяет Gmail и Google Документы. На любой другой странице выделите текст, нажмите правую кнопку мыши и выберите «Проверить в Accord».',
    noFindings: (title, r) => `Нет расхождений с документом «${title}» (ред. ${r})`,
    filteredEmpty: (market, n) => `Для рынка «${market}» расхождений нет. Ещё ${n} — в разделе «Все рынки».`,
    unchecked: (language) => `Части текста на языке «${language}» не проверены.`,
    otherLanguage: 'другой язык',
    routeSaved: 'Сохранённая версия документа',
    routeSelection: 'Выделенный текст',
    refresh: 'Обновить',
    refreshing: 'Обновление…',
    refreshFailed: (reason) => `Не удалось обновить: ${reason}`,
    errorTitle: 'Accord не отвечает',
    errorBody: (reason) => `Фоновая часть расширения не ответила (${reason}). Перезагрузите страницу или откройте панель заново.`,
    stale: (reason) => `Показан последний отчёт: фоновая часть не ответила (${reason}).`,
    locateHint: 'Показать на странице',
    locateFailed: (reason) => `Не удалось показать на странице: ${reason}`,
    notLocatable: 'Проверено по выделению: показать на странице нельзя.',
    note: (code) =>
      noteText(code, {
        truncated: () => TRUNCATED_RU,
        'no-layer': () => 'Текст прочитан, но страница не рисует слой с разметкой: расхождения видны только здесь.',
        'live-unavailable': (why) => `Живой текст недоступен (${why}): показана сохранённая версия.`,
        unreadable: (why) => `Документ не удалось прочитать (${why}).`,
      }),
    quotedBadge: 'цитата',
    kpis: 'KPI',
    metric: 'Метрика',
    target: 'Цель',
    range: 'Диапазон',
    window: 'Окно',
    baseline: 'База',
    days: () => 'дн.',
    noKpis: 'В документе нет KPI.',
    channels: 'Каналы',
    primary: 'Основные',
    secondary: 'Дополнительные',
    avoid: 'Избегать',
    why: 'Почему',
    toneMessaging: 'Тон и сообщения',
    voice: 'Голос',
    lead: 'Начинать с',
    toneAvoid: 'Избегать в тоне',
    leadAvoid: 'Не начинать с',
    examples: 'Пример',
    redLines: 'Красные линии',
    allMarketsShort: 'все рынки',
    hypotheses: 'Гипотезы',
    status: { proposed: 'предложена', validated: 'подтверждена', challenged: 'под сомнением', refined: 'уточнена', rejected: 'отклонена' },
    evidence: 'Данные',
    assumptions: 'Допущения',
    because: 'Основание',
    test: 'Проверка',
    signOff: 'Подписи',
    notSigned: 'Документ ещё не подписан.',
    staleSignature: 'прежняя редакция',
    docError: 'Не удалось прочитать документ о согласовании.',
  },
};

/** A report note's text: each line a code (`name` or `name:detail`) written in the UI language, unknown ones as they are. */
function noteText(code: string, texts: Record<string, (detail: string) => string>): string {
  return code
    .split('\n')
    .map((line) => {
      const at = line.indexOf(':');
      const name = at < 0 ? line : line.slice(0, at);
      const write = texts[name];
      return write ? write(at < 0 ? '' : line.slice(at + 1)) : line;
    })
    .join(' ');
}


export function uiText(lang: UiLang): UiText {
  return lang === 'ru' ? RU : EN;
}

/** "3 conflicts with the alignment document (rev. 3): 1 red line, 2 KPI". */
export function summarizeFindings(t: UiText, findings: { kind: FindingKind }[], revision: number, signed = true): string {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const parts = [...counts]
    .sort(([a], [b]) => FINDING_KINDS.indexOf(a) - FINDING_KINDS.indexOf(b))
    .map(([k, n]) => `${n} ${t.kind[k][n === 1 ? 0 : 1]}`);
  return `${t.conflicts(findings.length)} ${t.withDoc(revision, signed)}: ${parts.join(', ')}`;
}
