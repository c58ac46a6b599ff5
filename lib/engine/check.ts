import type { AlignmentDoc } from '../alignment/schema';
import { RULES } from '../rules';
import type { Draft } from '../rules/types';
import { analyzeParagraph, preParagraph, type ParagraphView, type PreParagraph } from './analyze';
import { compileDocument, type DocModel } from './model';
import { splitLines, type Line } from './segment';
import type { CheckOptions, CheckResult, Finding, UiLang } from './types';

/**
 * The checking pipeline: lines → paragraphs → sentences (language, market, cues, claims) → rules →
 * findings. Each paragraph is analysed on its own, given the market its section heading set; its
 * result is cached under its text and that market, so a re-check after an edit re-analyses only the
 * paragraphs that changed (and those whose section market the edit changed).
 */

interface ParagraphResult {
  /** The context it was analysed in (section market, text market, asked metrics). */
  context: string;
  /** Findings with offsets relative to the paragraph's first character. */
  drafts: RelFinding[];
  unchecked: { start: number; end: number; lang: string }[];
  sectionMarket: string | null | undefined;
}

type RelFinding = Omit<Finding, 'message' | 'revision'> & { message: Record<UiLang, string> };

export interface Checker {
  readonly model: DocModel;
  check(text: string, opts?: CheckOptions): CheckResult;
  /** Paragraph analyses kept for the next check. */
  readonly cacheSize: number;
  clearCache(): void;
}

const MAX_CACHE = 5_000;

/**
 * A paragraph as the cache keeps it between checks: its lines and what later paragraphs need from it. Its
 * sentences, tokens and phrase matches (`pre`) are the bulk of a check's memory and are only needed to analyse it,
 * so they are dropped once it is analysed and cut again in the rare case that its context changes. Kept, they made
 * every young-generation collection copy the whole text's tokens, and a 1 MB text hold hundreds of MB.
 */
interface Cut {
  /** Quote, list and heading marks of its lines and where they start. */
  layout: string;
  lines: readonly Line[];
  /** The markets it names, and the metrics its closing question asks about (see askedMetrics): null until first cut. */
  names: ReadonlySet<string> | null;
  asks: string[] | null;
  pre: PreParagraph | null;
}

/**
 * Paragraph cuts by paragraph text, each with its layout; results by the paragraph's cut (one object per text and
 * layout), each with its context. Nearly always one of each: a short list, not a map per paragraph.
 */
type PreCache = Map<string, Cut[]>;
type ResultCache = Map<Cut, ParagraphResult[]>;
const failed = new Set<string>();

