import type { UiLang } from '@/lib/engine/types';
import type { LookupItemRow } from '@/lib/kpi-lookup';

/** The popup's words. Both languages implement the whole interface, so a missing word is a type error. */
export interface PopupText {
  intro: string;
  searchLabel: string;
  placeholder: string;
  hint: string;
  results: string;
  loading: string;
  readFailed: string;
  noKpis: string;
  rev(n: number): string;
  signed(date: string): string;
  notSigned: string;
  notSignedBy(names: string): string;
  example: string;
  storedInvalid: string;
  copied(what: string): string;
  copyFailed: string;
  field: { target: string; range: string; window: string; baseline: string };
  kind: Record<LookupItemRow['kind'], string>;
  openPanel: string;
  /** Opens the weekly check-in report (report.html) in a tab. */
  report: string;
  checkOn: string;
}

export const POPUP_TEXT: Record<UiLang, PopupText> = {
  en: {
    intro: 'Accord checks briefs and emails against your alignment document, on this computer.',
    searchLabel: 'Look up an agreed KPI',
    placeholder: 'US CAC, конверсия RU, nurture…',
    hint: '↑ ↓ choose · Enter copies · Esc clears',
    results: 'Agreed values',
    loading: 'Reading the alignment document…',
    readFailed: 'Could not read the alignment document.',
    noKpis: 'The document sets no KPIs.',
    rev: (n) => `rev. ${n}`,
    signed: (date) => `signed ${date}`,
    notSigned: 'not signed off',
    notSignedBy: (names) => `not yet signed by ${names}`,
    example: 'built-in example',
    storedInvalid: 'The stored document is not valid; the built-in example is shown.',
    copied: (what) => `Copied: ${what}`,
    copyFailed: 'Could not copy to the clipboard.',
    field: { target: 'target', range: 'range', window: 'window', baseline: 'baseline' },
    kind: { hypothesis: 'Hypothesis', assumption: 'Assumption', 'red-line': 'Red line', channel: 'Channel' },
    openPanel: 'Open side panel',
    report: 'Weekly report',
    checkOn: 'Check on',
  },
  ru: {
    intro: 'Accord сверяет брифы и письма с документом согласования, прямо на этом компьютере.',
    searchLabel: 'Найти согласованный KPI',
    placeholder: 'US CAC, конверсия RU, прогрев…',
    hint: '↑ ↓ выбор · Enter копирует · Esc очищает',
    results: 'Согласованные значения',
    loading: 'Читаем документ согласования…',
    readFailed: 'Не удалось прочитать документ согласования.',
    noKpis: 'В документе нет KPI.',
    rev: (n) => `ред. ${n}`,
    signed: (date) => `подписано ${date}`,
    notSigned: 'не подписан',
    notSignedBy: (names) => `ещё не подписали: ${names}`,
    example: 'встроенный пример',
    storedInvalid: 'Сохранённый документ с ошибками; показан встроенный пример.',
    copied: (what) => `Скопировано: ${what}`,
    copyFailed: 'Не удалось скопировать в буфер обмена.',
    field: { target: 'цель', range: 'диапазон', window: 'окно', baseline: 'база' },
    kind: { hypothesis: 'Гипотеза', assumption: 'Допущение', 'red-line': 'Красная линия', channel: 'Канал' },
    openPanel: 'Открыть боковую панель',
    report: 'Недельный отчёт',
    checkOn: 'Проверять на',
  },
};
