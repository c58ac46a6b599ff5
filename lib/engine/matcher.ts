import { tokenize } from './tokenize';
import { isCyrillic, stem, wordMatches } from './stem';
import type { Token } from './types';

/**
 * Finds lexicon phrases (red-line terms, channel names, market names, metric names, cue words) in a
 * sentence's tokens. Phrases are indexed by the first letters of their first word, so a sentence costs
 * one or three map look-ups a token, and only candidates are compared word by word with inflection
 * (`wordMatches`). This is the stemmed-token trie that keeps checking linear.
 */

interface PhraseWord {
  /** As written in the lexicon, for case-sensitive phrases. */
  text: string;
  norm: string;
  /** Stem of `norm`, filled on first use: most phrase words are never compared by stem. */
  stem: string | undefined;
}

export interface Phrase<T> {
  words: PhraseWord[];
  caseSensitive: boolean;
  /** Match the word exactly, without inflection (short abbreviations, brand names in Latin script). */
  exact: boolean;
  properNoun: boolean;
  source: string;
  payload: T;
  /** The same phrase in the matcher it was absorbed from. */
  inner?: Phrase<unknown>;
}

export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  start: number;
  end: number;
}

const SKIP = new Set(['-', '‑', '&']);
const MAX_WORD_CACHE = 100_000;
const KEPT_PUNCT = new Set(['%', '$', '+', '₽', '€', '£', '/']);

