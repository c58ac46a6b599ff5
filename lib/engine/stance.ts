import type { SentenceView } from './analyze';
import type { CueMatch } from './cues';

/**
 * The stance of a claim in its sentence: negated or forbidden ("we never promise guaranteed
 * results", "TikTok и Instagram не используем", `«Instagram for Russia» — no`), a condition, history,
 * a checking question, a report on a hypothesis.
 */

const DASHES = new Set(['—', '–', '-']);
const CLOSING = new Set(['»', '”', '"', "'", ')']);
const OPENING = new Set(['«', '“']);

function cuesTagged(s: SentenceView, tag: string): CueMatch[] {
  return s.cues.filter((c) => c.phrase.payload === tag);
}

/** Is the claim at tokens [from, to) negated or forbidden in its clause? */
export function isNegated(s: SentenceView, from: number, to: number): boolean {
  const t = s.tokens;
  const clause = s.clauseOf[from];
  // A "не" inside quoted copy («ребёнок не болеет») negates nothing outside the quote.
  const own = quoteOf(s, from);
  for (const c of s.cues) {
    const tag = c.phrase.payload;
    const cueQuote = tag.startsWith('neg') ? quoteOf(s, c.from) : -1;
    if (cueQuote >= 0 && cueQuote !== own) continue;
    if (tag === 'neg' && c.to <= from && s.clauseOf[c.from] === clause && negates(s, c, from)) return true;
    if (tag === 'neg-narrow' && c.to <= from && from - c.to <= 2) return true;
    if (tag === 'neg-post' && c.from >= to && c.from - to <= 8 && (s.clauseOf[c.from] === s.clauseOf[to - 1] || listThenVerb(s, to, c.from))) return true;
  }
  // "Not using: VK, Telegram." — a negative label before a colon covers the list after it.
  const colon = t.findIndex((x) => x.text === ':');
  if (colon > 0 && colon <= 4 && colon < from && s.cues.some((c) => c.phrase.payload === 'neg' && c.to <= colon)) {
    if (!t.slice(colon + 1, from).some((x) => x.type === 'punct' && x.text !== ',')) return true;
  }
  // "politics-free": the word is negated by a "-free" compound.
  if (t[to]?.text === '-' && t[to + 1]?.norm === 'free') return true;
  if (t[to]?.norm === 'free' && t[to]?.hyphenJoined) return true;
  // "Rev. 3 keeps Telegram out of the US plan", "take 'carbon neutral delivery' out of the draft".
  {
    let j = to;
    let words = 0;
    while (j < t.length && (CLOSING.has(t[j]!.text) || (t[j]!.type === 'word' && t[j]!.norm !== 'out' && words++ < 2))) j++;
    let k = from - 1;
    while (k >= 0 && OPENING_Q.has(t[k]!.text)) k--;
    if (t[j]?.norm === 'out' && KEEP.has(t[k]?.norm ?? '')) return true;
  }
  // "Doctor recommended? Nope." inside one quoted line.
  if (t[to]?.text === '?' && s.cues.some((c) => c.phrase.payload === 'neg-answer' && (c.from === to + 1 || c.from === to + 2))) return true;
  return refusedAfter(s, from, to);
}

/** Index of the inline quote token `i` stands inside, or -1. A loop, not a closure: it runs for every cue weighed. */
function quoteOf(s: SentenceView, i: number): number {
  const quotes = s.inlineQuotes;
  for (let k = 0; k < quotes.length; k++) if (quotes[k]![0] < i && i < quotes[k]![1]) return k;
  return -1;
}

/** "Конкурентов (ИКЕА, Хофф) в текстах не упоминаем", "ИКЕА, Хофф и других — не называем": a list set off, then the verb. */
function listThenVerb(s: SentenceView, to: number, cue: number): boolean {
  for (let i = to; i < cue; i++) {
    const t = s.tokens[i]!;
    if (t.type === 'punct' && !LIST_MARKS.has(t.text)) return false;
    if (s.cues.some((c) => c.phrase.payload === 'contrast' && c.from === i)) return false;
  }
  return true;
}

const LIST_MARKS = new Set([')', ',', '»', '"', '—', '–', '(']);

