import type { UiLang } from '@/lib/engine/types';
import type { DiffEntry, DiffSection } from '@/lib/alignment/diff';

/** Every word of the options page (entrypoints/options, components/options), in English and Russian. */
export interface OptionsText {
  appTitle: string;
  appSubtitle: string;
  language: string;
  langAuto: string;
  loading: string;
  loadFailed(reason: string): string;
  actionFailed(reason: string): string;

  // Sidebar
  documents: string;
  example: string;
  active: string;
  unsigned: string;
  unsignedTitle(missing: string[]): string;
  draft: string;
  following: string;
  rev(n: number): string;
  notSavedYet: string;
  createOwn: string;
  fromExample: string;
  importDoc: string;
  importPasteOpen: string;
  followUrl: string;
  firstRun: string;
  newDocumentName: string;
  copyName(title: string): string;

  // The built-in example
  exampleIntro: string;
  exampleReadOnly: string;
  copyToEdit: string;
  counts(markets: number, kpis: number, redLines: number): string;
  showJson: string;

  // Sign-off
  signedOn(date: string): string;
  notSignedOff(missing: string[]): string;
  changedAfterSigning(signed: number, current: number): string;

  // Document actions
  makeActive: string;
  isActive: string;
  draftCannotBeActive: string;
  rename: string;
  nameLabel: string;
  saveName: string;
  cancel: string;
  exportDoc: string;
  exportNothing: string;
  deleteDoc: string;
  confirmDelete(name: string): string;
  confirmDeleteActive: string;
  deleteYes: string;

  // Tabs
  tabsLabel: string;
  tabEdit: string;
  tabHistory: string;
  tabSource: string;

  // Edit
  editingDraft(rev: number | null): string;
  draftSavedAt(time: string): string;
  draftSaving: string;
  saveRevision: string;
  savedRevision(rev: number): string;
  saveProblems(n: number): string;
  discardDraft: string;
  confirmDiscard: string;
  revisionHint: string;
  followedEditNote: string;
  /** A change drafted from a weekly check-in note (lib/drift/propose.ts), opened by a deep link. */
  proposedNotice(summary: string): string;

  // History
  historyEmpty: string;
  colNumber: string;
  colRevision: string;
  colSaved: string;
  colOrigin: string;
  colSignOff: string;
  colCompare: string;
  origin(origin: string): string;
  current: string;
  signed: string;
  notSigned: string;
  compareWithCurrent: string;
  pickToCompare(n: number): string;
  restore: string;
  restored(n: number): string;
  diffTitle(from: number, to: number): string;
  noDifferences: string;
  closeDiff: string;
  pickHint: string;
  section: Record<DiffSection, string>;
  change: Record<DiffEntry['change'], string>;

  // Source
  sourceIntro: string;
  sourceUrl: string;
  follow: string;
  followingUrl: string;
  lastChecked: string;
  never: string;
  etag: string;
  none: string;
  workingStays(rev: number | null): string;
  checkNow: string;
  checking: string;
  stopFollowing: string;
  permissionDenied(origin: string): string;
  followed(name: string, rev: number): string;
  followTitle: string;
  notModifiedFirst(host: string): string;
  localOnly: string;

  // Import
  importTitle: string;
  importIntro: string;
  importFile: string;
  importPaste: string;
  importSubmit: string;
  importEmpty: string;
  importProblems(n: number, file: string | null): string;
  imported(name: string): string;
  readFailed(file: string, reason: string): string;
  close: string;
}

