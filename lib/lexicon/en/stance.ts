/**
 * English cues for the stance of a claim: negation and prohibition, checking questions, history,
 * conditions. Phrases are lemma forms; the matcher inflects them.
 */
export const stance = {
  /** Negate what follows them in the same clause: "we never promise", "don't mention", "nothing is". */
  negation: [
    'never', 'no', 'not', "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", 'cannot', "shouldn't", "mustn't", "isn't", "aren't",
    "we don't", 'nothing', 'nobody', 'no one', 'none', 'neither', 'nor', 'avoid', 'forbid', 'forbidden', 'ban', 'banned', 'no longer',
    'struck', 'strike', 'remove', 'removed', 'delete', 'exclude', 'excluded', 'refuse', 'rule out', 'stop using', 'not using', '=dropped',
    'took out', 'taken out', 'cut out', 'scrapped', 'ditched', 'stay off', 'stays off', 'keep off', 'not a word', 'no mention of',
  ],
  /** Negate only the next word or two: "without pills", "instead of the reviews". */
  narrowNegation: ['without', 'instead of', 'rather than', 'minus'],
  /** Follow what they negate: `"risk-free" is off-limits`, `«Instagram for Russia» — no`, `on the avoid list`. */
  postNegation: [
    'is off-limits', 'are off-limits', 'off-limits', 'off limits', 'is out', 'are out', 'is banned', 'are banned', 'is forbidden',
    'is not allowed', 'are not allowed', 'on the avoid list', 'avoid list', 'is blocked', 'are blocked', 'blocked', 'is a no-go', 'no-go',
    'was removed', 'is gone', 'stays out', 'stay out', 'off the table', 'is off the table', 'not to use', 'agreed not to use', 'we agreed not to use', 'we avoid', 'not allowed', 'not for', "won't be used", 'not adding', 'not in the plan',
  ],
  /** A negation followed by one of these does not negate: "don't just promise", "not only". */
  notJust: ['just', 'only', 'merely', 'simply'],
  /** Phrases that start with a negation word but do not negate: "no matter", "not only", "couldn't we ...?". */
  notNegation: ['no matter', 'not only', 'no doubt', 'no later than', 'not later than', "couldn't we", "can't we", "why don't we", "wouldn't it be"],
  /** Ask whether something is allowed: a check, not a proposal. */
  permissionQuestion: ['are we allowed', 'is it allowed', 'allowed to', 'can we say', 'can we call', 'can we use', 'is it ok to', 'is it okay to', 'ok to use'],
  /** Start a sentence that answers the previous question in the negative. */
  negativeAnswer: ['no', 'nope', "i'd assume not", 'i assume not', 'probably not', 'of course not', 'definitely not', 'not yet', 'absolutely not'],
  /** Mark a figure as history or a reported result. */
  history: [
    '=was', '=were', '=had', 'came in', '=ended', 'ended at', '=hit', '=reached', '=got', 'last year', 'last week', 'last month', 'last quarter',
    'so far', '=actual', '=actuals', '=baseline', '=baselines', '=benchmark', '=benchmarks', 'historically', 'in the past', '=previous', '=averaged', 'we saw', '=fell', '=rose', '=dropped',
    '=climbed', '=peaked', 'stood at', 'ran at', 'closed at', 'finished at', '=bottomed', '=jumped', '=slipped', '=grew', 'year to date', 'to date',
  ],
  /** A figure after these is a plan again, even after a history cue. */
  target: [
    'target', 'targets', 'goal', 'plan', 'planned', 'planning', 'aim', 'cap', 'ceiling', 'floor', 'kpi', 'kpis', 'will', "we'll", 'should',
    'propose', 'proposed', 'new', 'budget for', 'reset', 'resetting', 'commit', 'expect',
  ],
  /** Say how a figure is measured: "measured within 30 days", "attributed within three weeks". */
  measure: ['measure', 'measured', 'measuring', 'attributed', 'attribute', 'track', 'tracked', 'counted'],
  /** Open a condition: the figures inside it are not a plan ("If CAC climbs above $35 next week, ..."). */
  condition: ['if', 'unless', 'in case', 'should the'],
  /** End a clause: a negation before them does not reach past them. */
  contrast: ['but', 'however', 'though', 'although', 'yet', 'instead', 'whereas', 'while'],
  /** Report on a hypothesis' status rather than plan anything. */
  hypothesisStatus: ['challenged', 'rejected', 'refuted', 'disproved', 'validated', 'confirmed by the pilot', 'hypothesis'],
} as const;
