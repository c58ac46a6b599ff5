import { FINDING_KINDS, type FindingKind, type Severity, type UiLang } from '@/lib/engine/types';

/** The words of Accord's in-page UI, in the user's browser language. */
export interface UiText {
  severity: Record<Severity, string>;
  kind: Record<FindingKind, [one: string, many: string]>;
  conflicts(n: number): string;
  withDoc(revision: number): string;
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
}

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
  withDoc: (r) => `(rev. ${r})`,
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
  truncated: 'Only the first part of this very long text was checked.',
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
  withDoc: (r) => `(ред. ${r})`,
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
  truncated: 'Проверено только начало этого очень длинного текста.',
};

function plural(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
}

export function uiText(lang: UiLang): UiText {
  return lang === 'ru' ? RU : EN;
}

/** "3 conflicts with the alignment document (rev. 3): 1 red line, 2 KPI". */
export function summarizeFindings(t: UiText, findings: { kind: FindingKind }[], revision: number): string {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const parts = [...counts]
    .sort(([a], [b]) => FINDING_KINDS.indexOf(a) - FINDING_KINDS.indexOf(b))
    .map(([k, n]) => `${n} ${t.kind[k][n === 1 ? 0 : 1]}`);
  return `${t.conflicts(findings.length)} ${t.withDoc(revision)}: ${parts.join(', ')}`;
}
