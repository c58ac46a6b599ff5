import { dedupeCues, type CueMatch } from './cues';
import { sentenceLanguage } from './language';
import type { Phrase, PhraseMatch } from './matcher';
import type { DocModel, MentionType, RedLineTerm, Tagged } from './model';
import { findQuantities, type Quantity } from './quantities';
import { splitSentences, type Line, type RawSentence } from './segment';
import type { Lang, MarketMention, Sentence, Token } from './types';

/** Everything the document's single matcher found in one sentence, by what it stands for. */
export interface SentenceMatches {
  cues: CueMatch[];
  markets: PhraseMatch<{ market: string; type: MentionType; language: boolean }>[];
  channels: PhraseMatch<string>[];
  metrics: PhraseMatch<string>[];
  terms: PhraseMatch<RedLineTerm>[];
  excepts: PhraseMatch<string>[];
  ownTone: PhraseMatch<string>[];
  ownTheme: PhraseMatch<string>[];
}

/**
 * A sentence with everything the rules read: cue words, channel and metric mentions, quantities,
 * clause boundaries, inline quotes, and the market it speaks of.
 */
export interface SentenceView extends Sentence, Omit<SentenceMatches, 'markets'> {
  /** The kinds of cue the sentence holds (`neg`, `target`, `tone-ask`, `strat` ...: a tag up to its colon), for quick skips. */
  cueKinds: Set<string>;
  /** The sentence names a hypothesis of the document or its status ("H3 ... оспорена"). */
  hypothesis: boolean;
  /** The sentence may hold a figure: a digit or a number word. */
  readonly numeric: boolean;
  /** In a table row under a header that names markets ("Metric | US | RU"): each cell's span and the market of its column. */
  columns: [number, number, string | null][] | null;
  quantities: Quantity[];
  /** Token index ranges of inline quotes («...», "...", '...'). */
  inlineQuotes: [number, number][];
  /** `clauseOf[i]` is the index of the clause token i is in; clauses end at . ; : ! ? — ( ) and contrast words. */
  clauseOf: number[];
  /** Finer: clauses also end at commas. */
  subclauseOf: number[];
  heading: boolean;
  headingKind: Line['heading'];
  listItem: boolean;
}

type SentenceFields = Omit<SentenceView, 'quantities' | 'numeric'>;

/** What a sentence in a language the engine does not check holds: nothing. */
const UNCHECKED = {
  mentions: [], cues: [], channels: [], metrics: [], terms: [], excepts: [], ownTone: [], ownTheme: [], inlineQuotes: [],
  clauseOf: [], subclauseOf: [], cueKinds: new Set<string>(), hypothesis: false, columns: null,
} satisfies Partial<SentenceFields>;

/** The shared empty set of cue kinds. */
const NO_KINDS: Set<string> = UNCHECKED.cueKinds;
/** A cue tag's kind (the tag up to its colon), by tag: the lexicon's few hundred tags recur in every text. */
const KINDS = new Map<string, string>();
function kindOf(tag: string): string {
  let kind = KINDS.get(tag);
  if (kind === undefined) {
    const colon = tag.indexOf(':');
    kind = colon < 0 ? tag : tag.slice(0, colon);
    if (KINDS.size < 10_000) KINDS.set(tag, kind);
  }
  return kind;
}

/** Cell spans of a table row written with pipes ("CAC cap | 35 долл. | 1 800 ₽"), offsets as the line's; null for a plain line. */
function cellsOf(line: Line): [number, number][] | null {
  const text = line.text;
  if (!text.includes('|')) return null;
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '|') {
      out.push([line.start + from, line.start + i]);
      from = i + 1;
    }
  }
  return out.length >= 3 ? out : null;
}

/**
 * A sentence view. One class, so every view has the same shape (property reads in the rules stay fast), and
 * quantities are found when a rule first asks for them: most sentences never need the number scanner.
 */
class View implements SentenceView {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  lang: Lang;
  paragraph: number;
  line: number;
  lineStart: boolean;
  heading: boolean;
  headingKind: Line['heading'];
  listItem: boolean;
  quoted: boolean;
  market: string | null;
  mentions: MarketMention[];
  cues: CueMatch[];
  channels: PhraseMatch<string>[];
  metrics: PhraseMatch<string>[];
  terms: PhraseMatch<RedLineTerm>[];
  excepts: PhraseMatch<string>[];
  ownTone: PhraseMatch<string>[];
  ownTheme: PhraseMatch<string>[];
  inlineQuotes: [number, number][];
  clauseOf: number[];
  subclauseOf: number[];
  cueKinds: Set<string>;
  hypothesis: boolean;
  columns: [number, number, string | null][] | null;
  private found: Quantity[] | undefined = undefined;
  private hasNumber: boolean | undefined = undefined;

