/**
 * English cues that push a market toward a strategy. A push is one strong phrase, or an action
 * word with a timing word in the same clause ("start selling ... from week one").
 */
export const strategy = {
  conversion: {
    strong: [
      'immediate conversion', 'hard sell', 'hard-sell', 'sell hard', 'push online orders hard', 'push orders hard', 'push sales hard',
      'skip the warm-up', 'skip the rest of the warm-up', 'skip the nurture', 'skip the showroom', 'skip the showroom step', 'performance only',
      'straight to purchase', 'direct online purchases', 'sales from day one', 'optimize for sales', 'optimise for sales', 'hard offer from',
      'performance-first', 'performance first', 'go hard on sales', 'push for sales', 'push sales', 'close sales now', 'all budget on conversions',
      'sell from the first post', 'skip the education phase', 'skip brand building', 'conversion first', 'conversion-first', 'first-transfer optimisation',
      'first-transfer optimization', 'conversion optimisation', 'conversion optimization', 'optimise for payments', 'optimize for payments',
      'optimise for purchases', 'optimize for purchases', 'switch to sales', 'pay for itself from week one', 'skip the ambassador weeks',
      'skip the ambassador phase', 'skip the trust phase', 'skip the community phase', 'skip the trust-building', 'lead gen', 'lead-gen',
      'performance creatives',
    ],
    action: ['paid subscriptions', 'subscriptions', 'sell', 'selling', 'sales', 'sales push', 'hard offer', 'offers', 'purchases', 'orders', 'buy now', 'annual-plan banner', 'conversion', 'convert', 'installs', 'sign-ups', 'leads', 'promo codes', 'cta', 'trial cta', 'checkout', 'paywall', 'payment page'],
    timing: ['from next week', 'from monday', 'from day one', 'from week one', 'from the first day', 'from the first week', 'from the start', 'immediately', 'right away', 'straight away', 'from launch', 'from the first post'],
  },
  /** Reach and nothing else: against a conversion-first or a trust-first market. */
  awareness: {
    strong: [
      'pure brand awareness', 'brand awareness only', 'awareness only', 'awareness first', 'brand-lift only', 'brand lift only', 'brand-lift video only',
      'reach only', 'image only', 'only reach', 'just awareness', 'visibility only', 'reach and views only', 'focus on awareness', 'invest in awareness', 'brand lift first', 'reach first', 'top-of-funnel only', 'top of funnel only',
      'upper funnel only', 'upper-funnel only',
    ],
    /** With a restricting word in the same clause: "reach and brand recall only", "purely awareness". */
    action: ['awareness', 'brand awareness', 'reach', 'brand recall', 'brand lift', 'brand-lift', 'visibility', 'image ads', '=views'],
    timing: ['only', 'purely', 'pure', 'exclusively', 'nothing but', 'no trial', 'no offers', 'without offers', "won't ask for", 'just'],
  },
  /** No offers for now: against a conversion-first market only (a trust-first market waits for its offer anyway). */
  nooffer: {
    strong: [
      'hold back all offers', 'hold back offers', 'offer-free', 'no trial cta', 'pause the free-trial cta', 'pause the cta', 'no order-driving ads',
      'no sales push', 'no offers at all', 'no conversion push', 'no performance ads', 'pause all conversion campaigns', 'no sales messages',
      'stop hard selling', 'stop selling', 'pause sales', 'hold the free trial back', 'hold back the free trial', 'hold back the trial', 'hold the trial back', 'no trial until', 'before we ask anyone to',
      'before asking anyone to', 'before we ask for', 'before any call to action',
    ],
    /** "no trial-lesson CTA", "without offers": an offer word under a restricting word. */
    action: ['cta', 'ctas', 'trial ctas', 'call to action', 'trial offer', 'offers'],
    timing: ['no', 'without', 'hold back', 'hold', 'pause', 'removed', 'remove', 'drop', 'dropped', 'cut', 'switched off', 'switch off', 'turned off'],
  },
  trust: {
    strong: [
      'build trust first', 'trust first', 'trust before selling', 'nurture before any offer', 'showroom first', 'showroom-first plan', 'expert content before any offer',
      'no install campaigns', 'only community ambassadors', 'ambassadors only', 'community first', 'trust-building first', 'trust building first',
      'before any order-focused ads', 'before any order',
    ],
    action: ['building trust', 'build trust', 'expert content', 'nurture', 'warm up', 'ambassadors', 'designer partnerships', 'brand films', 'showroom events', 'designer content', 'trust-building'],
    timing: ['before we ask', 'before any offer', 'before the first offer', 'before selling', 'before the trial', 'weeks of', 'months of', 'only'],
  },
} as const;
