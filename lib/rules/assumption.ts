import type { SentenceView } from '../engine/analyze';
import { PREAMBLE_WORDS } from '../engine/cues';
import { conceptsOfTokens, type DocModel } from '../engine/model';
import type { MarketMention } from '../engine/types';
import { agreedSuffix } from './format';
import type { Rule, RuleContext } from './types';

/**
 * Assumptions: a generalization about a market's people ("Americans are sick of free-trial pop-ups",
 * "Русские не читают длинные тексты", "Экспаты в Дубае на цену не смотрят") that no entry of
 * `assumptions[]` documents. Severity info: it is a prompt to document or test it, not an error.
 */

const PREDICATE_RU = /(?:ют|ут|ят|ат|ет|ит|ем|им|ли|ла|ло|ть|тся|ться|ешь|ишь)$/;
const EN_NOT_PREDICATE = /^(?:and|or|of|in|at|to|for|from|with|who|whose|that|which|market|team|side|copy|brief|version|plan|launch|agency|audience|buyers|consumers|-)$/;

interface Subject {
  market: string;
  start: number;
  /** Token index right after the subject phrase. */
  after: number;
}

const ABSOLUTE = new Set(['only', 'never', 'always', 'nobody', 'all', "don't", "doesn't", "won't", 'только', 'никогда', 'всегда', 'никто', 'все', 'не']);
const CLAUSE_MARKS = new Set([':', '—', '–', ';', '«', '"', '“', '(', ',']);
const SUBORDINATORS = new Set(['that', 'что', 'because', 'since', 'as', 'потому', 'поскольку', 'ведь', 'so', 'поэтому']);

/** Where a clause starts: the sentence start, after a clause mark, or after "that", "что", "Reason:". */
function clauseStarts(s: SentenceView): Set<number> {
  const starts = new Set<number>([0]);
  s.tokens.forEach((t, i) => {
    if (t.type === 'punct' ? CLAUSE_MARKS.has(t.text) : SUBORDINATORS.has(t.norm)) starts.add(i + 1);
  });
  return starts;
}

function subjects(s: SentenceView, model: DocModel): Subject[] {
  const t = s.tokens;
  const starts = clauseStarts(s);
  const isPreamble = (i: number) =>
    PREAMBLE_WORDS.has(t[i]?.norm ?? '') ||
    s.cues.some((c) => c.phrase.payload === 'everyone' && c.from <= i && i < c.to) ||
    (t[i]?.type === 'punct' && t[i]!.text === ',');
  /** `describing`: up to two lowercase words may describe the group first ("expat families in Dubai"). */
  const startOk = (i: number, describing = 0) => {
    let j = i - 1;
    let steps = 0;
    let described = 0;
    while (j >= 0 && !starts.has(j + 1) && steps < 4) {
      if (!isPreamble(j)) {
        // A describing word is lower case, or capitalised only because it starts the sentence ("Молодые семьи в Москве").
        if (described >= describing || t[j]!.type !== 'word' || !(/^\p{Ll}/u.test(t[j]!.text) || j === 0)) return false;
        described++;
      }
      j--;
      steps++;
    }
    return starts.has(j + 1);
  };
  const groupAt = (i: number) => s.cues.find((c) => c.phrase.payload === 'group' && c.from === i);
  const out: Subject[] = [];
  const seen = new Set<number>();
  const mentionAt = (m: MarketMention) => t.findIndex((x) => x.start === m.start);
  for (const m of s.mentions) {
    const i = mentionAt(m);
    if (i < 0 || seen.has(i)) continue;
    const mEnd = t.findIndex((x) => x.end === m.end);
    // "Americans", "россияне", "Москвичи"; or "American consumers", "Российская аудитория".
    let after = mEnd + 1;
    // "Emirati summers", "American copy": an English demonym without the plural is an adjective unless a group follows.
    let ok = m.people && !(t[i]!.script === 'latin' && !/s$/i.test(t[mEnd]!.text));
    const g = groupAt(after);
    if (g) {
      ok = true;
      after = g.to;
    }
    if (ok && startOk(i)) {
      seen.add(i);
      out.push({ market: m.market, start: m.start, after });
      continue;
    }
    // "Экспаты в Дубае", "people in America", "в Америке никто".
    const prep = t[i - 1]?.norm;
    if (prep === 'в' || prep === 'in') {
      const g2 = i >= 2 && s.cues.find((c) => (c.phrase.payload === 'group' || c.phrase.payload === 'everyone') && c.to === i - 1);
      if (g2 && startOk(g2.from, 2)) {
        out.push({ market: m.market, start: t[g2.from]!.start, after: mEnd + 1 });
        continue;
      }
      const everyone = s.cues.find((c) => (c.phrase.payload === 'everyone' || c.phrase.payload === 'group') && c.from === mEnd + 1);
      if (everyone && startOk(i - 1)) out.push({ market: m.market, start: t[i - 1]!.start, after: everyone.to });
    }
  }
  // "Арабские семьи покупают мебель только на выставках", "Villa owners never buy ...": a group at the start of a clause
  // that says always, never, only or not, about the market the sentence speaks of.
  for (const c of s.cues) {
    if (c.phrase.payload !== 'group' || s.market === null || out.some((o) => o.start <= t[c.from]!.start && t[c.from]!.start <= o.start + 40)) continue;
    if (!startOk(c.from, 1)) continue;
    // The group is the subject: a noun, not an adjective ("местной кухней"), with a verb of its own in the third person
    // ("покупают", "never buy"), not "we" ("... не используем").
    if (t[c.from]!.script === 'cyrillic' && /(?:ой|ая|ый|ий|ое|ую)$/.test(t[c.from]!.norm)) continue;
    const rest = t.slice(c.to, c.to + 6);
    if (!rest.some((x) => ABSOLUTE.has(x.norm))) continue;
    const verb = rest.find((x) => x.type === 'word' && x.script === 'cyrillic' && /(?:ют|ут|ят|ат|ет|ит|ем|им|ется|ются)$/.test(x.norm));
    if (t[c.from]!.script === 'cyrillic' && (!verb || /(?:ем|им)$/.test(verb.norm))) continue;
    const first = c.from > 0 && t[c.from - 1]!.type === 'word' && !starts.has(c.from) ? c.from - 1 : c.from;
    out.push({ market: s.market, start: t[first]!.start, after: c.to });
  }
  // "Жители регионов ...", "Residents of smaller cities ...": residents, of the sentence's market.
  for (const c of s.cues) {
    if (c.phrase.payload !== 'group' || !/^(?:жител|resident|local)/.test(c.phrase.words[0]!.norm)) continue;
    if (s.market === null || !startOk(c.from) || out.some((o) => o.start <= t[c.from]!.start)) continue;
    out.push({ market: s.market, start: c.start, after: c.to + 1 });
  }
  void model;
  return out;
}

