import { marketAt, type SentenceView } from '../engine/analyze';
import type { MarketModel } from '../engine/model';
import { isHypothesisReport, isNegated, tokenAt } from '../engine/stance';
import { agreedSuffix } from './format';
import { associateMetric } from './metric-values';
import type { Rule, RuleContext } from './types';

/**
 * Messaging: what a market's message leads with. A theme the market avoids is flagged when the text
 * puts it in the lead ("open every ad with Anya's founder story", "первые касания строим на
 * срочности", "Ведём с цены") or when a piece of copy opens with it (a post whose first line is
 * "Скидка 40% ...").
 */

const POSITION_NOUN = /^(?:second|seconds|frame|frames|screen|slide|line|touch|touches|card|секунд|кадр|экран|строк|касани|карточк|слайд)/;
const GREETING = /^(?:hi|hello|hey|dear|привет|здравствуйте|добрый|коллеги|уважаемый|уважаемая|доброе)$/;
const COPY_TITLE = /(?:post|caption|banner|headline|copy|ad|ads|story|stories|email|subject|hero|landing|script|tagline|carousel|card|пост|подпись|баннер|заголов|текст|сторис|объявлен|ролик|сценари|лендинг|рассылк|креатив|карусел|карточк)/;

interface ThemeHit {
  theme: string;
  start: number;
  end: number;
  from: number;
  /** Found from a figure or a market name rather than a word list. */
  figure: boolean;
}

const INSTRUMENTAL = /(?:ой|ей|ом|ем|ами|ями|ью)$/;

function themeHits(ctx: RuleContext, s: SentenceView): ThemeHit[] {
  const { model } = ctx;
  const hits: ThemeHit[] = [];
  for (const c of s.ownTheme) if (!isNegated(s, c.from, c.to)) hits.push({ theme: c.phrase.payload, start: c.start, end: c.end, from: c.from, figure: false });
  for (const c of s.cues) {
    if (!c.phrase.payload.startsWith('theme:') || isNegated(s, c.from, c.to)) continue;
    hits.push({ theme: c.phrase.payload.slice(6), start: c.start, end: c.end, from: c.from, figure: false });
  }
  // "история Ани", "историю основательницы": a named person's story is a founder story.
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!t.norm.startsWith('истори')) continue;
    const next = s.tokens[i + 1];
    if (next?.script === 'cyrillic' && /^\p{Lu}/u.test(next.text) && !s.mentions.some((m) => m.start === next.start) && !isNegated(s, i, i + 2)) {
      hits.push({ theme: 'founder', start: t.start, end: next.end, from: i, figure: false });
    }
  }
  // "Anya's story", "Irina's story": a person's story is a founder story.
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if ((t.text.endsWith("'s") || t.text.endsWith('’s')) && /^\p{Lu}/u.test(t.text) && !isNegated(s, i, i + 2)) {
      // "Anya's story", "Anya's personal letter", "Irina's video".
      const k = s.tokens[i + 1]?.norm === 'personal' || s.tokens[i + 1]?.norm === 'own' ? i + 2 : i + 1;
      if (PERSONAL.has(s.tokens[k]?.norm ?? '')) hits.push({ theme: 'founder', start: t.start, end: s.tokens[k]!.end, from: i, figure: false });
    }
  }
  for (const q of s.quantities) {
    if (q.role) continue;
    const from = tokenAt(s, q.start);
    const metric = associateMetric(model, s, q);
    if (q.kind === 'percent' && metric === model.discountMetric) {
      hits.push({ theme: 'discount', start: q.start, end: q.end, from, figure: true }, { theme: 'price', start: q.start, end: q.end, from, figure: true });
    }
    if (q.kind === 'money' && (metric === null || metric === model.priceMetric)) hits.push({ theme: 'price', start: q.start, end: q.end, from, figure: true });
    // A figure of a metric that shares its name with a theme: "Кэшбэк 7%" is cashback-led.
    if (metric !== null && metric !== model.discountMetric && metric !== model.priceMetric) {
      const start = Math.min(q.start, ...s.metrics.filter((m) => m.phrase.payload === metric && m.end <= q.start && from - tokenAt(s, m.end - 1) <= 2).map((m) => m.start));
      hits.push({ theme: metric, start, end: q.end, from: tokenAt(s, start), figure: true });
    }
  }
  for (const m of s.mentions) {
    const next = s.tokens[tokenAt(s, m.end - 1) + 1]?.text ?? '';
    // "Tone check RU × TR", "RU: ...": a market as a label, not where the product comes from.
    if ([':', '×', 'x', '/', '|', '&'].includes(next)) continue;
    hits.push({ theme: `origin:${m.market}`, start: m.start, end: m.end, from: tokenAt(s, m.start), figure: true });
  }
  return hits;
}

