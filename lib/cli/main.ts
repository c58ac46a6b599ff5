import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BUILTIN_DOCUMENT } from '../alignment/builtin';
import { formatKpiTable } from '../alignment/kpi-table';
import { parseAlignment, problemToString } from '../alignment/load';
import type { AlignmentDoc } from '../alignment/schema';
import { createChecker } from '../engine/check';
import type { Finding, UiLang } from '../engine/types';

/**
 * `accord check [--doc FILE] [--format text|json] [--lang en|ru] FILE...` (and `-` for stdin),
 * `accord validate FILE`, `accord kpi [MARKET] [METRIC]`.
 * Exit codes: 0 no error-severity finding, 1 an error-severity finding, 2 a bad document or usage.
 */

const USAGE = `usage:
  accord check [--doc FILE] [--format text|json] [--lang en|ru] FILE...   check texts ('-' reads stdin)
  accord validate FILE                                                    validate an alignment document
  accord kpi [--doc FILE] [--lang en|ru] [MARKET] [METRIC]                the agreed KPIs, markets side by side`;

const OptionsSchema = z.object({
  command: z.enum(['check', 'validate', 'kpi']),
  doc: z.string().optional(),
  format: z.enum(['text', 'json']).default('text'),
  lang: z.enum(['en', 'ru']).default('en'),
  files: z.array(z.string()),
});
type Options = z.infer<typeof OptionsSchema>;

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const raw: Record<string, unknown> = { files: [] as string[] };
  const files = raw.files as string[];
  let i = 0;
  raw.command = argv[i++];
  while (i < argv.length) {
    const a = argv[i++]!;
    const value = () => {
      const v = argv[i++];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--doc') raw.doc = value();
    else if (a === '--format') raw.format = value();
    else if (a === '--lang') raw.lang = value();
    else if (a.startsWith('--doc=')) raw.doc = a.slice(6);
    else if (a.startsWith('--format=')) raw.format = a.slice(9);
    else if (a.startsWith('--lang=')) raw.lang = a.slice(7);
    else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  const r = OptionsSchema.safeParse(raw);
  if (!r.success) {
    const p = r.error.issues[0]!;
    throw new UsageError(p.path[0] === 'command' ? `unknown command ${String(raw.command ?? '')}`.trim() : `${String(p.path[0])}: ${p.message}`);
  }
  return r.data;
}

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

function loadDoc(file: string | undefined, out: NodeJS.WriteStream): AlignmentDoc | null {
  if (file === undefined) return BUILTIN_DOCUMENT;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    out.write(`accord: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return null;
  }
  const r = parseAlignment(text);
  if (r.ok) return r.doc;
  out.write(`${file}: not a valid alignment document (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}):\n`);
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

function runCheck(o: Options): number {
  if (o.files.length === 0) throw new UsageError('check needs at least one FILE (or - for stdin)');
  const doc = loadDoc(o.doc, process.stderr);
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
      process.stderr.write(`accord: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
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
        process.stdout.write(`${r.file}:${l}:${c}  ${f.severity.padEnd(7)}  ${f.kind.padEnd(10)}  ${f.ruleId}  ${market}${f.message}${f.quoted ? (uiLang === 'ru' ? ' [в цитате]' : ' [quoted]') : ''}\n`);
      }
      for (const u of r.unchecked) {
        const [l, c] = lineCol(r.text, u.start);
        process.stdout.write(`${r.file}:${l}:${c}  ${uiLang === 'ru' ? 'не проверено: текст не на английском и не на русском' : 'not checked: the text is in neither English nor Russian'}\n`);
      }
    }
    const total = counts.error + counts.warning + counts.info;
    const ru = (n: number, one: string, few: string, many: string) => `${n} ${pluralRu(n, one, few, many)}`;
    const summary =
      uiLang === 'ru'
        ? `${ru(total, 'расхождение', 'расхождения', 'расхождений')} (${ru(counts.error, 'ошибка', 'ошибки', 'ошибок')}, ${ru(counts.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ${ru(counts.info, 'замечание', 'замечания', 'замечаний')}) в ${results.length} ${pluralRu(results.length, 'файле', 'файлах', 'файлах')}; документ «${doc.title}», ред. ${doc.revision}`
        : `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${results.length} file${results.length === 1 ? '' : 's'}; document "${doc.title}", rev. ${doc.revision}`;
    process.stdout.write(`${total > 0 ? '\n' : ''}${summary}\n`);
  }
  if (readFailed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Russian plural: 1 ошибка, 2 ошибки, 5 ошибок, 21 ошибка, 11 ошибок. */
function pluralRu(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

function runValidate(o: Options): number {
  if (o.files.length !== 1) throw new UsageError('validate takes one FILE');
  const doc = loadDoc(o.files[0], process.stdout);
  if (!doc) return 2;
  process.stdout.write(`${o.files[0]}: valid alignment/v1 document "${doc.title}", revision ${doc.revision}, markets ${doc.markets.map((m) => m.id).join(', ')}\n`);
  return 0;
}

function runKpi(o: Options): number {
  const doc = loadDoc(o.doc, process.stderr);
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
  let o: Options;
  try {
    o = parseArgs(argv);
    if (o.command === 'check') return runCheck(o);
    if (o.command === 'validate') return runValidate(o);
    return runKpi(o);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message ? `accord: ${e.message}\n` : ''}${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
