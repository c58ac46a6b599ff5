import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/**
 * Stemming with a cache: the same few thousand word forms recur across a document, and the
 * Snowball stemmers are the most expensive step per word.
 */
const cache = new Map<string, string>();

/** Is the first letter Cyrillic? (Words are one script; mixed ones are rare and fall to the slower paths.) */
export function isCyrillic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
}
const MAX_CACHE = 50_000;

export function stem(word: string): string {
  let s = cache.get(word);
  if (s !== undefined) return s;
  if (isCyrillic(word)) s = stemRussian(word);
  else if (/^[a-z]+$/.test(word) && word.length > 3) s = stemEnglish(word);
  else s = word;
  if (cache.size > MAX_CACHE) cache.clear();
  cache.set(word, s);
  return s;
}

const NOUN_LIKE = /(?:s|ion|ions|ics|ment|ness|ity|ty|ism)$/;
const VERB_FORM = /(?:ed|ing)$/;
const RU_PLURAL = /[ыи]$/;
const RU_SINGULAR_TAIL = /^(?:|а|у|ом|е)$/;
const RU_DERIVATION = /^(?:ир|ов|ион|он|енн|ен|ическ|ск|н)/;

/**
 * Does a word of the text (`norm`, lower case) inflect or derive from a lexicon word (`lemma`)?
 * English: same Porter stem, but a noun-like lemma (`sanctions`, `election`) does not match a verb form
 * (`sanctioned`, `elected`). Russian: same Snowball stem, or the stem followed by a derivational suffix
 * (`гарант` → `гарантируем`, `санкц` → `санкционная`), never a diminutive or another noun (`выбор` →
 * `выборке`); a plural-only lemma (`выборы`) does not match the singular (`выбор`).
 */
export function wordMatches(norm: string, lemma: string, normStem?: string, lemmaStem?: string): boolean {
  if (norm === lemma) return true;
  const cyr = isCyrillic(lemma);
  if (!cyr) {
    if (lemma.length < 4 || norm.length < 4 || isCyrillic(norm)) return false;
    if ((normStem ?? stem(norm)) !== (lemmaStem ?? stem(lemma))) return false;
    if (NOUN_LIKE.test(lemma) && VERB_FORM.test(norm) && !VERB_FORM.test(lemma)) return false;
    return true;
  }
  if (!isCyrillic(norm)) return false;
  const sl = lemmaStem ?? stem(lemma);
  if (sl.length < 3) return false;
  const sn = normStem ?? stem(norm);
  if (sn === sl) {
    if (RU_PLURAL.test(lemma) && RU_SINGULAR_TAIL.test(norm.slice(sl.length))) return false;
    return true;
  }
  if (sn.startsWith(sl)) {
    const rest = sn.slice(sl.length);
    if (rest.startsWith('к')) return false;
    // A 3-letter stem is too short to carry a derivation on its own: `дождя` is not `дожим`.
    if (sl.length === 3 && !norm.startsWith(lemma.slice(0, 4))) return false;
    return rest.length <= 2 || RU_DERIVATION.test(rest);
  }
  // Snowball over-stems some names ("Дубая" → "дуб"): the text word still starts with the lemma's stem.
  if (sl.startsWith(sn) && norm.startsWith(sl) && norm.length - sl.length <= 2) return true;
  return false;
}