/** `model`: one already compiled from `doc`, so that several checkers (one per open email) share it. */
export function createChecker(doc: AlignmentDoc, model: DocModel = compileDocument(doc)): Checker {
  // Two levels each, so that a paragraph's long text is hashed once per check, not once per key it is part of:
  // cut paragraphs by their text, then by their layout (quote, list and heading marks); results by the cut paragraph,
  // then by their context (section market, text market, asked metrics).
  let cache: ResultCache = new Map();
  let cacheEntries = 0;
  let preCache: PreCache = new Map();

  /** Rules over one paragraph; offsets in the result are relative to the paragraph's start. */
  function analyze(paraText: string, pre: PreParagraph, inherited: string | null, textMarket: string | null, asked: string[], context: string): ParagraphResult {
    const para = analyzeParagraph(model, pre, inherited, textMarket, asked);
    const drafts: RelFinding[] = [];
    for (const rule of RULES) {
      try {
        rule.check({
          model,
          paragraph: para,
          report: (d: Draft) => drafts.push(toRel(d, paraText)),
        });
      } catch (e) {
        // One broken rule never takes the others down. Log once per rule, never the text.
        if (!failed.has(rule.kind)) {
          failed.add(rule.kind);
          console.warn(`[accord:rule:${rule.kind}] failed: ${(e as Error)?.message ?? e}`);
        }
      }
    }
    const unchecked = para.sentences.filter((s) => s.lang === 'other').map((s) => ({ start: s.start, end: s.end, lang: 'other' }));
    return { context, drafts, unchecked, sectionMarket: para.sectionMarket };
  }

  return {
    model,
    get cacheSize() {
      return cacheEntries;
    },
    clearCache() {
      cache = new Map();
      cacheEntries = 0;
      preCache = new Map();
    },
    check(text: string, opts: CheckOptions = {}): CheckResult {
      const uiLang = opts.uiLang ?? 'en';
      const lines = splitLines(text);
      // Paragraphs, each with lines whose offsets are relative to the paragraph: a paragraph's analysis
      // does not depend on where it stands, so it is reused when text before it changes.
      const paragraphs: { start: number; text: string; cut: Cut; quoted: boolean }[] = [];
      const nextPre: PreCache = new Map();
      let nextPreEntries = 0;
      let anyQuoted = false;
      for (let i = 0; i < lines.length; ) {
        let j = i + 1;
        while (j < lines.length && lines[j]!.paragraph === lines[i]!.paragraph) j++;
        const start = lines[i]!.start;
        const end = lines[j - 1]!.end;
        // The lines are this check's own: made relative in place.
        const local = lines.slice(i, j);
        for (const l of local) {
          l.start -= start;
          l.end -= start;
        }
        const paraText = text.slice(start, end);
        // Quote, list and heading marks are part of the key: they change the paragraph's meaning. So does
        // being the text's first paragraph (its first line may be a piece of copy; see rules/messaging).
        const first = local[0]!.paragraph === 1 ? '^' : '';
        const layout = `${first}${local.map((l) => `${l.quoted ? '>' : ''}${l.listItem ? '-' : ''}${l.heading ?? ''}${l.start}`).join(',')}`;
        let cuts = nextPre.get(paraText);
        if (cuts === undefined) nextPre.set(paraText, (cuts = []));
        let cut = withKey(cuts, 'layout', layout);
        if (cut === undefined) {
          cut = withKey(preCache.get(paraText), 'layout', layout) ?? { layout, lines: local, names: null, asks: null, pre: null };
          cuts.push(cut);
          nextPreEntries++;
        }
        const quoted = local.every((l) => l.quoted);
        anyQuoted ||= quoted;
        paragraphs.push({ start, text: paraText, cut, quoted });
        i = j;
      }
      preCache = nextPreEntries > MAX_CACHE ? new Map() : nextPre;
      // A reply that names no market speaks of the one market its quoted message names ("We stay on Telegram and VK" under a quoted RU plan).
      // Without a quoted paragraph there is none, nor once a paragraph of the reply's own names a market: paragraphs
      // are cut ahead of their analysis only up to there (usually the first few), so the rest are cut one at a time.
      let textMarket: string | null = null;
      if (anyQuoted) {
        const namedQuoted = new Set<string>();
        let ownNamed = false;
        for (const p of paragraphs) {
          const names = p.cut.names ?? cutOf(p.cut).names;
          if (p.quoted) for (const m of names) namedQuoted.add(m);
          else if (names.size > 0) {
            ownNamed = true;
            break;
          }
        }
        if (!ownNamed && namedQuoted.size === 1) textMarket = [...namedQuoted][0]!;
      }
      const next: ResultCache = new Map();
      let nextEntries = 0;
      const findings: Finding[] = [];
      const unchecked: CheckResult['unchecked'] = [];
      let section: string | null = null;
      let asked: string[] = [];
      for (const p of paragraphs) {
        const context: string = `${section ?? ''}\u0000${textMarket ?? ''}\u0000${asked.join(',')}`;
        let byContext = next.get(p.cut);
        if (byContext === undefined) next.set(p.cut, (byContext = []));
        let r = withKey(byContext, 'context', context);
        if (r === undefined) {
          r = withKey(cache.get(p.cut), 'context', context);
          if (r === undefined) {
            r = analyze(p.text, cutOf(p.cut), section, textMarket, asked, context);
            // Analysed: its sentences and tokens die young instead of being copied from one collection to the next.
            p.cut.pre = null;
          }
          byContext.push(r);
          nextEntries++;
        }
        asked = p.quoted ? asksOf(p.cut) : [];
        for (const d of r.drafts) {
          findings.push({
            kind: d.kind,
            severity: d.severity,
            ruleId: d.ruleId,
            market: d.market,
            start: d.start + p.start,
            end: d.end + p.start,
            message: d.message[uiLang],
            actual: d.actual,
            expected: d.expected,
            quoted: d.quoted,
            revision: model.revision,
          });
        }
        for (const u of r.unchecked) unchecked.push({ ...u, start: u.start + p.start, end: u.end + p.start });
        if (r.sectionMarket !== undefined) section = r.sectionMarket;
      }
      cache = nextEntries > MAX_CACHE ? new Map() : next;
      cacheEntries = cache === next ? nextEntries : 0;
      findings.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
      return { findings: dedupeFindings(findings), unchecked, revision: model.revision };
    },
  };

  /**
   * The paragraph cut into sentences, tokens and matches: cut when first needed, or again when its analysis was
   * dropped and its context has changed since (cutting is deterministic: the same sentences as before).
   */
  function cutOf(cut: Cut): PreParagraph {
    if (cut.pre !== null) return cut.pre;
    const pre = preParagraph(model, cut.lines);
    cut.names ??= pre.names;
    cut.asks ??= askedMetrics(pre);
    return (cut.pre = pre);
  }

  function asksOf(cut: Cut): string[] {
    if (cut.asks === null) cutOf(cut);
    return cut.asks!;
  }
}

/** The entry of a short list whose `key` is `value`. */
function withKey<K extends string, T extends Record<K, string>>(list: readonly T[] | undefined, key: K, value: string): T | undefined {
  if (list === undefined) return undefined;
  for (const x of list) if (x[key] === value) return x;
  return undefined;
}

/** The metrics a quoted paragraph's closing question names ("> 2. AOV for the first quarter?"). */
function askedMetrics(pre: PreParagraph): string[] {
  const lastLine = pre.sentences.at(-1);
  const last = lastLine?.at(-1);
  if (!last || !last.text.trimEnd().endsWith('?')) return [];
  const found = pre.matches.at(-1)?.at(-1);
  return [...new Set((found?.metrics ?? []).map((m) => m.phrase.payload))];
}

function toRel(d: Draft, text: string): RelFinding {
  let start = d.start;
  let end = d.end;
  // Offsets never split a surrogate pair.
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return {
    kind: d.kind,
    severity: d.severity,
    ruleId: d.ruleId,
    market: d.market,
    start,
    end,
    message: d.message,
    actual: d.actual,
    expected: d.expected,
    quoted: d.sentence.quoted,
  };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Drops a finding that overlaps an earlier one of the same kind and rule (findings are sorted by start). */
function dedupeFindings(fs: Finding[]): Finding[] {
  const out: Finding[] = [];
  const lastEnd = new Map<string, number>();
  for (const f of fs) {
    const k = `${f.kind}\u0000${f.ruleId}`;
    if ((lastEnd.get(k) ?? -1) > f.start) continue;
    lastEnd.set(k, f.end);
    out.push(f);
  }
  return out;
}

export type { ParagraphView };
