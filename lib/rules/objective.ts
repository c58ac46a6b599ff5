import { marketAt, type SentenceView } from '../engine/analyze';
import type { CueMatch } from '../engine/cues';
import { isHypothesisReport, isNegated } from '../engine/stance';
import { agreedSuffix } from './format';
import type { Rule, RuleContext } from './types';

/**
 * Objectives: text that pushes a market toward another strategy — hard selling from day one in a
 * trust-first market, awareness only in a conversion-first one. A push is a strong phrase ("skip the
 * warm-up", "на перфоманс") or an action with a timing word in one clause ("start selling ... from
 * week one", "сразу продаём").
 */

/** "потом сразу оффер": at once after something, not from the start. */
const AFTERWARDS = new Set(['потом', 'затем', 'после', 'then', 'afterwards']);
const TONE_LABEL = new Set(['tone', 'тон', 'voice', 'голос', 'register', 'стиль', 'style']);

type Direction = 'conversion' | 'awareness' | 'nooffer' | 'trust';
const DIRECTIONS: readonly Direction[] = ['conversion', 'awareness', 'nooffer', 'trust'];

const CONFLICTS: Record<Direction, readonly string[]> = {
  conversion: ['trust-first', 'awareness'],
  awareness: ['conversion-first', 'trust-first'],
  nooffer: ['conversion-first'],
  trust: ['conversion-first', 'awareness'],
};

const DIRECTION_WORDS: Record<Direction, { en: string; ru: string }> = {
  conversion: { en: 'immediate conversion', ru: 'немедленные продажи' },
  awareness: { en: 'awareness only', ru: 'только охват' },
  nooffer: { en: 'no offers (awareness)', ru: 'без офферов (только охват)' },
  trust: { en: 'trust first', ru: 'сначала доверие' },
};

/** The cue tags of each direction, spelled once rather than per cue. */
const TAGS = DIRECTIONS.map((dir) => ({ dir, strong: `strat:${dir}`, action: `strat-action:${dir}`, timing: `strat-timing:${dir}` }));

/** Each direction the sentence pushes toward, with its cues; the caller has already seen a strategy cue in it. */
function pushes(s: SentenceView): { dir: Direction; cues: CueMatch[] }[] {
  const out: { dir: Direction; cues: CueMatch[] }[] = [];
  for (const { dir, strong: strongTag, action, timing } of TAGS) {
    // A push needs a strong phrase or an action of its direction; most sentences hold one direction at most.
    if (!s.cues.some((c) => c.phrase.payload === strongTag || c.phrase.payload === action)) continue;
    const strong = s.cues.filter((c) => c.phrase.payload === strongTag);
    const actions = s.cues.filter((c) => c.phrase.payload === action);
    // "сразу после" is "right after" the nurture, not "at once".
    const timings = s.cues.filter(
      (c) =>
        c.phrase.payload === timing &&
        !(c.phrase.source === 'сразу' && (s.tokens[c.to]?.norm === 'после' || AFTERWARDS.has(s.tokens[c.from - 1]?.norm ?? ''))),
    );
    const combos: CueMatch[] = [];
    for (const a of actions) {
      const t = timings.find((x) => s.clauseOf[x.from] === s.clauseOf[a.from] && Math.abs(x.from - a.from) <= 10);
      if (t) combos.push(a, t);
    }
    const all = [...strong, ...combos].filter((c) => !isNegated(s, c.from, c.to));
    if (all.length > 0) out.push({ dir, cues: all.sort((a, b) => a.start - b.start) });
  }
  return out;
}

export const objective: Rule = {
  kind: 'objective',
  describe: 'Text that pushes a market toward a strategy other than its agreed objective.',
  check(ctx: RuleContext) {
    const { model } = ctx;
    for (const s of ctx.paragraph.sentences) {
      if ((!s.cueKinds.has('strat') && !s.cueKinds.has('strat-action')) || isHypothesisReport(s)) continue;
      // "Тон для британских писем: жёсткие продажи" asks for a tone; the tone rule reports it.
      if (s.tokens.slice(0, 3).some((t) => TONE_LABEL.has(t.norm))) continue;
      // Every push against one market's strategy in the sentence makes one finding over all of them.
      const byMarket = new Map<string, { dir: Direction; start: number; end: number }>();
      for (const { dir, cues } of pushes(s)) {
        const marketId = marketAt(s, cues[0]!.start);
        const m = marketId === null ? undefined : model.byId.get(marketId);
        if (!m || !CONFLICTS[dir].includes(m.strategy)) continue;
        const start = cues[0]!.start;
        const end = Math.max(...cues.map((c) => c.end));
        const prev = byMarket.get(m.id);
        byMarket.set(m.id, prev ? { dir: prev.dir, start: Math.min(prev.start, start), end: Math.max(prev.end, end) } : { dir, start, end });
      }
      for (const [marketId, { dir, start, end }] of byMarket) {
        const m = model.byId.get(marketId)!;
        const o = m.market.objective;
        const actual = s.text.slice(start - s.start, end - s.start);
        ctx.report({
          kind: 'objective',
          severity: 'warning',
          ruleId: o.id,
          market: m.id,
          start,
          end,
          sentence: s,
          actual,
          expected: `${o.strategy}: ${o.summary}`,
          message: {
            en: `“${actual}” pushes ${m.id} toward ${DIRECTION_WORDS[dir].en}; the agreed objective is ${o.strategy} — ${o.summary}${agreedSuffix(model, 'en', o.id)}`,
            ru: `«${actual}» уводит ${m.id} к стратегии «${DIRECTION_WORDS[dir].ru}»; согласовано ${o.strategy} — ${o.summary}${agreedSuffix(model, 'ru', o.id)}`,
          },
        });
      }
    }
  },
};
