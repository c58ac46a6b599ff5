import type { AlignmentDoc, Kpi, Market, RedLine } from '../alignment/schema';
import { RU_TO_EN_CONCEPTS, STOPWORDS } from '../lexicon/concepts';
import { BUILTIN_CHANNELS, normalizeChannelId } from '../lexicon/channels';
import { BUILTIN_MARKETS } from '../lexicon/markets';
import { BUILTIN_METRICS } from '../lexicon/metrics';
import { people as enPeople } from '../lexicon/en/people';
import { people as ruPeople } from '../lexicon/ru/people';
import { CUE_MATCHER, THEME_LEXICONS, TONE_LEXICONS } from './cues';
import { PhraseMatcher } from './matcher';
import { stem } from './stem';
import { tokenize } from './tokenize';
import type { Token } from './types';

/**
 * The alignment document compiled for checking: matchers for its market names, channels, metrics and
 * red-line terms (built-in lexicons extended by the document), and per market what was agreed.
 * Built once per document and reused for every check.
 */

export type MentionType = 'name' | 'adjective' | 'demonym' | 'city';

export interface MarketModel {
  id: string;
  market: Market;
  languages: ReadonlySet<string>;
  currency: string;
  strategy: string;
  channelPlan: { id: string; primary: Set<string>; secondary: Set<string>; avoid: Set<string> };
  /** Display name of each plan channel, by key. */
  channelLabels: Map<string, string>;
  toneAvoid: { category: string; label: string }[];
  themeAvoid: { theme: string; label: string; originMarket?: string }[];
  kpis: Kpi[];
}

export interface RedLineTerm {
  redLine: RedLine;
  term: string;
}

export interface AssumptionModel {
  id: string;
  market: string;
  statement: string;
  concepts: Set<string>;
}

/** What a phrase of the document model's single matcher stands for. */
export type Tagged =
  | { k: 'cue'; v: string }
  | { k: 'market'; v: { market: string; type: MentionType; language: boolean } }
  | { k: 'channel'; v: string }
  | { k: 'metric'; v: string }
  | { k: 'term'; v: RedLineTerm }
  | { k: 'except'; v: string }
  | { k: 'ownTone'; v: string }
  | { k: 'ownTheme'; v: string };

export interface DocModel {
  /** Every phrase below (and every cue word) in one matcher: one pass over each sentence finds them all. */
  all: PhraseMatcher<Tagged>;
  doc: AlignmentDoc;
  revision: number;
  /** The year the document was last updated: figures from earlier years are history. */
  year: number | undefined;
  /** The latest sign-off date of the current revision, for messages. */
  signed: string | null;
  markets: MarketModel[];
  byId: Map<string, MarketModel>;
  marketNames: PhraseMatcher<{ market: string; type: MentionType; language: boolean }>;
  channels: PhraseMatcher<string>;
  metrics: PhraseMatcher<string>;
  metricUnits: Map<string, string>;
  redLineTerms: PhraseMatcher<RedLineTerm>;
  exceptions: PhraseMatcher<string>;
  limits: RedLine[];
  assumptions: AssumptionModel[];
  /** The document's discount and price metrics, whatever their ids ("box-discount"): cuts and per-month prices are theirs. */
  discountMetric: string;
  priceMetric: string;
  /** Finds an assumption id ("A1") written as a word of its own; null when the document has none. */
  assumptionRef: RegExp | null;
  /** Market ids whose languages include a language. */
  marketsByLang: Map<string, string[]>;
}

const GROUP_WORDS = new Set([...enPeople.groups, ...ruPeople.groups].map((w) => stem(w.toLowerCase())));