/** Does a predicate follow the subject ("are", "don't", "live", "не читают", "покупают")? */
function hasPredicate(s: SentenceView, after: number): boolean {
  const t = s.tokens;
  for (let j = after; j < Math.min(t.length, after + 7); j++) {
    const x = t[j]!;
    if (x.type === 'punct') return false;
    if (x.hyphenJoined && j === after) return false;
    if (x.script === 'cyrillic') {
      // "не используем", "используем": "we" acts, not the group.
      const verb = x.norm === 'не' ? t[j + 1] : x;
      if (verb && /(?:ем|им)$/.test(verb.norm) && verb.norm.length >= 5) return false;
      // "не покупают", "покупают", "неважна" (a short adjective with не-).
      if (x.norm === 'не' || PREDICATE_RU.test(x.norm) || (x.norm.startsWith('не') && x.norm.length >= 6)) return true;
      continue;
    }
    if (j === after && EN_NOT_PREDICATE.test(x.norm)) return false;
    if (x.script === 'latin' && /^\p{Ll}/u.test(x.text)) return true;
    if (j >= after + 3) return false;
  }
  return false;
}

function clauseEnd(s: SentenceView, from: number): number {
  const t = s.tokens;
  let j = from;
  while (j < t.length) {
    const x = t[j]!;
    if (x.type === 'punct' && ['.', ';', '—', '–', '!', '?', '»', '"', '”', '('].includes(x.text)) break;
    if (x.type === 'punct' && x.text === ',' && ['so', 'поэтому', 'and', 'which', 'so'].includes(t[j + 1]?.norm ?? '')) break;
    if (x.norm === 'поэтому' || x.norm === 'anyway') break;
    j++;
  }
  return t[Math.max(from, j - 1)]!.end;
}

const NEGATION = /(?:^|[^\p{L}])(?:not|never|no|don't|doesn't|won't|can't|isn't|aren't|не|нет|никогда|ни)(?![\p{L}])/iu;

const NO_WORDS: ReadonlySet<string> = new Set();

/** Does an assumption of the market document the claim? `claim` is the generalization's own clause. */
function documented(model: DocModel, s: SentenceView, claim: string, market: string): boolean {
  if (model.assumptionRef?.test(s.text)) return true;
  const concepts = conceptsOfTokens(s.tokens, NO_WORDS);
  const negated = NEGATION.test(claim);
  return model.assumptions.some((a) => {
    if (a.market !== market) return false;
    // "Turks don't cook on weeknights" says the opposite of "Turkish families cook on weeknights".
    if (negated !== NEGATION.test(a.statement)) return false;
    let shared = 0;
    for (const c of a.concepts) if (concepts.has(c)) shared++;
    return shared >= 2 && shared >= Math.min(3, a.concepts.size * 0.4);
  });
}

export const assumption: Rule = {
  kind: 'assumption',
  describe: 'Generalizations about a market’s people that no documented assumption covers.',
  check(ctx: RuleContext) {
    const { model } = ctx;
    for (const s of ctx.paragraph.sentences) {
      if (s.mentions.length === 0 && !s.cueKinds.has('group')) continue;
      const done = new Set<string>();
      for (const subj of subjects(s, model)) {
        const m = model.byId.get(subj.market);
        if (!m || done.has(m.id) || !hasPredicate(s, subj.after)) continue;
        const end = clauseEnd(s, s.tokens.findIndex((t) => t.start >= subj.start));
        const actual = s.text.slice(subj.start - s.start, end - s.start);
        if (documented(model, s, actual, m.id)) continue;
        done.add(m.id);
        const a = m.market.audience;
        ctx.report({
          kind: 'assumption',
          severity: 'info',
          ruleId: a.id,
          market: m.id,
          start: subj.start,
          end,
          sentence: s,
          actual,
          expected: a.summary,
          message: {
            en: `“${actual}” generalizes about ${m.id} people, and no documented assumption covers it; agreed audience: ${a.summary}${agreedSuffix(model, 'en', a.id)}`,
            ru: `«${actual}» — обобщение о людях рынка ${m.id}, которого нет среди задокументированных допущений; согласованная аудитория: ${a.summary}${agreedSuffix(model, 'ru', a.id)}`,
          },
        });
      }
    }
  },
};
