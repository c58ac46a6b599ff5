import { channelRoles as enRoles } from '../lexicon/en/channels';
import { themes as enThemes, leadCues as enLead, leadVerbs as enLeadVerbs, firstWords as enFirst } from '../lexicon/en/messaging';
import { people as enPeople } from '../lexicon/en/people';
import { stance as enStance } from '../lexicon/en/stance';
import { strategy as enStrategy } from '../lexicon/en/strategy';
import { tone as enTone, toneContext as enToneContext } from '../lexicon/en/tone';
import { channelRoles as ruRoles } from '../lexicon/ru/channels';
import { themes as ruThemes, leadCues as ruLead, leadVerbs as ruLeadVerbs, firstWords as ruFirst } from '../lexicon/ru/messaging';
import { people as ruPeople } from '../lexicon/ru/people';
import { stance as ruStance } from '../lexicon/ru/stance';
import { strategy as ruStrategy } from '../lexicon/ru/strategy';
import { tone as ruTone, toneContext as ruToneContext } from '../lexicon/ru/tone';
import type { ThemeLexicon, ToneLexicon } from '../lexicon/types';
import { PhraseMatcher, type PhraseMatch } from './matcher';

/**
 * Every cue word of every language in one matcher, so a sentence is scanned once for all of them.
 * A cue's tag says what it signals: `neg`, `role:lead`, `tone-ask:edgy`, `theme:discount` ...
 */
export type CueMatch = PhraseMatch<string>;

const matcher = new PhraseMatcher<string>();
const add = (tag: string, words: readonly string[]) => {
  // A leading `=` marks a word that must match as written, without inflection ("=reviews" is not "review").
  for (const w of words) matcher.add(w.replace(/^=/, ''), tag, { caseSensitive: false, exact: w.startsWith('=') });
};

for (const s of [enStance, ruStance]) {
  add('neg', s.negation);
  add('neg-narrow', s.narrowNegation);
  add('neg-post', s.postNegation);
  add('not-just', s.notJust);
  add('not-neg', s.notNegation);
  add('perm-q', s.permissionQuestion);
  add('neg-answer', s.negativeAnswer);
  add('history', s.history);
  add('target', s.target);
  add('condition', s.condition);
  add('measure', s.measure);
  add('contrast', s.contrast);
  add('hyp', s.hypothesisStatus);
}
for (const r of [enRoles, ruRoles]) {
  add('role:lead', r.lead);
  add('role:support', r.support);
  add('role:drop', r.drop);
  add('role:report', r.report);
}
const addTone = (lex: ToneLexicon) => {
  for (const [cat, c] of Object.entries(lex)) {
    add(`tone-ask:${cat}`, c.asks);
    add(`tone-weak:${cat}`, c.weakAsks ?? []);
    add(`tone-mark:${cat}`, c.marks);
  }
};
addTone(enTone);
addTone(ruTone);
add('tone-ctx', enToneContext);
add('tone-ctx', ruToneContext);
const addThemes = (lex: ThemeLexicon) => {
  for (const [theme, c] of Object.entries(lex)) add(`theme:${theme}`, c.cues);
};
addThemes(enThemes);
addThemes(ruThemes);
add('lead', enLead);
add('lead', ruLead);
add('lead-verb', enLeadVerbs);
add('lead-verb', ruLeadVerbs);
add('first', enFirst);
add('first', ruFirst);
for (const s of [enStrategy, ruStrategy]) {
  for (const [dir, c] of Object.entries(s)) {
    add(`strat:${dir}`, c.strong);
    add(`strat-action:${dir}`, c.action);
    add(`strat-timing:${dir}`, c.timing);
  }
}
for (const p of [enPeople, ruPeople]) {
  add('group', p.groups);
  add('everyone', p.everyone);
  add('diaspora', p.diaspora);
}

/** The cue matcher, for a document model to fold into its single matcher. */
export const CUE_MATCHER: PhraseMatcher<string> = matcher;

/** The same word list may name a phrase twice; count it once. */
export function dedupeCues(all: CueMatch[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    let dup = false;
    for (let j = out.length - 1; j >= 0 && j >= out.length - 8; j--) {
      const o = out[j]!;
      if (o.from === c.from && o.to === c.to && o.phrase.payload === c.phrase.payload) {
        dup = true;
        break;
      }
    }
    if (!dup) out.push(c);
  }
  return out;
}

/** Single words that may stand before the subject of a generalization ("but honestly, ..."): looked up per word, not matched. */
export const PREAMBLE_WORDS: ReadonlySet<string> = new Set([...enPeople.preamble, ...ruPeople.preamble]);

/** Tone categories and message themes known to the product, by language, to map a document's words onto. */
export const TONE_LEXICONS: readonly ToneLexicon[] = [enTone, ruTone];
export const THEME_LEXICONS: readonly ThemeLexicon[] = [enThemes, ruThemes];
