import type { AlignmentDoc } from '../alignment/schema';
import { pluralRu as plural } from '../plural';
import type { FindingKind, UiLang } from '../engine/types';
import type { IntentionalNote } from '../storage/items';
import type { DateRange, DriftReport } from './aggregate';
import type { SourceKind } from './log';

/**
 * The weekly check-in report as Markdown, to paste into the meeting notes or an email, in the UI
 * language. Pure: the same report gives the same bytes on every machine, so dates and plurals are
 * written out here rather than asked of `Intl` (whose month abbreviations and spaces differ between
 * ICU versions). The report page (components/report) shows the same sentences.
 */

// ---------------------------------------------------------------------------------------------
// Words

/** Russian plural forms (lib/plural.ts), under the name the report's code uses. */
export { pluralRu as plural } from '../plural';

const MONTHS: Record<UiLang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  // Genitive abbreviations, as a date is written: "24 ноя", "3 мая".
  ru: ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
};

const KIND_LABEL: Record<UiLang, Record<FindingKind, string>> = {
  en: { 'red-line': 'Red line', kpi: 'KPI', channel: 'Channel', tone: 'Tone', objective: 'Objective', messaging: 'Messaging', assumption: 'Assumption' },
  ru: { 'red-line': 'Красная линия', kpi: 'KPI', channel: 'Каналы', tone: 'Тон', objective: 'Цель', messaging: 'Сообщения', assumption: 'Допущение' },
};

export function kindLabel(kind: FindingKind, lang: UiLang): string {
  return KIND_LABEL[lang][kind];
}

/** A market's name in the language (`United States`, `США`), its id when the document has none; `null` is text tied to no market. */
export function marketLabel(doc: AlignmentDoc, market: string | null, lang: UiLang): string {
  if (market === null) return lang === 'ru' ? 'Без рынка' : 'No market';
  const m = doc.markets.find((x) => x.id === market);
  return m?.name[lang] ?? m?.name.en ?? market;
}

// ---------------------------------------------------------------------------------------------
// Dates (local, as lib/drift/aggregate.ts counts days and check-ins)

/** An ISO instant, or a `yyyy-mm-dd` day (the report's `byDay`), as a local date. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

/** "24 Nov 2026" / "24 ноя 2026". */
export function formatDay(value: string | Date, lang: UiLang): string {
  const d = toDate(value);
  return `${d.getDate()} ${MONTHS[lang][d.getMonth()]} ${d.getFullYear()}`;
}

/** The last moment a range covers: `to` is exclusive. */
export function lastDay(range: DateRange): Date {
  return new Date(Math.max(Date.parse(range.from), Date.parse(range.to) - 1));
}

