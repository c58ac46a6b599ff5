/**
 * "Propose a change" for the weekly check-in: from an "intentional" note (a finding the team kept on
 * purpose), draft the edit to the alignment document that would make the noted words agree, as a new,
 * unsigned revision for the document editor.
 *
 * `planChange` is pure: one document and one note in, the edited document (or a reason) out. It drafts
 * the smallest edit for the entry the note names (`ruleId`): a KPI bound or window, a numeric red line's
 * limit, a red line exception, a channel moved up the plan, a tone word moved from `avoid` to `voice`.
 * Entries whose change cannot be read from the flagged words (objective, messaging, audience, a primary
 * channel dropped) fail with a reason and still give the entry's path, so the editor can open there.
 *
 * `proposeChange` stores the plan as the active document's draft; the user reviews it in the options
 * page's editor and saves it as a revision, which shows as not signed off until both sides sign again.
 */
import { BUILTIN_DOCUMENT } from '../alignment/builtin';
import { formatPath, problemToString, validateAlignment } from '../alignment/load';
import { getIn, setIn, type PathKey } from '../alignment/paths';
import type { AlignmentDoc, Kpi, Market, RedLine } from '../alignment/schema';
import { compileDocument, type DocModel } from '../engine/model';
import { findQuantities, type Quantity } from '../engine/quantities';
import { tokenize } from '../engine/tokenize';
import type { UiLang } from '../engine/types';
import { normalizeChannelId } from '../lexicon/channels';
import { BUILTIN_METRICS } from '../lexicon/metrics';
import { formatValue } from '../rules/format';
import { BUILTIN_ID, createDocument, currentDoc, findDocument, readLibrary, updateLibrary } from '../storage/library';
import type { IntentionalNote } from '../storage/items';

/** A sentence in both UI languages. */
export interface Bilingual {
  en: string;
  ru: string;
}

export type PlanResult =
  | {
      ok: true;
      /** The document with the edit, `revision` + 1, `updatedAt` today, sign-offs unchanged (so: unsigned). */
      next: AlignmentDoc;
      /** JSON path of the changed field (`markets[1].kpis[1].max`), for the editor to focus. */
      path: string;
      summary: Bilingual;
    }
  | {
      ok: false;
      reason: Bilingual;
      /** The entry (or the field to change by hand) when the note names one, so the editor can still open there. */
      path?: string;
    };

export type ProposeResult =
  | { ok: true; docId: string; path: string; summary: string }
  | { ok: false; reason: string; docId?: string; path?: string };

// ---------------------------------------------------------------------------------------------
// Planning

type Key = PathKey;

interface Edit {
  path: Key[];
  value: unknown;
}

type Step = { ok: true; edits: Edit[]; focus: Key[]; summary: Bilingual } | { ok: false; reason: Bilingual; path?: Key[] };

/** The entry a finding's `ruleId` names (see FORMAT.md and shared/eval/README.md: which `ruleId` each kind uses). */
type Entry =
  | { type: 'kpi'; market: number; kpi: number }
  | { type: 'redLine'; index: number }
  | { type: 'channels' | 'tone' | 'objective' | 'messaging' | 'audience'; market: number };

function findEntry(doc: AlignmentDoc, ruleId: string): Entry | null {
  for (const [i, rl] of doc.redLines.entries()) if (rl.id === ruleId) return { type: 'redLine', index: i };
  for (const [m, market] of doc.markets.entries()) {
    for (const [k, kpi] of market.kpis.entries()) if (kpi.id === ruleId) return { type: 'kpi', market: m, kpi: k };
    for (const type of ['channels', 'tone', 'objective', 'messaging', 'audience'] as const) if (market[type].id === ruleId) return { type, market: m };
  }
  return null;
}

/** Today as `YYYY-MM-DD` (UTC, as the editor writes `updatedAt`). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The smallest edit to `doc` that makes the note's flagged words agree with the entry it names, as a
 * new unsigned revision. Pure; `today` is the `updatedAt` written.
 */
