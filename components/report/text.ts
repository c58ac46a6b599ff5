import type { UiLang } from '@/lib/engine/types';

export type PresetId = 'checkin' | 'week' | 'month';

/**
 * The report page's words. Both languages implement the whole interface, so a missing word is a type
 * error. The sentences the page shares with the Markdown export (top conflicts, ranges, plurals) live in
 * lib/drift/markdown.ts, so the page and the export never say a thing two ways.
 */
export interface ReportText {
  pageTitle: string;
  docLine(title: string, revision: number): string;
  loading: string;
  readFailed(reason: string): string;
  range: string;
  from: string;
  to: string;
  presets: Record<PresetId, string>;
  comparedWith(range: string): string;
  totals: string;
  conflicts: string;
  previous(n: number): string;
  trend: { up: string; down: string; same: string };
  sources: string;
  dismissed: string;
  intentionalCount: string;
  byMarket: string;
  thisPeriod: string;
  previousPeriod: string;
  /** The chart's accessible summary; `parts` is "United States: KPI 4 (2), …". */
  chartLabel(parts: string): string;
  market: string;
  total: string;
  byDay: string;
  dayChartLabel(parts: string): string;
  topConflicts: string;
  redLines: string;
  intentional: string;
  intentionalHint: string;
  flagged: string;
  agreed: string;
  propose: string;
  proposing: string;
  proposed(summary: string): string;
  proposeFailed(reason: string): string;
  stale: string;
  empty: string;
  emptyHint: string;
  copyMd: string;
  copied: string;
  copyFailed: string;
  downloadMd: string;
  print: string;
  settings: string;
  record: string;
  recordHint: string;
  retention: string;
  clearLog: string;
  confirmClear: string;
  exportLog: string;
  saveFailed(reason: string): string;
}

export const REPORT_TEXT: Record<UiLang, ReportText> = {
  en: {
    pageTitle: 'Weekly report',
    docLine: (title, r) => `${title} · rev. ${r}`,
    loading: 'Reading the drift log…',
    readFailed: (reason) => `Could not read the drift log: ${reason}`,
    range: 'Period',
    from: 'From',
    to: 'To',
    presets: { checkin: 'Since last check-in', week: 'Last 7 days', month: 'Last 30 days' },
    comparedWith: (r) => `Compared with ${r}`,
    totals: 'Totals',
    conflicts: 'Conflicts',
    previous: (n) => `previous period: ${n}`,
    trend: { up: 'up', down: 'down', same: 'unchanged' },
    sources: 'Emails, drafts and briefs',
    dismissed: 'Dismissed',
    intentionalCount: 'Noted as intentional',
    byMarket: 'Conflicts by market and kind',
    thisPeriod: 'This period',
    previousPeriod: 'Previous period (lighter)',
    chartLabel: (parts) => `Conflicts by market and kind, this period (previous period): ${parts}`,
    market: 'Market',
    total: 'Total',
    byDay: 'Conflicts per day',
    dayChartLabel: (parts) => `Conflicts per day: ${parts}`,
    topConflicts: 'Top conflicts',
    redLines: 'Red lines hit',
    intentional: 'Noted as intentional',
    intentionalHint: 'Candidates for a change to the alignment document.',
    flagged: 'Flagged',
    agreed: 'Agreed',
    propose: 'Propose a change',
    proposing: 'Drafting…',
    proposed: (summary) => `Drafted as a new unsigned revision: ${summary}`,
    proposeFailed: (reason) => `Could not draft the change: ${reason}`,
    stale: 'Hypotheses past their test window',
    empty: 'Nothing in this period.',
    emptyHint: 'No conflicts and no notes were recorded between these dates. Try a longer period.',
    copyMd: 'Copy Markdown',
    copied: 'Copied.',
    copyFailed: 'Could not copy to the clipboard.',
    downloadMd: 'Download .md',
    print: 'Print',
    settings: 'Drift log',
    record: 'Record conflicts for this report',
    recordHint: 'Kept on this computer only: rule, market, kind and where; never the text.',
    retention: 'Keep for (days)',
    clearLog: 'Clear log',
    confirmClear: 'Delete every recorded conflict? This cannot be undone.',
    exportLog: 'Export log (JSON)',
    saveFailed: (reason) => `Could not save: ${reason}`,
  },
  ru: {
    pageTitle: 'Недельный отчёт',
    docLine: (title, r) => `${title} · ред. ${r}`,
    loading: 'Читаем журнал расхождений…',
    readFailed: (reason) => `Не удалось прочитать журнал расхождений: ${reason}`,
    range: 'Период',
    from: 'С',
    to: 'По',
    presets: { checkin: 'С последней встречи', week: 'Последние 7 дней', month: 'Последние 30 дней' },
    comparedWith: (r) => `Для сравнения: ${r}`,
    totals: 'Итоги',
    conflicts: 'Расхождения',
    previous: (n) => `в прошлый период: ${n}`,
    trend: { up: 'больше', down: 'меньше', same: 'без изменений' },
    sources: 'Письма, черновики и брифы',
    dismissed: 'Отклонено',
    intentionalCount: 'Отмечено как намеренное',
    byMarket: 'Расхождения по рынкам и видам',
    thisPeriod: 'Этот период',
    previousPeriod: 'Прошлый период (светлее)',
    chartLabel: (parts) => `Расхождения по рынкам и видам, этот период (прошлый период): ${parts}`,
    market: 'Рынок',
    total: 'Всего',
    byDay: 'Расхождения по дням',
    dayChartLabel: (parts) => `Расхождения по дням: ${parts}`,
    topConflicts: 'Главные расхождения',
    redLines: 'Нарушенные красные линии',
    intentional: 'Отмечено как намеренное',
    intentionalHint: 'Кандидаты на изменение документа согласования.',
    flagged: 'Отмечено',
    agreed: 'Согласовано',
    propose: 'Предложить изменение',
    proposing: 'Готовим черновик…',
    proposed: (summary) => `Черновик новой неподписанной редакции: ${summary}`,
    proposeFailed: (reason) => `Не удалось подготовить изменение: ${reason}`,
    stale: 'Гипотезы после окна проверки',
    empty: 'За этот период ничего нет.',
    emptyHint: 'Между этими датами не записано ни расхождений, ни заметок. Попробуйте период подлиннее.',
    copyMd: 'Скопировать Markdown',
    copied: 'Скопировано.',
    copyFailed: 'Не удалось скопировать в буфер обмена.',
    downloadMd: 'Скачать .md',
    print: 'Печать',
    settings: 'Журнал расхождений',
    record: 'Записывать расхождения для отчёта',
    recordHint: 'Хранится только на этом компьютере: правило, рынок, вид и где; сам текст — никогда.',
    retention: 'Хранить (дней)',
    clearLog: 'Очистить журнал',
    confirmClear: 'Удалить все записанные расхождения? Отменить будет нельзя.',
    exportLog: 'Экспорт журнала (JSON)',
    saveFailed: (reason) => `Не удалось сохранить: ${reason}`,
  },
};
