import { marketAt, type SentenceView } from '../engine/analyze';
import type { DocModel, MarketModel } from '../engine/model';
import { isNegated } from '../engine/stance';
import { agreedSuffix } from './format';
import type { Rule, RuleContext } from './types';

/**
 * Tone: text that asks for a tone the market avoids ("keep it edgy for Russia", "strictly formal"),
 * or copy written in it (slang and hype, fear-based lines). Copy gets one finding per paragraph, on
 * its most blatant sentence.
 */

/** Tones whose marks add up together in a piece of copy; "loud" copy also counts emoji runs, "!!!" and capitals. */
const LOUD = ['slang', 'hype', 'urgency', 'shouting', 'clickbait', 'salesy'];
const COPY_THRESHOLD = 2.5;
const OTHER_THRESHOLD = 2;
const SENTENCE_MIN = 1.5;

const groupCache = new WeakMap<DocModel, [string, readonly string[]][]>();
/** `[group, categories]` pairs: "loud" first, then each other tone a market avoids on its own. Built once per document. */
function copyGroups(model: DocModel): [string, readonly string[]][] {
  const cached = groupCache.get(model);
  if (cached) return cached;
  const groups: Record<string, string[]> = { loud: LOUD };
  for (const m of model.markets) for (const a of m.toneAvoid) if (!LOUD.includes(a.category)) groups[a.category] = [a.category];
  const entries = Object.entries(groups);
  groupCache.set(model, entries);
  return entries;
}

function voiceText(m: MarketModel, lang: 'en' | 'ru'): string {
  const t = m.market.tone;
  return lang === 'ru'
    ? `голос: ${t.voice.join(', ')}; избегаем: ${t.avoid.join(', ')}`
    : `voice ${t.voice.join(', ')}; avoid ${t.avoid.join(', ')}`;
}

interface Hit {
  start: number;
  end: number;
  label: string;
  market: MarketModel;
}

function report(ctx: RuleContext, s: SentenceView, h: Hit, asked: boolean): void {
  const { model } = ctx;
  const m = h.market;
  const actual = h.start >= s.start && h.end <= s.end ? s.text.slice(h.start - s.start, h.end - s.start) : s.text;
  const en = asked ? `asks for a tone ${m.id} avoids (“${h.label}”)` : `reads as “${h.label}”, a tone ${m.id} avoids`;
  const ru = asked ? `просит тон «${h.label}», которого для ${m.id} избегаем` : `звучит как «${h.label}» — этого тона для ${m.id} избегаем`;
  ctx.report({
    kind: 'tone',
    severity: 'warning',
    ruleId: m.market.tone.id,
    market: m.id,
    start: h.start,
    end: h.end,
    sentence: s,
    actual,
    expected: voiceText(m, 'en'),
    message: {
      en: `“${actual}” ${en}; agreed ${voiceText(m, 'en')}${agreedSuffix(model, 'en', m.market.tone.id)}`,
      ru: `«${actual}» ${ru}; согласовано: ${voiceText(m, 'ru')}${agreedSuffix(model, 'ru', m.market.tone.id)}`,
    },
  });
}

/** Requests for an avoided tone in one sentence, merged per market into one span. */
function requests(model: DocModel, s: SentenceView): Hit[] {
  if (!s.cueKinds.has('tone-ask') && !s.cueKinds.has('tone-weak') && s.ownTone.length === 0) return [];
  const contexts = s.cues.filter((c) => c.phrase.payload === 'tone-ctx');
  // A weak word asks for a tone only next to a word about copy: "Тексты агрессивнее", not "агрессивным скидкам ... в постах".
  const nearContext = (c: { from: number; to: number }) => contexts.some((x) => Math.min(Math.abs(x.from - c.to), Math.abs(c.from - x.to)) <= 4);
  const cues = [
    ...s.cues.filter((c) => c.phrase.payload.startsWith('tone-ask:') || (c.phrase.payload.startsWith('tone-weak:') && nearContext(c))),
    ...s.ownTone,
  ];
  const byMarket = new Map<string, Hit>();
  for (const c of cues) {
    const tag = c.phrase.payload;
    const cat = tag.startsWith('own:') ? tag : tag.slice(tag.indexOf(':') + 1);
    const marketId = marketAt(s, c.start);
    const m = marketId === null ? undefined : model.byId.get(marketId);
    const avoided = m?.toneAvoid.find((a) => a.category === cat);
    if (!m || !avoided || isNegated(s, c.from, c.to)) continue;
    const h = byMarket.get(m.id);
    if (h) {
      h.start = Math.min(h.start, c.start);
      h.end = Math.max(h.end, c.end);
    } else byMarket.set(m.id, { start: c.start, end: c.end, label: avoided.label, market: m });
  }
  // The request's own example copy belongs to it: "флаг во весь экран ... «Мы — великий народ»".
  for (const h of byMarket.values()) {
    for (const c of s.cues) {
      if (!c.phrase.payload.startsWith('tone-mark:')) continue;
      if (!h.market.toneAvoid.some((a) => a.category === c.phrase.payload.slice(10))) continue;
      h.start = Math.min(h.start, c.start);
      h.end = Math.max(h.end, c.end);
    }
  }
  return [...byMarket.values()];
}