export function planChange(doc: AlignmentDoc, note: IntentionalNote, today: string = todayIso()): PlanResult {
  const entry = findEntry(doc, note.ruleId);
  if (!entry) {
    return {
      ok: false,
      reason: {
        en: `Revision ${doc.revision} of “${doc.title}” has no entry “${note.ruleId}”, so no change can be drafted; edit the document by hand.`,
        ru: `В редакции ${doc.revision} документа «${doc.title}» нет записи «${note.ruleId}», поэтому изменение не подготовить; измените документ вручную.`,
      },
    };
  }
  let model: DocModel | undefined;
  const ctx: Ctx = { doc, note, lang: /[а-яё]/i.test(note.actual) ? 'ru' : 'en', model: () => (model ??= compileDocument(doc)) };
  const step = draftStep(ctx, entry);
  if (!step.ok) return step.path ? { ok: false, reason: step.reason, path: formatPath(step.path) } : { ok: false, reason: step.reason };

  let next: unknown = doc;
  for (const e of step.edits) next = setIn(next, e.path, e.value);
  next = setIn(next, ['revision'], doc.revision + 1);
  next = setIn(next, ['updatedAt'], today);
  const checked = validateAlignment(next);
  if (!checked.ok) {
    const list = checked.problems.map(problemToString).join('; ');
    return {
      ok: false,
      reason: { en: `The drafted change would not be a valid document: ${list}. Edit it by hand.`, ru: `Подготовленное изменение даёт недопустимый документ: ${list}. Измените вручную.` },
      path: formatPath(step.focus),
    };
  }
  const rev = doc.revision + 1;
  const summary: Bilingual = {
    en: `${step.summary.en} (revision ${rev}, not signed off yet)`,
    ru: `${step.summary.ru} (редакция ${rev}, ещё не подписана)`,
  };
  if (note.revision !== doc.revision) {
    summary.en += `; the note was taken on revision ${note.revision}, the change is drafted on the current revision ${doc.revision}`;
    summary.ru += `; заметка сделана по редакции ${note.revision}, изменение подготовлено к текущей редакции ${doc.revision}`;
  }
  return { ok: true, next: checked.doc, path: formatPath(step.focus), summary };
}

interface Ctx {
  doc: AlignmentDoc;
  note: IntentionalNote;
  /** The language of the flagged words: Cyrillic → ru, else en. */
  lang: 'en' | 'ru';
  /** The engine's model of the document (its channel, term and tone matchers), built on first use. */
  model(): DocModel;
}

function draftStep(ctx: Ctx, entry: Entry): Step {
  const { doc } = ctx;
  switch (entry.type) {
    case 'kpi':
      return kpiStep(ctx, doc.markets[entry.market]!, ['markets', entry.market, 'kpis', entry.kpi]);
    case 'redLine':
      return redLineStep(ctx, doc.redLines[entry.index]!, ['redLines', entry.index]);
    case 'channels':
      return channelStep(ctx, doc.markets[entry.market]!, ['markets', entry.market, 'channels']);
    case 'tone':
      return toneStep(ctx, doc.markets[entry.market]!, ['markets', entry.market, 'tone']);
    default:
      return byHand(ctx, entry.type, doc.markets[entry.market]!, entry.market);
  }
}

const ENTRY_NAMES: Record<'objective' | 'messaging' | 'audience', Bilingual> = {
  objective: { en: 'a market objective', ru: 'цель рынка' },
  messaging: { en: 'a messaging plan', ru: 'план сообщений' },
  audience: { en: 'a market audience (a generalization no assumption documents)', ru: 'аудитория рынка (обобщение без задокументированного допущения)' },
};
/** The field of the entry a person most likely edits. */
const ENTRY_FIELDS: Record<'objective' | 'messaging' | 'audience', string> = { objective: 'strategy', messaging: 'avoid', audience: 'summary' };

