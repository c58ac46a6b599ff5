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

const LEAD_VERB = /^(?:open|opens|opening|lead|leads|leading|start|starts|kick|открываем|откроем|открыть|открывать|открывает|начн|начина|начать|вед[её]м|вести|давить)/;
const POSITION_NOUN = /^(?:second|seconds|frame|frames|screen|slide|line|touch|touches|секунд|кадр|экран|строк|касани)/;
const FIRST = /^(?:first|первы|первое|первой|первым|первую|первые)/;
const GREETING = /^(?:hi|hello|hey|dear|привет|здравствуйте|добрый|коллеги|уважаемый|уважаемая|доброе)$/;
const COPY_TITLE = /(?:post|caption|banner|headline|copy|ad|ads|story|stories|email|subject|hero|landing|script|tagline|пост|подпись|баннер|заголов|текст|сторис|объявлен|ролик|сценари|лендинг|рассылк|креатив)/;

interface ThemeHit {
  theme: string;
  start: number;
  end: number;
  from: number;
}

function themeHits(ctx: RuleContext, s: SentenceView): ThemeHit[] {
  const { model } = ctx;
  const hits: ThemeHit[] = [];
  for (const c of s.cues) {
    if (!c.phrase.payload.startsWith('theme:') || isNegated(s, c.from, c.to)) continue;
    hits.push({ theme: c.phrase.payload.slice(6), start: c.start, end: c.end, from: c.from });
  }
  // "Anya's story", "Irina's story": a person's story is a founder story.
  s.tokens.forEach((t, i) => {
    if (/['’]s$/.test(t.text) && /^\p{Lu}/u.test(t.text) && s.tokens[i + 1]?.norm === 'story' && !isNegated(s, i, i + 2)) {
      hits.push({ theme: 'founder', start: t.start, end: s.tokens[i + 1]!.end, from: i });
    }
  });
  for (const q of s.quantities) {
    if (q.role) continue;
    const from = tokenAt(s, q.start);
    const metric = associateMetric(model, s, q);
    if (q.kind === 'percent' && metric === 'discount') {
      hits.push({ theme: 'discount', start: q.start, end: q.end, from }, { theme: 'price', start: q.start, end: q.end, from });
    }
    if (q.kind === 'money' && (metric === null || metric === 'price')) hits.push({ theme: 'price', start: q.start, end: q.end, from });
  }
  for (const m of s.mentions) hits.push({ theme: `origin:${m.market}`, start: m.start, end: m.end, from: tokenAt(s, m.start) });
  return hits;
}

function leadPositions(s: SentenceView): number[] {
  const out: number[] = [];
  for (const c of s.cues) if (c.phrase.payload === 'lead' && !isNegated(s, c.from, c.to)) out.push(c.from);
  s.tokens.forEach((t, i) => {
    if (LEAD_VERB.test(t.norm) && !isNegated(s, i, i + 1)) out.push(i);
    if (FIRST.test(t.norm) && s.tokens.slice(i + 1, i + 4).some((x) => POSITION_NOUN.test(x.norm)) && !isNegated(s, i, i + 1)) out.push(i);
  });
  return out;
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
      en: `“${actual}” leads ${m.id} with “${label}”, which was agreed to avoid; agreed lead: ${msg.lead.join(', ')} (${msg.id})${agreedSuffix(model, 'en')}`,
      ru: `«${actual}» ставит в лид для ${m.id} «${label}», чего договорились избегать; согласованный лид: ${msg.lead.join(', ')} (${msg.id})${agreedSuffix(model, 'ru')}`,
    },
  });
}

function isOpeningLine(ctx: RuleContext, s: SentenceView, i: number): boolean {
  const ss = ctx.paragraph.sentences;
  if (!s.lineStart || s.heading && s.headingKind !== 'title') return false;
  const first = s.tokens.find((t) => t.type === 'word');
  if (!first || GREETING.test(first.norm)) return false;
  const prev = ss.slice(0, i).filter((x) => x.lineStart).at(-1);
  if (prev) {
    // The line right after a title that names a piece of copy: "Первый пост в Telegram (черновик):".
    if (!(prev.heading || prev.text.endsWith(':'))) return false;
    if (ss.slice(0, i).some((x) => x.lineStart && x !== prev)) return false;
    return prev.tokens.some((t) => COPY_TITLE.test(t.norm));
  }
  // The very first line of a text that is itself a piece of copy.
  return s.paragraph === 1;
}

export const messaging: Rule = {
  kind: 'messaging',
  describe: 'Themes a market avoids put in the lead of its message.',
  check(ctx) {
    const { model } = ctx;
    ctx.paragraph.sentences.forEach((s, i) => {
      if (isHypothesisReport(s, model.hypothesisIds)) return;
      const hits = themeHits(ctx, s);
      if (hits.length === 0) return;
      const done = new Set<string>();
      for (const lead of leadPositions(s)) {
        for (const h of hits) {
          if (s.subclauseOf[h.from] !== s.subclauseOf[lead] || Math.abs(h.from - lead) > 12) continue;
          const origin = h.theme.startsWith('origin:') ? h.theme.slice(7) : undefined;
          const marketId = marketAt(s, s.tokens[lead]!.start, origin);
          const m = marketId === null ? undefined : model.byId.get(marketId);
          const avoid = m && matchesAvoid(m, h.theme);
          if (!m || !avoid || done.has(m.id)) continue;
          done.add(m.id);
          const start = Math.min(s.tokens[lead]!.start, h.start);
          const end = Math.max(s.tokens[lead]!.end, h.end);
          report(ctx, s, m, avoid.label, start, end);
        }
      }
      if (!isOpeningLine(ctx, s, i)) return;
      for (const h of hits) {
        if (h.from > 6) continue;
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