  // Field by field rather than `Object.assign`: a view is built per sentence, and this is the fast way to fill a class.
  constructor(f: SentenceFields) {
    this.index = f.index;
    this.start = f.start;
    this.end = f.end;
    this.text = f.text;
    this.tokens = f.tokens;
    this.lang = f.lang;
    this.paragraph = f.paragraph;
    this.line = f.line;
    this.lineStart = f.lineStart;
    this.heading = f.heading;
    this.headingKind = f.headingKind;
    this.listItem = f.listItem;
    this.quoted = f.quoted;
    this.market = f.market;
    this.mentions = f.mentions;
    this.cues = f.cues;
    this.channels = f.channels;
    this.metrics = f.metrics;
    this.terms = f.terms;
    this.excepts = f.excepts;
    this.ownTone = f.ownTone;
    this.ownTheme = f.ownTheme;
    this.inlineQuotes = f.inlineQuotes;
    this.clauseOf = f.clauseOf;
    this.subclauseOf = f.subclauseOf;
    this.cueKinds = f.cueKinds;
    this.hypothesis = f.hypothesis;
    this.columns = f.columns;
  }

  get numeric(): boolean {
    return (this.hasNumber ??= mayHaveNumber(this.tokens));
  }

  get quantities(): Quantity[] {
    return (this.found ??= this.numeric ? shift(findQuantities(this.text), this.start) : []);
  }
}

export interface ParagraphView {
  sentences: SentenceView[];
  /** Metrics a quoted question right before this paragraph asked about ("> Booking-rate target for the UAE?"): an inline reply answers them. */
  asked: string[];
  /** The market a section heading in this paragraph sets for the paragraphs after it (undefined: none set). */
  sectionMarket: string | null | undefined;
}

/**
 * Only a sentence with a digit or a number word can hold a quantity; the rest skip the number scanner.
 * The list is wide on purpose (stems of English and Russian number, fraction and multiplier words). It is
 * tested on one word at a time (every alternative is letters only, and letters next to each other are always
 * in one token), so a word's answer is remembered: the same words recur in every text.
 */
const NUMBER_WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|third|quarter|fifth|twice|double|triple|dozen|month|week|year)|(?:ноль|нол|один|одн|два|двух|две|двум|тр[её]|четыр|пят|шест|сем|восем|девят|десят|дцат|сорок|сто|двест|триста|четырест|сот|тысяч|миллион|полтор|половин|треть|четверт|вдвое|втрое|пол|месяц|недел|год|сутк|дн|час)/iu;
const MAX_WORD_CACHE = 50_000;
const numberWords = new Map<string, boolean>();

/** A digit (every digit is in a number token) or a word holding a number word. */
function mayHaveNumber(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'num') return true;
    if (t.type !== 'word') continue;
    let hit = numberWords.get(t.text);
    if (hit === undefined) {
      hit = NUMBER_WORD.test(t.text);
      if (numberWords.size >= MAX_WORD_CACHE) numberWords.clear();
      numberWords.set(t.text, hit);
    }
    if (hit) return true;
  }
  return false;
}

const CLAUSE_PUNCT = new Set(['.', ';', ':', '!', '?', '—', '–', '(', ')', '[', ']', '…']);
const PREPOSITIONS = new Set(['for', 'in', 'to', 'across', 'within', 'inside', 'для', 'в', 'во', 'по', 'на']);
const ORIGIN = new Set(['from', 'из', 'от']);
const ARTICLES = new Set(['the', 'a']);
const MODEL_NOUNS = new Set(['playbook', 'approach', 'model', 'style', 'formula', 'recipe', 'template', 'benchmark', 'example', 'way', 'manner', 'опыт', 'пример', 'модель', 'образец', 'манер']);
const COMPARISON = new Set(['like', 'как', 'than', 'чем', 'unlike']);
const LANGUAGE_NOUNS = new Set(['language', 'translation', 'translations', 'captions', 'subtitles', 'speakers', 'язык', 'языке', 'перевод', 'субтитры']);
const QUOTE_OPEN = new Set(['«', '“', '„', '"', "'"]);
const QUOTE_CLOSE = new Set(['»', '”', '"', "'"]);

