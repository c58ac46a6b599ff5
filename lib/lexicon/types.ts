/** Shapes of the word lists under `lib/lexicon/<lang>/`. */

export interface ToneCategory {
  /** Words that name this tone in a document's `tone.voice` / `tone.avoid`. */
  names: string[];
  /** Words that ask for this tone on their own. */
  asks: string[];
  /** Words that ask for this tone only next to a word about copy or tone. */
  weakAsks?: string[];
  /** Signs that a piece of copy is written in this tone. */
  marks: string[];
}

export type ToneLexicon = Record<string, ToneCategory>;

export interface ThemeCategory {
  /** Words that name this theme in a document's `messaging.lead` / `messaging.avoid`. */
  names: string[];
  /** Words that show the theme in text. */
  cues: string[];
}

export type ThemeLexicon = Record<string, ThemeCategory>;
