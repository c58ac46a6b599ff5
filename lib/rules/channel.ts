import { marketAt, type SentenceView } from '../engine/analyze';
import type { CueMatch } from '../engine/cues';
import type { PhraseMatch } from '../engine/matcher';
import type { MarketModel } from '../engine/model';
import { isHypothesisReport, isNegated, tokenAt } from '../engine/stance';
import { agreedSuffix } from './format';
import type { Rule, RuleContext } from './types';

/**
 * Channel plans: a channel from `avoid` used for the market, a `secondary` channel made the lead, a
 * `primary` channel dropped or pushed to support. A channel named only as not used, blocked, or in a
 * report on a hypothesis is not a plan.
 */

type Role = 'lead' | 'support' | 'drop' | null;
const PRONOUNS = new Set(['его', 'её', 'ее', 'их', 'it', 'them']);
const SWITCH = new Set(['switch', 'switching', 'switched', 'turn', 'turning', 'turned', 'shut', 'shutting']);
const THIRD_PARTY = new Set(['its', 'their', 'his', 'her', 'whose']);

/** Distance from a role word to a channel; a word after its channel ("Facebook as the lead") is closer than one before it. */
function cueDistance(s: SentenceView, cue: CueMatch, c: PhraseMatch<string>): number {
  if (s.subclauseOf[cue.from] !== s.subclauseOf[c.from]) return Infinity;
  const dist = cue.from >= c.to ? cue.from - c.to : cue.to <= c.from ? c.from - cue.to + 0.5 : Infinity;
  // "TikTok clips support the Instagram push": a support word before a channel is a verb; the role follows the channel ("X as support").
  if (cue.phrase.payload === 'role:support' && cue.to <= c.from) return Infinity;
  // "pause Instagram", "убираем VK", "VK с мая сворачиваем": a drop word sits close to the channel, in English before it.
  if (cue.phrase.payload === 'role:drop') {
    const russian = /[а-я]/.test(cue.phrase.source);
    if (russian ? dist > 5 : dist > 3 || cue.from >= c.to) return Infinity;
    // "removed from emails 1–4" takes something out of the channel, not the channel out of the plan.
    const before = s.tokens[c.from - 1]?.norm;
    if (cue.to < c.from && (before === 'from' || before === 'из')) return Infinity;
  }
  return dist;
}

/** Each role word belongs to the channel nearest to it (with the channels listed together with that one). */
function roles(s: SentenceView): Map<PhraseMatch<string>, Role> {
  const out = new Map<PhraseMatch<string>, Role>();
  const best = new Map<PhraseMatch<string>, number>();
  for (const cue of s.cues) {
    const tag = cue.phrase.payload;
    if (!tag.startsWith('role:') || tag === 'role:report') continue;
    let nearest: PhraseMatch<string> | null = null;
    let nd = Infinity;
    for (const c of s.channels) {
      const d = cueDistance(s, cue, c);
      if (d < nd) {
        nd = d;
        nearest = c;
      }
    }
    if (!nearest) continue;
    // A role word after a list covers the list joined by "and" ("Instagram and email lead"), not what a comma set apart
    // ("... email flow, TikTok as support"); a label before a list covers it all ("поддержка — YouTube, Дзен").
    const after = cue.from >= nearest.to;
    const group = s.channels.filter((o) => o === nearest || sameList(s, nearest!, o, !after));
    for (const c of group) {
      if ((best.get(c) ?? Infinity) <= nd) continue;
      best.set(c, nd);
      out.set(c, tag.slice(5) as Role);
    }
  }
  return out;
}

/** Channels listed together: "Instagram and email", "Telegram, VK", "TikTok и Instagram". */
function sameList(s: SentenceView, a: PhraseMatch<string>, b: PhraseMatch<string>, commas = true): boolean {
  const [x, y] = a.from < b.from ? [a, b] : [b, a];
  const between = s.channels.filter((o) => o.from >= x.to && o.to <= y.from);
  let prev = x;
  for (const o of [...between, y]) {
    if (!isListJoin(s, prev, o) || (!commas && s.tokens.slice(prev.to, o.from).some((t) => t.text === ','))) return false;
    prev = o;
  }
  return true;
}

