/**
 * `npm run bench`: speed of the checker on deterministic inputs built from the test corpus.
 *
 *   full_ms         median full check of a ~5,000-word mixed EN/RU brief, cache cleared before each run
 *   tokenize_ms     median `countWords` over the same brief (the cheapest possible walk over its words)
 *   ratio           full_ms / tokenize_ms
 *   incremental_ms  median re-check after a one-paragraph edit (two edits of one middle paragraph, alternated)
 *   scale           time(check 1 MB) / time(check its first 100 KB), fresh cache each
 *   cold_ms         import + first check of a ~300-word email in a fresh node process, from process start
 *                   (engine bundled once with esbuild; median of 5 processes)
 *
 * The last line printed is exactly
 *   full_ms=<x> tokenize_ms=<x> ratio=<x> incremental_ms=<x> scale=<x> cold_ms=<x>
 * Targets are printed, not asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { createChecker } from '../../lib/engine/check';
import { countWords } from '../../lib/engine/tokenize';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const corpus = JSON.parse(readFileSync(new URL('../fixtures/texts/corpus.json', import.meta.url), 'utf8')) as string[];

// ---------------------------------------------------------------------------------------------
// Inputs

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Every blank-line separated block of the corpus, in a fixed, language-mixing order. */
const PARAGRAPHS = (() => {
  const ps = corpus.flatMap((t) => t.split(/\r?\n[ \t]*\r?\n/)).filter((p) => p.trim().length > 0);
  const step = [...Array(ps.length).keys()].find((s) => s > 7 && gcd(s, ps.length) === 1)!;
  return ps.map((_, i) => ps[(i * step) % ps.length]!);
})();

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

// Neutral closing sentences that make every reuse of a corpus paragraph a distinct paragraph, so that
// the checker's within-text dedup of identical paragraphs does not make the long inputs cheap.
const EN_TAIL_A = ['Thanks for the notes.', 'More details to follow.', 'Happy to discuss.', 'The team reviewed the draft.', 'Comments are welcome.', 'We will share the deck.', 'See the outline below.', 'The timeline stays the same.', 'Ping me with questions.', 'Looking forward to it.'];
const EN_TAIL_B = ['Best regards.', 'Cheers.', 'Talk soon.', 'Noted.', 'Agreed.', 'Sounds good.', 'All clear.', 'Got it.', 'Will do.', 'Perfect.'];
const RU_TAIL_A = ['Спасибо за комментарии.', 'Подробности позже.', 'Готовы обсудить.', 'Команда посмотрела черновик.', 'Комментарии приветствуются.', 'Пришлём презентацию.', 'План ниже.', 'Сроки прежние.', 'Пишите с вопросами.', 'Ждём ответа.'];
const RU_TAIL_B = ['С уважением.', 'Хорошего дня.', 'До связи.', 'Принято.', 'Согласны.', 'Звучит хорошо.', 'Всё ясно.', 'Понятно.', 'Сделаем.', 'Отлично.'];

function tail(paragraph: string, reuse: number): string {
  if (reuse === 0) return '';
  const ru = CYRILLIC.test(paragraph);
  const a = (ru ? RU_TAIL_A : EN_TAIL_A)[reuse % 10]!;
  const b = (ru ? RU_TAIL_B : EN_TAIL_B)[Math.floor(reuse / 10) % 10]!;
  const c = reuse >= 100 ? ` ${(ru ? RU_TAIL_A : EN_TAIL_A)[Math.floor(reuse / 100) % 10]!}` : '';
  return ` ${a} ${b}${c}`;
}

/**
 * Corpus paragraphs, each reuse made distinct, with a `## US` / `## Россия` heading before every
 * sixth paragraph; stops at the first paragraph boundary where `stop(words, chars)` holds.
 */