function byHand(ctx: Ctx, type: 'objective' | 'messaging' | 'audience', market: Market, index: number): Step {
  const id = ctx.note.ruleId;
  const what = ENTRY_NAMES[type];
  return {
    ok: false,
    reason: {
      en: `${id} is ${what.en} of ${market.id}: what should change cannot be read from “${ctx.note.actual}”; edit it by hand.`,
      ru: `${id} — ${what.ru} ${market.id}: что изменить, из «${ctx.note.actual}» не понять; измените вручную.`,
    },
    path: ['markets', index, type, ENTRY_FIELDS[type]],
  };
}

// ---------------------------------------------------------------------------------------------
// Numbers: KPIs and numeric red lines

type Measure = 'money' | 'percent' | 'duration' | 'plain';

function metricUnit(doc: AlignmentDoc, metric: string): string | undefined {
  return doc.metrics.find((m) => m.id === metric)?.unit ?? BUILTIN_METRICS.find((m) => m.id === metric)?.unit;
}

const isCurrencyCode = (unit: string | undefined): unit is string => unit !== undefined && /^[A-Z]{3}$/.test(unit);

/** What kind of figure a value in `unit` is written as. */
function measureOf(unit: string | undefined, ofMetric: string | undefined): Measure {
  if (isCurrencyCode(unit) || ofMetric === 'currency' || unit === 'currency') return 'money';
  if (unit === '%' || ofMetric === '%') return 'percent';
  if (unit === 'days' || ofMetric === 'days') return 'duration';
  return 'plain';
}

function fits(q: Quantity, measure: Measure, currency: string | undefined): boolean {
  if (q.role || q.negative) return false;
  switch (measure) {
    case 'money':
      return q.kind === 'money' && (currency === undefined || q.currency === currency);
    case 'percent':
      return q.kind === 'percent';
    case 'duration':
      return q.kind === 'duration' && q.hours === undefined;
    case 'plain':
      return q.kind === 'number' || q.kind === 'ratio' || q.kind === 'multiplier';
  }
}

const MEASURE_NAMES: Record<Measure, Bilingual> = {
  money: { en: 'an amount of money', ru: 'сумма денег' },
  percent: { en: 'a percentage', ru: 'процент' },
  duration: { en: 'a duration', ru: 'срок' },
  plain: { en: 'a plain number', ru: 'число' },
};

function describeQuantity(q: Quantity): Bilingual {
  if (q.kind === 'money') return { en: `an amount in ${q.currency ?? 'another currency'}`, ru: `сумма в ${q.currency ?? 'другой валюте'}` };
  if (q.kind === 'percent') return MEASURE_NAMES.percent;
  if (q.kind === 'duration') return MEASURE_NAMES.duration;
  return MEASURE_NAMES.plain;
}

function unitMismatch(ctx: Ctx, q: Quantity, unitText: string, path: Key[]): Step {
  const got = describeQuantity(q);
  return {
    ok: false,
    reason: {
      en: `“${q.text}” is ${got.en}, but ${ctx.note.ruleId} is measured in ${unitText}; no change drafted (edit the unit by hand if it should change).`,
      ru: `«${q.text}» — ${got.ru}, а ${ctx.note.ruleId} измеряется в ${unitText}; изменение не подготовлено (если нужна другая единица, измените её вручную).`,
    },
    path,
  };
}

function noFigure(ctx: Ctx, path: Key[]): Step {
  return {
    ok: false,
    reason: {
      en: `No figure found in “${ctx.note.actual}” to set ${ctx.note.ruleId} to; edit it by hand.`,
      ru: `В «${ctx.note.actual}» нет числа, которым можно задать ${ctx.note.ruleId}; измените вручную.`,
    },
    path,
  };
}