function roleOf(s: SentenceView, c: PhraseMatch<string>, assigned: Map<PhraseMatch<string>, Role>): Role {
  const best = assigned.get(c);
  if (best) return best;
  // "switching Google Ads off", "turn TikTok off".
  if (s.tokens[c.to]?.norm === 'off' && SWITCH.has(s.tokens[c.from - 1]?.norm ?? '')) return 'drop';
  // "главный канал — Telegram", "Основная площадка — TikTok": the role stands before a dash or colon, the channel right after it.
  let k = c.from - 1;
  while (k >= 0 && s.tokens[k]!.type !== 'punct') k--;
  if (k >= 0 && k >= c.from - 3 && (s.tokens[k]!.text === '—' || s.tokens[k]!.text === '–' || s.tokens[k]!.text === ':')) {
    const label = s.cues.find((cue) => cue.phrase.payload.startsWith('role:') && cue.phrase.payload !== 'role:report' && cue.to <= k && k - cue.to <= 3);
    if (label) return label.phrase.payload.slice(5) as Role;
  }
  // "Support: TikTok creator clips, Facebook retargeting." — a label before the colon names the role of the list after it.
  const colon = s.tokens.findIndex((t) => t.text === ':');
  if (colon > 0 && colon < c.from) {
    const label = s.cues.find((cue) => cue.phrase.payload.startsWith('role:') && cue.to <= colon && cue.phrase.payload !== 'role:report');
    if (label) return label.phrase.payload.slice(5) as Role;
  }
  return null;
}

/** Two channels joined by "and", "и", "+", "," without a cue between belong to one list. */
function isListJoin(s: SentenceView, a: PhraseMatch<string>, b: PhraseMatch<string>): boolean {
  const [x, y] = a.from < b.from ? [a, b] : [b, a];
  const gap = s.tokens.slice(x.to, y.from);
  return gap.length <= 2 && gap.every((t) => ['and', 'и', '+', ',', '&', 'or', 'или', 'plus', 'плюс'].includes(t.norm));
}

/** A lead cue with no channel in its clause but a pronoun ("делаем его основным") leads the channel named before it. */
function pronounLead(s: SentenceView): Map<PhraseMatch<string>, Role> {
  const out = new Map<PhraseMatch<string>, Role>();
  for (const cue of s.cues) {
    if (cue.phrase.payload !== 'role:lead') continue;
    const sub = s.subclauseOf[cue.from];
    if (s.channels.some((c) => s.subclauseOf[c.from] === sub)) continue;
    const hasPronoun = s.tokens.some((t, i) => s.subclauseOf[i] === sub && PRONOUNS.has(t.norm) && i < cue.from);
    if (!hasPronoun) continue;
    const before = s.channels.filter((c) => c.to <= cue.from).at(-1);
    if (before) out.set(before, 'lead');
  }
  return out;
}

const NAMING = /^(?:не упоминаем|не называем|не сравниваем|не пишем|не говорим)/;

/** A removal said right after the channel (or after the list it stands in): "Snapchat is out", "VK не используем". */
function removedRightAfter(s: SentenceView, c: PhraseMatch<string>): boolean {
  let j = c.to;
  while (j < s.tokens.length && (s.channels.some((o) => o.from === j) || ['и', 'and', ',', 'or', 'или'].includes(s.tokens[j]!.norm))) {
    const o = s.channels.find((x) => x.from === j);
    j = o ? o.to : j + 1;
  }
  // Right after: "Snapchat is out", not "Instagram CPMs are out of control".
  return s.cues.some((cue) => cue.phrase.payload === 'neg-post' && cue.from >= c.to && cue.from === j && !NAMING.test(cue.phrase.source));
}

/** A market's channel plan in words, written once per market: every channel finding quotes it three times. */
const planTexts = new WeakMap<MarketModel, Record<'en' | 'ru', string>>();
function planText(m: MarketModel, lang: 'en' | 'ru'): string {
  let texts = planTexts.get(m);
  if (texts === undefined) {
    const names = (ids: Set<string>) => [...ids].map((k) => m.channelLabels.get(k) ?? k).join(', ') || '—';
    texts = {
      ru: `основные: ${names(m.channelPlan.primary)}; поддержка: ${names(m.channelPlan.secondary)}; не используем: ${names(m.channelPlan.avoid)}`,
      en: `primary ${names(m.channelPlan.primary)}; secondary ${names(m.channelPlan.secondary)}; avoid ${names(m.channelPlan.avoid)}`,
    };
    planTexts.set(m, texts);
  }
  return texts[lang];
}