function buildDocument(stop: (words: number, chars: number) => boolean): string {
  const parts: string[] = [];
  let words = 0;
  let chars = -2;
  const add = (t: string) => {
    parts.push(t);
    words += countWords(t);
    chars += t.length + 2;
  };
  for (let i = 0; !stop(words, chars); i++) {
    if (i % 6 === 0) add((i / 6) % 2 === 0 ? '## US' : '## Россия');
    const p = PARAGRAPHS[i % PARAGRAPHS.length]!;
    add(p + tail(p, Math.floor(i / PARAGRAPHS.length)));
  }
  return parts.join('\n\n');
}

const briefOfWords = (n: number) => buildDocument((words) => words >= n);
const textOfChars = (n: number) => cutAtParagraph(buildDocument((_, chars) => chars >= n), n);

/** The longest prefix of `text` no longer than `n` characters that ends at a paragraph boundary. */
function cutAtParagraph(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.lastIndexOf('\n\n', n);
  return text.slice(0, cut > 0 ? cut : n);
}

/** A ~300-word email: corpus emails (texts opening with a greeting) glued until 300 words. */
function emailOfWords(n: number): string {
  const emails = corpus.filter((t) => /^(Hi|Hello|Hey|Dear|Привет|Здравствуй|Добрый|Коллеги|Дарья|Daria)/i.test(t));
  const pool = emails.length > 0 ? emails : corpus;
  const parts: string[] = [];
  for (let i = 0; countWords(parts.join('\n\n')) < n; i++) parts.push(pool[i % pool.length]! + tail(pool[i % pool.length]!, Math.floor(i / pool.length)));
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Timing helpers

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Times `fn` `reps` times after `warm` untimed runs; `before` runs outside the timed region. */
function timeIt(fn: () => unknown, reps: number, warm: number, before?: () => void): number[] {
  for (let i = 0; i < warm; i++) {
    before?.();
    fn();
  }
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    before?.();
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const fmt = (x: number) => x.toFixed(2);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

// ---------------------------------------------------------------------------------------------
// Cold start: the engine bundled once, then a fresh node process per measurement.

async function coldStart(email: string, runs: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  try {
    const entry = `
      import { readFileSync } from 'node:fs';
      import { createChecker } from './lib/engine/check';
      import { BUILTIN_DOCUMENT } from './lib/alignment/builtin';
      const text = readFileSync(process.argv[2], 'utf8');
      const result = createChecker(BUILTIN_DOCUMENT).check(text, { uiLang: 'en' });
      // performance.now() counts from performance.timeOrigin, the start of this process.
      const ms = performance.now();
      process.stdout.write(JSON.stringify({ ms, findings: result.findings.length }));
    `;
    const outfile = join(dir, 'cold.mjs');
    await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'cold-entry.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'silent',
      // CommonJS dependencies inside an ESM bundle may call require().
      banner: { js: "import { createRequire as __accordRequire } from 'node:module'; const require = __accordRequire(import.meta.url);" },
    });
    const emailFile = join(dir, 'email.txt');
    writeFileSync(emailFile, email);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const out = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [outfile, emailFile], { stdio: ['ignore', 'pipe', 'inherit'], timeout: 60_000 });
        let s = '';
        child.stdout.on('data', (b: Buffer) => (s += b.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(s) : reject(new Error(`cold run exited with ${code}`))));
      });
      times.push((JSON.parse(out) as { ms: number }).ms);
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const benchStart = performance.now();
  const brief = briefOfWords(5_000);
  const big = textOfChars(1 << 20);
  const small = cutAtParagraph(big, 100 * 1024);
  const email = emailOfWords(300);

  const checker = createChecker(BUILTIN_DOCUMENT);
  const uiLang = 'en' as const;

  // full: fresh cache before every run.
  const fullTimes = timeIt(() => checker.check(brief, { uiLang }), 40, 8, () => checker.clearCache());
  const full = median(fullTimes);
  const briefFindings = checker.check(brief, { uiLang }).findings.length;

  // tokenize: the plain word pass over the same text.
  const tokTimes = timeIt(() => countWords(brief), 200, 50);
  const tok = median(tokTimes);

  // incremental: one middle paragraph alternates between two edits; every other paragraph stays cached.
  const paras = brief.split('\n\n');
  let mid = paras.length >> 1;
  // A body paragraph ending a sentence: appending one more sentence changes neither its section nor any other paragraph's.
  while (paras[mid]!.startsWith('#') || !/[.!?]$/.test(paras[mid]!)) mid++;
  const editA = [...paras.slice(0, mid), `${paras[mid]} Thanks, noted.`, ...paras.slice(mid + 1)].join('\n\n');
  const editB = [...paras.slice(0, mid), `${paras[mid]} Noted, thanks.`, ...paras.slice(mid + 1)].join('\n\n');
  checker.clearCache();
  checker.check(brief, { uiLang });
  let flip = false;
  const incTimes = timeIt(
    () => {
      flip = !flip;
      return checker.check(flip ? editA : editB, { uiLang });
    },
    100,
    20,
  );
  const inc = median(incTimes);

  // scale: 1 MB against its first 100 KB, fresh cache each.
  const smallTimes = timeIt(() => checker.check(small, { uiLang }), 7, 2, () => checker.clearCache());
  const bigTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    checker.clearCache();
    const t0 = performance.now();
    checker.check(big, { uiLang });
    bigTimes.push(performance.now() - t0);
    // Keep the whole bench within a couple of minutes when the big check is slow.
    if (bigTimes.length >= 1 && performance.now() - benchStart > 60_000) break;
    if (bigTimes.length >= 3 && performance.now() - benchStart > 40_000) break;
  }
  const tSmall = median(smallTimes);
  const tBig = median(bigTimes);
  const scale = tBig / tSmall;
  checker.clearCache();

  // cold: fresh processes.
  const coldTimes = await coldStart(email, 5);
  const cold = median(coldTimes);

  const ratio = full / tok;
  const rows: [string, string, string, boolean | null][] = [
    ['full_ms', fmt(full), '≤ 25', full <= 25],
    ['tokenize_ms', fmt(tok), '', null],
    ['ratio', fmt(ratio), '≤ 20', ratio <= 20],
    ['incremental_ms', fmt(inc), '≤ 3', inc <= 3],
    ['scale', fmt(scale), '≤ 12', scale <= 12],
    ['cold_ms', fmt(cold), '≤ 300', cold <= 300],
  ];

  const lines: string[] = [];
  lines.push('inputs');
  lines.push(`  brief   ${countWords(brief)} words, ${brief.length} chars, ${utf8(brief)} bytes UTF-8, ${paras.length} paragraphs, ${briefFindings} findings`);
  lines.push(`  1 MB    ${countWords(big)} words, ${big.length} chars, ${utf8(big)} bytes UTF-8 (${kb(utf8(big))})`);
  lines.push(`  100 KB  ${countWords(small)} words, ${small.length} chars, ${utf8(small)} bytes UTF-8 (${kb(utf8(small))})`);
  lines.push(`  email   ${countWords(email)} words, ${email.length} chars, ${utf8(email)} bytes UTF-8`);
  lines.push('');
  lines.push(`${'metric'.padEnd(16)}${'median'.padStart(10)}  ${'target'.padEnd(8)} met   runs (min … max)`);
  const spread = (xs: number[]) => `${xs.length} (${fmt(Math.min(...xs))} … ${fmt(Math.max(...xs))})`;
  const detail: Record<string, string> = {
    full_ms: spread(fullTimes),
    tokenize_ms: spread(tokTimes),
    ratio: '',
    incremental_ms: spread(incTimes),
    scale: `1 MB ${fmt(tBig)} ms [${spread(bigTimes)}] / 100 KB ${fmt(tSmall)} ms [${spread(smallTimes)}]`,
    cold_ms: spread(coldTimes),
  };
  for (const [name, value, target, ok] of rows) {
    lines.push(`${name.padEnd(16)}${value.padStart(10)}  ${target.padEnd(8)} ${ok === null ? '    ' : ok ? 'yes ' : 'NO  '}  ${detail[name]}`);
  }
  lines.push(`(bench took ${((performance.now() - benchStart) / 1000).toFixed(1)} s)`);
  lines.push(rows.map(([name, value]) => `${name}=${value}`).join(' '));
  console.log(lines.join('\n'));
}

await main();