function phraseWords(text: string): PhraseWord[] {
  return tokenize(text)
    .filter((t) => t.type === 'word' || t.type === 'num' || KEPT_PUNCT.has(t.text))
    .map((t) => ({ text: t.text.replace(/['’]s$/, ''), norm: t.norm, stem: undefined }));
}

function key(norm: string, n: number): string {
  return norm.slice(0, n);
}

export interface AddOptions {
  caseSensitive?: boolean;
  /** A capitalised name matches only a capitalised word ("Дубай" is not "дуба", oak), inflected or not. */
  properNoun?: boolean;
  /** Defaults to true for all-caps words of up to three letters (`US`, `RU`, `ВК`, `CR`). */
  exact?: boolean;
}

/** The phrases whose first word a text word is, with the first letter of each one's second word (-1: a single word). */
interface Candidates<T> {
  phrases: Phrase<T>[];
  /** Read on every token against every candidate: a flat array, so a candidate that cannot go on costs no pointer chase. */
  second: Int32Array;
}

const NO_CANDIDATES: Candidates<never> = { phrases: [], second: new Int32Array(0) };

export class PhraseMatcher<T> {
  private readonly index = new Map<string, Phrase<T>[]>();
  private readonly firstWord = new Map<string, Candidates<T>>();
  size = 0;

  add(text: string, payload: T, opts: AddOptions = {}): void {
    const words = phraseWords(text);
    if (words.length === 0) return;
    const shortCaps = words.length === 1 && /^[\p{Lu}.]{1,4}$/u.test(words[0]!.text) && /\p{Lu}/u.test(words[0]!.text);
    const phrase: Phrase<T> = {
      words,
      caseSensitive: opts.caseSensitive ?? shortCaps,
      exact: opts.exact ?? shortCaps,
      properNoun: (opts.properNoun ?? false) && /^\p{Lu}/u.test(words[0]!.text),
      source: text,
      payload,
    };
    const first = words[0]!.norm;
    // A Russian word whose stem is three letters is indexed under them: `мамы` must be found from `мамам`.
    const shortStem = first.length > 3 && isCyrillic(first) && (words[0]!.stem ??= stem(first)).length === 3;
    const k = key(first, Math.min(4, first.length, shortStem ? 3 : 4));
    let list = this.index.get(k);
    if (!list) this.index.set(k, (list = []));
    list.push(phrase);
    this.size++;
    this.firstWord.clear();
  }

  /** Adds every phrase of another matcher, with its payload wrapped: many lists, one pass over a sentence. */
  absorb<U>(other: PhraseMatcher<U>, wrap: (u: U) => T): void {
    for (const [k, list] of other.index) {
      let mine = this.index.get(k);
      if (!mine) this.index.set(k, (mine = []));
      // `inner` keeps the phrase as the other matcher knows it, so a match can be handed back without copying.
      for (const p of list) mine.push({ ...p, payload: wrap(p.payload), inner: p });
      this.size += list.length;
    }
    this.firstWord.clear();
  }

  /** All matches in `tokens`, longest first at each position; overlapping matches of different phrases are kept. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'punct' && !KEPT_PUNCT.has(t.text)) continue;
      // A phrase is indexed under the first 4 letters of its first word, or the whole word when shorter, or the first 3
      // when it is Russian with a 3-letter stem. A text word is looked up under its own first 4 letters, and under its
      // first 3 when it is Russian: a 3-letter Russian stem inflects (`тон` → `тона`, `мамы` → `мамам`); a shorter or
      // Latin word only matches as written (see `wordMatches`).
      // The phrases whose first word this word is: the same few thousand words recur, so this is looked up once each.
      let first = this.firstWord.get(t.text);
      if (first === undefined) {
        first = candidates(this.phrasesStartingWith(t));
        if (this.firstWord.size > MAX_WORD_CACHE) this.firstWord.clear();
        this.firstWord.set(t.text, first);
      }
      const { phrases, second } = first;
      if (phrases.length === 0) continue;
      // The first letter of the next word (past hyphens): most longer phrases stop there (see `wordEquals`).
      let k = i + 1;
      while (k < tokens.length && SKIP.has(tokens[k]!.text)) k++;
      const next = k < tokens.length ? tokens[k]!.norm.charCodeAt(0) : -2;
      for (let c = 0; c < phrases.length; c++) {
        const s = second[c]!;
        if (s !== -1 && s !== next) continue;
        const p = phrases[c]!;
        const to = s === -1 ? i + 1 : this.matchAt(tokens, i + 1, p, 1);
        if (to > 0) out.push({ phrase: p, from: i, to, start: t.start, end: tokens[to - 1]!.end });
      }
    }
    // Matches come in token order; at one position, the longest first.
    for (let i = 1; i < out.length; i++) {
      const m = out[i]!;
      let j = i - 1;
      while (j >= 0 && out[j]!.start === m.start && out[j]!.end < m.end) {
        out[j + 1] = out[j]!;
        j--;
      }
      out[j + 1] = m;
    }
    return out;
  }

  private phrasesStartingWith(t: Token): Phrase<T>[] {
    const out: Phrase<T>[] = [];
    const n = t.norm;
    const len = n.length >= 4 ? 4 : n.length;
    for (let pass = 0; pass < 2; pass++) {
      const kl = pass === 0 ? len : 3;
      if (pass === 1 && (n.length < 4 || t.script !== 'cyrillic')) break;
      const cands = this.index.get(kl === n.length ? n : n.slice(0, kl));
      if (!cands) continue;
      for (const p of cands) {
        if (wordEquals(t, p.words[0]!, p, p.words.length === 1)) out.push(p);
      }
    }
    return out;
  }

  /** Matches the words of `p` from word `w0` on against the tokens from `i`; the index after the match, or 0. */
  private matchAt(tokens: readonly Token[], i: number, p: Phrase<T>, w0: number): number {
    let j = i;
    for (let w = w0; w < p.words.length; w++) {
      while (w > 0 && j < tokens.length && SKIP.has(tokens[j]!.text)) j++;
      const t = tokens[j];
      if (!t) return 0;
      if (!wordEquals(t, p.words[w]!, p, w === p.words.length - 1)) return 0;
      j++;
    }
    return j;
  }
}

function candidates<T>(phrases: Phrase<T>[]): Candidates<T> {
  if (phrases.length === 0) return NO_CANDIDATES;
  return { phrases, second: Int32Array.from(phrases, (p) => (p.words.length > 1 ? p.words[1]!.norm.charCodeAt(0) : -1)) };
}

function wordEquals(t: Token, w: PhraseWord, p: Phrase<unknown>, last: boolean): boolean {
  if (t.type === 'punct' && !KEPT_PUNCT.has(t.text)) return false;
  // Every way below of matching a word (as written, by inflection, by stem) keeps its first letter, and most
  // candidates differ there: the cheapest test first.
  if (t.norm.charCodeAt(0) !== w.norm.charCodeAt(0)) return false;
  if (p.caseSensitive) {
    const surface = t.text.replace(/['’]s$/, '');
    if (surface === w.text) return true;
    // Russian inflects names too: `Хофф` → `Хоффе`, `Дзен` → `Дзена`, `Алгоритмика` → `Алгоритмики`.
    if (!p.exact && t.script === 'cyrillic') {
      const root = w.text.replace(/[аяоеиыуюьй]{1,2}$/, '');
      if (root.length >= 3 && surface.startsWith(root)) return /^[а-яё]{0,3}$/.test(surface.slice(root.length)) && surface !== root;
    }
    return false;
  }
  if (p.properNoun && w === p.words[0] && !/^\p{Lu}/u.test(t.text)) return false;
  if (p.exact) return t.norm === w.norm;
  if (t.norm === w.norm) return true;
  // Only the words of a phrase inflect; the last word of a Latin phrase inflects too (`treat insomnia`).
  void last;
  return wordMatches(t.norm, w.norm, (t.stem ??= stem(t.norm)), (w.stem ??= stem(w.norm)));
}