export function compileDocument(doc: AlignmentDoc): DocModel {
  const markets: MarketModel[] = doc.markets.map((m) => compileMarket(doc, m));
  const byId = new Map(markets.map((m) => [m.id, m]));

  const marketNames = new PhraseMatcher<{ market: string; type: MentionType; language: boolean }>();
  const languageWords = new Set<string>();
  const seen = new Map<string, string>();
  const ambiguous = new Set<string>();
  const entries: [string, string, MentionType, boolean | undefined][] = [];
  const push = (market: string, name: string, type: MentionType, caseSensitive?: boolean) => {
    const k = `${type === 'demonym' ? 'd' : 'n'}:${name.toLowerCase()}`;
    const owner = seen.get(k);
    if (owner !== undefined && owner !== market) ambiguous.add(k);
    seen.set(k, market);
    entries.push([market, name, type, caseSensitive]);
  };
  for (const m of doc.markets) {
    for (const list of Object.values(m.names)) for (const n of list) push(m.id, n, 'name');
    for (const n of Object.values(m.name)) push(m.id, n, 'name');
    const builtin = BUILTIN_MARKETS.find(
      (b) => b.code.toLowerCase() === m.id.toLowerCase() || b.names.en.some((n) => n.toLowerCase() === (m.name.en ?? '').toLowerCase()),
    );
    if (builtin) {
      const cs = new Set(builtin.caseSensitive ?? []);
      for (const w of builtin.alsoLanguage ?? []) languageWords.add(w.toLowerCase());
      for (const lang of ['en', 'ru'] as const) {
        for (const n of builtin.names[lang]) push(m.id, n, 'name', cs.has(n) || undefined);
        for (const n of builtin.adjectives[lang]) push(m.id, n, 'adjective', cs.has(n) || undefined);
        for (const n of builtin.demonyms[lang]) push(m.id, n, 'demonym', cs.has(n) || undefined);
        for (const n of builtin.cities[lang]) push(m.id, n, 'city', cs.has(n) || undefined);
        for (const n of builtin.cityDemonyms?.[lang] ?? []) push(m.id, n, 'demonym', cs.has(n) || undefined);
      }
    }
  }
  const added = new Set<string>();
  const cities = new Set(entries.filter((e) => e[2] === 'city').map((e) => e[1].toLowerCase()));
  for (const [market, name, t0, caseSensitive] of entries) {
    const type: MentionType = t0 === 'name' && cities.has(name.toLowerCase()) ? 'city' : t0;
    const k = `${type === 'demonym' ? 'd' : 'n'}:${name.toLowerCase()}`;
    if (ambiguous.has(k)) continue;
    // The document and the built-in lexicon often name a market alike ("US" twice): one phrase is enough.
    if (added.has(`${k}:${name}`)) continue;
    added.add(`${k}:${name}`);
    // English demonyms are matched as written: "Russians" is people, "Russian" is an adjective.
    const latinDemonym = type === 'demonym' && !/[а-яё]/i.test(name);
    marketNames.add(name, { market, type, language: languageWords.has(name.toLowerCase()) }, { caseSensitive, exact: latinDemonym ? true : undefined, properNoun: type === 'name' || type === 'city' });
  }

  const channels = compileChannels(doc, markets);
  const { metrics, metricUnits } = compileMetrics(doc);

  const redLineTerms = new PhraseMatcher<RedLineTerm>();
  const exceptions = new PhraseMatcher<string>();
  const limits: RedLine[] = [];
  for (const rl of doc.redLines) {
    for (const list of Object.values(rl.terms ?? {})) {
      for (const term of list) {
        const cs = rl.caseSensitive === true;
        // Case-sensitive terms are names: Latin names match as written; Cyrillic ones inflect.
        redLineTerms.add(term, { redLine: rl, term }, { caseSensitive: cs, exact: cs && !/[а-яё]/i.test(term) });
      }
    }
    for (const list of Object.values(rl.except ?? {})) for (const e of list) exceptions.add(e, rl.id, { caseSensitive: false, exact: false });
    if (rl.limit) limits.push(rl);
  }

  const marketWords = new Set<string>();
  for (const { 1: name } of entries) for (const t of tokenize(name)) if (t.type === 'word') marketWords.add(stem(t.norm));
  const assumptions: AssumptionModel[] = (doc.assumptions ?? []).map((a) => ({
    id: a.id,
    market: a.market,
    statement: a.statement,
    concepts: conceptsOf(a.statement, marketWords),
  }));

  const marketsByLang = new Map<string, string[]>();
  for (const m of markets) for (const l of m.languages) marketsByLang.set(l, [...(marketsByLang.get(l) ?? []), m.id]);

  // A document's own tone and theme words, where no built-in category names them ("flippant", "cashback-led").
  const ownTone = new PhraseMatcher<string>();
  const ownTheme = new PhraseMatcher<string>();
  for (const m of markets) {
    for (const a of m.toneAvoid) {
      const own = a.category.startsWith('own:');
      // The document's own words for a tone count as well as the category's ("scaring parents" as well as "fear-based").
      if (own || tokenize(a.label).filter((t) => t.type === 'word').length >= 2) ownTone.add(a.label, a.category, { caseSensitive: false, exact: false });
      if (own) for (const w of labelWords(a.label)) ownTone.add(w, a.category, { caseSensitive: false, exact: false });
    }
    // A theme word only counts in the lead of a message (the messaging rule asks for a lead), so every content word may stand for it.
    for (const a of m.themeAvoid) if (a.theme.startsWith('own:')) for (const w of labelWords(a.label, true)) ownTheme.add(w, a.theme, { caseSensitive: false, exact: false });
  }
  const all = new PhraseMatcher<Tagged>();
  all.absorb(CUE_MATCHER, (v) => ({ k: 'cue', v }));
  all.absorb(marketNames, (v) => ({ k: 'market', v }));
  all.absorb(channels, (v) => ({ k: 'channel', v }));
  all.absorb(metrics, (v) => ({ k: 'metric', v }));
  all.absorb(redLineTerms, (v) => ({ k: 'term', v }));
  all.absorb(exceptions, (v) => ({ k: 'except', v }));
  all.absorb(ownTone, (v) => ({ k: 'ownTone', v }));
  all.absorb(ownTheme, (v) => ({ k: 'ownTheme', v }));

  const signOffs = (doc.signOff ?? []).filter((s) => s.revision === doc.revision).map((s) => s.date).sort();
  return {
    all,
    doc,
    revision: doc.revision,
    year: /^\d{4}/.test(doc.updatedAt ?? '') ? Number(doc.updatedAt.slice(0, 4)) : undefined,
    signed: signOffs.at(-1) ?? null,
    markets,
    byId,
    marketNames,
    channels,
    metrics,
    metricUnits,
    redLineTerms,
    exceptions,
    limits,
    assumptions,
    discountMetric: metricNamed(doc, 'discount', ['discount'], ['скидка']),
    priceMetric: metricNamed(doc, 'price', ['price'], ['цена']),
    assumptionRef: idPattern((doc.assumptions ?? []).map((a) => a.id)),
    marketsByLang,
  };
}

