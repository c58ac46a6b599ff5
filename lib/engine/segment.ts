import { tokenize } from './tokenize';
import type { Token } from './types';

/**
 * Segmentation: the text is cut into lines, paragraphs (blank-line separated blocks), quoted blocks
 * (`> ...`, forwarded messages), headings and sentences, keeping offsets into the original text.
 * Sentences are cut first so that every later stage works on short strings.
 */

export interface Line {
  index: number;
  /** Offsets of the line's content, after quote and list markers. */
  start: number;
  end: number;
  text: string;
  quoted: boolean;
  listItem: boolean;
  paragraph: number;
  heading: HeadingKind | null;
}

/** `section`: a markdown/bold/label heading, in force until the next one; `title`: a paragraph's first line. */
export type HeadingKind = 'section' | 'title' | 'subject';

export interface RawSentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  line: Line;
  lineStart: boolean;
}

const QUOTE_PREFIX = /^[ \t]*((?:>[ \t]?)+)/;
const LIST_PREFIX = /^[ \t]*(?:[-–—*•·]|\d{1,2}[.)]|[a-zA-Zа-яА-Я][.)](?=\s))[ \t]+/;
const FORWARD = /^[ \t]*(?:-{2,}\s*(?:Forwarded message|Original Message|Пересылаемое сообщение|Исходное сообщение)|Begin forwarded message:)/i;
const WROTE = /(?:wrote|написал[аи]?|пишет):\s*$/i;
const MD_HEADING = /^#{1,6}\s+\S/;
const BOLD_HEADING = /^\*\*[^*]+\*\*:?\s*$/;
const SUBJECT = /^(?:Subject|Subj|Тема|Re|Fwd?):\s*\S/i;
const TERMINAL = /[.!?…»"”]$/;

/** Splits `text` into lines with their paragraph, quote and heading roles. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let paragraph = 0;
  let prevBlank = true;
  let prevQuoted = false;
  let forwarded = false;
  let pos = 0;
  const n = text.length;
  let lineNo = 0;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let raw = text.slice(pos, nl);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    let offset = 0;
    let quoted = forwarded;
    const q = QUOTE_PREFIX.exec(raw);
    if (q) {
      quoted = true;
      offset = q[0].length;
    }
    if (FORWARD.test(raw)) forwarded = true;
    let body = raw.slice(offset);
    const li = LIST_PREFIX.exec(body);
    const listItem = li !== null;
    if (li) {
      offset += li[0].length;
      body = body.slice(li[0].length);
    }
    // `trimEnd` removes what `\s` matches, without running a regex over every line.
    const trimmedEnd = body.trimEnd();
    const lead = trimmedEnd.length - trimmedEnd.trimStart().length;
    const content = trimmedEnd.trim();
    if (content.length === 0) {
      prevBlank = true;
    } else {
      if (prevBlank || quoted !== prevQuoted) paragraph++;
      const heading = headingKind(content, prevBlank || quoted !== prevQuoted, listItem);
      lines.push({
        index: lineNo,
        start: pos + offset + lead,
        end: pos + offset + lead + content.length,
        text: content,
        quoted,
        listItem,
        paragraph,
        heading,
      });
      prevBlank = false;
      prevQuoted = quoted;
      // WROTE ends in a colon, and content is trimmed: most lines are ruled out without the regex.
      if (content.endsWith(':') && WROTE.test(content)) prevBlank = true;
    }
    lineNo++;
    pos = nl + 1;
  }
  // A title is only a title when more text of its paragraph follows it.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading === 'title' && lines[i + 1]?.paragraph !== l.paragraph) l.heading = null;
  }
  return lines;
}

function headingKind(content: string, paragraphStart: boolean, listItem: boolean): HeadingKind | null {
  if (MD_HEADING.test(content) || BOLD_HEADING.test(content)) return 'section';
  if (SUBJECT.test(content)) return 'subject';
  // Only "at most 5" and "at most 12" are asked: a long line is not counted to its end.
  const words = wordCount(content, 13);
  // `Россия:`, `US plan:`, `Channels (RU):` on a line of its own.
  if (!listItem && content.endsWith(':') && words <= 5) return 'section';
  if (paragraphStart && !listItem && words <= 12 && !TERMINAL.test(content) && !content.endsWith(',')) return 'title';
  return null;
}

/** `Math.min(content.split(/\s+/).length, limit)` for trimmed content, without building the array. */
function wordCount(content: string, limit: number): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < content.length && n < limit; i++) {
    const space = isWhiteSpace(content.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/** What `\s` matches (and `trim` removes): ECMAScript white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ABBREVIATIONS = new Set([
  'руб', 'тыс', 'млн', 'млрд', 'rev', 'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'incl',
  'т', 'д', 'г', 'ул', 'мин', 'макс', 'р', 'см', 'стр', 'им', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const MAX_SENTENCE = 600;
/** Marks that can end a sentence or open/close a quote; global, so `splitSentences` jumps from one to the next. */
const SENTENCE_MARKS = /[.!?…«»“”„"]/g;
const CLOSERS = new Set(['.', '!', '?', '…', '»', '"', '”', "'", ')', ']']);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
const OPEN_QUOTES = new Set(['«', '“', '„']);
const CLOSE_QUOTES = new Set(['»', '”']);

const LOWER = /\p{Ll}/u;
/** `/\p{Ll}/u.test(ch)` for one UTF-16 unit (or ''), with Latin and Russian letters answered without the regex. */
function isLowerCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0x430 && c <= 0x44f) return true;
  if (c >= 0x410 && c <= 0x42f) return false;
  return LOWER.test(ch);
}

const WORD_BEFORE = /([\p{L}.]+)$/u;
/** Plain Latin or Russian letters (no ё) or a full stop: the run `wordBefore` walks by hand. */
const isPlainLetterOrDot = (c: number) => c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x44f);