/** A paragraph cut into sentences and tokens, and the markets it names: the part of the analysis that needs no context. */
export interface PreParagraph {
  lines: readonly Line[];
  sentences: RawSentence[][];
  matches: SentenceMatches[][];
  names: Set<string>;
}

/** The list of a kind no phrase of a sentence matched: shared, and never written to. */
const NONE: never[] = [];

/** Appends to one kind's list, which starts as the shared empty one. */
function add<T>(list: T[], m: T): T[] {
  if (list === NONE) return [m];
  list.push(m);
  return list;
}

function split(found: PhraseMatch<Tagged>[]): SentenceMatches {
  const out: SentenceMatches = { cues: NONE, markets: NONE, channels: NONE, metrics: NONE, terms: NONE, excepts: NONE, ownTone: NONE, ownTheme: NONE };
  for (const m of found) {
    const kind = m.phrase.payload.k;
    // Hand the match back with the phrase as its own list knows it (payload: the tag, the channel key ...).
    const back = m as unknown as PhraseMatch<never>;
    back.phrase = m.phrase.inner as Phrase<never>;
    switch (kind) {
      case 'cue': out.cues = add(out.cues, back); break;
      case 'market': out.markets = add(out.markets, back); break;
      case 'channel': out.channels = add(out.channels, back); break;
      case 'metric': out.metrics = add(out.metrics, back); break;
      case 'term': out.terms = add(out.terms, back); break;
      case 'except': out.excepts = add(out.excepts, back); break;
      case 'ownTone': out.ownTone = add(out.ownTone, back); break;
      case 'ownTheme': out.ownTheme = add(out.ownTheme, back); break;
    }
  }
  // A single match has nothing to overlap.
  if (out.cues.length > 1) out.cues = dedupeCues(out.cues);
  if (out.channels.length > 1) out.channels = dedupe(out.channels);
  if (out.metrics.length > 1) out.metrics = dedupe(out.metrics);
  return out;
}

export function preParagraph(model: DocModel, lines: readonly Line[]): PreParagraph {
  const sentences = lines.map((l) => splitSentences(l));
  const matches = sentences.map((line) => line.map((raw) => split(model.all.findAll(raw.tokens))));
  const names = new Set<string>();
  sentences.forEach((line, li) => {
    line.forEach((raw, si) => {
      const m = matches[li]![si]!;
      if (m.markets.length === 0) return;
      for (const x of marketMentions(m.markets, raw.tokens, findInlineQuotes(raw.tokens), m.cues)) if (x.strength >= 1) names.add(x.market);
    });
  });
  return { lines, sentences, matches, names };
}