/** Words of a document's own tone or theme label worth looking for: "cashback-led" → cashback, "overly technical" → technical. */
const LABEL_FILLER = new Set(['led', 'lead', 'as', 'the', 'a', 'an', 'of', 'overly', 'too', 'very', 'first', 'main', 'heavy', 'based', 'driven', 'focus', 'and', 'or', 'in']);
export function labelWords(label: string, every = false): string[] {
  const words = tokenize(label)
    .filter((t) => t.type === 'word' && t.norm.length >= 4 && !LABEL_FILLER.has(t.norm))
    .map((t) => t.text);
  // One telling word stands for the label ("flippant"); a tone of several words counts only as a whole.
  return every || words.length === 1 ? words : [];
}

/** The document's metric that is `builtin` by id or by one of its names; the built-in id when it has none. */
function metricNamed(doc: AlignmentDoc, builtin: string, en: string[], ru: string[]): string {
  const byName = (doc.metrics ?? []).find(
    (m) => m.id === builtin || (m.names.en ?? []).some((n) => en.includes(n.toLowerCase())) || (m.names.ru ?? []).some((n) => ru.includes(n.toLowerCase())),
  ) ?? (doc.metrics ?? []).find(
    // "item-price", "box-discount": an id that contains the word.
    (m) => m.unit === (builtin === 'price' ? 'currency' : '%') && m.id.split(/[-_]/).includes(builtin),
  );
  return byName?.id ?? builtin;
}