/** Could the sentence hold an emoji, "!!", "??" or a word in capitals? A cheap test before `loudSigns`. */
function mayBeLoud(s: SentenceView): boolean {
  return s.tokens.some((x) => x.type === 'symbol' || x.text === '!' || x.text === '?' || (x.type === 'word' && x.text.length >= 5 && isAllCaps(x.text)));
}

/** `word === word.toUpperCase()`, without upper-casing the many words that have a lower-case Latin or Russian letter. */
function isAllCaps(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return false;
  }
  return word === word.toUpperCase();
}

/** Signs of loud copy that no word list covers: emoji runs, "!!!", "??", words in capitals. */
function loudSigns(s: SentenceView): { score: number; start: number; end: number }[] {
  const out: { score: number; start: number; end: number }[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    if ((x.text === '!' || x.text === '?') && t[i + 1]?.text === x.text && t[i + 1]!.start === x.end) {
      let j = i;
      while (t[j + 1]?.text === x.text) j++;
      out.push({ score: 1, start: x.start, end: t[j]!.end });
      i = j;
    } else if (x.type === 'symbol') {
      out.push({ score: 0.5, start: x.start, end: x.end });
    } else if (x.type === 'word' && x.text.length >= 5 && isAllCaps(x.text) && /\p{Lu}/u.test(x.text)) {
      out.push({ score: 1, start: x.start, end: x.end });
    }
  }
  return out;
}

function copyTone(ctx: RuleContext, already: Set<string>): void {
  const { model } = ctx;
  // Most paragraphs hold no tone mark and nothing loud: nothing to weigh.
  if (!ctx.paragraph.sentences.some((s) => s.cueKinds.has('tone-mark') || mayBeLoud(s))) return;
  const loud = ctx.paragraph.sentences.map((s) => mayBeLoud(s));
  for (const [group, cats] of copyGroups(model)) {
    const perMarket = new Map<string, { total: number; best: { s: SentenceView; score: number; start: number; end: number } | null; first: number; last: number; label: string; market: MarketModel }>();
    for (const s of ctx.paragraph.sentences) {
      if (!s.cueKinds.has('tone-mark') && (group !== 'loud' || !loud[s.index])) continue;
      const marks = s.cues.filter((c) => {
        const tag = c.phrase.payload;
        return tag.startsWith('tone-mark:') && cats.includes(tag.slice(10)) && !isNegated(s, c.from, c.to);
      });
      const signs = group === 'loud' ? loudSigns(s) : [];
      if (marks.length === 0 && signs.length === 0) continue;
      const m = s.market === null ? undefined : model.byId.get(s.market);
      const avoided = m?.toneAvoid.find((a) => cats.includes(a.category) && marks.some((c) => c.phrase.payload === `tone-mark:${a.category}`)) ?? m?.toneAvoid.find((a) => cats.includes(a.category));
      if (!m || !avoided || already.has(m.id)) continue;
      let score = 0;
      let start = Infinity;
      let end = -1;
      for (const c of marks) {
        score += 1 + 0.5 * (c.phrase.words.length - 1);
        start = Math.min(start, c.start);
        end = Math.max(end, c.end);
      }
      for (const x of signs) score += x.score;
      if (marks.length === 0) {
        start = signs[0]!.start;
        end = signs.at(-1)!.end;
      }
      const entry = perMarket.get(m.id) ?? { total: 0, best: null, first: s.start, last: s.end, label: avoided.label, market: m };
      entry.total += score;
      entry.last = s.end;
      if (!entry.best || score > entry.best.score) entry.best = { s, score, start, end };
      perMarket.set(m.id, entry);
    }
    for (const e of perMarket.values()) {
      if (e.total < (group === 'loud' ? COPY_THRESHOLD : OTHER_THRESHOLD) || !e.best || e.best.score < SENTENCE_MIN) continue;
      // Copy reads as a whole: the finding covers every sentence of it that carries the tone.
      report(ctx, e.best.s, { start: e.first, end: e.last, label: e.label, market: e.market }, false);
      already.add(e.market.id);
    }
  }
}

export const tone: Rule = {
  kind: 'tone',
  describe: 'Requests for a tone the market avoids, and copy written in one.',
  check(ctx) {
    // One request per market and paragraph: a brief asks for a tone once, then describes it.
    const asked = new Set<string>();
    for (const s of ctx.paragraph.sentences) {
      for (const h of requests(ctx.model, s)) {
        if (asked.has(h.market.id)) continue;
        report(ctx, s, h, true);
        asked.add(h.market.id);
      }
    }
    copyTone(ctx, asked);
  },
};
