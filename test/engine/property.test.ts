import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { createChecker } from '../../lib/engine/check';
import type { CheckResult, UiLang } from '../../lib/engine/types';
import corpusJson from '../fixtures/texts/corpus.json';

/**
 * Robustness properties of `checker.check`: it never throws on any string, and every finding it
 * returns points at a real, non-empty range of the text that does not split a surrogate pair.
 * The huge deterministic inputs run in child processes with a hard time limit, so that a
 * superlinear path fails the test instead of hanging the run.
 */

const corpus = corpusJson as string[];
const checker = createChecker(BUILTIN_DOCUMENT);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));

interface Span {
  start: number;
  end: number;
  message: string;
  kind?: string;
  ruleId?: string;
}

/** Every violation of the finding invariants, as readable strings (empty when all hold). */
function violations(text: string, findings: readonly Span[]): string[] {
  const bad: string[] = [];
  for (const f of findings) {
    const where = `${f.kind ?? '?'}/${f.ruleId ?? '?'} [${f.start}, ${f.end})`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) bad.push(`${where}: non-integer offsets`);
    else if (!(0 <= f.start && f.start < f.end && f.end <= text.length)) bad.push(`${where}: outside 0 <= start < end <= ${text.length}`);
    else {
      if (splitsPair(text, f.start)) bad.push(`${where}: start splits a surrogate pair`);
      if (splitsPair(text, f.end)) bad.push(`${where}: end splits a surrogate pair`);
    }
    if (typeof f.message !== 'string' || f.message.trim().length === 0) bad.push(`${where}: empty message`);
  }
  return bad;
}

function checkWellFormed(text: string, uiLang: UiLang = 'en'): CheckResult {
  let r: CheckResult;
  try {
    r = checker.check(text, { uiLang });
  } catch (e) {
    throw new Error(`check threw on ${JSON.stringify(text.slice(0, 300))}: ${(e as Error)?.stack ?? e}`);
  }
  const bad = violations(text, r.findings);
  for (const u of r.unchecked) {
    if (!(Number.isInteger(u.start) && Number.isInteger(u.end) && 0 <= u.start && u.start <= u.end && u.end <= text.length)) {
      bad.push(`unchecked range [${u.start}, ${u.end}) outside the text (length ${text.length})`);
    }
  }
  expect(bad, `invariants on ${JSON.stringify(text.slice(0, 300))}`).toEqual([]);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const FRAGMENTS = [
  '$', '%', '₽', '€', '£', '¥', '50% off', '-50%', 'скидка 50%', 'скидку 30 %', 'гарантия', 'гарантируем', 'guaranteed', 'guarantee',
  'Calm', 'Headspace', 'cure', 'treats insomnia', 'лечит бессонницу', 'free', 'бесплатно', 'CAC', 'ROAS', 'CPI', 'conversion',
  'TikTok', 'VK', 'Telegram', 'Instagram', 'email', 'US', 'USA', 'США', 'Russia', 'Россия', 'в России', 'for the US', 'RU:',
  '$30', '$ 30', '30$', '1,5', '1.5', '3 200', '2,400', '120\u00a0000', '5\u202f000', '1e9', '99999999999999999999', '0', '-', '—', '–',
  'x2', '2x', 'в 1,5 раза', 'within 30 days', 'за 30 дней', 'day 7', 'на седьмой день', '2019', '2031', '14-day', 'H3', '(факт)', '(actual)',
  'formal and academic', 'witty', 'дерзко', 'founder story', 'review', 'отзывы',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\u00ad', '\u0000', '\u0301', 'e\u0301',
  '😀', '👍🏽', '👨\u200d👩\u200d👧\u200d👦', '🏳\ufe0f\u200d🌈', '🇺🇸', '🇷🇺', '❤\ufe0f', '1\ufe0f\u20e3', '𝐔𝐒', '𝟓𝟎%',
  '\ud800', '\udfff', '\udbff', '\udc00', '\ud83d', '\ude00',
  'İ', 'ß', 'ﬁ', 'K', 'ǅ', 'ё', 'Ё', 'ı', 'ſ', 'Σ', 'ς',
  '> ', '>', '> > ', '>>', '## US', '## Россия', '## Russia', '# ', '###### x', '**US**', '**Россия**:', 'US plan:', 'Россия:',
  'Subject: ', 'Тема: ', 'Re: ', 'Fwd: ', '- ', '* ', '• ', '1) ', 'a. ', 'wrote:', 'написал:', '---------- Forwarded message ---------',
  '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', ' ', '  ', '\u00a0', '\u2028', '\u2029', '\u0085', '\v', '\f',
  '.', '. ', '!', '?', '…', '...', ';', ':', ',', '«', '»', '“', '”', '„', '"', "'", '’', '(', ')', '[', ']', '/', '\\', '*', '#',
];

const fragment = fc.constantFrom(...FRAGMENTS);
/** Any code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** A slice of a corpus text, cut anywhere (possibly inside a surrogate pair or a word). */
const corpusSlice = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.nat(), fc.nat({ max: 400 }))
  .map(([i, a, n]) => {
    const t = corpus[i]!;
    const s = a % (t.length + 1);
    return t.slice(s, s + n);
  });
