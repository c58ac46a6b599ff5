/**
 * Schema of the alignment document, format `alignment/v1`
 * (see FORMAT.md in the shared alignment folder).
 *
 * Rules of thumb used throughout:
 * - Every object is a *loose* object: fields this version does not know are kept, never dropped,
 *   so a document written by a newer tool survives a load/save round trip here, and a later
 *   `alignment/v2` migration can still see them.
 * - No `.default()` and no transforms: the parsed document is the file as written, nothing is
 *   added or rewritten.
 * - Only checks that need a single value live here. Checks across entries (unique ids, KPI metric
 *   exists, `min <= target <= max`, market references) live in `load.ts`, because zod skips
 *   refinements of an object once any field inside it has failed, and we want every problem
 *   reported in one go.
 */
import * as z from 'zod';

export const ALIGNMENT_FORMAT = 'alignment/v1';

export const STRATEGIES = ['trust-first', 'conversion-first', 'awareness'] as const;
export const HYPOTHESIS_STATUSES = ['proposed', 'validated', 'challenged', 'refined', 'rejected'] as const;
export const FLEXIBILITY_LEVELS = ['none', 'low', 'medium', 'high'] as const;
/** FORMAT.md lists `%`, `days`, `ratio`, `currency`; `count` is accepted because built-in metrics use it. */
export const METRIC_UNITS = ['%', 'currency', 'days', 'ratio', 'count'] as const;

/** The value red lines use in `markets` to mean "every market". */
export const ALL_MARKETS = '*';

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Ids name entries in findings (`ruleId`), so a blank one is useless. */
const Id = z.string().regex(/\S/, 'an id must not be empty or blank');

/**
 * A word or phrase the matcher looks for (names, red line terms, exceptions). A blank entry would
 * match everywhere, so it is refused rather than silently ignored.
 */
const Phrase = z.string().regex(/\S/, 'a word or phrase must not be empty or blank');

/** Language code such as `en`, `ru`, `pt-BR` (BCP 47 shape, loosely). */
const LangCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as "en" or "ru"');

/** Words per language: `{ "en": ["US", "American"], "ru": ["США"] }`. */
export const LangMapSchema = z.record(LangCode, z.array(Phrase));
/** Words per language, keyed by language code. */
export type LangMap = Record<string, string[]>;

/** One display text per language: a market's `name`, `{ "en": "Russia", "ru": "Россия" }`. */
export const LangTextSchema = z.record(LangCode, z.string());
export type LangText = Record<string, string>;

/** `YYYY-MM-DD`, optionally followed by a time; only the shape is checked. */
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date written as YYYY-MM-DD');

const Revision = z.number().int().positive();

// ---------------------------------------------------------------------------------------------
// Top-level pieces

export const PartySchema = z.looseObject({
  id: Id,
  name: z.string(),
  role: z.string(),
  /** Email domains: mail from them is "partner mail". */
  domains: z.array(z.string()),
  languages: z.array(LangCode),
});

export const ProductSchema = z.looseObject({
  name: z.string(),
  summary: z.string(),
  names: LangMapSchema,
});

export const SuccessSchema = z.looseObject({
  quantitative: z.string(),
  qualitative: z.array(z.string()),
});

/** Glossary entry; adds to the product's built-in metric words. */
export const MetricSchema = z.looseObject({
  id: Id,
  unit: z.enum(METRIC_UNITS),
  names: LangMapSchema,
});

/** Glossary entry for a channel id used in markets' channel plans. */
export const ChannelEntrySchema = z.looseObject({
  id: Id,
  names: LangMapSchema,
});

// ---------------------------------------------------------------------------------------------
// A market

export const ObjectiveSchema = z.looseObject({
  id: Id,
  strategy: z.enum(STRATEGIES),
  summary: z.string(),
});

export const AudienceSchema = z.looseObject({
  id: Id,
  summary: z.string(),
});

export const KpiSchema = z.looseObject({
  id: Id,
  /** A built-in metric id or one of the document's `metrics[]`. */
  metric: Id,
  target: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** `%`, `days`, `ratio`, or a currency code such as `USD`. */
  unit: z.string().optional(),
  windowDays: z.number().int().positive().optional(),
});

/** Historical figure, for display only; never a conflict. */
export const BaselineSchema = z.looseObject({
  metric: Id,
  value: z.number(),
  unit: z.string().optional(),
  source: z.string().optional(),
});

/** Channel ids are free strings: they are matched against text, not against a closed list. */
export const ChannelPlanSchema = z.looseObject({
  id: Id,
  primary: z.array(z.string()),
  secondary: z.array(z.string()),
  avoid: z.array(z.string()),
  why: z.string().optional(),
});

export const ToneSchema = z.looseObject({
  id: Id,
  voice: z.array(z.string()),
  avoid: z.array(z.string()),
  examples: z.array(z.string()).optional(),
});

export const MessagingSchema = z.looseObject({
  id: Id,
  lead: z.array(z.string()),
  avoid: z.array(z.string()),
});