function idPattern(ids: readonly string[]): RegExp | null {
  if (ids.length === 0) return null;
  const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Content concepts of a sentence: stems of its words, Russian ones mapped onto English where the glossary knows them. */
export function conceptsOf(text: string, exclude: ReadonlySet<string>): Set<string> {
  return conceptsOfTokens(tokenize(text), exclude);
}

/** `conceptsOf` for a sentence already cut into tokens. */
export function conceptsOfTokens(tokens: readonly Token[], exclude: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.type !== 'word' || t.norm.length < 3 || STOPWORDS.has(t.norm)) continue;
    const s = stem(t.norm);
    if (exclude.has(s) || GROUP_WORDS.has(s)) continue;
    out.add(conceptKey(s));
  }
  return out;
}

/** Concept keys by stem: the same stems recur in every text, and each one costs a prefix walk over the glossary. */
const conceptKeys = new Map<string, string>();
const MAX_CONCEPT_CACHE = 50_000;

export function conceptKey(s: string): string {
  let key = conceptKeys.get(s);
  if (key !== undefined) return key;
  key = s;
  if (/[а-я]/.test(s)) {
    for (let n = s.length; n >= 3; n--) {
      const en = RU_TO_EN_CONCEPTS[s.slice(0, n)];
      if (en) {
        key = en;
        break;
      }
    }
  }
  if (conceptKeys.size >= MAX_CONCEPT_CACHE) conceptKeys.clear();
  conceptKeys.set(s, key);
  return key;
}

function compileMarket(doc: AlignmentDoc, m: Market): MarketModel {
  const key = (id: string) => normalizeChannelId(id);
  const plan = m.channels;
  const channelLabels = new Map<string, string>();
  for (const id of [...plan.primary, ...plan.secondary, ...plan.avoid]) channelLabels.set(key(id), channelDisplay(doc, id));
  return {
    id: m.id,
    market: m,
    languages: new Set(m.languages),
    currency: m.currency,
    strategy: m.objective.strategy,
    channelPlan: {
      id: plan.id,
      primary: new Set(plan.primary.map(key)),
      secondary: new Set(plan.secondary.map(key)),
      avoid: new Set(plan.avoid.map(key)),
    },
    channelLabels,
    toneAvoid: m.tone.avoid.flatMap((label) => toneCategories(label, m.tone.voice).map((category) => ({ category, label }))),
    themeAvoid: m.messaging.avoid.flatMap((label) => themeCategories(doc, m, label)),
    kpis: m.kpis,
  };
}

function channelDisplay(doc: AlignmentDoc, id: string): string {
  const k = normalizeChannelId(id);
  const entry = doc.channels?.find((c) => normalizeChannelId(c.id) === k);
  const name = entry ? Object.values(entry.names)[0]?.[0] : undefined;
  const builtin = BUILTIN_CHANNELS.find((c) => c.id === k);
  return name ?? builtin?.names.en[0] ?? id;
}

/** A matcher of the names of one built-in tone category or theme, built once for every label of every document. */
const namesMatchers = new WeakMap<{ names: readonly string[] }, PhraseMatcher<string>>();
function namesMatcher(entry: { names: readonly string[] }, payload: string): PhraseMatcher<string> {
  let m = namesMatchers.get(entry);
  if (m === undefined) {
    m = new PhraseMatcher<string>();
    for (const n of entry.names) m.add(n, payload, { caseSensitive: false, exact: false });
    namesMatchers.set(entry, m);
  }
  return m;
}

