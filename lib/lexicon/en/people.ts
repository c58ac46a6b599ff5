/** English words for groups of people, for generalizations about a market's people. */
export const people = {
  /** Matched as written (`=`): "designers" are people, "Design District" is not. */
  groups: [
    '=people', '=consumers', '=customers', '=buyers', '=shoppers', '=users', '=audiences', '=audience', '=parents', '=moms', '=dads', '=mothers',
    '=fathers', '=families', '=women', '=men', '=millennials', 'gen z', '=teens', '=teenagers', '=students', '=professionals', '=expats', '=locals',
    '=residents', '=folks', '=clients', '=subscribers', '=viewers', '=readers', '=homeowners', '=designers', '=owners', '=mums',
  ],
  /** Subjects that generalize on their own ("nobody in America sleeps"). */
  everyone: ['everyone', 'everybody', 'nobody', 'no one', 'all'],
  /** Words that may stand before the subject of a generalization ("but honestly, Emiratis ..."). */
  preamble: ['but', 'and', 'so', 'honestly', 'frankly', 'anyway', 'also', 'basically', 'because', 'since', 'that', 'reason', 'as', 'all', 'most', 'the'],
  /** People who live elsewhere: "Russian-speaking expats" are not a market's people in that market. */
  diaspora: ['expats', 'expat', 'emigrants', 'diaspora', 'immigrants', 'speaking'],
} as const;