const corpusText = fc.nat({ max: corpus.length - 1 }).map((i) => corpus[i]!);
const uiLang = fc.constantFrom<UiLang>('en', 'ru');

/** Fragments, slices of real texts and random characters glued together. */
const glued = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fragment },
      { weight: 2, arbitrary: corpusSlice },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: codeUnit },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A real text with fragments inserted at random places (splitting words, pairs and markers). */
const mutatedCorpus = fc
  .tuple(corpusText, fc.array(fc.tuple(fc.nat(), fc.oneof(fragment, codeUnit)), { minLength: 1, maxLength: 10 }))
  .map(([t, edits]) => {
    let s = t;
    for (const [pos, frag] of edits) {
      const p = pos % (s.length + 1);
      s = s.slice(0, p) + frag + s.slice(p);
    }
    return s;
  });

/** Several real texts glued with random separators, line prefixes and headings. */
const stitched = fc
  .array(fc.tuple(fc.constantFrom('\n\n', '\n', '\r\n\r\n', ' ', '\n> ', '\n\n## US\n', '\n\n## Россия\n', '\n\n> > ', '\n- '), corpusText), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.map(([sep, t]) => sep + t).join(''));

// ---------------------------------------------------------------------------------------------

describe('check never throws and returns well-formed findings', () => {
  it('on the corpus texts, in both UI languages', () => {
    for (const t of corpus) {
      checkWellFormed(t, 'en');
      checkWellFormed(t, 'ru');
    }
  });

  it('on arbitrary unicode strings (full code points)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), uiLang, (t, ui) => {
        checkWellFormed(t, ui);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary UTF-16 code-unit strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), uiLang, (t, ui) => {
        checkWellFormed(t, ui);
      }),
      { numRuns: 300 },
    );
  });

  it('on strings glued from adversarial fragments', () => {
    fc.assert(
      fc.property(glued, uiLang, (t, ui) => {
        checkWellFormed(t, ui);
      }),
      { numRuns: 1000 },
    );
  });

  it('on corpus texts with fragments inserted at random offsets', () => {
    fc.assert(
      fc.property(mutatedCorpus, uiLang, (t, ui) => {
        checkWellFormed(t, ui);
      }),
      { numRuns: 800 },
    );
  });

  it('on corpus texts stitched with quotes, headings, CRLF and list markers', () => {
    fc.assert(
      fc.property(stitched, uiLang, (t, ui) => {
        checkWellFormed(t, ui);
      }),
      { numRuns: 200 },
    );
  });

  it('on a fresh checker too (no cache carried between texts)', () => {
    fc.assert(
      fc.property(fc.oneof(glued, mutatedCorpus), (t) => {
        const r = createChecker(BUILTIN_DOCUMENT).check(t, { uiLang: 'en' });
        expect(violations(t, r.findings)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['a lone high surrogate after a conflict', 'Add 50% off for the US \ud800'],
    ['a lone low surrogate before a conflict', '\udfffAdd 50% off for the US'],
    ['an emoji right after the flagged figure', 'US CAC target: $80😀 now.'],
    ['a ZWJ family inside a red line', 'Скидка 50%👨\u200d👩\u200d👧\u200d👦 для России.'],
    ['RTL override and zero-width space in a claim', 'Guaran\u200bteed to \u202ecure insomnia.'],
    ['a flag pair used as a market', '🇺🇸 CAC target $80. 🇷🇺 CAC 3 000 ₽.'],
    ['dotted capital I changes length when lower-cased', 'İİİİ Add 50% off for the US. İİİİ guaranteed.'],
    ['CR-only line breaks', '## US\rAdd 50% off.\r\rTikTok as the lead channel.'],
    ['only quote markers', '> > > >\n>\n> > '],
    ['empty text', ''],
    ['a single surrogate', '\ud83d'],
  ])('on %s', (_name, text) => {
    checkWellFormed(text, 'en');
    checkWellFormed(text, 'ru');
  });
});

// ---------------------------------------------------------------------------------------------
// Huge inputs, each checked in its own node process with a hard time limit.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD_LIMIT_MS = 12_000;

/** Each case is a JavaScript expression building the text, evaluated both in the child and here. */
const HUGE: Record<string, string> = {
  '10,000 dollar signs': `'$'.repeat(10000)`,
  '1 MB without a newline (one sentence repeated)': `'We promise a 50% off discount for the US launch on TikTok, guaranteed to cure insomnia. '.repeat(11916).slice(0, 1 << 20)`,
  '1 MB of digits and spaces': `(() => { let s = ''; for (let i = 0; s.length < (1 << 20); i++) s += ((i * 7919) % 100000) + ' '; return s.slice(0, 1 << 20); })()`,
  'a 200 KB single word': `'Accord'.repeat(200 * 1024 / 6)`,
  '5,000 lines of "> > > >"': `Array(5000).fill('> > > >').join('\\n')`,
};

interface ChildResult {
  ok: boolean;
  ms?: number;
  error?: string;
  findings?: [number, number, string, string, string][];
  timedOut?: boolean;
}

function runChild(expr: string): Promise<ChildResult> {
  const script = `
    import { createChecker } from ${JSON.stringify(`${ROOT}lib/engine/check`)};
    import { BUILTIN_DOCUMENT } from ${JSON.stringify(`${ROOT}lib/alignment/builtin`)};
    const text = ${expr};
    const checker = createChecker(BUILTIN_DOCUMENT);
    let out;
    const t0 = performance.now();
    try {
      const r = checker.check(text, { uiLang: 'en' });
      out = { ok: true, ms: performance.now() - t0, findings: r.findings.map((f) => [f.start, f.end, f.message, f.kind, f.ruleId]) };
    } catch (e) {
      out = { ok: false, error: String(e && e.stack ? e.stack : e) };
    }
    process.stdout.write(JSON.stringify(out));
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CHILD_LIMIT_MS,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (signal === 'SIGKILL') return resolve({ ok: false, timedOut: true, error: `killed after ${CHILD_LIMIT_MS} ms` });
      try {
        resolve(JSON.parse(stdout) as ChildResult);
      } catch {
        resolve({ ok: false, error: `exit ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 2000)}` });
      }
    });
  });
}

/**
 * Runs the children as soon as the file loads, two at a time: the digits case (the slowest) alone in
 * one lane, the others one after another in the second.
 */
const hugeResults: Record<string, Promise<ChildResult>> = (() => {
  const slow = '1 MB of digits and spaces';
  const res: Record<string, Promise<ChildResult>> = { [slow]: runChild(HUGE[slow]!) };
  let lane: Promise<unknown> = Promise.resolve();
  for (const name of Object.keys(HUGE)) {
    if (name === slow) continue;
    const p = lane.then(() => runChild(HUGE[name]!));
    lane = p;
    res[name] = p;
  }
  return res;
})();

describe('huge adversarial inputs (each in a child process, limit 12 s)', () => {
  it.each(Object.keys(HUGE))('%s', async (name) => {
    const r = await hugeResults[name]!;
    expect(r.timedOut ? `${name}: no result within ${CHILD_LIMIT_MS} ms (superlinear?)` : r.error ?? 'ok').toBe('ok');
    const text = new Function(`return ${HUGE[name]!}`)() as string;
    const bad = violations(
      text,
      r.findings!.map(([start, end, message, kind, ruleId]) => ({ start, end, message, kind, ruleId })),
    );
    expect(bad.slice(0, 20)).toEqual([]);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Paragraph-local analysis: k copies of a text give exactly k times its findings.

/** Corpus texts with findings (EN, RU, mixed; briefs, emails, notes) that start without a section heading carried over. */
const LINEAR_TEXTS = [0, 1, 3, 8, 10, 17, 26, 31].map((i) => corpus[i]!);

describe('findings scale exactly with repetition', () => {
  it.each(LINEAR_TEXTS.map((t, i) => [i, t] as const))('corpus text #%i repeated k = 1..20 times', (_i, text) => {
    const sep = '\n\n';
    const one = createChecker(BUILTIN_DOCUMENT).check(text, { uiLang: 'en' }).findings;
    expect(one.length).toBeGreaterThan(0);
    const fresh = createChecker(BUILTIN_DOCUMENT);
    for (let k = 1; k <= 20; k++) {
      fresh.clearCache();
      const big = Array(k).fill(text).join(sep);
      const r = fresh.check(big, { uiLang: 'en' }).findings;
      expect(r.length, `k = ${k}`).toBe(k * one.length);
    }
  });

  it('each copy gets the same findings as the single text, shifted by its offset', () => {
    for (const text of LINEAR_TEXTS) {
      const one = createChecker(BUILTIN_DOCUMENT).check(text, { uiLang: 'en' }).findings;
      const k = 7;
      const stride = text.length + 2;
      const big = createChecker(BUILTIN_DOCUMENT).check(Array(k).fill(text).join('\n\n'), { uiLang: 'en' }).findings;
      const expected = Array.from({ length: k }, (_, c) => one.map((f) => ({ ...f, start: f.start + c * stride, end: f.end + c * stride }))).flat();
      expect(big).toEqual(expected);
    }
  });
});
