import { pluralRu } from '../plural';
import type { UiLang } from '../engine/types';

/**
 * Everything the command line says itself, in English and Russian (`--lang`); English by default. What it
 * prints as data (JSON keys and values, severities, kinds, rule ids, file names) is never translated.
 * The KPI table writes its own words (lib/alignment/kpi-table.ts); a document's problems are listed as
 * the loader words them (lib/alignment/load.ts), in English.
 */
export interface CliText {
  usage: string;
  needsValue(option: string): string;
  unknownOption(option: string): string;
  /** `command` is '' when none was given. */
  unknownCommand(command: string): string;
  badValue(option: string, value: string, allowed: readonly string[]): string;
  checkNeedsFiles: string;
  validateTakesOneFile: string;
  /** `code`: Node's error code (`ENOENT`), or the error's message when there is none. */
  cannotRead(file: string, code: string): string;
  invalidDocument(file: string, problems: number): string;
  unchecked: string;
  quoted: string;
  summary(s: Summary): string;
  valid(file: string, title: string, revision: number, markets: string[]): string;
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
  files: number;
  title: string;
  revision: number;
}

const EN: CliText = {
  usage: `usage:
  accord check [--doc FILE] [--format text|json] [--lang en|ru] FILE...   check texts ('-' reads stdin)
  accord validate [--lang en|ru] FILE                                     validate an alignment document
  accord kpi [--doc FILE] [--lang en|ru] [MARKET] [METRIC]                the agreed KPIs, markets side by side`,
  needsValue: (option) => `${option} needs a value`,
  unknownOption: (option) => `unknown option ${option}`,
  unknownCommand: (command) => `unknown command ${command}`.trim(),
  badValue: (option, value, allowed) => `${option} must be ${allowed.join(' or ')}, not ${value}`,
  checkNeedsFiles: 'check needs at least one FILE (or - for stdin)',
  validateTakesOneFile: 'validate takes one FILE',
  cannotRead: (file, code) => `cannot read ${file}: ${code}`,
  invalidDocument: (file, n) => `${file}: not a valid alignment document (${n} problem${n === 1 ? '' : 's'}):`,
  unchecked: 'not checked: the text is in neither English nor Russian',
  quoted: '[quoted]',
  summary: (s) => {
    const total = s.error + s.warning + s.info;
    const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `${en(total, 'finding')} (${en(s.error, 'error')}, ${en(s.warning, 'warning')}, ${s.info} info) in ${en(s.files, 'file')}; document "${s.title}", rev. ${s.revision}`;
  },
  valid: (file, title, revision, markets) => `${file}: valid alignment/v1 document "${title}", revision ${revision}, markets ${markets.join(', ')}`,
};

/** Why a file could not be read, for the codes people meet. */
const READ_ERRORS_RU: Record<string, string> = {
  ENOENT: 'файл не найден',
  EACCES: 'нет доступа',
  EPERM: 'нет доступа',
  EISDIR: 'это папка, а не файл',
};

const RU: CliText = {
  usage: `использование:
  accord check [--doc ФАЙЛ] [--format text|json] [--lang en|ru] ФАЙЛ...   проверить тексты ('-' читает stdin)
  accord validate [--lang en|ru] ФАЙЛ                                     проверить документ о согласовании
  accord kpi [--doc ФАЙЛ] [--lang en|ru] [РЫНОК] [МЕТРИКА]                согласованные KPI, рынки рядом`,
  needsValue: (option) => `для ${option} нужно значение`,
  unknownOption: (option) => `неизвестный параметр ${option}`,
  unknownCommand: (command) => (command ? `неизвестная команда ${command}` : 'не указана команда'),
  badValue: (option, value, allowed) => `${option}: допустимо ${allowed.join(' или ')}, а не ${value}`,
  checkNeedsFiles: 'для check нужен хотя бы один ФАЙЛ (или - для stdin)',
  validateTakesOneFile: 'validate принимает один ФАЙЛ',
  cannotRead: (file, code) => `не удалось прочитать ${file}: ${READ_ERRORS_RU[code] ? `${READ_ERRORS_RU[code]} (${code})` : code}`,
  invalidDocument: (file, n) => `${file}: это не корректный документ о согласовании (${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}):`,
  unchecked: 'не проверено: текст не на английском и не на русском',
  quoted: '[в цитате]',
  summary: (s) => {
    const total = s.error + s.warning + s.info;
    const ru = (n: number, one: string, few: string, many: string) => `${n} ${pluralRu(n, one, few, many)}`;
    return `${ru(total, 'расхождение', 'расхождения', 'расхождений')} (${ru(s.error, 'ошибка', 'ошибки', 'ошибок')}, ${ru(s.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ${ru(s.info, 'замечание', 'замечания', 'замечаний')}) в ${s.files} ${pluralRu(s.files, 'файле', 'файлах', 'файлах')}; документ «${s.title}», ред. ${s.revision}`;
  },
  valid: (file, title, revision, markets) => `${file}: корректный документ alignment/v1 «${title}», редакция ${revision}, рынки ${markets.join(', ')}`,
};

export function cliText(lang: UiLang): CliText {
  return lang === 'ru' ? RU : EN;
}

/**
 * The language asked for by `--lang ru` or `--lang=ru` anywhere in the arguments, so that even a mistake
 * made before it (or in the command) is explained in that language; English otherwise.
 */
export function langOfArgs(argv: readonly string[]): UiLang {
  let lang: UiLang = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'ru') lang = value;
  }
  return lang;
}