export function analyzeParagraph(
  model: DocModel,
  pre: PreParagraph,
  inherited: string | null,
  /** The only market the whole text names, if it names exactly one. */
  textMarket: string | null = null,
  asked: string[] = [],
): ParagraphView {
  const lines = pre.lines;
  const sentences: SentenceView[] = [];
  let running: string | null = inherited;
  let sectionMarket: string | null | undefined;
  let paragraphLang: Lang | null = null;
  // A table header naming markets per column, and its number of cells.
  let header: (string | null)[] | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const cells = cellsOf(line);
    let columns: [number, number, string | null][] | null = null;
    if (cells && header && cells.length === header.length) columns = cells.map(([a, b], k) => [a, b, header![k]!]);
    else if (!cells) header = null;
    for (let si = 0; si < pre.sentences[li]!.length; si++) {
      const raw = pre.sentences[li]![si]!;
      const found = pre.matches[li]![si]!;
      const tokens = raw.tokens;
      const cues = found.cues;
      const inlineQuotes = findInlineQuotes(tokens);
      const [clauseOf, subclauseOf] = clauses(tokens, cues);
      const lang: Lang = sentenceLanguage(raw.text, tokens) ?? paragraphLang ?? 'en';
      paragraphLang = lang;
      // A passage in a third language (Ukrainian, Spanish ...) is reported as not checked, so nothing in it is matched.
      if (lang === 'other') {
        sentences.push(new View({ ...UNCHECKED, index: sentences.length, start: raw.start, end: raw.end, text: raw.text, tokens, lang, paragraph: line.paragraph, line: line.index, lineStart: raw.lineStart, heading: line.heading !== null, headingKind: line.heading, listItem: line.listItem, quoted: line.quoted, market: running }));
        continue;
      }
      const mentions = marketMentions(found.markets, tokens, inlineQuotes, cues);
      if (cells && !columns) {
        // "Metric | US | RU": a row whose cells name markets is the header of the rows below it.
        const named = cells.map(([a, b]) => mentions.find((m) => m.start >= a && m.end <= b)?.market ?? null);
        header = named.filter((x) => x !== null).length >= 1 ? named : null;
      }
      const own = strongestMarket(mentions);
      let market: string | null;
      if (own !== null) {
        market = own;
        running = own;
      } else if (running !== null) {
        market = running;
      } else if (textMarket !== null) {
        market = textMarket;
      } else {
        const byLang = model.marketsByLang.get(lang) ?? [];
        market = byLang.length === 1 ? byLang[0]! : null;
      }
      if (line.heading === 'section' || line.heading === 'subject') {
        if (raw.lineStart) sectionMarket = own;
      }
      // Most sentences hold no cue: they share one empty set (never written to, like UNCHECKED's).
      const cueKinds = cues.length === 0 ? NO_KINDS : new Set<string>();
      for (const c of cues) cueKinds.add(kindOf(c.phrase.payload));
      const fields: SentenceFields = {
        index: sentences.length,
        start: raw.start,
        end: raw.end,
        text: raw.text,
        tokens,
        lang,
        paragraph: line.paragraph,
        line: line.index,
        lineStart: raw.lineStart,
        heading: line.heading !== null,
        headingKind: line.heading,
        listItem: line.listItem,
        quoted: line.quoted,
        market,
        mentions,
        cues,
        channels: found.channels,
        metrics: found.metrics,
        terms: found.terms,
        excepts: found.excepts,
        ownTone: found.ownTone,
        ownTheme: found.ownTheme,
        inlineQuotes,
        clauseOf,
        subclauseOf,
        cueKinds,
        columns,
        // A status word makes it a report on a hypothesis; an id alone ("as H1 showed, ...") may still carry a plan.
        hypothesis: cueKinds.has('hyp'),
      };
      sentences.push(new View(fields));
    }
  }
  return { sentences, sectionMarket, asked };
}

/** Moves quantities found in a sentence's text to offsets in the whole text; they are the sentence's own, so in place. */
function shift(qs: Quantity[], by: number): Quantity[] {
  for (const q of qs) {
    q.start += by;
    q.end += by;
    if (q.opStart !== undefined) q.opStart += by;
    if (q.periodEnd !== undefined) q.periodEnd += by;
  }
  return qs;
}

