import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { analyzeParagraph } from '../../lib/engine/analyze';
import { createChecker, type Checker } from '../../lib/engine/check';
import type { CheckResult, UiLang } from '../../lib/engine/types';
import corpusJson from '../fixtures/texts/corpus.json';

/**
 * The per-paragraph cache is invisible: checking text A and then an edit B of it gives exactly
 * what a fresh checker gives on B, whatever the edit (a conflict inserted, a paragraph deleted,
 * a section heading that changes the market of the paragraphs under it, ...).
 */

// Count paragraph analyses without changing them.
vi.mock('../../lib/engine/analyze', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../lib/engine/analyze')>();
  return { ...mod, analyzeParagraph: vi.fn(mod.analyzeParagraph) };
});
const analyses = vi.mocked(analyzeParagraph);

const corpus = corpusJson as string[];
/** Every blank-line separated block of the corpus texts. */
const PARAGRAPHS = corpus.flatMap((t) => t.split(/\r?\n[ \t]*\r?\n/)).filter((p) => p.trim().length > 0);
const HEADINGS = ['## US', '## Россия', '## Russia', '## США', '## Plan', 'Россия:', 'US plan:', '**US**'];
const CONFLICTS = [
  'Add a 50% off launch discount.',
  'US CAC target: $80.',
  'Гарантируем результат за 7 дней.',
  'В России запускаем рекламу в TikTok.',
  'Make the US tone formal and academic.',
  'Our app treats insomnia.',
  'ROAS target for Russia: 1.2.',
  'Скидка 50% для всех.',
  'Lead with the founder story.',
  'Conversion target 9%.',
];

type Block = { kind: 'para'; text: string } | { kind: 'heading'; text: string };
const render = (doc: readonly Block[]) => doc.map((b) => b.text).join('\n\n');

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAGRAPHS).map((text) => ({ kind: 'para' as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADINGS).map((text) => ({ kind: 'heading' as const, text })) },
);
const documentArb = fc.array(block, { minLength: 2, maxLength: 24 });