const en: OptionsText = {
  appTitle: 'Accord',
  appSubtitle: 'Alignment documents',
  language: 'Language',
  langAuto: 'Auto',
  loading: 'Loading…',
  loadFailed: (r) => `The stored documents could not be read: ${r}`,
  actionFailed: (r) => `That did not work: ${r}`,

  documents: 'Documents',
  example: 'Example',
  active: 'Active',
  unsigned: 'not signed off',
  unsignedTitle: (m) => (m.length ? `No sign-off for this revision from: ${m.join(', ')}` : 'No sign-off for this revision'),
  draft: 'draft',
  following: 'follows a URL',
  rev: (n) => `rev. ${n}`,
  notSavedYet: 'not saved yet',
  createOwn: 'Create your own',
  fromExample: 'Start from the example',
  importDoc: 'Import a file',
  importPasteOpen: 'Paste a document',
  followUrl: 'Follow a URL',
  firstRun: 'Accord is checking against the built-in example. Create your own alignment document or import the one your teams signed.',
  newDocumentName: 'New document',
  copyName: (title) => `${title} (copy)`,

  exampleIntro: 'The built-in example: a realistic document for a two-market launch. It cannot be changed; copy it to edit.',
  exampleReadOnly: 'Read-only',
  copyToEdit: 'Copy to edit',
  counts: (m, k, r) => `${m} ${m === 1 ? 'market' : 'markets'}, ${k} ${k === 1 ? 'KPI' : 'KPIs'}, ${r} ${r === 1 ? 'red line' : 'red lines'}`,
  showJson: 'Show the document as JSON',

  signedOn: (d) => `Signed off by every party (${d})`,
  notSignedOff: (m) => (m.length ? `Not signed off: no sign-off for this revision from ${m.join(', ')}` : 'Not signed off'),
  changedAfterSigning: (s, c) => `Changed after signing: rev. ${s} was signed, this is rev. ${c}`,

  makeActive: 'Make active',
  isActive: 'Active',
  draftCannotBeActive: 'Save a valid revision first: a document that is only a draft cannot be made active.',
  rename: 'Rename',
  nameLabel: 'Name',
  saveName: 'Save name',
  cancel: 'Cancel',
  exportDoc: 'Export',
  exportNothing: 'Nothing to export until a revision is saved.',
  deleteDoc: 'Delete',
  confirmDelete: (n) => `Delete “${n}” with its whole history? This cannot be undone.`,
  confirmDeleteActive: 'It is the active document: the built-in example becomes active.',
  deleteYes: 'Delete for good',

  tabsLabel: 'Document',
  tabEdit: 'Edit',
  tabHistory: 'History',
  tabSource: 'Source',

  editingDraft: (rev) =>
    rev === null ? 'Draft: this document has no saved revision yet. Save one to use it.' : `You are editing a draft; the working document stays rev. ${rev} until you save a revision.`,
  draftSavedAt: (t) => `Draft saved ${t}`,
  draftSaving: 'Saving draft…',
  saveRevision: 'Save revision',
  savedRevision: (rev) => `Saved as the current revision (rev. ${rev}).`,
  saveProblems: (n) => `Not saved: ${n} ${n === 1 ? 'problem' : 'problems'} to fix. Your draft is kept.`,
  discardDraft: 'Discard draft',
  confirmDiscard: 'Discard the draft and go back to the saved revision?',
  revisionHint: 'Raise the revision number when a change needs a new sign-off.',
  followedEditNote: 'This document follows a URL: a newer file from the team replaces the current revision; your draft is kept.',
  proposedNotice: (summary) => `Proposed from a check-in note: ${summary} — review and save as a new revision (it will need sign-off).`,

  historyEmpty: 'No revision saved yet.',
  colNumber: '#',
  colRevision: 'Revision',
  colSaved: 'Saved',
  colOrigin: 'From',
  colSignOff: 'Sign-off',
  colCompare: 'Compare',
  origin: (o) => {
    if (o === 'edit') return 'edited here';
    if (o === 'import') return 'imported';
    if (o === 'source') return 'team source';
    if (o === 'migrated') return 'earlier version of Accord';
    if (o === 'example') return 'copy of the example';
    const r = /^restore:(\d+)$/.exec(o);
    if (r) return `restored from #${Number(r[1]) + 1}`;
    return o;
  },
  current: 'current',
  signed: 'signed off',
  notSigned: 'not signed off',
  compareWithCurrent: 'Compare with current',
  pickToCompare: (n) => `Pick #${n} to compare`,
  restore: 'Restore',
  restored: (n) => `#${n} restored: it is the current revision again.`,
  diffTitle: (a, b) => `Changes from #${a} to #${b}`,
  noDifferences: 'No differences.',
  closeDiff: 'Close',
  pickHint: 'Pick two rows to compare them, or compare one with the current revision.',
  section: {
    kpis: 'KPIs',
    redLines: 'Red lines',
    channels: 'Channels',
    tone: 'Tone',
    messaging: 'Messaging',
    hypotheses: 'Hypotheses',
    assumptions: 'Assumptions',
    parties: 'Parties',
    markets: 'Markets',
    signOff: 'Sign-off',
    other: 'Other',
  },
  change: { added: 'added', removed: 'removed', changed: 'changed' },

  sourceIntro:
    'A document can follow the file your team keeps on its server (https). Accord checks it when this page opens, every 15 minutes while it is open, and on “Check now”; a broken file never replaces the working document.',
  sourceUrl: 'File address (https://…)',
  follow: 'Follow',
  followingUrl: 'Follows',
  lastChecked: 'Last checked',
  never: 'not yet',
  etag: 'ETag',
  none: 'none',
  workingStays: (rev) => (rev === null ? 'The document has no working revision yet.' : `The working document stays rev. ${rev}.`),
  checkNow: 'Check now',
  checking: 'Checking…',
  stopFollowing: 'Stop following',
  permissionDenied: (o) => `Accord needs your permission to read ${o}; it was not given.`,
  followed: (n, rev) => `“${n}” follows the URL (rev. ${rev}).`,
  followTitle: 'Follow a document on your team’s server',
  notModifiedFirst: (h) => `${h} answered “not modified” to a first request; check the address.`,
  localOnly: 'Plain http is accepted only for 127.0.0.1 and localhost.',

  importTitle: 'Import a document',
  importIntro: 'Choose an .alignment.json file, or paste the document. Nothing is stored unless it is a valid alignment document.',
  importFile: 'File',
  importPaste: 'Or paste the JSON',
  importSubmit: 'Import pasted text',
  importEmpty: 'Paste the document first.',
  importProblems: (n, f) => `${f ? `${f}: ` : ''}not imported, ${n} ${n === 1 ? 'problem' : 'problems'}:`,
  imported: (n) => `Imported as “${n}”.`,
  readFailed: (f, r) => `${f} could not be read: ${r}`,
  close: 'Close',
};