const NO_LEADS: Lead[] = [];
const PERSONAL = new Set(['story', 'letter', 'journey', 'note', 'video', 'message', 'diary']);

interface Lead {
  at: number;
  /** A verb ("open ... with", "открываем ... скидкой") needs its theme after it, joined by "with"/"с" or in the instrumental case. */
  verb: boolean;
}

function leadPositions(s: SentenceView): Lead[] {
  const out: Lead[] = [];
  for (const c of s.cues) {
    const tag = c.phrase.payload;
    if (tag !== 'lead' && tag !== 'lead-verb' && tag !== 'first') continue;
    if (tag === 'first' && !s.tokens.slice(c.to, c.to + 3).some((x) => POSITION_NOUN.test(x.norm))) continue;
    if (!isNegated(s, c.from, c.to)) out.push({ at: c.from, verb: tag === 'lead-verb' });
  }
  // A verb names the lead more exactly than a position word elsewhere in the clause.
  return out.sort((a, b) => Number(b.verb) - Number(a.verb));
}

const LINKS = new Set([':', '—', '–', '=']);

function leads(s: SentenceView, lead: Lead, h: ThemeHit): boolean {
  if (Math.abs(h.from - lead.at) > 12) return false;
  if (s.subclauseOf[h.from] !== s.subclauseOf[lead.at]) {
    // "первые кадры — история Ани", "Первое касание: «...»": a position word, a colon or dash, then what stands there.
    if (lead.verb || h.from < lead.at) return false;
    // What follows the link may be an inline quote: `Первый кадр: «Все ваши соседи уже копят — а вы всё ещё нет?»`.
    const quote = s.inlineQuotes.find(([a, b]) => a < h.from && h.from < b);
    const upTo = quote ? quote[0] : h.from;
    const between = s.tokens.slice(lead.at + 1, upTo).filter((x) => x.type === 'punct' && !['«', '"', '“', "'"].includes(x.text));
    if (between.length !== 1 || !LINKS.has(between[0]!.text) || upTo - lead.at > 8) return false;
  }
  if (!lead.verb) return true;
  if (h.from <= lead.at) return false;
  const between = s.tokens.slice(lead.at + 1, h.from + 1);
  if (between.some((x) => x.norm === 'with' || x.norm === 'on' || x.norm === 'by' || x.norm === 'с' || x.norm === 'со')) return true;
  // "открываем кампанию скидкой", "открываем каждый ролик плашкой «Сделано в России»".
  return between.slice(1).some((x) => x.script === 'cyrillic' && INSTRUMENTAL.test(x.norm) && x.norm.length > 3);
}

function matchesAvoid(m: MarketModel, theme: string): { label: string } | undefined {
  return m.themeAvoid.find((a) => (a.theme === 'origin' ? theme === `origin:${a.originMarket}` || theme === 'origin' : a.theme === theme));
}

function report(ctx: RuleContext, s: SentenceView, m: MarketModel, label: string, start: number, end: number): void {
  const { model } = ctx;
  const msg = m.market.messaging;
  const actual = s.text.slice(start - s.start, end - s.start);
  ctx.report({
    kind: 'messaging',
    severity: 'warning',
    ruleId: msg.id,
    market: m.id,
    start,
    end,
    sentence: s,
    actual,
    expected: `lead with ${msg.lead.join(', ')}; avoid ${msg.avoid.join(', ')}`,
    message: {
      en: `“${actual}” leads ${m.id} with “${label}”, which was agreed to avoid; agreed lead: ${msg.lead.join(', ')}${agreedSuffix(model, 'en', msg.id)}`,
      ru: `«${actual}» ставит в лид для ${m.id} «${label}», чего договорились избегать; согласованный лид: ${msg.lead.join(', ')}${agreedSuffix(model, 'ru', msg.id)}`,
    },
  });
}