/** Does a negation cue reach the claim? Not across a comma that starts a new clause, and not "not just", "why not", "не то что". */
function negates(s: SentenceView, c: CueMatch, from: number): boolean {
  const t = s.tokens;
  if (s.cues.some((n) => n.phrase.payload === 'not-just' && n.from === c.to)) return false;
  if (s.cues.some((n) => n.phrase.payload === 'not-neg' && n.from === c.from)) return false;
  // "why not lead with TikTok?", "почему бы не ..." propose rather than negate.
  if ((t[c.from - 1]?.norm === 'why' && c.phrase.source === 'not') || (t[c.from - 1]?.norm === 'бы' && t[c.from - 2]?.norm === 'почему')) return false;
  // The negation belongs to a comparator of a number ("no higher than", "не выше"), not to the claim.
  if (COMPARATIVE.has(t[c.to]?.norm ?? '')) return false;
  // A list goes on after a comma ("never name Calm, Headspace or Sleep Cycle"); a new clause does not ("не пойдёт, перевести ...").
  // "Никакого сленга, хайпа и дерзости": a negator of nouns covers the whole list.
  if (NOMINAL_NEGATORS.has(c.phrase.source)) return true;
  for (let i = c.to; i < from; i++) {
    if (t[i]!.text !== ',') continue;
    const next = t[i + 1];
    if (next && next.type === 'word' && /^\p{Ll}/u.test(next.text) && !s.channels.some((ch) => ch.from === i + 1)) return false;
  }
  return true;
}

const KEEP = new Set(['keep', 'keeps', 'keeping', 'kept', 'leave', 'leaves', 'leaving', 'left', 'stay', 'stays', 'take', 'takes', 'taking', 'took', 'cut', 'cuts', 'strike']);
const OPENING_Q = new Set(['«', '“', '"', "'", '‘']);
const REFUSALS = [['dropped'], ['not', 'happening'], ['off', 'the', 'table'], ['no'], ['нет'], ['also', 'no'], ['тоже', 'нет'], ["let's", 'not'], ['lets', 'not'], ['not'], ['no', 'way'], ['давайте', 'не'], ['не', 'надо'], ['ни', 'в', 'коем'], ['ни', 'слова'], ['rejected'], ['отклонено'], ['отклонили']];
/** Words that refuse a quoted idea right after it: `«8% cashback»: rejected`, `«as safe as Revolut» can't go in`. */
const REFUSED = new Set(['pass', 'rejected', 'declined', 'refused', 'vetoed', "can't", 'cannot', "won't", 'нет', 'отклонено', 'отклонили', 'отказ', 'не']);
const NOMINAL_NEGATORS = new Set(['никаких', 'никакого', 'никакой', 'никакие', 'no', 'nothing', 'none', 'without', 'без']);
const COMPARATIVE = new Set(['higher', 'lower', 'more', 'less', 'above', 'below', 'выше', 'ниже', 'более', 'менее', 'больше', 'меньше', 'раньше', 'позже']);

/** `«Instagram for Russia» suggestion — no`, `«...?» — нет`, `"20% off" in Dubai — also no`. */
function refusedAfter(s: SentenceView, from: number, to: number): boolean {
  const t = s.tokens;
  let quote: [number, number] | undefined;
  for (const q of s.inlineQuotes) {
    if (q[0] < from && to < q[1]) {
      quote = q;
      break;
    }
  }
  let j = quote ? quote[1] : to;
  const maxWords = 6;
  let words = 0;
  if (quote) {
    for (let k = j; k < Math.min(t.length, j + 4); k++) {
      if (REFUSED.has(t[k]!.norm)) return true;
      if (t[k]!.type === 'punct' && !DASHES.has(t[k]!.text) && t[k]!.text !== ':' && t[k]!.text !== ',') break;
    }
  }
  while (j < t.length && words <= maxWords) {
    const x = t[j]!;
    if (DASHES.has(x.text)) return REFUSALS.some((r) => r.every((w, k) => t[j + 1 + k]?.norm === w));
    if (x.type === 'word' || x.type === 'num') words++;
    else if (!CLOSING.has(x.text) && !OPENING.has(x.text) && x.text !== '?' && x.text !== '%' && x.text !== ',') return false;
    j++;
  }
  return false;
}

