/**
 * The shapes every stage of the engine shares. The engine is pure: nothing here knows about the DOM,
 * WXT, React or a site. Offsets are UTF-16 indices into the text the caller gave (JavaScript string
 * indices), end exclusive.
 */

export type Lang = 'en' | 'ru' | 'other';
export type UiLang = 'en' | 'ru';

export const FINDING_KINDS = ['red-line', 'kpi', 'channel', 'tone', 'objective', 'messaging', 'assumption'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export type Severity = 'error' | 'warning' | 'info';

/** One conflict between the text and the alignment document. The UI and the CLI format this object. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Id of the alignment-document entry the text conflicts with (`RL-discount`, `US-cac`, `RU-tone`). */
  ruleId: string;
  /** Market id the flagged text speaks of, or null when it speaks of none. */
  market: string | null;
  start: number;
  end: number;
  /** One sentence, in the caller's UI language, naming what was agreed. */
  message: string;
  /** What the text says. */
  actual: string;
  /** What was agreed. */
  expected: string;
  /** The flagged text sits in a quoted earlier message (`> ...`, a forwarded block). */
  quoted: boolean;
  /** The revision of the alignment document the finding was checked against. */
  revision: number;
}

/** A word or a punctuation mark, with offsets into the original text. */
export interface Token {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Lower case, with a trailing possessive `'s` removed and `ё` folded to `е`. */
  norm: string;
  type: 'word' | 'num' | 'punct' | 'symbol';
  script: 'latin' | 'cyrillic' | 'other' | 'none';
  /** The word is joined to the previous one by a hyphen (`risk-free`, `врачами-сомнологами`). */
  hyphenJoined: boolean;
  /** Stem of `norm`, filled on first use by the matcher. */
  stem?: string;
}

/** A sentence (or a list item, heading or line fragment) with its context. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  lang: Lang;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
  /** Index of the line within the whole text. */
  line: number;
  /** First sentence of its line. */
  lineStart: boolean;
  heading: boolean;
  quoted: boolean;
  /** Market the sentence speaks of, resolved per FORMAT.md; null when none. */
  market: string | null;
  /** Every market named in the sentence, with strength and position. */
  mentions: MarketMention[];
}

export interface MarketMention {
  market: string;
  start: number;
  end: number;
  /** 2: the market is the target ("for the US", "US:", "в России"); 1: a plain or adjectival name; <1: weak (origin, inside a quote). */
  strength: number;
  /** The mention names the market's people ("Americans", "россияне"). */
  people: boolean;
}

export interface CheckOptions {
  /** Language of the finding messages. */
  uiLang?: UiLang;
}

export interface CheckResult {
  findings: Finding[];
  /** Spans of text in a language the engine does not check (Ukrainian, Spanish ...). */
  unchecked: { start: number; end: number; lang: string }[];
  revision: number;
}