function alreadyAgrees(ctx: Ctx, path: Key[]): Step {
  return {
    ok: false,
    reason: {
      en: `“${ctx.note.actual}” is already within what ${ctx.note.ruleId} allows; nothing to change.`,
      ru: `«${ctx.note.actual}» уже в пределах ${ctx.note.ruleId}; менять нечего.`,
    },
    path,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A bound moved to a stated value: `max 35 → 55`. */
function boundStep(ctx: Ctx, at: Key[], field: 'min' | 'max' | 'target', from: number, to: number, unit: string | undefined): Step {
  const names = { min: { en: 'min lowered', ru: 'минимум снижен' }, max: { en: 'max raised', ru: 'максимум повышен' }, target: { en: 'target moved', ru: 'цель изменена' } }[field];
  return {
    ok: true,
    edits: [{ path: [...at, field], value: to }],
    focus: [...at, field],
    summary: {
      en: `${ctx.note.ruleId}: ${names.en} from ${formatValue(from, unit, 'en')} to ${formatValue(to, unit, 'en')}`,
      ru: `${ctx.note.ruleId}: ${names.ru} с ${formatValue(from, unit, 'ru')} до ${formatValue(to, unit, 'ru')}`,
    },
  };
}

function kpiStep(ctx: Ctx, market: Market, at: Key[]): Step {
  const k = getIn(ctx.doc, at) as Kpi;
  const ofMetric = metricUnit(ctx.doc, k.metric);
  const unit = k.unit ?? (ofMetric === 'currency' ? market.currency : ofMetric);
  const measure = measureOf(unit, ofMetric);
  const currency = measure === 'money' ? (isCurrencyCode(unit) ? unit : market.currency) : undefined;
  const quantities = findQuantities(ctx.note.actual).filter((q) => !q.role);
  const value = quantities.find((q) => fits(q, measure, currency));

  if (value) {
    const lo = round2(value.value);
    const hi = round2(value.high ?? value.value);
    if (k.max !== undefined && hi > k.max) return boundStep(ctx, at, 'max', k.max, hi, unit);
    if (k.min !== undefined && lo < k.min) return boundStep(ctx, at, 'min', k.min, lo, unit);
    if (k.min === undefined && k.max === undefined && k.target !== undefined && k.target !== 0) {
      // Where only a target is set, a figure more than 10% away from it conflicts: the figure becomes the target.
      const far = Math.abs(lo - k.target) >= Math.abs(hi - k.target) ? lo : hi;
      if (Math.abs(far - k.target) / Math.abs(k.target) > 0.1 + 1e-9) return boundStep(ctx, at, 'target', k.target, far, unit);
    }
  }
  // A stated measurement window ("within 30 days") for a metric that is not itself a number of days.
  // Only a KPI with a window has one to disagree with (the checker reports windows only there).
  const window = measure === 'duration' || k.windowDays === undefined ? undefined : quantities.find((q) => q.kind === 'duration' && q.hours === undefined && !q.negative);
  if (window && k.windowDays !== undefined) {
    const days = Math.round(window.value);
    const from = k.windowDays;
    if (days >= 1 && days !== from) {
      return {
        ok: true,
        edits: [{ path: [...at, 'windowDays'], value: days }],
        focus: [...at, 'windowDays'],
        summary: {
          en: `${ctx.note.ruleId}: measurement window changed from ${from} to ${days} days`,
          ru: `${ctx.note.ruleId}: окно измерения изменено с ${from} на ${days} дн.`,
        },
      };
    }
    if (!value) return alreadyAgrees(ctx, [...at, 'windowDays']);
  }
  if (value) return alreadyAgrees(ctx, at);
  const other = quantities.find((q) => q.kind !== 'duration' || measure === 'duration');
  if (other) return unitMismatch(ctx, other, unitText(unit, measure), [...at, 'unit']);
  return noFigure(ctx, at);
}

function unitText(unit: string | undefined, measure: Measure): string {
  if (unit === '%') return '%';
  if (unit && unit !== 'currency') return unit;
  return MEASURE_NAMES[measure].en;
}

// ---------------------------------------------------------------------------------------------
// Red lines

function redLineStep(ctx: Ctx, rl: RedLine, at: Key[]): Step {
  if (rl.limit) {
    const limitStep = limitStepOf(ctx, rl, at);
    // A red line with terms as well: words without a fitting figure are about the terms.
    if (limitStep.ok || !rl.terms || findQuantities(ctx.note.actual).some((q) => !q.role)) return limitStep;
  }
  if (rl.terms) return exceptStep(ctx, rl, at);
  return {
    ok: false,
    reason: { en: `${rl.id} has neither terms nor a limit; edit it by hand.`, ru: `У ${rl.id} нет ни слов, ни предела; измените вручную.` },
    path: at,
  };
}

function limitStepOf(ctx: Ctx, rl: RedLine, at: Key[]): Step {
  const limit = rl.limit!;
  const limitAt = [...at, 'limit'];
  const ofMetric = metricUnit(ctx.doc, limit.metric);
  const unit = limit.unit ?? ofMetric;
  const measure = measureOf(unit, ofMetric);
  const currency = measure === 'money' && isCurrencyCode(unit) ? unit : undefined;
  const quantities = findQuantities(ctx.note.actual).filter((q) => !q.role);
  const q = quantities.find((x) => fits(x, measure, currency));
  if (!q) {
    const other = quantities[0];
    return other ? unitMismatch(ctx, other, unitText(unit, measure), [...limitAt, 'unit']) : noFigure(ctx, limitAt);
  }
  // Prices are compared per month, as the red line rule reads them ("$95.99/year" is $8 a month).
  const per = measure === 'money' && q.periodMonths ? q.periodMonths : 1;
  const lo = round2(q.value / per);
  const hi = round2((q.high ?? q.value) / per);
  if (limit.max !== undefined && hi > limit.max) return boundStep(ctx, limitAt, 'max', limit.max, hi, unit);
  if (limit.min !== undefined && lo < limit.min) return boundStep(ctx, limitAt, 'min', limit.min, lo, unit);
  return alreadyAgrees(ctx, limitAt);
}

/** The flagged words become an exception of the red line, in the language they are written in. */
function exceptStep(ctx: Ctx, rl: RedLine, at: Key[]): Step {
  const phrase = ctx.note.actual.trim().replace(/\s+/g, ' ');
  const lang = ctx.lang;
  const exceptAt = [...at, 'except', lang];
  // An exception only works when it contains one of the red line's terms (the checker skips a term inside an exception).
  const tokens = tokenize(phrase);
  const terms = phrase === '' ? [] : ctx.model().redLineTerms.findAll(tokens).filter((m) => m.phrase.payload.redLine.id === rl.id);
  const covers = terms.length > 0;
  // The flagged words are usually the term itself: the exception then switches the term off everywhere, which the summary says.
  const whole = terms.some((m) => m.from === 0 && m.to === tokens.length);
  const existing = rl.except?.[lang] ?? [];
  if (!covers || existing.some((e) => e.toLowerCase() === phrase.toLowerCase())) {
    return {
      ok: false,
      reason: {
        en: `“${phrase}” ${covers ? 'is already an exception of' : 'holds none of the terms of'} ${rl.id}, so an exception would change nothing; edit the red line by hand.`,
        ru: `«${phrase}» ${covers ? 'уже исключение' : 'не содержит ни одного слова'} ${rl.id}, так что исключение ничего не изменит; измените красную линию вручную.`,
      },
      path: [...at, 'terms', lang],
    };
  }
  return {
    ok: true,
    edits: [{ path: exceptAt, value: [...existing, phrase] }],
    focus: exceptAt,
    summary: {
      en: `${rl.id}: “${phrase}” added to the exceptions (${lang})${whole ? ', which switches this term off everywhere: narrow it to the phrase that is fine' : ''}`,
      ru: `${rl.id}: «${phrase}» добавлено в исключения (${lang})${whole ? ' — это отключает слово везде: сузьте исключение до допустимой фразы' : ''}`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Channels and tone

function channelStep(ctx: Ctx, market: Market, at: Key[]): Step {
  const plan = market.channels;
  const keys = [...new Set(ctx.model().channels.findAll(tokenize(ctx.note.actual)).map((m) => m.phrase.payload))];
  const index = (list: readonly string[], key: string) => list.findIndex((c) => normalizeChannelId(c) === key);
  // An avoided channel is the common note ("TikTok for RU after all"); a secondary one made the lead comes next.
  const avoided = keys.find((key) => index(plan.avoid, key) >= 0);
  if (avoided !== undefined) return moveChannel(ctx, market, at, 'avoid', 'secondary', plan.avoid[index(plan.avoid, avoided)]!);
  const secondary = keys.find((key) => index(plan.secondary, key) >= 0);
  if (secondary !== undefined) return moveChannel(ctx, market, at, 'secondary', 'primary', plan.secondary[index(plan.secondary, secondary)]!);
  const primary = keys.find((key) => index(plan.primary, key) >= 0);
  return {
    ok: false,
    reason:
      primary !== undefined
        ? {
            en: `“${ctx.note.actual}” names a ${market.id} primary channel: whether it is dropped or moved to support cannot be told from the note; edit the channel plan by hand.`,
            ru: `«${ctx.note.actual}» — основной канал ${market.id}: убрать его или перевести в поддержку, из заметки не понять; измените план каналов вручную.`,
          }
        : {
            en: `No channel of the ${market.id} plan found in “${ctx.note.actual}”; edit the channel plan by hand.`,
            ru: `В «${ctx.note.actual}» нет канала из плана ${market.id}; измените план каналов вручную.`,
          },
    path: [...at, primary !== undefined ? 'primary' : 'avoid'],
  };
}

const LIST_NAMES: Record<'avoid' | 'secondary' | 'primary', Bilingual> = {
  avoid: { en: 'avoid', ru: 'не используем' },
  secondary: { en: 'secondary', ru: 'поддержка' },
  primary: { en: 'primary', ru: 'основные' },
};

function moveChannel(ctx: Ctx, market: Market, at: Key[], from: 'avoid' | 'secondary', to: 'secondary' | 'primary', channel: string): Step {
  const plan = market.channels;
  const key = normalizeChannelId(channel);
  const target = plan[to].some((c) => normalizeChannelId(c) === key) ? plan[to] : [...plan[to], channel];
  return {
    ok: true,
    edits: [
      { path: [...at, from], value: plan[from].filter((c) => normalizeChannelId(c) !== key) },
      { path: [...at, to], value: target },
    ],
    focus: [...at, to],
    summary: {
      en: `${plan.id}: ${channel} moved from ${LIST_NAMES[from].en} to ${LIST_NAMES[to].en}`,
      ru: `${plan.id}: ${channel} перенесён из «${LIST_NAMES[from].ru}» в «${LIST_NAMES[to].ru}»`,
    },
  };
}

/** The market's `tone.avoid` entries the flagged words ask for or are written in. */
function avoidedTones(ctx: Ctx, market: Market, marketIndex: number): string[] {
  const text = ctx.note.actual.toLowerCase();
  const named = market.tone.avoid.filter((label) => label.trim() !== '' && text.includes(label.toLowerCase()));
  if (named.length > 0) return named;
  // Other words for the tone ("дерзко" for "edgy", slang marks for "slang"): the engine's tone categories.
  const model = ctx.model();
  const m = model.markets[marketIndex];
  if (!m) return [];
  const categories = new Set<string>();
  for (const match of model.all.findAll(tokenize(ctx.note.actual))) {
    const tag = match.phrase.payload;
    if (tag.k === 'ownTone') categories.add(tag.v);
    else if (tag.k === 'cue') {
      const cat = /^tone-(?:ask|weak|mark):(.+)$/.exec(tag.v)?.[1];
      if (cat) categories.add(cat);
    }
  }
  return [...new Set(m.toneAvoid.filter((a) => categories.has(a.category)).map((a) => a.label))];
}

function toneStep(ctx: Ctx, market: Market, at: Key[]): Step {
  const labels = avoidedTones(ctx, market, ctx.doc.markets.indexOf(market));
  if (labels.length === 0) {
    return {
      ok: false,
      reason: {
        en: `No tone that ${market.id} avoids found in “${ctx.note.actual}”; edit the tone by hand.`,
        ru: `В «${ctx.note.actual}» нет тона, которого для ${market.id} избегаем; измените тон вручную.`,
      },
      path: [...at, 'avoid'],
    };
  }
  const tone = market.tone;
  const list = labels.join(', ');
  return {
    ok: true,
    edits: [
      { path: [...at, 'voice'], value: [...tone.voice, ...labels.filter((l) => !tone.voice.includes(l))] },
      { path: [...at, 'avoid'], value: tone.avoid.filter((a) => !labels.includes(a)) },
    ],
    focus: [...at, 'voice'],
    summary: {
      en: `${tone.id}: “${list}” moved from avoid to the agreed voice`,
      ru: `${tone.id}: «${list}» перенесено из «избегаем» в согласованный голос`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Storing the proposal

const COPY_NAME: Record<UiLang, (title: string) => string> = {
  en: (title) => `${title} (copy)`,
  ru: (title) => `${title} (копия)`,
};

const DRAFT_FIRST: Bilingual = {
  en: 'The document already has an unsaved draft: finish or discard the draft first, so nothing in it is lost.',
  ru: 'У документа уже есть несохранённый черновик: сначала сохраните или удалите его, чтобы ничего не потерять.',
};

/**
 * Drafts the change a note asks for and stores it as the active document's draft, for the options page
 * to open (`options.html#doc=<docId>&path=<path>`). When the built-in example is active, a copy of it is
 * stored and made active first (its content is the example's, so checking is unchanged; later proposals
 * then go to the same copy). A document that already has a draft is left alone: nothing typed is lost.
 */
export async function proposeChange(note: IntentionalNote, lang: UiLang = 'en'): Promise<ProposeResult> {
  const library = await readLibrary();
  const active = library.activeId === BUILTIN_ID ? undefined : findDocument(library, library.activeId);
  const base = (active && currentDoc(active)) ?? null;
  if (active && base && active.draft) return { ok: false, reason: DRAFT_FIRST[lang], docId: active.id };

  const first = planChange(base ?? BUILTIN_DOCUMENT, note);
  if (!first.ok) return { ok: false, reason: first.reason[lang], ...(base && active ? { docId: active.id } : {}), ...(first.path ? { path: first.path } : {}) };

  let docId: string;
  if (active && base) docId = active.id;
  else {
    const copy = await createDocument(BUILTIN_DOCUMENT, { name: COPY_NAME[lang](BUILTIN_DOCUMENT.title), origin: 'example', activate: true });
    if (!copy.ok) return { ok: false, reason: copy.problems.map(problemToString).join('; ') };
    docId = copy.id;
  }

  // Checked and stored in one library update: a draft typed (or a revision saved) meanwhile in another window wins.
  const firstBase = JSON.stringify(base ?? BUILTIN_DOCUMENT);
  const stored = await updateLibrary((lib, now): PlanResult | 'draft' | 'gone' => {
    const d = findDocument(lib, docId);
    const current = d && currentDoc(d);
    if (!d || !current) return 'gone';
    if (d.draft) return 'draft';
    const plan = JSON.stringify(current) === firstBase ? first : planChange(current, note);
    if (plan.ok) d.draft = { value: plan.next, savedAt: now };
    return plan;
  });
  if (stored === 'draft') return { ok: false, reason: DRAFT_FIRST[lang], docId };
  if (stored === 'gone') {
    return {
      ok: false,
      reason: lang === 'ru' ? 'Документ удалён, пока готовилось изменение.' : 'The document was removed while the change was being drafted.',
    };
  }
  if (!stored.ok) return { ok: false, reason: stored.reason[lang], docId, ...(stored.path ? { path: stored.path } : {}) };
  return { ok: true, docId, path: stored.path, summary: stored.summary[lang] };
}
