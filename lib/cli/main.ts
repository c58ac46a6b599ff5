import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BUILTIN_DOCUMENT } from '../alignment/builtin';
import { formatKpiTable } from '../alignment/kpi-table';
import { parseAlignment, problemToString } from '../alignment/load';
import type { AlignmentDoc } from '../alignment/schema';
import { createChecker } from '../engine/check';
import type { Finding, UiLang } from '../engine/types';
import { cliText, langOfArgs, type CliText } from './messages';

/**
 * `accord check [--doc FILE] [--format text|json] [--lang en|ru] FILE...` (and `-` for stdin),
 * `accord validate FILE`, `accord kpi [MARKET] [METRIC]`.
 * Exit codes: 0 no error-severity finding, 1 an error-severity finding, 2 a bad document or usage.
 * `--lang` picks the language of everything the command says (./messages.ts) and of findings' messages;
 * JSON output is data and stays as it is.
 */

const FORMATS = ['text', 'json'] as const;
const LANGS = ['en', 'ru'] as const;

const OptionsSchema = z.object({
  command: z.enum(['check', 'validate', 'kpi']),
  doc: z.string().optional(),
  format: z.enum(FORMATS).default('text'),
  lang: z.enum(LANGS).default('en'),
  files: z.array(z.string()),
});
type Options = z.infer<typeof OptionsSchema>;

class UsageError extends Error {}

function parseArgs(argv: string[], t: CliText): Options {
  const raw: Record<string, unknown> = { files: [] as string[] };
  const files = raw.files as string[];
  let i = 0;
  raw.command = argv[i++];
  while (i < argv.length) {
    const a = argv[i++]!;
    const value = () => {
      const v = argv[i++];
      if (v === undefined) throw new UsageError(t.needsValue(a));
      return v;
    };
    if (a === '--doc') raw.doc = value();
    else if (a === '--format') raw.format = value();
    else if (a === '--lang') raw.lang = value();
    else if (a.startsWith('--doc=')) raw.doc = a.slice(6);
    else if (a.startsWith('--format=')) raw.format = a.slice(9);
    else if (a.startsWith('--lang=')) raw.lang = a.slice(7);
    else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(t.unknownOption(a));
    else files.push(a);
  }
  const r = OptionsSchema.safeParse(raw);
  if (!r.success) {
    const p = r.error.issues[0]!;
    const key = String(p.path[0]);
    if (key === 'command') throw new UsageError(t.unknownCommand(String(raw.command ?? '')));
    if (key === 'format' || key === 'lang') throw new UsageError(t.badValue(`--${key}`, String(raw[key]), key === 'format' ? FORMATS : LANGS));
    throw new UsageError(`${key}: ${p.message}`);
  }
  return r.data;
}

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

/** Node's code for why a file could not be read (`ENOENT`), else the error's message. */
function readFailure(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

function loadDoc(file: string | undefined, out: NodeJS.WriteStream, t: CliText): AlignmentDoc | null {
  if (file === undefined) return BUILTIN_DOCUMENT;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    out.write(`accord: ${t.cannotRead(file, readFailure(e))}\n`);
    return null;
  }
  const r = parseAlignment(text);
  if (r.ok) return r.doc;
  out.write(`${t.invalidDocument(file, r.problems.length)}\n`);
  for (const p of r.problems) out.write(`  ${problemToString(p)}\n`);
  return null;
}

/** 1-based line and column of a UTF-16 offset. */
function lineCol(text: string, offset: number): [number, number] {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return [line, offset - last];
}

function runCheck(o: Options, t: CliText): number {
  if (o.files.length === 0) throw new UsageError(t.checkNeedsFiles);
  const doc = loadDoc(o.doc, process.stderr, t);
  if (!doc) return 2;
  const checker = createChecker(doc);
  const uiLang: UiLang = o.lang;
  const results: { file: string; findings: Finding[]; text: string; unchecked: { start: number; end: number }[] }[] = [];
  let readFailed = false;
  for (const file of o.files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      process.stderr.write(`accord: ${t.cannotRead(file, readFailure(e))}\n`);
      readFailed = true;
      continue;
    }
    const r = checker.check(text, { uiLang });
    results.push({ file, findings: r.findings, text, unchecked: r.unchecked.map(({ start, end }) => ({ start, end })) });
  }
  if (o.format === 'json') {
    process.stdout.write(`${JSON.stringify({ results: results.map(({ file, findings, unchecked }) => ({ file, findings, unchecked })) })}\n`);
  } else {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const r of results) {
      for (const f of r.findings) {
        const [l, c] = lineCol(r.text, f.start);
        counts[f.severity]++;
        const market = f.market ? `${f.market}  ` : '';
        process.stdout.write(`${r.file}:${l}:${c}  ${f.severity.padEnd(7)}  ${f.kind.padEnd(10)}  ${f.ruleId}  ${market}${f.message}${f.quoted ? ` ${t.quoted}` : ''}\n`);
      }
      for (const u of r.unchecked) {
        const [l, c] = lineCol(r.text, u.start);
        process.stdout.write(`${r.file}:${l}:${c}  ${t.unchecked}\n`);
      }
    }
    const total = counts.error + counts.warning + counts.info;
    const summary = t.summary({ ...counts, files: results.length, title: doc.title, revision: doc.revision });
    process.stdout.write(`${total > 0 ? '\n' : ''}${summary}\n`);
  }
  if (readFailed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function runValidate(o: Options, t: CliText): number {
  if (o.files.length !== 1) throw new UsageError(t.validateTakesOneFile);
  const doc = loadDoc(o.files[0], process.stdout, t);
  if (!doc) return 2;
  process.stdout.write(`${t.valid(o.files[0]!, doc.title, doc.revision, doc.markets.map((m) => m.id))}\n`);
  return 0;
}

function runKpi(o: Options, t: CliText): number {
  const doc = loadDoc(o.doc, process.stderr, t);
  if (!doc) return 2;
  const [a, b] = o.files;
  let market: string | undefined = a;
  let metric: string | undefined = b;
  // `accord kpi CAC` names a metric when no market of that name exists.
  const names = (m: AlignmentDoc['markets'][number]) => [m.id, ...Object.values(m.names).flat(), ...Object.values(m.name)].map((x) => x.toLowerCase());
  if (a !== undefined && b === undefined && !doc.markets.some((m) => names(m).includes(a.toLowerCase()))) {
    market = undefined;
    metric = a;
  }
  process.stdout.write(`${formatKpiTable(doc, { market, metric }, o.lang)}\n`);
  return 0;
}

export function main(argv: string[]): number {
  // Known before the arguments are checked, so that a mistake in them is explained in that language too.
  const t = cliText(langOfArgs(argv));
  let o: Options;
  try {
    o = parseArgs(argv, t);
    if (o.command === 'check') return runCheck(o, t);
    if (o.command === 'validate') return runValidate(o, t);
    return runKpi(o, t);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message ? `accord: ${e.message}\n` : ''}${t.usage}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