/** Keeps the longest match where matches of the same list overlap ("конверсия в запись" over "конверсия"). */
function dedupe<T>(ms: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (const m of ms) {
    const last = out.at(-1);
    if (last && m.from < last.to) {
      if (m.to - m.from > last.to - last.from) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function findInlineQuotes(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    // Every quote mark is one character: longer tokens skip the set look-ups.
    if (t.length !== 1) continue;
    if (open < 0 && QUOTE_OPEN.has(t)) {
      // An apostrophe inside a word is not a quote; the tokenizer keeps those in the word.
      open = i;
      openChar = t;
    } else if (open >= 0 && QUOTE_CLOSE.has(t) && (t === openChar || (openChar === '«' && t === '»') || (openChar === '“' && t === '”') || (openChar === '„' && t === '“'))) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  return out;
}

/** Clause index of each token: clauses end at . ; : ! ? — ( ) and contrast words; subclauses also at commas. */
function clauses(tokens: readonly Token[], cues: readonly CueMatch[]): [number[], number[]] {
  // Token indices where a contrast word starts a clause; most sentences have none.
  let contrastAt: number[] | null = null;
  for (const c of cues) {
    if (c.phrase.payload !== 'contrast') continue;
    // Russian "а" only contrasts after a comma ("..., а Telegram и VK — только для анонсов").
    if (c.phrase.source === 'а' && tokens[c.from - 1]?.text !== ',') continue;
    (contrastAt ??= []).push(c.from);
  }
  const clause: number[] = new Array(tokens.length);
  const sub: number[] = new Array(tokens.length);
  let k = 0;
  let ks = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (contrastAt !== null && contrastAt.includes(i)) {
      k++;
      ks++;
    }
    clause[i] = k;
    sub[i] = ks;
    if (t.type === 'punct') {
      if (CLAUSE_PUNCT.has(t.text)) {
        k++;
        ks++;
      } else if (t.text === ',') ks++;
    }
  }
  return [clause, sub];
}

function marketMentions(
  found: readonly PhraseMatch<{ market: string; type: MentionType; language: boolean }>[],
  tokens: readonly Token[],
  quotes: readonly [number, number][],
  cues: readonly CueMatch[],
): MarketMention[] {
  const out: MarketMention[] = [];
  if (found.length === 0) return out;
  // Token indices inside a diaspora cue ("expats"); most sentences have none, and no set is made for them.
  let diaspora: Set<number> | null = null;
  for (const c of cues) if (c.phrase.payload === 'diaspora') for (let i = c.from; i < c.to; i++) (diaspora ??= new Set()).add(i);
  for (const m of found) {
    const { market, type, language } = m.phrase.payload;
    let strength = type === 'name' ? 1.5 : 1;
    let p = m.from - 1;
    while (p >= 0 && ARTICLES.has(tokens[p]!.norm)) p--;
    const before = tokens[p];
    const after = tokens[m.to];
    if (before && PREPOSITIONS.has(before.norm)) strength = 2;
    else if (before && ORIGIN.has(before.norm)) strength = 0.5;
    // "the US playbook", "like American ones": a market held up as a model, not the one spoken of.
    if ((after && MODEL_NOUNS.has(after.norm)) || (before && COMPARISON.has(before.norm))) strength = 0.5;
    if (m.from === 0 && after && (after.text === ':' || after.text === '/')) strength = 2;
    // "Russian-speaking expats", "русскоязычных экспатов": people of one market living in another (the word right
    // after, or after a hyphen). "Dubai expats" live in Dubai: a city named before "expats" is where they live.
    if (type !== 'city' && diaspora !== null && (diaspora.has(m.to) || diaspora.has(m.to + 1) || diaspora.has(m.from))) strength = 0;
    // A market inside a short quoted slogan («Сделано в России») is its content; a quoted proposal ("Let's add ... in the US") still points.
    if (quotes.some(([a, b]) => m.from > a && m.to < b && b - a <= 8)) strength = Math.min(strength, 0.5);
    // "captions in Russian", "на русском": the language, not the market.
    const afterWord = after?.text === '-' ? tokens[m.to + 1] : after;
    if (language && (before?.norm === 'in' || before?.norm === 'на' || LANGUAGE_NOUNS.has(afterWord?.norm ?? ''))) strength = 0;
    if (strength === 0) continue;
    out.push({ market, start: m.start, end: m.end, strength, people: type === 'demonym' });
  }
  return out;
}

/** The market a sentence names most strongly; null when it names none, or only weakly. */
export function strongestMarket(mentions: readonly MarketMention[]): string | null {
  if (mentions.length === 0) return null;
  const score = new Map<string, number>();
  for (const m of mentions) score.set(m.market, (score.get(m.market) ?? 0) + m.strength);
  let best: string | null = null;
  let bestScore = 0;
  for (const [market, s] of score) {
    if (s > bestScore) {
      best = market;
      bestScore = s;
    }
  }
  return bestScore >= 1 ? best : null;
}

/** The market a claim at `offset` speaks of: the nearest strong mention before it, else the sentence's market. */
export function marketAt(s: SentenceView, offset: number, exclude?: string): string | null {
  const cell = s.columns?.find(([a, b]) => offset >= a && offset < b);
  if (cell && cell[2] !== null && cell[2] !== exclude) return cell[2];
  // No mention: the sentence's market (what the general path below gives with no strong mention).
  if (s.mentions.length === 0) return s.market !== null && s.market !== exclude ? s.market : null;
  const strong = s.mentions.filter((m) => m.strength >= 1 && m.market !== exclude);
  const markets = new Set(strong.map((m) => m.market));
  if (markets.size <= 1) {
    if (s.market !== null && s.market !== exclude) return s.market;
    return strong[0]?.market ?? null;
  }
  // The nearest mention wins; one before the claim wins a tie ("IG caption (US) / подпись для VK (RU)").
  let best: MarketMention | null = null;
  let bestDist = Infinity;
  for (const m of strong) {
    const d = m.end <= offset ? offset - m.end : m.start - offset + 0.5;
    if (d >= 0 && d < bestDist) {
      best = m;
      bestDist = d;
    }
  }
  return best?.market ?? s.market;
}