type Edit =
  | { op: 'insert-conflict'; at: number; sentence: string; where: 'end' | 'start' | 'newline' }
  | { op: 'delete'; at: number }
  | { op: 'flip-heading'; at: number; to: string }
  | { op: 'replace'; at: number; text: string }
  | { op: 'split'; at: number; pos: number }
  | { op: 'merge'; at: number }
  | { op: 'quote'; at: number }
  | { op: 'typo'; at: number; pos: number; insert: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('insert-conflict' as const),
    at: fc.nat(),
    sentence: fc.constantFrom(...CONFLICTS),
    where: fc.constantFrom('end' as const, 'start' as const, 'newline' as const),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip-heading' as const), at: fc.nat(), to: fc.constantFrom('## Россия', '## US', '## Plan', 'Россия:') }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom(...PARAGRAPHS) }),
  fc.record({ op: fc.constant('split' as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ op: fc.constant('merge' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('quote' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('typo' as const), at: fc.nat(), pos: fc.nat(), insert: fc.constantFrom('x', ' ', '.', '50%', '$', 'US', 'не ', '\n', '😀') }),
);

/** Applies one edit to one paragraph (or to the boundary after it, for a merge). */
function applyEdit(doc: readonly Block[], e: Edit): Block[] {
  const out = doc.map((b) => ({ ...b }));
  if (out.length === 0) return [{ kind: 'para', text: PARAGRAPHS[e.at % PARAGRAPHS.length]! }];
  const i = e.at % out.length;
  const b = out[i]!;
  switch (e.op) {
    case 'insert-conflict':
      b.text = e.where === 'end' ? `${b.text} ${e.sentence}` : e.where === 'start' ? `${e.sentence} ${b.text}` : `${b.text}\n${e.sentence}`;
      b.kind = 'para';
      break;
    case 'delete':
      out.splice(i, 1);
      break;
    case 'flip-heading': {
      // "## US" → "## Россия": the market of every paragraph under the heading changes.
      const hs = out.map((x, k) => (x.kind === 'heading' ? k : -1)).filter((k) => k >= 0);
      if (hs.length > 0) out[hs[e.at % hs.length]!]!.text = e.to;
      else out.splice(i, 0, { kind: 'heading', text: e.to });
      break;
    }
    case 'replace':
      out[i] = { kind: 'para', text: e.text };
      break;
    case 'split': {
      const breaks = [...b.text.matchAll(/\n/g)].map((m) => m.index);
      if (breaks.length > 0) {
        const p = breaks[e.pos % breaks.length]!;
        b.text = `${b.text.slice(0, p)}\n\n${b.text.slice(p + 1)}`;
      } else {
        const p = e.pos % (b.text.length + 1);
        b.text = `${b.text.slice(0, p)}\n\n${b.text.slice(p)}`;
      }
      break;
    }
    case 'merge':
      if (i + 1 < out.length) {
        b.text = `${b.text}\n${out[i + 1]!.text}`;
        out.splice(i + 1, 1);
      } else b.text = `${b.text}.`;
      break;
    case 'quote':
      b.text = b.text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
      break;
    case 'typo': {
      const p = e.pos % (b.text.length + 1);
      b.text = b.text.slice(0, p) + e.insert + b.text.slice(p);
      break;
    }
  }
  return out;
}

/**
 * What a checker with nothing cached gives. A reference checker with its caches cleared stands in for a new one
 * (compiling the document for every comparison made this file slow on a loaded CI machine); the
 * "after clearCache" test below still compares against a brand-new checker.
 */
const reference = createChecker(BUILTIN_DOCUMENT);
function fresh(text: string, uiLang: UiLang): CheckResult {
  reference.clearCache();
  return reference.check(text, { uiLang });
}

function brandNew(text: string, uiLang: UiLang): CheckResult {
  return createChecker(BUILTIN_DOCUMENT).check(text, { uiLang });
}

/** Check A then B on one checker; B's result must equal a fresh checker's, in full. */
function expectSameAsFresh(checker: Checker, before: string, after: string, uiLang: UiLang = 'en', uiLangBefore: UiLang = uiLang): void {
  checker.check(before, { uiLang: uiLangBefore });
  const incremental = checker.check(after, { uiLang });
  expect(incremental, `after the edit:\n${after}`).toStrictEqual(fresh(after, uiLang));
}

describe('re-check after a one-paragraph edit equals a fresh check', () => {
  const checker = createChecker(BUILTIN_DOCUMENT);

  it('for random single-paragraph edits of corpus-built documents', () => {
    fc.assert(
      fc.property(documentArb, editArb, (doc, edit) => {
        expectSameAsFresh(checker, render(doc), render(applyEdit(doc, edit)));
      }),
      { numRuns: 300 },
    );
  });

  it('when a conflict sentence is inserted', () => {
    fc.assert(
      fc.property(documentArb, editArb.filter((e) => e.op === 'insert-conflict'), (doc, edit) => {
        expectSameAsFresh(checker, render(doc), render(applyEdit(doc, edit)));
      }),
      { numRuns: 100 },
    );
  });

  it('when a paragraph is deleted', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(), (doc, at) => {
        expectSameAsFresh(checker, render(doc), render(applyEdit(doc, { op: 'delete', at })));
      }),
      { numRuns: 100 },
    );
  });

  it('when a section heading changes market ("## US" → "## Россия" and back)', () => {
    const withUsHeading = fc
      .tuple(documentArb, fc.nat(), fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 6 }))
      .map(([doc, at, under]) => {
        const i = at % (doc.length + 1);
        const inserted: Block[] = [{ kind: 'heading', text: '## US' }, ...under.map((text) => ({ kind: 'para' as const, text }))];
        return { doc: [...doc.slice(0, i), ...inserted, ...doc.slice(i)], heading: i };
      });
    fc.assert(
      fc.property(withUsHeading, fc.constantFrom<UiLang>('en', 'ru'), ({ doc, heading }, ui) => {
        const flipped = doc.map((b, k) => (k === heading ? { ...b, text: '## Россия' } : b));
        expectSameAsFresh(checker, render(doc), render(flipped), ui);
        expectSameAsFresh(checker, render(flipped), render(doc), ui);
      }),
      { numRuns: 100 },
    );
  });

  it('through a chain of edits on one checker, switching UI language on the way', () => {
    fc.assert(
      fc.property(documentArb, fc.array(fc.tuple(editArb, fc.constantFrom<UiLang>('en', 'ru')), { minLength: 2, maxLength: 8 }), (doc, edits) => {
        const c = createChecker(BUILTIN_DOCUMENT);
        let cur = doc;
        c.check(render(cur), { uiLang: 'en' });
        for (const [edit, ui] of edits) {
          cur = applyEdit(cur, edit);
          const text = render(cur);
          expect(c.check(text, { uiLang: ui }), `after ${JSON.stringify(edit)}:\n${text}`).toStrictEqual(fresh(text, ui));
        }
      }),
      { numRuns: 40, seed: Number(process.env.ACCORD_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it('when the same text is checked again (no edit), in another UI language', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const text = render(doc);
        expectSameAsFresh(checker, text, text, 'ru', 'en');
        expectSameAsFresh(checker, text, text, 'en', 'ru');
      }),
      { numRuns: 40, seed: Number(process.env.ACCORD_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it('after clearCache', () => {
    fc.assert(
      fc.property(documentArb, editArb, (doc, edit) => {
        checker.check(render(doc));
        checker.clearCache();
        const after = render(applyEdit(doc, edit));
        expect(checker.check(after)).toStrictEqual(brandNew(after, 'en'));
      }),
      { numRuns: 40, seed: Number(process.env.ACCORD_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});

describe('only the edited paragraphs are analysed again', () => {
  // Plain paragraphs: no headings, no quotes, each ending a sentence, so an appended sentence that names
  // no market changes neither the section nor the text market of any other paragraph.
  const plain = PARAGRAPHS.filter((p) => !/^\s*(#|>|\*\*)/m.test(p) && /[.!?]$/.test(p.trim()) && !/:\s*$/m.test(p));
  const docOf = (n: number, from: number) => Array.from({ length: n }, (_, k) => plain[(from + k * 7) % plain.length]!);

  beforeEach(() => {
    analyses.mockClear();
  });

  it('one analysis after a one-paragraph edit', () => {
    for (const from of [0, 5, 11, 17]) {
      const paras = docOf(20, from);
      const c = createChecker(BUILTIN_DOCUMENT);
      c.check(paras.join('\n\n'));
      const edited = paras.map((p, k) => (k === 10 ? `${p} Add a 50% off launch discount.` : p));
      analyses.mockClear();
      const r = c.check(edited.join('\n\n'));
      expect(analyses).toHaveBeenCalledTimes(1);
      expect(r).toStrictEqual(fresh(edited.join('\n\n'), 'en'));
      expect(c.cacheSize).toBeLessThanOrEqual(paras.length);
    }
  });

  it('no analysis when the same text is checked again, even in the other UI language', () => {
    const text = docOf(20, 3).join('\n\n');
    const c = createChecker(BUILTIN_DOCUMENT);
    c.check(text, { uiLang: 'en' });
    analyses.mockClear();
    c.check(text, { uiLang: 'ru' });
    expect(analyses).not.toHaveBeenCalled();
  });

  it('a flipped heading re-analyses itself and the paragraphs under it, not those before it or under the next heading', () => {
    const paras = docOf(12, 2);
    const doc = (h: string) => [...paras.slice(0, 3), h, ...paras.slice(3, 5), '## Россия', ...paras.slice(5)].join('\n\n');
    const c = createChecker(BUILTIN_DOCUMENT);
    c.check(doc('## US'));
    analyses.mockClear();
    const r = c.check(doc('## Россия'));
    // The flipped heading, the two paragraphs under it and (its inherited section having changed) the next
    // heading line; the three paragraphs before and the seven under "## Россия" come from the cache.
    expect(analyses.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(analyses.mock.calls.length).toBeLessThanOrEqual(4);
    expect(r).toStrictEqual(fresh(doc('## Россия'), 'en'));
  });
});
