import { findCues, type CueMatch } from './cues';
import { sentenceLanguage } from './language';
import type { PhraseMatch } from './matcher';
import type { DocModel } from './model';
import { findQuantities, type Quantity } from './quantities';
import { splitSentences, type Line, type RawSentence } from './segment';
import type { Lang, MarketMention, Sentence, Token } from './types';

/**
 * A sentence with everything the rules read: cue words, channel and metric mentions, quantities,
 * clause boundaries, inline quotes, and the market it speaks of.
 */
export interface SentenceView extends Sentence {
  cues: CueMatch[];
  channels: PhraseMatch<string>[];
  metrics: PhraseMatch<string>[];
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

export interface ParagraphView {
  sentences: SentenceView[];
  /** The market a section heading in this paragraph sets for the paragraphs after it (undefined: none set). */
  sectionMarket: string | null | undefined;
}

const CLAUSE_PUNCT = new Set(['.', ';', ':', '!', '?', '—', '–', '(', ')', '[', ']', '…']);
const PREPOSITIONS = new Set(['for', 'in', 'to', 'across', 'within', 'inside', 'для', 'в', 'во', 'по', 'на']);
const ORIGIN = new Set(['from', 'из', 'of', 'от']);
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
  names: Set<string>;
}

export function preParagraph(model: DocModel, lines: readonly Line[]): PreParagraph {
  const sentences = lines.map((l) => splitSentences(l));
  const names = new Set<string>();
  for (const line of sentences) {
    for (const raw of line) {
      if (model.marketNames.findAll(raw.tokens).length === 0) continue;
      const cues = findCues(raw.tokens);
      for (const m of marketMentions(model, raw.tokens, findInlineQuotes(raw.tokens), cues, raw.line)) if (m.strength >= 1) names.add(m.market);
    }
  }
  return { lines, sentences, names };
}

export function analyzeParagraph(
  model: DocModel,
  pre: PreParagraph,
  inherited: string | null,
  /** The only market the whole text names, if it names exactly one. */
  textMarket: string | null = null,
): ParagraphView {
  const lines = pre.lines;
  const sentences: SentenceView[] = [];
  let running: string | null = inherited;
  let sectionMarket: string | null | undefined;
  let paragraphLang: Lang | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    for (const raw of pre.sentences[li]!) {
      const tokens = raw.tokens;
      const cues = findCues(tokens);
      const inlineQuotes = findInlineQuotes(tokens);
      const clauseOf = clauses(tokens, cues, false);
      const subclauseOf = clauses(tokens, cues, true);
      const lang: Lang = sentenceLanguage(raw.text, tokens) ?? paragraphLang ?? 'en';
      paragraphLang = lang;
      const mentions = marketMentions(model, tokens, inlineQuotes, cues, line);
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
      sentences.push({
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
        channels: dedupe(model.channels.findAll(tokens)),
        metrics: dedupe(model.metrics.findAll(tokens)),
        quantities: findQuantities(raw.text).map((q) => shift(q, raw.start)),
        inlineQuotes,
        clauseOf,
        subclauseOf,
      });
    }
  }
  return { sentences, sectionMarket };
}

function shift(q: Quantity, by: number): Quantity {
  return {
    ...q,
    start: q.start + by,
    end: q.end + by,
    opStart: q.opStart === undefined ? undefined : q.opStart + by,
    periodEnd: q.periodEnd === undefined ? undefined : q.periodEnd + by,
  };
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

function clauses(tokens: readonly Token[], cues: readonly CueMatch[], commas: boolean): number[] {
  const contrastAt = new Set<number>();
  for (const c of cues) {
    if (c.phrase.payload !== 'contrast') continue;
    // Russian "а" only contrasts after a comma ("..., а Telegram и VK — только для анонсов").
    if (c.phrase.source === 'а' && tokens[c.from - 1]?.text !== ',') continue;
    contrastAt.add(c.from);
  }
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (contrastAt.has(i)) k++;
    out.push(k);
    if (t.type === 'punct' && (CLAUSE_PUNCT.has(t.text) || (commas && t.text === ','))) k++;
  }
  return out;
}

function marketMentions(
  model: DocModel,
  tokens: readonly Token[],
  quotes: readonly [number, number][],
  cues: readonly CueMatch[],
  line: Line,
): MarketMention[] {
  const out: MarketMention[] = [];
  const diaspora = new Set<number>();
  for (const c of cues) if (c.phrase.payload === 'diaspora') for (let i = c.from; i < c.to; i++) diaspora.add(i);
  for (const m of model.marketNames.findAll(tokens)) {
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
    // "Russian-speaking expats", "русскоязычных экспатов": people of one market living in another.
    if (diaspora.has(m.to) || diaspora.has(m.to + 1) || (after?.text === '-' && diaspora.has(m.to + 1)) || diaspora.has(m.from)) strength = 0;
    if (quotes.some(([a, b]) => m.from > a && m.to < b)) strength = Math.min(strength, 0.5);
    // "captions in Russian", "на русском": the language, not the market.
    if (language && (before?.norm === 'in' || before?.norm === 'на' || LANGUAGE_NOUNS.has(after?.norm ?? ''))) strength = 0;
    if (strength === 0) continue;
    out.push({ market, start: m.start, end: m.end, strength, people: type === 'demonym' });
  }
  void line;
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
