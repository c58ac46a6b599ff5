import type { ThemeLexicon } from '../types';

/**
 * English message themes and the words that put a theme in the lead. `names` map a document's
 * `messaging.lead` / `messaging.avoid` entries ("discount-led", "founder story as the lead") to a theme.
 */
export const themes: ThemeLexicon = {
  discount: {
    names: ['discount', 'discount-led', 'discounts', 'offer-led', 'promo-led', 'promo', 'sale', 'deals'],
    cues: ['discount', 'promo code', 'promo', 'sale', 'deal', 'offer', 'coupon', 'half price', 'half off', 'percent off', 'savings', 'save'],
  },
  urgency: {
    names: ['urgency', 'scarcity', 'countdown', 'fomo', 'fear of missing out', 'deadline pressure'],
    cues: ['countdown', 'timer', 'hours left', 'days left', 'left to join', 'last chance', 'ends tonight', 'ends today', 'only today', 'limited time', 'urgency', 'hurry', 'last 24 hours', 'last 48 hours', 'fomo', "don't miss out", 'while stocks last', 'deadline', 'places left', 'spots left', 'seats left', 'only a few left', 'everyone is already', 'all your friends already', 'all your neighbours', "and you still haven't", 'still not'],
  },
  'social-proof': {
    names: ['social proof', 'reviews', 'testimonials', 'ratings'],
    cues: ['=reviews', '=testimonials', '=ratings', '=rating', 'social proof', 'sleepers', 'customers love', 'people already', 'users', 'downloads', 'five-star', '5-star'],
  },
  founder: {
    names: ['founder story', 'founder', 'founder-led', 'founder stories'],
    cues: ['founder', 'founder story', "founder's story", 'her story', 'his story', 'personal story', 'origin story'],
  },
  price: {
    names: ['price-led', 'price', 'pricing', 'cheapness', 'low price'],
    cues: ['price', 'prices', 'pricing', 'cheap', 'cheaper', 'cheapest', 'affordable', 'low cost', 'discount', 'sale', 'percent off'],
  },
  expertise: {
    names: ['expertise', 'expert', 'experts', 'expert content'],
    cues: ['expert', 'experts', 'expertise', 'somnologist', 'scientist', 'research'],
  },
  trial: {
    names: ['free trial', 'trial'],
    cues: ['free trial', 'trial', 'days free', 'try free'],
  },
  craft: {
    names: ['craftsmanship', 'craft and materials', 'craft', 'materials', 'quality'],
    cues: ['craft', 'craftsmanship', 'handmade', 'hand-finished', 'solid wood', 'materials', 'joinery'],
  },
  cashback: {
    names: ['cashback', 'cashback-led', 'cash back', 'rewards'],
    cues: ['cashback', 'cash back', 'cash-back', 'rewards', 'bonus points'],
  },
  gift: {
    names: ['gift', 'gifts', 'giveaway', 'freebies', 'bonus'],
    cues: ['gift', 'gifts', 'giveaway', 'giveaways', 'freebie', 'free gift', 'bonus', 'free box', 'free boxes'],
  },
  celebrity: {
    names: ['celebrity', 'celebrities', 'influencer', 'influencers', 'star endorsement'],
    cues: ['celebrity', 'celebrities', 'influencer', 'influencers', 'blogger', 'star'],
  },
  features: {
    names: ['features', 'feature list', 'technology', 'tech specs', 'product features'],
    cues: ['features', 'feature list', 'specs', 'technology', 'tech specs', 'algorithm'],
  },
  security: {
    names: ['security', 'safety', 'fear of fraud'],
    cues: ['security', 'secure', 'safety', 'safe', 'fraud', 'protection'],
  },
  comparison: {
    names: ['price comparison', 'comparison', 'competitor comparison', 'comparative'],
    cues: ['compared to', 'compared with', 'versus', 'vs', 'cheaper than', 'better than', 'unlike'],
  },
  fear: {
    names: ['fear', 'fear of falling behind', 'fear-based', 'anxiety'],
    cues: ['fear', 'falling behind', 'fall behind', 'left behind', 'anxiety', 'scared'],
  },
  nostalgia: {
    names: ['nostalgia', 'homeland nostalgia', 'homesickness', 'nostalgic'],
    cues: ['nostalgia', 'nostalgic', 'homeland', 'songs of home', 'back home', "grandma's", 'grandma', 'the family you left behind', 'left behind', 'home country', 'taste of home', 'smell of home'],
  },
  origin: {
    names: ['origin', 'country of origin', 'made in'],
    cues: ['made in', 'origin', 'imported from', 'straight from'],
  },
};

/** Verbs that put what follows "with"/"on" in the lead: "open every ad with ...", "lead with ...". */
export const leadVerbs = ['open', 'opens', 'opening', 'lead', 'leads', 'leading', 'start', 'starts', 'kick off'];

/** "first" before a position word ("the first 15 seconds", "first frame") marks the lead position. */
export const firstWords = ['first'];

/** Put a theme in the lead: "open every ad with", "lead with", "the first 15 seconds", "first touch". */
export const leadCues = [
  'first frame', 'hero line', 'key visual', 'at the top of', 'top of every', 'on top of every', 'opening post', 'opening line', '=opener', 'the hook', 'hook', 'key message', 'main message', 'core message', 'in every headline', 'top line', 'first touch', 'first-touch', 'first touches', 'first screen', 'first seconds',
  'first line', 'first slide', 'above the fold', 'up top', 'in the first second', 'hero message', 'lead message', 'headline',
];