/**
 * The letters and full stops right before `i`, at most 8 characters back: what `/([\p{L}.]+)$/u` finds in
 * `text.slice(i - 8, i)`, or null. Plain Latin and Russian runs are walked by hand; anything else goes to the regex.
 */
function wordBefore(text: string, i: number): string | null {
  const from = Math.max(0, i - 8);
  let j = i;
  while (j > from && isPlainLetterOrDot(text.charCodeAt(j - 1))) j--;
  if (j > from && text.charCodeAt(j - 1) >= 0x80) return WORD_BEFORE.exec(text.slice(from, i))?.[1] ?? null;
  return j < i ? text.slice(j, i) : null;
}

/** Splits one line into sentences; never inside an inline quote, after an abbreviation or between digits. */
export function splitSentences(line: Line): RawSentence[] {
  const text = line.text;
  const out: RawSentence[] = [];
  let depth = 0;
  let straight = false;
  let sentStart = 0;
  const emit = (from: number, end: number) => {
    // What `trim` would remove, found by hand so that no untrimmed copy is made.
    while (from < end && isWhiteSpace(text.charCodeAt(from))) from++;
    while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > from) {
      const body = text.slice(from, end);
      const start = line.start + from;
      out.push({ start, end: start + body.length, text: body, tokens: tokenize(body, start), line, lineStart: out.length === 0 });
    }
  };
  // A run-on "sentence" (1 MB with no full stop, a table of numbers) is cut into pieces of bounded length at spaces,
  // so that no stage ever works on more than MAX_SENTENCE characters at once: checking stays linear.
  const push = (end: number) => {
    let from = sentStart;
    while (end - from > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
      if (cut <= from + MAX_SENTENCE / 2) cut = from + MAX_SENTENCE;
      // Never cut a surrogate pair in two.
      if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
      emit(from, cut);
      from = cut;
    }
    emit(from, end);
  };
  // Jump from one mark that can end a sentence or open/close a quote to the next.
  const marks = SENTENCE_MARKS;
  marks.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = marks.exec(text)) !== null) {
    const i = found.index;
    const c = text[i]!;
    if (OPEN_QUOTES.has(c)) depth++;
    else if (CLOSE_QUOTES.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') straight = !straight;
    if (depth > 0 || straight) continue;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j >= text.length) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    const next = text[k] ?? '';
    if (c === '.') {
      const before = wordBefore(text, i);
      if (before !== null && ABBREVIATIONS.has(before.toLowerCase())) continue;
      if (isLowerCase(next)) continue;
    }
    if (isLowerCase(next) && c !== '?' && c !== '!') continue;
    push(j);
    sentStart = k;
    marks.lastIndex = k;
  }
  push(text.length);
  return out;
}
