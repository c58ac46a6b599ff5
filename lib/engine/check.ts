import type { AlignmentDoc } from '../alignment/schema';
import { RULES } from '../rules';
import type { Draft } from '../rules/types';
import { analyzeParagraph, namedMarkets, type ParagraphView } from './analyze';
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
const failed = new Set<string>();

export function createChecker(doc: AlignmentDoc): Checker {
  const model = compileDocument(doc);
  let cache = new Map<string, ParagraphResult>();
  let namesCache = new Map<string, Set<string>>();

  function analyze(text: string, lines: readonly Line[], inherited: string | null, textMarket: string | null): ParagraphResult {
    const base = lines[0]!.start;
    const para = analyzeParagraph(model, lines, inherited, textMarket);
    const drafts: RelFinding[] = [];
    for (const rule of RULES) {
      try {
        rule.check({
          model,
          paragraph: para,
          report: (d: Draft) => drafts.push(toRel(d, base, text)),
        });
      } catch (e) {
        // One broken rule never takes the others down. Log once per rule, never the text.
        if (!failed.has(rule.kind)) {
          failed.add(rule.kind);
          console.warn(`[accord:rule:${rule.kind}] failed: ${(e as Error)?.message ?? e}`);
        }
      }
    }
    const unchecked = para.sentences
      .filter((s) => s.lang === 'other')
      .map((s) => ({ start: s.start - base, end: s.end - base, lang: 'other' }));
    return { drafts, unchecked, sectionMarket: para.sectionMarket };
  }

  return {
    model,
    get cacheSize() {
      return cache.size;
    },
    clearCache() {
      cache = new Map();
      namesCache = new Map();
    },
    check(text: string, opts: CheckOptions = {}): CheckResult {
      const uiLang = opts.uiLang ?? 'en';
      const lines = splitLines(text);
      const groups: Line[][] = [];
      for (let i = 0; i < lines.length; ) {
        let j = i + 1;
        while (j < lines.length && lines[j]!.paragraph === lines[i]!.paragraph) j++;
        groups.push(lines.slice(i, j));
        i = j;
      }
      // The only market the whole text names stands in for a paragraph's missing context (a reply under a quoted brief).
      const nextNames = new Map<string, Set<string>>();
      const named = new Set<string>();
      for (const group of groups) {
        const k = text.slice(group[0]!.start, group.at(-1)!.end);
        const set = namesCache.get(k) ?? nextNames.get(k) ?? namedMarkets(model, group);
        nextNames.set(k, set);
        for (const m of set) named.add(m);
      }
      namesCache = nextNames;
      const textMarket = named.size === 1 ? [...named][0]! : null;
      const next = new Map<string, ParagraphResult>();
      const findings: Finding[] = [];
      const unchecked: CheckResult['unchecked'] = [];
      let section: string | null = null;
      for (const group of groups) {
        const start = group[0]!.start;
        const end = group.at(-1)!.end;
        const paraText = text.slice(start, end);
        // Quote markers and list markers are part of the key: they change the paragraph's meaning.
        const key: string = `${section ?? ''}\u0000${textMarket ?? ''}\u0000${group.map((l) => `${l.quoted ? '>' : ''}${l.listItem ? '-' : ''}${l.heading ?? ''}${l.start - start}`).join(',')}\u0000${paraText}`;
        let r: ParagraphResult | undefined = cache.get(key) ?? next.get(key);
        if (!r) r = analyze(text, group, section, textMarket);
        next.set(key, r);
        for (const d of r.drafts) {
          findings.push({ ...d, start: d.start + start, end: d.end + start, message: d.message[uiLang], revision: model.revision });
        }
        for (const u of r.unchecked) unchecked.push({ ...u, start: u.start + start, end: u.end + start });
        if (r.sectionMarket !== undefined) section = r.sectionMarket;
      }
      cache = next.size > MAX_CACHE ? new Map() : next;
      findings.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
      return { findings: dedupeFindings(findings), unchecked, revision: model.revision };
    },
  };
}

function toRel(d: Draft, base: number, text: string): RelFinding {
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
    start: start - base,
    end: end - base,
    message: d.message,
    actual: d.actual,
    expected: d.expected,
    quoted: d.sentence.quoted,
  };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function dedupeFindings(fs: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of fs) {
    if (out.some((o) => o.kind === f.kind && o.ruleId === f.ruleId && o.start < f.end && f.start < o.end)) continue;
    out.push(f);
  }
  return out;
}

export type { ParagraphView };