/** "24 Nov – 1 Dec 2026", "24–30 Nov 2026", "28 Dec 2026 – 3 Jan 2027", "1 Dec 2026". */
export function formatRange(range: DateRange, lang: UiLang): string {
  const a = new Date(range.from);
  const b = lastDay(range);
  const month = (d: Date) => MONTHS[lang][d.getMonth()];
  const sameYear = a.getFullYear() === b.getFullYear();
  const sameMonth = sameYear && a.getMonth() === b.getMonth();
  if (sameMonth && a.getDate() === b.getDate()) return formatDay(b, lang);
  if (sameMonth) return `${a.getDate()}–${b.getDate()} ${month(b)} ${b.getFullYear()}`;
  if (sameYear) return `${a.getDate()} ${month(a)} – ${formatDay(b, lang)}`;
  return `${formatDay(a, lang)} – ${formatDay(b, lang)}`;
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** ▲ more than before, ▼ fewer, nothing when the same. */
export function trendArrow(now: number, previous: number): '▲' | '▼' | '' {
  return now > previous ? '▲' : now < previous ? '▼' : '';
}

type Forms = readonly [one: string, few: string, many: string];

const SOURCE_ORDER: readonly SourceKind[] = ['email', 'draft', 'brief'];

/** EN: subject of a sentence; RU: after "в" (prepositional), which needs no verb agreement. */
const SOURCE_WORDS: Record<UiLang, Record<SourceKind, Forms>> = {
  en: { email: ['email', 'emails', 'emails'], draft: ['draft', 'drafts', 'drafts'], brief: ['brief', 'briefs', 'briefs'] },
  ru: { email: ['письме', 'письмах', 'письмах'], draft: ['черновике', 'черновиках', 'черновиках'], brief: ['брифе', 'брифах', 'брифах'] },
};

function count(n: number, forms: Forms, lang: UiLang): string {
  const word = lang === 'ru' ? plural(n, ...forms) : n === 1 ? forms[0] : forms[2];
  return `${n} ${word}`;
}

/** "2 emails and 1 brief" / "2 письмах и 1 брифе". */
export function sourcesPhrase(bySourceKind: Record<SourceKind, number>, lang: UiLang): string {
  const parts = SOURCE_ORDER.filter((k) => (bySourceKind[k] ?? 0) > 0).map((k) => count(bySourceKind[k], SOURCE_WORDS[lang][k], lang));
  const and = lang === 'ru' ? ' и ' : ' and ';
  if (parts.length <= 1) return parts[0] ?? count(0, SOURCE_WORDS[lang].email, lang);
  return `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`;
}

/** "1 source" / "3 источника", a count of distinct emails, drafts and briefs. */
export function sourcesCount(n: number, lang: UiLang): string {
  return count(n, lang === 'ru' ? ['источник', 'источника', 'источников'] : ['source', 'sources', 'sources'], lang);
}

export function daysCount(n: number, lang: UiLang): string {
  return count(n, lang === 'ru' ? ['день', 'дня', 'дней'] : ['day', 'days', 'days'], lang);
}

/** What the metric of a KPI entry is called in the language: `CAC`, `conversion rate`, `конверсия`. */
function kpiMetricName(doc: AlignmentDoc, ruleId: string, lang: UiLang): string | null {
  for (const market of doc.markets) {
    const kpi = market.kpis?.find((k) => k.id === ruleId);
    if (!kpi) continue;
    const names = doc.metrics?.find((m) => m.id === kpi.metric)?.names;
    return names?.[lang]?.[0] ?? names?.en?.[0] ?? kpi.metric.replace(/-/g, ' ');
  }
  return null;
}

/** "a CAC", "an ROAS", "a conversion rate": acronyms by how their first letter is said. */
function withArticle(noun: string): string {
  const acronym = /^[A-Z]{2,}\b/.test(noun);
  const vowel = acronym ? /^[AEFHILMNORSX]/.test(noun) : /^[aeiou]/i.test(noun);
  return `${vowel ? 'an' : 'a'} ${noun}`;
}

type TopRule = DriftReport['topRules'][number];

/**
 * One top conflict as a sentence: "US-cac: 4 emails proposed a CAC above $35",
 * "RL-discount: 2 emails and 1 brief crossed the red line: No discount deeper than 30%".
 * Plain text; Markdown escapes it where it is written.
 */
export function conflictSentence(rule: TopRule, doc: AlignmentDoc, lang: UiLang): string {
  const who = sourcesPhrase(rule.bySourceKind, lang);
  const agreed = rule.agreed;
  const market = rule.market === null ? null : marketLabel(doc, rule.market, lang);
  const redLine = doc.redLines?.find((r) => r.id === rule.ruleId)?.rule ?? agreed;
  const metric = rule.metricName ?? kpiMetricName(doc, rule.ruleId, lang) ?? (lang === 'ru' ? 'показатель' : 'value');
  // The value the text went past ("$35"), else the whole agreement ("≤ $35").
  const bound = rule.bound ?? agreed;
  let body: string;
  if (lang === 'ru') {
    const where = `в ${who}`;
    const side = rule.direction === 'above' ? `выше ${bound}` : rule.direction === 'below' ? `ниже ${bound}` : `не как согласовано (${agreed})`;
    body = {
      kpi: `${metric} ${side} ${where}`,
      'red-line': `красная линия нарушена ${where}: ${redLine}`,
      channel: `расхождение с планом каналов ${where} (согласовано: ${agreed})`,
      tone: `тон, которого договорились избегать, ${where} (согласовано: ${agreed})`,
      objective: `другая цель для рынка ${where} (согласовано: ${agreed})`,
      messaging: `сообщения начинаются с темы, которой договорились избегать, ${where} (согласовано: ${agreed})`,
      assumption: `обобщение без задокументированного допущения${market ? ` о рынке ${market}` : ''} ${where}`,
    }[rule.kind];
  } else {
    const side = rule.direction === 'above' ? `above ${bound}` : rule.direction === 'below' ? `below ${bound}` : `other than agreed (${agreed})`;
    body = {
      kpi: `${who} proposed ${withArticle(metric)} ${side}`,
      'red-line': `${who} crossed the red line: ${redLine}`,
      channel: `${who} went against the channel plan (agreed: ${agreed})`,
      tone: `${who} asked for a tone agreed to avoid (agreed: ${agreed})`,
      objective: `${who} pushed toward another objective (agreed: ${agreed})`,
      messaging: `${who} led with a theme agreed to avoid (agreed: ${agreed})`,
      assumption: `${who} generalized${market ? ` about ${market}` : ''} without a documented assumption`,
    }[rule.kind];
  }
  return `${rule.ruleId}: ${body}`;
}

/** "proposed 30 days ago; test window 21 days" for a hypothesis still `proposed` past `pivotAfterDays`. */
export function staleSentence(h: DriftReport['staleHypotheses'][number], lang: UiLang): string {
  return lang === 'ru'
    ? `всё ещё «предложена»: ${daysCount(h.daysOpen, lang)}, окно проверки ${daysCount(h.pivotAfterDays, lang)}`
    : `still proposed after ${daysCount(h.daysOpen, lang)}; test window ${daysCount(h.pivotAfterDays, lang)}`;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/**
 * Escapes user text (notes, flagged words, document text) so it reads as written: `|` would end a
 * table cell, `*` `_` `` ` `` start emphasis or code, `[` `]` a link, `<` `>` HTML or a quote, and a
 * leading `#` a heading. Line breaks become spaces: the text sits inside one list item or cell.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\|*_`[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)#/, '$1\\#');
}

interface MdText {
  title(docTitle: string): string;
  period: string;
  comparedWith(range: string): string;
  revision(n: number): string;
  totals: string;
  conflicts: string;
  previousPeriod(n: number): string;
  sources: string;
  quotedOnly: string;
  dismissed: string;
  intentionalCount: string;
  byMarket: string;
  cellHint: string;
  market: string;
  total: string;
  noConflicts: string;
  topConflicts: string;
  redLines: string;
  intentional: string;
  intentionalHint: string;
  flagged: string;
  agreed: string;
  quote(text: string): string;
  stale: string;
}

const MD_TEXT: Record<UiLang, MdText> = {
  en: {
    title: (t) => `Drift report: ${t}`,
    period: 'Period',
    comparedWith: (r) => `compared with ${r}`,
    revision: (n) => `alignment document rev. ${n}`,
    totals: 'Totals',
    conflicts: 'Conflicts',
    previousPeriod: (n) => `previous period: ${n}`,
    sources: 'Emails, drafts and briefs with conflicts',
    quotedOnly: 'Seen only in quoted earlier messages (not counted)',
    dismissed: 'Dismissed',
    intentionalCount: 'Noted as intentional',
    byMarket: 'Conflicts by market and kind',
    cellHint: 'Each cell: this period (previous period).',
    market: 'Market',
    total: 'Total',
    noConflicts: 'No conflicts in this period.',
    topConflicts: 'Top conflicts',
    redLines: 'Red lines hit',
    intentional: 'Noted as intentional',
    intentionalHint: 'Candidates for a change to the alignment document.',
    flagged: 'flagged',
    agreed: 'agreed',
    quote: (t) => `“${t}”`,
    stale: 'Hypotheses past their test window',
  },
  ru: {
    title: (t) => `Отчёт о расхождениях: ${t}`,
    period: 'Период',
    comparedWith: (r) => `для сравнения ${r}`,
    revision: (n) => `документ согласования, ред. ${n}`,
    totals: 'Итоги',
    conflicts: 'Расхождения',
    previousPeriod: (n) => `в прошлый период: ${n}`,
    sources: 'Письма, черновики и брифы с расхождениями',
    quotedOnly: 'Только в цитатах прежних писем (не учтены)',
    dismissed: 'Отклонено',
    intentionalCount: 'Отмечено как намеренное',
    byMarket: 'Расхождения по рынкам и видам',
    cellHint: 'В каждой ячейке: этот период (прошлый период).',
    market: 'Рынок',
    total: 'Всего',
    noConflicts: 'В этом периоде расхождений нет.',
    topConflicts: 'Главные расхождения',
    redLines: 'Нарушенные красные линии',
    intentional: 'Отмечено как намеренное',
    intentionalHint: 'Кандидаты на изменение документа согласования.',
    flagged: 'отмечено',
    agreed: 'согласовано',
    quote: (t) => `«${t}»`,
    stale: 'Гипотезы после окна проверки',
  },
};

function noteLines(note: IntentionalNote, doc: AlignmentDoc, lang: UiLang): string[] {
  const t = MD_TEXT[lang];
  const head = [`**${escapeMarkdown(note.ruleId)}**`, escapeMarkdown(marketLabel(doc, note.market, lang)), formatDay(note.at, lang)];
  if (note.subject) head.push(t.quote(escapeMarkdown(note.subject)));
  const what = `${t.flagged}: ${t.quote(escapeMarkdown(note.actual))}; ${t.agreed}: ${t.quote(escapeMarkdown(note.expected))}`;
  const lines = [`- ${head.join(' · ')} — ${what}`];
  for (const line of note.note.split(/\r?\n/)) if (line.trim()) lines.push(`  > ${escapeMarkdown(line.trim())}`);
  return lines;
}

/** The report as Markdown, in `lang`. Ends with one newline. */
export function reportMarkdown(report: DriftReport, doc: AlignmentDoc, lang: UiLang): string {
  const t = MD_TEXT[lang];
  const out: string[] = [];
  const section = (title: string, lines: string[]) => out.push('', `## ${title}`, '', ...lines);
  const { totals } = report;

  out.push(`# ${t.title(escapeMarkdown(report.title))}`, '');
  out.push(`${t.period}: ${formatRange(report.range, lang)} (${t.comparedWith(formatRange(report.previous, lang))}) · ${t.revision(report.revision)}`);

  const arrow = trendArrow(totals.conflicts, totals.previousConflicts);
  section(t.totals, [
    `- ${t.conflicts}: ${totals.conflicts}${arrow && ` ${arrow}`} (${t.previousPeriod(totals.previousConflicts)})`,
    `- ${t.sources}: ${totals.sources}`,
    ...(totals.quoted ? [`- ${t.quotedOnly}: ${totals.quoted}`] : []),
    `- ${t.dismissed}: ${report.dismissed}`,
    `- ${t.intentionalCount}: ${report.intentional.length}`,
  ]);

  if (report.cells.length === 0 || report.kinds.length === 0) {
    section(t.byMarket, [t.noConflicts]);
  } else {
    const cell = (market: string | null, kind: FindingKind) => report.cells.find((c) => c.market === market && c.kind === kind);
    const rows = report.markets.map((market) => {
      const values = report.kinds.map((kind) => cell(market, kind));
      const now = values.reduce((s, c) => s + (c?.count ?? 0), 0);
      const prev = values.reduce((s, c) => s + (c?.previous ?? 0), 0);
      const cols = values.map((c) => `${c?.count ?? 0} (${c?.previous ?? 0})`);
      return `| ${escapeMarkdown(marketLabel(doc, market, lang))} | ${cols.join(' | ')} | ${now} (${prev}) |`;
    });
    section(t.byMarket, [
      t.cellHint,
      '',
      `| ${t.market} | ${report.kinds.map((k) => kindLabel(k, lang)).join(' | ')} | ${t.total} |`,
      `| --- | ${report.kinds.map(() => '---:').join(' | ')} | ---: |`,
      ...rows,
    ]);
  }

  if (report.topRules.length > 0) {
    section(
      t.topConflicts,
      report.topRules.map((r, i) => `${i + 1}. ${escapeMarkdown(conflictSentence(r, doc, lang))}`),
    );
  }
  if (report.redLines.length > 0) {
    section(
      t.redLines,
      report.redLines.map((r) => `- **${escapeMarkdown(r.ruleId)}** — ${escapeMarkdown(r.rule)} — ${sourcesCount(r.sources, lang)}`),
    );
  }
  if (report.intentional.length > 0) {
    section(t.intentional, [t.intentionalHint, '', ...report.intentional.flatMap((n) => noteLines(n, doc, lang))]);
  }
  if (report.staleHypotheses.length > 0) {
    section(
      t.stale,
      report.staleHypotheses.map((h) => {
        const markets = h.markets.length > 0 ? ` (${h.markets.map(escapeMarkdown).join(', ')})` : '';
        return `- **${escapeMarkdown(h.id)}**${markets}: ${escapeMarkdown(h.statement)} — ${staleSentence(h, lang)}`;
      }),
    );
  }
  return `${out.join('\n')}\n`;
}