/**
 * 'copy': the line after a title that names a piece of copy; 'text': the first line of a text; null: neither.
 * `lineStarts`: the paragraph's sentences that start a line; only its first two lines can open anything.
 */
function openingLine(s: SentenceView, lineStarts: readonly SentenceView[]): 'copy' | 'text' | null {
  if (!s.lineStart || (s.heading && s.headingKind !== 'title')) return null;
  const at = lineStarts.indexOf(s);
  if (at < 0 || at > 1) return null;
  const first = s.tokens.find((t) => t.type === 'word');
  if (!first || GREETING.test(first.norm)) return null;
  const prev = at === 1 ? lineStarts[0] : undefined;
  if (prev) {
    // The line right after a title that names a piece of copy: "Первый пост в Telegram (черновик):".
    if (!(prev.heading || prev.text.endsWith(':'))) return null;
    return prev.tokens.some((t) => COPY_TITLE.test(t.norm)) ? 'copy' : null;
  }
  // The very first line of a text that is itself a piece of copy ("Скидка 15% на спальни — от 64 900 ₽").
  return s.paragraph === 1 ? 'text' : null;
}

export const messaging: Rule = {
  kind: 'messaging',
  describe: 'Themes a market avoids put in the lead of its message.',
  check(ctx) {
    const { model } = ctx;
    const lineStarts = ctx.paragraph.sentences.filter((x) => x.lineStart).slice(0, 2);
    ctx.paragraph.sentences.forEach((s) => {
      if (isHypothesisReport(s)) return;
      // Only a sentence that names a lead position, or opens a text or a piece of copy, can lead with a theme.
      const leadsHere = s.cueKinds.has('lead') || s.cueKinds.has('lead-verb') || s.cueKinds.has('first') ? leadPositions(s) : NO_LEADS;
      const opening = s.lineStart && (s === lineStarts[0] || s === lineStarts[1]) ? openingLine(s, lineStarts) : null;
      if (leadsHere.length === 0 && opening === null) return;
      const hits = themeHits(ctx, s);
      if (hits.length === 0) return;
      const done = new Set<string>();
      for (const lead of leadsHere) {
        for (const h of hits) {
          if (!leads(s, lead, h)) continue;
          const origin = h.theme.startsWith('origin:') ? h.theme.slice(7) : undefined;
          const marketId = marketAt(s, s.tokens[lead.at]!.start, origin);
          const m = marketId === null ? undefined : model.byId.get(marketId);
          const avoid = m && matchesAvoid(m, h.theme);
          if (!m || !avoid || done.has(m.id)) continue;
          done.add(m.id);
          const start = Math.min(s.tokens[lead.at]!.start, h.start);
          const end = Math.max(s.tokens[lead.at]!.end, h.end);
          report(ctx, s, m, avoid.label, start, end);
        }
      }
      if (opening === null) return;
      for (const h of hits) {
        // A title's word ("Оффер для России ...") is not copy; a figure or a place in the first words is.
        // A text's first line: a figure or a place in its first words, or a theme word opening a sentence that is no title.
        // A text's first line: a figure or a place in its first words ("Скидка 15% ...", "Кэшбэк 7% ...", "From Moscow to Dubai").
        // ... or a theme word that is the line's very first word ("РАСПРОДАЖА!!!", "Цены снижены: ...") when the line is no title.
        if ((opening === 'text' && !((h.figure && h.from <= 2) || (!s.heading && h.from === 0))) || (opening === 'copy' && !h.figure && h.from > 3)) continue;
        const origin = h.theme.startsWith('origin:') ? h.theme.slice(7) : undefined;
        const marketId = marketAt(s, h.start, origin);
        const m = marketId === null ? undefined : model.byId.get(marketId);
        const avoid = m && matchesAvoid(m, h.theme);
        if (!m || !avoid || done.has(m.id)) continue;
        done.add(m.id);
        const last = hits.filter((x) => x.theme === h.theme).at(-1)!;
        report(ctx, s, m, avoid.label, h.start, Math.max(h.end, last.end));
      }
    });
  },
};