export const MarketSchema = z.looseObject({
  id: Id,
  name: LangTextSchema,
  /** A party id. */
  owner: z.string(),
  languages: z.array(LangCode),
  /** Words that point text at this market. */
  names: LangMapSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code such as "USD"'),
  objective: ObjectiveSchema,
  audience: AudienceSchema,
  kpis: z.array(KpiSchema),
  baselines: z.array(BaselineSchema).optional(),
  channels: ChannelPlanSchema,
  tone: ToneSchema,
  messaging: MessagingSchema,
});

// ---------------------------------------------------------------------------------------------
// Red lines, hypotheses, the rest

/** A numeric red line: "50% off" breaks `discount` max 30. */
export const RedLineLimitSchema = z.looseObject({
  metric: Id,
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
});

/** Needs `terms`, `limit` or both; that is checked in load.ts with the other cross-field checks. */
export const RedLineSchema = z.looseObject({
  id: Id,
  rule: z.string(),
  /** `["*"]` for every market, or market ids. */
  markets: z.array(Id).min(1, 'list at least one market id, or "*" for every market'),
  terms: LangMapSchema.optional(),
  except: LangMapSchema.optional(),
  caseSensitive: z.boolean().optional(),
  limit: RedLineLimitSchema.optional(),
});

export const HypothesisSchema = z.looseObject({
  id: Id,
  statement: z.string(),
  markets: z.array(Id),
  status: z.enum(HYPOTHESIS_STATUSES),
  evidence: z.string().optional(),
});

export const AssumptionSchema = z.looseObject({
  id: Id,
  market: Id,
  statement: z.string(),
  because: z.string().optional(),
  test: z.string().optional(),
});

export const CompromiseSchema = z.looseObject({
  area: z.string(),
  flexibility: z.enum(FLEXIBILITY_LEVELS),
});

export const RiskToleranceSchema = z.looseObject({
  /** Share of the budget for tests, 0..1. */
  testBudgetShare: z.number().min(0).max(1).optional(),
  /** Market id → days before a pivot is considered. */
  pivotAfterDays: z.record(z.string(), z.number().nonnegative()).optional(),
  note: z.string().optional(),
});

export const CadenceSchema = z.looseObject({
  checkIn: z.string().optional(),
  participants: z.array(z.string()).optional(),
});

export const SignOffSchema = z.looseObject({
  /** A party id. */
  party: z.string(),
  name: z.string(),
  role: z.string(),
  date: DateText,
  revision: Revision,
});

// ---------------------------------------------------------------------------------------------
// The document

export const AlignmentDocSchema = z.looseObject({
  format: z.literal(ALIGNMENT_FORMAT),
  id: Id,
  title: z.string(),
  /** Grows by one on each signed change. */
  revision: Revision,
  updatedAt: DateText,
  parties: z.array(PartySchema),
  product: ProductSchema,
  success: SuccessSchema,
  metrics: z.array(MetricSchema),
  channels: z.array(ChannelEntrySchema).optional(),
  markets: z.array(MarketSchema).min(1, 'the document needs at least one market'),
  redLines: z.array(RedLineSchema),
  hypotheses: z.array(HypothesisSchema).optional(),
  assumptions: z.array(AssumptionSchema).optional(),
  compromise: z.array(CompromiseSchema).optional(),
  riskTolerance: RiskToleranceSchema.optional(),
  cadence: CadenceSchema.optional(),
  signOff: z.array(SignOffSchema).optional(),
});

// ---------------------------------------------------------------------------------------------
// Types. Each object type also has an index signature for the unknown fields it keeps.

export type AlignmentDoc = z.infer<typeof AlignmentDocSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Product = z.infer<typeof ProductSchema>;
export type Success = z.infer<typeof SuccessSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type MetricUnit = (typeof METRIC_UNITS)[number];
export type ChannelEntry = z.infer<typeof ChannelEntrySchema>;
export type Market = z.infer<typeof MarketSchema>;
export type Objective = z.infer<typeof ObjectiveSchema>;
export type Strategy = (typeof STRATEGIES)[number];
export type Audience = z.infer<typeof AudienceSchema>;
export type Kpi = z.infer<typeof KpiSchema>;
export type Baseline = z.infer<typeof BaselineSchema>;
export type ChannelPlan = z.infer<typeof ChannelPlanSchema>;
export type Tone = z.infer<typeof ToneSchema>;
export type Messaging = z.infer<typeof MessagingSchema>;
export type RedLine = z.infer<typeof RedLineSchema>;
export type RedLineLimit = z.infer<typeof RedLineLimitSchema>;
export type Hypothesis = z.infer<typeof HypothesisSchema>;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];
export type Assumption = z.infer<typeof AssumptionSchema>;
export type Compromise = z.infer<typeof CompromiseSchema>;
export type Flexibility = (typeof FLEXIBILITY_LEVELS)[number];
export type RiskTolerance = z.infer<typeof RiskToleranceSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type SignOff = z.infer<typeof SignOffSchema>;