/** Is the token at `index` inside a condition ("If CAC climbs above $35 next week, ...")? */
export function isConditional(s: SentenceView, index: number): boolean {
  return cuesTagged(s, 'condition').some((c) => c.from < index && s.subclauseOf[c.from] === s.subclauseOf[index]);
}

const RU_LINK = new Set(['до', 'на', 'в', 'около', 'почти', 'всего', 'лишь', 'уже', '—', ':', 'порядка']);
const RU_PAST = /(?:ал|ял|ил|ел|ыл|ул|ала|яла|ила|ела|ыла|ула|ало|яло|ило|ело|ыло|али|яли|или|ыли)(?:ся|сь)?$/;

/** Is a figure at token `index` history ("last year CAC was $41", "Факт: ...", "4,6% (факт)", "в 2025 году CAC доходил до ...")? */
export function isHistory(s: SentenceView, index: number, currentYear?: number): boolean {
  const clause = s.clauseOf[index];
  // A Russian past-tense verb right before the figure (at most 3 tokens back): "доходил до 2 400 ₽", "падала до 1,7%", "составил 1 940 ₽".
  for (let j = Math.max(0, index - 3); j < index; j++) {
    const x = s.tokens[j]!;
    if (s.clauseOf[j] !== clause) continue;
    if (x.script === 'cyrillic' && x.norm.length >= 5 && RU_PAST.test(x.norm) && s.tokens.slice(j + 1, index).every((y) => RU_LINK.has(y.norm))) return true;
  }
  if (currentYear !== undefined) {
    for (const q of s.quantities) {
      // "Benchmarks (2025): category CAC $41" — a past year before the figure, in its clause or in a label before it.
      if (q.role === 'year' && q.value < currentYear && tokenAt(s, q.start) < index) return true;
    }
  }
  const part = (i: number) => {
    let k = 0;
    for (let j = 0; j < i; j++) if (s.tokens[j]!.text === ';') k++;
    return k;
  };
  const p = part(index);
  let lastHistory = -1;
  let lastTarget = -1;
  for (const c of s.cues) {
    if (c.from >= index || part(c.from) !== p) continue;
    if (c.phrase.payload === 'history') lastHistory = Math.max(lastHistory, c.from);
    if (c.phrase.payload === 'target') lastTarget = Math.max(lastTarget, c.from);
  }
  if (lastHistory >= 0 && lastHistory > lastTarget) return true;
  // A history word just after the figure: "4,3%, это факт, не цель", "5.4% actual".
  for (let j = index + 1; j < Math.min(s.tokens.length, index + 5); j++) {
    const x = s.tokens[j]!;
    if (x.type === 'punct' && x.text !== ',' && x.text !== '—' && x.text !== '(' && x.text !== '%') break;
    if (x.norm === 'факт' || x.norm === 'actual' || x.norm === 'actuals' || x.norm === 'фактически') return true;
  }
  // A parenthetical right after the figure: "4,6% (факт)", "5.4% (actual)".
  for (let j = index + 1; j < Math.min(s.tokens.length, index + 5); j++) {
    if (s.tokens[j]!.text === '(') {
      const w = s.tokens[j + 1];
      if (w && s.cues.some((c) => c.phrase.payload === 'history' && c.from === j + 1)) return true;
      break;
    }
  }
  return false;
}

/** Does the sentence report on a hypothesis ("H3 (TikTok как основной канал в России) оспорена")? */
export function isHypothesisReport(s: SentenceView): boolean {
  return s.hypothesis;
}

/** A question that checks a rule rather than proposing to break it ("are we allowed to call it ...?" / "Nope."). */
export function isCheckingQuestion(s: SentenceView, next: SentenceView | undefined): boolean {
  if (!s.text.trimEnd().endsWith('?') && !s.tokens.some((t) => t.text === '?')) return false;
  if (s.cues.some((c) => c.phrase.payload === 'perm-q')) return true;
  if (next && next.cues.some((c) => c.phrase.payload === 'neg-answer' && c.from === 0)) return true;
  return false;
}

/** Token index of the first token at or after `offset`. */
export function tokenAt(s: SentenceView, offset: number): number {
  const t = s.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, t.length - 1));
}