const ru: OptionsText = {
  appTitle: 'Accord',
  appSubtitle: 'Документы согласования',
  language: 'Язык',
  langAuto: 'Авто',
  loading: 'Загрузка…',
  loadFailed: (r) => `Не удалось прочитать сохранённые документы: ${r}`,
  actionFailed: (r) => `Не получилось: ${r}`,

  documents: 'Документы',
  example: 'Пример',
  active: 'Активный',
  unsigned: 'не подписан',
  unsignedTitle: (m) => (m.length ? `Эту редакцию не подписали: ${m.join(', ')}` : 'Эта редакция не подписана'),
  draft: 'черновик',
  following: 'по ссылке',
  rev: (n) => `ред. ${n}`,
  notSavedYet: 'ещё не сохранён',
  createOwn: 'Создать свой',
  fromExample: 'Начать с примера',
  importDoc: 'Импорт файла',
  importPasteOpen: 'Вставить документ',
  followUrl: 'Следить за ссылкой',
  firstRun: 'Accord проверяет по встроенному примеру. Создайте свой документ согласования или импортируйте тот, что подписали ваши команды.',
  newDocumentName: 'Новый документ',
  copyName: (title) => `${title} (копия)`,

  exampleIntro: 'Встроенный пример: реалистичный документ для запуска на двух рынках. Его нельзя изменить — сделайте копию, чтобы редактировать.',
  exampleReadOnly: 'Только чтение',
  copyToEdit: 'Копировать для правки',
  counts: (m, k, r) => `рынков: ${m}, KPI: ${k}, красных линий: ${r}`,
  showJson: 'Показать документ в JSON',

  signedOn: (d) => `Подписан всеми сторонами (${d})`,
  notSignedOff: (m) => (m.length ? `Не подписан: нет подписи этой редакции от ${m.join(', ')}` : 'Не подписан'),
  changedAfterSigning: (s, c) => `Изменён после подписания: подписана ред. ${s}, это ред. ${c}`,

  makeActive: 'Сделать активным',
  isActive: 'Активный',
  draftCannotBeActive: 'Сначала сохраните корректную редакцию: документ, у которого есть только черновик, нельзя сделать активным.',
  rename: 'Переименовать',
  nameLabel: 'Название',
  saveName: 'Сохранить название',
  cancel: 'Отмена',
  exportDoc: 'Экспорт',
  exportNothing: 'Экспортировать нечего, пока не сохранена редакция.',
  deleteDoc: 'Удалить',
  confirmDelete: (n) => `Удалить «${n}» вместе со всей историей? Это нельзя отменить.`,
  confirmDeleteActive: 'Это активный документ: активным станет встроенный пример.',
  deleteYes: 'Удалить насовсем',

  tabsLabel: 'Документ',
  tabEdit: 'Правка',
  tabHistory: 'История',
  tabSource: 'Источник',

  editingDraft: (rev) =>
    rev === null
      ? 'Черновик: у документа ещё нет сохранённой редакции. Сохраните её, чтобы им пользоваться.'
      : `Вы правите черновик; рабочим остаётся документ ред. ${rev}, пока вы не сохраните редакцию.`,
  draftSavedAt: (t) => `Черновик сохранён ${t}`,
  draftSaving: 'Сохраняю черновик…',
  saveRevision: 'Сохранить редакцию',
  savedRevision: (rev) => `Сохранено как текущая редакция (ред. ${rev}).`,
  saveProblems: (n) => `Не сохранено: проблем, которые нужно исправить, — ${n}. Черновик сохранён.`,
  discardDraft: 'Отменить черновик',
  confirmDiscard: 'Выбросить черновик и вернуться к сохранённой редакции?',
  revisionHint: 'Увеличьте номер редакции, если изменение требует новой подписи.',
  followedEditNote: 'Документ следит за ссылкой: более новый файл команды заменит текущую редакцию; ваш черновик останется.',
  proposedNotice: (summary) => `Предложено по заметке с еженедельной встречи: ${summary} — проверьте и сохраните как новую редакцию (её нужно будет подписать).`,

  historyEmpty: 'Ещё нет ни одной сохранённой редакции.',
  colNumber: '№',
  colRevision: 'Редакция',
  colSaved: 'Сохранена',
  colOrigin: 'Откуда',
  colSignOff: 'Подпись',
  colCompare: 'Сравнить',
  origin: (o) => {
    if (o === 'edit') return 'правка здесь';
    if (o === 'import') return 'импорт';
    if (o === 'source') return 'источник команды';
    if (o === 'migrated') return 'прежняя версия Accord';
    if (o === 'example') return 'копия примера';
    const r = /^restore:(\d+)$/.exec(o);
    if (r) return `восстановлена из №${Number(r[1]) + 1}`;
    return o;
  },
  current: 'текущая',
  signed: 'подписана',
  notSigned: 'не подписана',
  compareWithCurrent: 'Сравнить с текущей',
  pickToCompare: (n) => `Выбрать №${n} для сравнения`,
  restore: 'Восстановить',
  restored: (n) => `№${n} восстановлена: она снова текущая.`,
  diffTitle: (a, b) => `Изменения от №${a} к №${b}`,
  noDifferences: 'Различий нет.',
  closeDiff: 'Закрыть',
  pickHint: 'Отметьте две строки, чтобы сравнить их, или сравните одну с текущей редакцией.',
  section: {
    kpis: 'KPI',
    redLines: 'Красные линии',
    channels: 'Каналы',
    tone: 'Тон',
    messaging: 'Сообщения',
    hypotheses: 'Гипотезы',
    assumptions: 'Допущения',
    parties: 'Стороны',
    markets: 'Рынки',
    signOff: 'Подписи',
    other: 'Прочее',
  },
  change: { added: 'добавлено', removed: 'удалено', changed: 'изменено' },

  sourceIntro:
    'Документ может следить за файлом, который ваша команда держит на своём сервере (https). Accord проверяет его при открытии этой страницы, каждые 15 минут, пока она открыта, и по кнопке «Проверить сейчас»; испорченный файл никогда не заменяет рабочий документ.',
  sourceUrl: 'Адрес файла (https://…)',
  follow: 'Следить',
  followingUrl: 'Следит за',
  lastChecked: 'Последняя проверка',
  never: 'ещё не было',
  etag: 'ETag',
  none: 'нет',
  workingStays: (rev) => (rev === null ? 'У документа ещё нет рабочей редакции.' : `Рабочим остаётся документ ред. ${rev}.`),
  checkNow: 'Проверить сейчас',
  checking: 'Проверяю…',
  stopFollowing: 'Перестать следить',
  permissionDenied: (o) => `Accord нужно ваше разрешение читать ${o}; оно не было дано.`,
  followed: (n, rev) => `«${n}» следит за ссылкой (ред. ${rev}).`,
  followTitle: 'Следить за документом на сервере команды',
  notModifiedFirst: (h) => `${h} ответил «не изменён» на первый запрос; проверьте адрес.`,
  localOnly: 'Обычный http допускается только для 127.0.0.1 и localhost.',

  importTitle: 'Импорт документа',
  importIntro: 'Выберите файл .alignment.json или вставьте документ. Сохраняется только корректный документ согласования.',
  importFile: 'Файл',
  importPaste: 'Или вставьте JSON',
  importSubmit: 'Импортировать вставленное',
  importEmpty: 'Сначала вставьте документ.',
  importProblems: (n, f) => `${f ? `${f}: ` : ''}не импортирован, проблем: ${n}:`,
  imported: (n) => `Импортирован как «${n}».`,
  readFailed: (f, r) => `Не удалось прочитать ${f}: ${r}`,
  close: 'Закрыть',
};

export function optionsText(lang: UiLang): OptionsText {
  return lang === 'ru' ? ru : en;
}

/** A stored ISO time as the reader's date and time. */
export function formatTime(iso: string | null, lang: UiLang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