/** Tone categories a document's tone word names ("aggressive urgency" → urgency); its own words when none. */
function toneCategories(label: string, voice: readonly string[]): string[] {
  const cats = new Set<string>();
  const tokens = tokenize(label);
  for (const lex of TONE_LEXICONS) {
    for (const [cat, c] of Object.entries(lex)) {
      if (namesMatcher(c, cat).findAll(tokens).length > 0) cats.add(cat);
    }
  }
  // A category the agreed voice names is not avoided, whatever else the avoid entry says ("crude humour" vs a playful voice).
  const voiceTokens = tokenize(voice.join(' , '));
  const result = [...cats].filter((cat) => {
    for (const lex of TONE_LEXICONS) {
      const c = lex[cat];
      if (!c) continue;
      if (namesMatcher(c, cat).findAll(voiceTokens).length > 0) return false;
    }
    return true;
  });
  return result.length > 0 ? result : cats.size > 0 ? [] : [`own:${label}`];
}

function themeCategories(doc: AlignmentDoc, m: Market, label: string): { theme: string; label: string; originMarket?: string }[] {
  const tokens = tokenize(label);
  const out: { theme: string; label: string; originMarket?: string }[] = [];
  for (const other of doc.markets) {
    if (other.id === m.id) continue;
    const names = [...Object.values(other.names).flat(), ...Object.values(other.name)];
    const pm = new PhraseMatcher<string>();
    for (const n of names) pm.add(n, other.id, { caseSensitive: false, exact: false });
    if (pm.findAll(tokens).length > 0) out.push({ theme: 'origin', label, originMarket: other.id });
  }
  const themes = new Set<string>();
  for (const lex of THEME_LEXICONS) {
    for (const [theme, c] of Object.entries(lex)) {
      if (namesMatcher(c, theme).findAll(tokens).length > 0) themes.add(theme);
    }
  }
  // "Russian origin or nostalgia as the lead": the origin and every other theme it names.
  if (themes.size === 0 && out.length === 0) return [{ theme: `own:${label}`, label }];
  return [...out, ...[...themes].filter((t) => t !== 'origin' || out.length === 0).map((theme) => ({ theme, label }))];
}

function compileChannels(doc: AlignmentDoc, markets: MarketModel[]): PhraseMatcher<string> {
  const pm = new PhraseMatcher<string>();
  const keys = new Set<string>();
  for (const m of markets) for (const k of m.channelLabels.keys()) keys.add(k);
  for (const c of doc.channels ?? []) keys.add(normalizeChannelId(c.id));
  for (const k of keys) {
    const names = new Set<string>([k.replace(/-/g, ' ')]);
    const entry = doc.channels?.find((c) => normalizeChannelId(c.id) === k);
    for (const list of Object.values(entry?.names ?? {})) for (const n of list) names.add(n);
    const builtin = BUILTIN_CHANNELS.find((c) => c.id === k);
    const cs = new Set(builtin?.caseSensitive ?? []);
    for (const lang of ['en', 'ru'] as const) for (const n of builtin?.names[lang] ?? []) names.add(n);
    for (const n of names) pm.add(n, k, cs.has(n) ? { caseSensitive: true, exact: true } : {});
  }
  return pm;
}

function compileMetrics(doc: AlignmentDoc): { metrics: PhraseMatcher<string>; metricUnits: Map<string, string> } {
  const metrics = new PhraseMatcher<string>();
  const metricUnits = new Map<string, string>();
  const taken = new Set<string>();
  const add = (name: string, id: string, caseSensitive?: boolean) => {
    const k = name.toLowerCase();
    if (taken.has(k)) return;
    taken.add(k);
    metrics.add(name, id, caseSensitive ? { caseSensitive: true, exact: true } : {});
  };
  for (const m of doc.metrics ?? []) {
    metricUnits.set(m.id, m.unit);
    for (const list of Object.values(m.names)) for (const n of list) add(n, m.id);
  }
  for (const b of BUILTIN_METRICS) {
    const docMetric = doc.metrics?.find((m) => m.id === b.id);
    if (!docMetric) metricUnits.set(b.id, b.unit);
    const cs = new Set(b.caseSensitive ?? []);
    for (const list of Object.values(b.names)) for (const n of list) add(n, b.id, cs.has(n));
  }
  for (const m of doc.metrics ?? []) add(m.id.replace(/-/g, ' '), m.id);
  return { metrics, metricUnits };
}
