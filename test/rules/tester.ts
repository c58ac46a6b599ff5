/**
 * A small RuleTester in the spirit of ESLint's (https://eslint.org/docs/latest/integrate/nodejs-api#ruletester):
 * each rule's tests list texts that must be flagged (`invalid`) and texts that must not (`valid`),
 * and a test without both is refused, so a rule cannot be "tested" only on what it catches or only
 * on what it leaves alone.
 *
 * An invalid case names the entry of the alignment document the text conflicts with (`ruleId`) and
 * a `quote` from the text: a finding of the tested kind and that ruleId must overlap the quote.
 * A valid case must produce no finding of the tested kind at all (other kinds are other rules'
 * business and have their own tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAlignment, problemToString } from '../../lib/alignment/load';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import { createChecker, type Checker } from '../../lib/engine/check';
import type { Finding, FindingKind, Severity, UiLang } from '../../lib/engine/types';

export interface InvalidCase {
  text: string;
  /** The alignment-document entry the finding must name: red line id, KPI id, or the market's channels/tone/objective/messaging/audience id. */
  ruleId: string;
  /** Text the finding must overlap. Must occur in `text`. */
  quote: string;
  /** Offset of the quote when it occurs more than once (as `at` in the eval set); otherwise its first occurrence. */
  at?: number;
  /** The market the finding must name (`null` for none); unchecked when absent. */
  market?: string | null;
  /** Whether the finding must be marked as quoted (a `>` block); unchecked when absent. */
  quoted?: boolean;
  uiLang?: UiLang;
  /** Why the text is flagged; shown in the test name's place of the text when given. */
  name?: string;
}

export interface ValidCase {
  text: string;
  uiLang?: UiLang;
  name?: string;
}

export interface RuleTests {
  doc: AlignmentDoc;
  valid: ReadonlyArray<ValidCase | string>;
  invalid: ReadonlyArray<InvalidCase>;
}

/** The severity each kind of finding carries (FORMAT.md, and the engine's contract). */
export const SEVERITY: Record<FindingKind, Severity> = {
  'red-line': 'error',
  kpi: 'warning',
  channel: 'warning',
  tone: 'warning',
  objective: 'warning',
  messaging: 'warning',
  assumption: 'info',
};

/** Loads `test/fixtures/alignment/<name>`; throws with every problem when it does not load. */
export function loadFixtureDoc(name: string): AlignmentDoc {
  const r = parseAlignment(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'alignment', name), 'utf8'));
  if (!r.ok) throw new Error(`fixture ${name} is not a valid alignment document:\n${r.problems.map(problemToString).join('\n')}`);
  return r.doc;
}

/** The second shared example (Drevo, Russia × UAE): proves nothing is specific to the built-in document. */
export const SECOND_DOCUMENT: AlignmentDoc = loadFixtureDoc('second-example.alignment.json');

const checkers = new WeakMap<AlignmentDoc, Checker>();

function checkerFor(doc: AlignmentDoc): Checker {
  let c = checkers.get(doc);
  if (!c) {
    c = createChecker(doc);
    checkers.set(doc, c);
  }
  return c;
}

/** A one-line form of a text for test names. */
function short(text: string, max = 90): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Findings as readable lines, with the text each one covers, for failure messages. */
export function describeFindings(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return '(none)';
  return findings
    .map((f) => `${f.kind} ${f.ruleId} ${f.market ?? '-'} ${f.severity}${f.quoted ? ' quoted' : ''} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}`)
    .join('\n');
}

function spanOf(c: InvalidCase): { start: number; end: number } {
  const start = c.at ?? c.text.indexOf(c.quote);
  if (start < 0 || c.text.slice(start, start + c.quote.length) !== c.quote) {
    throw new Error(`test case error: quote ${JSON.stringify(c.quote)}${c.at !== undefined ? ` at ${c.at}` : ''} is not in ${JSON.stringify(c.text)}`);
  }
  return { start, end: start + c.quote.length };
}

/**
 * Registers one `describe` block with a test per case. Throws at once (before any test runs)
 * when `valid` or `invalid` is empty, or when an invalid case's quote is not in its text.
 */
export function ruleTester(kind: FindingKind, tests: RuleTests, title = `${kind} (${tests.doc.id})`): void {
  if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
    throw new Error(`ruleTester(${kind}): expected { doc, valid: [...], invalid: [...] }`);
  }
  if (tests.valid.length === 0) throw new Error(`ruleTester(${kind}): at least one valid case is required`);
  if (tests.invalid.length === 0) throw new Error(`ruleTester(${kind}): at least one invalid case is required`);
  const valid = tests.valid.map((v) => (typeof v === 'string' ? { text: v } : v));
  // Bad cases are test bugs: report them when the file is collected, not as a confusing failure.
  for (const c of tests.invalid) spanOf(c);

  describe(title, () => {
    describe('invalid', () => {
      for (const c of tests.invalid) {
        it(`${c.ruleId} «${c.quote}»: ${c.name ?? short(c.text)}`, () => {
          const { start, end } = spanOf(c);
          const { findings } = checkerFor(tests.doc).check(c.text, { uiLang: c.uiLang ?? 'en' });
          const hit = findings.find((f) => f.kind === kind && f.ruleId === c.ruleId && f.start < end && start < f.end);
          expect(
            hit,
            `expected a ${kind} finding ${c.ruleId} overlapping ${JSON.stringify(c.quote)} [${start},${end}) in\n${JSON.stringify(c.text)}\nfindings:\n${describeFindings(c.text, findings)}`,
          ).toBeDefined();
          const f = hit!;
          expect(f.severity, `severity of ${kind} ${c.ruleId}`).toBe(SEVERITY[kind]);
          if (c.market !== undefined) expect(f.market, `market of ${kind} ${c.ruleId} at ${JSON.stringify(c.quote)}`).toBe(c.market);
          if (c.quoted !== undefined) expect(f.quoted, `quoted flag of ${kind} ${c.ruleId} at ${JSON.stringify(c.quote)}`).toBe(c.quoted);
          expect(f.message.trim().length, 'a finding carries a message').toBeGreaterThan(0);
        });
      }
    });
    describe('valid', () => {
      for (const c of valid) {
        it(c.name ?? short(c.text), () => {
          const { findings } = checkerFor(tests.doc).check(c.text, { uiLang: c.uiLang ?? 'en' });
          const own = findings.filter((f) => f.kind === kind);
          expect(own, `expected no ${kind} finding in\n${JSON.stringify(c.text)}\nfindings:\n${describeFindings(c.text, own)}`).toEqual([]);
        });
      }
    });
  });
}
