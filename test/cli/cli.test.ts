// Golden tests for the command line (as Vale pins its output in testdata/features/*.feature):
// each test/fixtures/texts/NAME.txt has NAME.expected.json, the reviewed findings that
// `accord check --format json` must print for it. Findings are compared on the fields that say
// what was found and where (kind, severity, ruleId, market, start, end, quoted, revision, plus the
// text they cover), not on the wording of the message, which may be edited freely.
//
// To update a golden file: run `npm run --silent accord -- check --format json FILE`, review every
// finding against ../shared/alignment/FORMAT.md, and pin what is right, not what is printed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const TEXTS = 'test/fixtures/texts';
const SECOND_DOC = 'test/fixtures/alignment/second-example.alignment.json';
const BROKEN_DOC = 'test/fixtures/alignment/broken.alignment.json';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `accord ARGS...` from the project root, as `npm run --silent accord -- ARGS...` runs it. */
function accord(...args: string[]): Run {
  const r = spawnSync(process.execPath, [TSX_CLI, 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface PinnedFinding {
  kind: string;
  severity: string;
  ruleId: string;
  market: string | null;
  start: number;
  end: number;
  quoted: boolean;
  revision: number;
  quote: string;
}

interface CliFinding extends Omit<PinnedFinding, 'quote'> {
  message: string;
  actual: string;
  expected: string;
}

const GOLDEN: { name: string; doc?: string; exit: number }[] = [
  { name: 'us-brief', exit: 1 }, // English brief: three red lines (errors) and a KPI; negated channels
  { name: 'ru-email', exit: 1 }, // Russian email with a quoted proposal: reported, marked as quoted
  // English/Russian notes under market headings: warnings and info only. TikTok clips that
  // support the Instagram push do not push Instagram to support.
  { name: 'mixed-note', exit: 0 },
  { name: 'clean', exit: 0 }, // traps only: negated red lines, lowercase "calm", the except phrase
  { name: 'drevo-ae', doc: SECOND_DOC, exit: 1 }, // the second document through --doc
];

describe('accord check --format json (golden)', () => {
  for (const g of GOLDEN) {
    it(`${g.name}.txt${g.doc ? ' with --doc' : ''}`, () => {
      const file = `${TEXTS}/${g.name}.txt`;
      const text = readFileSync(join(ROOT, file), 'utf8');
      const expected = JSON.parse(readFileSync(join(ROOT, TEXTS, `${g.name}.expected.json`), 'utf8')) as { file: string; findings: PinnedFinding[] };
      const r = accord('check', ...(g.doc ? ['--doc', g.doc] : []), '--format', 'json', file);
      expect(r.stderr).toBe('');
      // Nothing but one JSON object on stdout.
      const out = JSON.parse(r.stdout) as { results: { file: string; findings: CliFinding[] }[] };
      expect(out.results).toHaveLength(1);
      const result = out.results[0]!;
      expect(result.file).toBe(expected.file);
      const actual: PinnedFinding[] = result.findings.map((f) => ({
        kind: f.kind,
        severity: f.severity,
        ruleId: f.ruleId,
        market: f.market,
        start: f.start,
        end: f.end,
        quoted: f.quoted,
        revision: f.revision,
        quote: text.slice(f.start, f.end),
      }));
      expect(actual).toEqual(expected.findings);
      for (const f of result.findings) {
        expect(typeof f.message === 'string' && f.message.trim().length > 0, `message of ${f.ruleId}`).toBe(true);
        expect(typeof f.actual, `actual of ${f.ruleId}`).toBe('string');
        expect(typeof f.expected, `expected of ${f.ruleId}`).toBe('string');
      }
      expect(r.status, 'exit code').toBe(g.exit);
    });
  }

  it('checks several files in one run and keeps them apart', () => {
    const files = ['clean', 'us-brief'].map((n) => `${TEXTS}/${n}.txt`);
    const r = accord('check', '--format', 'json', ...files);
    const out = JSON.parse(r.stdout) as { results: { file: string; findings: CliFinding[] }[] };
    expect(out.results.map((x) => x.file)).toEqual(files);
    expect(out.results[0]!.findings).toEqual([]);
    expect(out.results[1]!.findings.map((f) => f.ruleId)).toEqual(['RL-guarantee', 'US-cac', 'RL-price-US', 'RL-competitors']);
    expect(r.status).toBe(1);
  });
});

describe('accord check (text format)', () => {
  it('prints FILE:LINE:COL, severity, kind, ruleId and market for each finding, then a summary', () => {
    const file = `${TEXTS}/us-brief.txt`;
    const r = accord('check', file);
    const lines = r.stdout.split('\n');
    // Line and column are 1-based, counted by hand from the fixture.
    expect(lines[0]).toMatch(new RegExp(`^${escape(file)}:4:52 +error +red-line +RL-guarantee +US +\\S`));
    expect(lines[1]).toMatch(new RegExp(`^${escape(file)}:5:64 +warning +kpi +US-cac +US +\\S`));
    expect(lines[2]).toMatch(new RegExp(`^${escape(file)}:8:29 +error +red-line +RL-price-US +US +\\S`));
    expect(lines[3]).toMatch(new RegExp(`^${escape(file)}:9:19 +error +red-line +RL-competitors +US +\\S`));
    expect(r.stdout).toMatch(/4 findings \(3 errors, 1 warning, 0 info\) in 1 file/);
    expect(r.status).toBe(1);
  });

  it('counts columns in UTF-16 code units after Cyrillic text and marks quoted findings', () => {
    const file = `${TEXTS}/ru-email.txt`;
    const r = accord('check', '--lang', 'ru', file);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith(file));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${escape(file)}:7:44 +warning +tone +RU-tone +RU .*\\[в цитате\\]$`));
    expect(lines[1]).toMatch(new RegExp(`^${escape(file)}:8:28 +error +red-line +RL-price-RU +RU .*\\[в цитате\\]$`));
    expect(lines[2]).toMatch(new RegExp(`^${escape(file)}:9:24 +warning +kpi +RU-nurture +RU .*\\[в цитате\\]$`));
    // Russian numerals agree with the count: 1 ошибка, 2 предупреждения, 3 расхождения, 1 файл(е).
    expect(r.stdout).toMatch(/^3 расхождения \(1 ошибка, 2 предупреждения, 0 замечаний\) в 1 файле;/m);
    expect(r.status).toBe(1);
  });

  it('exits 0 on a clean text and says so', () => {
    const r = accord('check', `${TEXTS}/clean.txt`);
    expect(r.stdout).toMatch(/^0 findings \(0 errors, 0 warnings, 0 info\) in 1 file/);
    expect(r.status).toBe(0);
  });

  it('exits 0 when the findings are only warnings and info', () => {
    const r = accord('check', `${TEXTS}/mixed-note.txt`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2 findings \(0 errors, 1 warning, 1 info\)/);
  });
});

describe('a malformed alignment document', () => {
  // Six faults: a bad enum, a string where a number belongs, an unknown metric, min > max,
  // an unknown market in a red line, a duplicate id.
  const PROBLEMS = [
    /^ {2}markets\[1\]\.objective\.strategy: .*"brand-first"/m,
    /^ {2}markets\[1\]\.kpis\[2\]\.max: .*"700 AED"/m,
    /^ {2}markets\[0\]\.kpis\[0\]\.metric: .*"cost-per-order"/m,
    /^ {2}markets\[1\]\.kpis\[0\]\.min: .*greater than max/m,
    /^ {2}redLines\[0\]\.markets\[0\]: .*"UAE"/m,
    /^ {2}redLines\[3\]\.id: .*duplicate id "RL-eco"/m,
  ];

  it('accord check --doc BROKEN exits 2 and lists every problem on stderr, printing no findings', () => {
    const r = accord('check', '--doc', BROKEN_DOC, '--format', 'json', `${TEXTS}/us-brief.txt`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${BROKEN_DOC}: not a valid alignment document (6 problems)`);
    for (const p of PROBLEMS) expect(r.stderr).toMatch(p);
  });

  it('accord validate BROKEN prints every problem with its path and exits 2', () => {
    const r = accord('validate', BROKEN_DOC);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${BROKEN_DOC}: not a valid alignment document (6 problems)`);
    for (const p of PROBLEMS) expect(r.stdout).toMatch(p);
  });

  it('accord validate GOOD exits 0', () => {
    const r = accord('validate', SECOND_DOC);
    expect(r.stdout).toMatch(/valid alignment\/v1 document "Drevo furniture/);
    expect(r.status).toBe(0);
  });
});

describe('accord kpi', () => {
  it('accord kpi US cac shows the agreed US CAC maximum', () => {
    const r = accord('kpi', 'US', 'cac');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/CAC/);
    expect(r.stdout).toMatch(/\$35\b/);
    // Only the US column is asked for.
    expect(r.stdout).not.toMatch(/1[\s\u00a0\u202f,]?800/);
  });
});

describe('accord --lang ru: what the command says itself is in Russian', () => {
  const USAGE_RU = /^использование:\n {2}accord check \[--doc ФАЙЛ\]/m;

  it('help, in Russian with --lang ru and in English by default', () => {
    const ru = accord('check', '--help', '--lang', 'ru');
    expect(ru.stderr).toMatch(USAGE_RU);
    expect(ru.stderr).toMatch(/проверить документ о согласовании/);
    expect(ru.status).toBe(2);
    const en = accord('check', '--help');
    expect(en.stderr).toMatch(/^usage:\n {2}accord check \[--doc FILE\]/m);
    expect(en.stderr).not.toMatch(/[а-яё]/i);
  });

  it('usage mistakes, even one made before --lang', () => {
    const unknown = accord('check', '--bogus', '--lang', 'ru', `${TEXTS}/clean.txt`);
    expect(unknown.stderr).toMatch(/^accord: неизвестный параметр --bogus\n/);
    expect(unknown.stderr).toMatch(USAGE_RU);
    expect(unknown.status).toBe(2);
    expect(accord('check', '--lang=ru', '--format', 'xml', `${TEXTS}/clean.txt`).stderr).toMatch(/^accord: --format: допустимо text или json, а не xml\n/);
    expect(accord('check', '--lang', 'ru').stderr).toMatch(/^accord: для check нужен хотя бы один ФАЙЛ/);
    expect(accord('frob', '--lang', 'ru').stderr).toMatch(/^accord: неизвестная команда frob\n/);
    expect(accord('kpi', '--lang', 'ru', '--doc').stderr).toMatch(/^accord: для --doc нужно значение\n/);
    // An unknown language is explained in English.
    expect(accord('check', '--lang', 'xx', `${TEXTS}/clean.txt`).stderr).toMatch(/^accord: --lang must be en or ru, not xx\n/);
  });

  it('a file that cannot be read', () => {
    const r = accord('check', '--lang', 'ru', 'no-such-file.txt');
    expect(r.stderr).toBe('accord: не удалось прочитать no-such-file.txt: файл не найден (ENOENT)\n');
    expect(r.stdout).toMatch(/^0 расхождений \(0 ошибок, 0 предупреждений, 0 замечаний\) в 0 файлах;/);
    expect(r.status).toBe(2);
    expect(accord('check', 'no-such-file.txt').stderr).toBe('accord: cannot read no-such-file.txt: ENOENT\n');
  });

  it('the summary line, with the document named in Russian quotes', () => {
    const r = accord('check', '--lang', 'ru', `${TEXTS}/clean.txt`);
    expect(r.stdout).toMatch(/^0 расхождений \(0 ошибок, 0 предупреждений, 0 замечаний\) в 1 файле; документ «Sova[^»]+», ред\. 3$/m);
    expect(r.status).toBe(0);
  });

  it("validate's verdict and its problem header; the problems keep their paths", () => {
    const good = accord('validate', '--lang', 'ru', SECOND_DOC);
    expect(good.stdout).toBe(`${SECOND_DOC}: корректный документ alignment/v1 «Drevo furniture — UAE entry 2027, Russia × United Arab Emirates», редакция 2, рынки RU, AE\n`);
    expect(good.status).toBe(0);
    const bad = accord('validate', '--lang', 'ru', BROKEN_DOC);
    expect(bad.stdout).toContain(`${BROKEN_DOC}: это не корректный документ о согласовании (6 ошибок):`);
    expect(bad.stdout).toMatch(/^ {2}redLines\[3\]\.id: /m);
    expect(bad.status).toBe(2);
  });

  it('the KPI table headings', () => {
    const r = accord('kpi', '--lang', 'ru', 'US');
    expect(r.stdout).toMatch(/^метрика +\| цель \| диапазон \| окно +\| база/m);
    expect(r.status).toBe(0);
  });

  it('leaves JSON output as data: the same keys, only the messages in Russian', () => {
    const file = `${TEXTS}/us-brief.txt`;
    const en = JSON.parse(accord('check', '--format', 'json', file).stdout) as { results: { findings: CliFinding[] }[] };
    const ru = JSON.parse(accord('check', '--format', 'json', '--lang', 'ru', file).stdout) as { results: { findings: CliFinding[] }[] };
    const keys = (o: { results: { findings: CliFinding[] }[] }) => o.results[0]!.findings.map((f) => Object.keys(f).sort());
    expect(keys(ru)).toEqual(keys(en));
    const strip = ({ message: _m, actual: _a, expected: _e, ...rest }: CliFinding) => rest;
    expect(ru.results[0]!.findings.map(strip)).toEqual(en.results[0]!.findings.map(strip));
    expect(ru.results[0]!.findings.every((f) => /[а-яё]/i.test(f.message))).toBe(true);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