function checkSentence(ctx: RuleContext, s: SentenceView): void {
  const { model } = ctx;
  if (s.channels.length === 0 || isHypothesisReport(s)) return;
  const pronouns = pronounLead(s);
  const assigned = roles(s);
  const done = new Set<string>();
  for (const c of s.channels) {
    const key = c.phrase.payload;
    const marketId = marketAt(s, c.start);
    const m = marketId === null ? undefined : model.byId.get(marketId);
    if (!m || done.has(key)) continue;
    // "its Telegram channel", "их Telegram-канал": somebody else's channel, not the plan's.
    if (THIRD_PARTY.has(s.tokens[c.from - 1]?.norm ?? '')) continue;
    let role = pronouns.get(c) ?? roleOf(s, c, assigned);
    // "TikTok restricts uploads", "Yandex ads reach a lot of ...": the channel reported on, unless the sentence then gives it a role.
    if (role === null && s.cues.some((cue) => cue.phrase.payload === 'role:report' && cue.from >= c.to && cue.from - c.to <= 1)) continue;
    // "убрать YouTube из плана": a drop word says no to the channel by itself; it is the conflict, not a negation of it.
    if (role !== 'drop' && isNegated(s, c.from, c.to)) {
      // "Snapchat is out for the UAE", "Instagram не используем": said of a primary channel, that drops it.
      if (!m.channelPlan.primary.has(key) || !removedRightAfter(s, c)) continue;
      role = 'drop';
    }
    const plan = m.channelPlan;
    const label = m.channelLabels.get(key) ?? c.phrase.source;
    let en: string | null = null;
    let ru: string | null = null;
    const avoided = plan.avoid.has(key);
    // "Americans have moved their group chats to Telegram": a claim about people, not a plan for the channel.
    if (avoided && role === null && s.mentions.some((x) => x.people && x.start < c.start && s.subclauseOf[tokenAt(s, x.start)] === s.subclauseOf[c.from])) continue;
    if (avoided) {
      en = `${label} is on the ${m.id} avoid list`;
      ru = `${label} — в списке каналов, которые для ${m.id} не используем`;
    } else if (plan.secondary.has(key) && role === 'lead') {
      en = `${label} is a ${m.id} secondary channel made the lead`;
      ru = `${label} — вспомогательный канал для ${m.id}, а текст делает его основным`;
    } else if (plan.primary.has(key) && (role === 'support' || role === 'drop')) {
      en = `${label} is a ${m.id} primary channel ${role === 'drop' ? 'dropped' : 'pushed to support'}`;
      ru = `${label} — основной канал для ${m.id}, а текст его ${role === 'drop' ? 'убирает' : 'переводит в поддержку'}`;
    }
    if (en === null || ru === null) continue;
    done.add(key);
    // An avoided channel named twice in one clause ("рилсы в Инстаграме") is one use: the finding covers both names.
    const end = avoided ? Math.max(c.end, ...s.channels.filter((o) => o.phrase.payload === key && o.from >= c.to && s.clauseOf[o.from] === s.clauseOf[c.from]).map((o) => o.end)) : c.end;
    ctx.report({
      kind: 'channel',
      severity: 'warning',
      ruleId: plan.id,
      market: m.id,
      start: c.start,
      end,
      sentence: s,
      actual: s.text.slice(c.start - s.start, end - s.start),
      expected: planText(m, 'en'),
      message: {
        en: `${en}; agreed ${planText(m, 'en')}${agreedSuffix(model, 'en', plan.id)}`,
        ru: `${ru}; согласовано: ${planText(m, 'ru')}${agreedSuffix(model, 'ru', plan.id)}`,
      },
    });
  }
}

export const channel: Rule = {
  kind: 'channel',
  describe: 'Channel use against each market’s plan: avoided channels, secondary made lead, primary dropped.',
  check(ctx) {
    for (const s of ctx.paragraph.sentences) checkSentence(ctx, s);
  },
};
