// Loading the alignment document: both shared examples load unchanged, unknown fields survive,
// a broken document reports every problem at once with its path, and no input ever throws.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import {
  findJsonSyntaxError,
  parseAlignment,
  problemToString,
  validateAlignment,
  type DocProblem,
  type LoadResult,
} from '../../lib/alignment/load';

const BUNDLED_PATH = join(import.meta.dirname, '..', '..', 'lib', 'alignment', 'example.alignment.json');
const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'alignment');
const SHARED_EXAMPLE = join(SHARED_DIR, 'example.alignment.json');
const SECOND_EXAMPLE = join(import.meta.dirname, '..', 'fixtures', 'alignment', 'second-example.alignment.json');

const exampleText = readFileSync(BUNDLED_PATH, 'utf8');
// The shared folder is beside the repo in a checkout and in CI; the byte-for-byte comparison needs it.
const hasShared = existsSync(SHARED_EXAMPLE);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures are edited freely

const example = (): Json => JSON.parse(exampleText) as Json;

function problemsOf(result: LoadResult): DocProblem[] {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}

function docOf(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the document to load:\n${result.problems.map(problemToString).join('\n')}`);
  return result.doc;
}

describe('the example documents', () => {
  it('loads the built-in example unchanged', () => {
    expect(docOf(parseAlignment(exampleText))).toStrictEqual(JSON.parse(exampleText));
  });

  it('loads the second team document unchanged', () => {
    const text = readFileSync(SECOND_EXAMPLE, 'utf8');
    expect(docOf(parseAlignment(text))).toStrictEqual(JSON.parse(text));
  });

  it.skipIf(!hasShared)('bundles a byte-for-byte copy of the shared example', () => {
    expect(readFileSync(BUNDLED_PATH)).toEqual(readFileSync(SHARED_EXAMPLE));
  });

  it('exposes the valid built-in copy as BUILTIN_DOCUMENT', () => {
    expect(BUILTIN_DOCUMENT).toStrictEqual(JSON.parse(exampleText));
    expect(validateAlignment(BUILTIN_DOCUMENT).ok).toBe(true);
  });

  it('keeps fields it does not know, at every level', () => {
    const doc = example();
    doc['x-review'] = { requestedBy: 'legal', items: [1, 2] };
    doc.markets[0].futureField = 'kept';
    doc.markets[1].kpis[0].confidence = 0.8;
    doc.markets[0].channels.budgetSplit = { telegram: 0.6 };
    doc.redLines[0].severity = 'blocker';
    doc.signOff[0].signature = 'sha256:abc';
    doc.riskTolerance.maxLossUsd = 5000;

    const loaded = docOf(parseAlignment(JSON.stringify(doc)));
    expect(loaded).toStrictEqual(doc);
    expect(loaded['x-review']).toEqual({ requestedBy: 'legal', items: [1, 2] });
    expect(loaded.markets[0]?.futureField).toBe('kept');
    expect(loaded.markets[1]?.kpis[0]?.confidence).toBe(0.8);
  });

  it('accepts a document without the optional sections', () => {
    const doc = example();
    for (const key of ['channels', 'hypotheses', 'assumptions', 'compromise', 'riskTolerance', 'cadence', 'signOff']) {
      delete doc[key];
    }
    for (const market of doc.markets) delete market.baselines;
    expect(docOf(validateAlignment(doc))).toStrictEqual(doc);
  });

  it('accepts other languages in word lists and a red line with only a limit', () => {
    const doc = example();
    doc.markets[1].names.es = ['EE. UU.', 'Estados Unidos'];
    doc.redLines[0].terms['pt-BR'] = ['garantia'];
    expect(validateAlignment(doc).ok).toBe(true);
  });
});

describe('a broken document', () => {
  it('reports every fault at once, each with its path', () => {
    const doc = example();
    doc.format = 'alignment/v2';
    doc.markets[1].kpis[1].max = '35$'; // US CAC written as text
    doc.markets[1].kpis[0].id = 'RU-conversion'; // duplicate of markets[0].kpis[0]
    doc.markets[0].kpis[2].metric = 'made-up-score'; // no such metric
    doc.markets[0].kpis[0].min = 5; // min 5 > max 4 (and target 3 < min)
    doc.redLines[5].markets = ['DE']; // no such market
    delete doc.parties; // a required section is missing
    doc.markets[0].objective.strategy = 'growth-first';
    doc.hypotheses[2].status = 'maybe';

    const problems = problemsOf(validateAlignment(doc));
    expect(problems).toContainEqual({ path: 'format', message: 'expected "alignment/v1", got "alignment/v2"' });
    expect(problems).toContainEqual({ path: 'markets[1].kpis[1].max', message: 'expected a number, got "35$"' });
    expect(problems).toContainEqual({
      path: 'markets[1].kpis[0].id',
      message: expect.stringContaining('duplicate id "RU-conversion": it is already used at markets[0].kpis[0].id'),
    });
    expect(problems).toContainEqual({
      path: 'markets[0].kpis[2].metric',
      // The document's own metrics are listed first.
      message: expect.stringMatching(/^unknown metric "made-up-score"; define it in metrics\[\] or use one of "conversion-rate", "cac", "nurture-cycle", "roas", "discount", "price", /),
    });
    expect(problems).toContainEqual({ path: 'markets[0].kpis[0].min', message: 'min (5) is greater than max (4)' });
    expect(problems).toContainEqual({ path: 'markets[0].kpis[0].target', message: 'target (3) is below min (5)' });
    expect(problems).toContainEqual({
      path: 'redLines[5].markets[0]',
      message: 'unknown market "DE"; use one of "RU", "US" or "*" for every market',
    });
    expect(problems).toContainEqual({ path: 'parties', message: 'missing: expected an array' });
    expect(problems).toContainEqual({
      path: 'markets[0].objective.strategy',
      message: 'expected one of "trust-first", "conversion-first", "awareness", got "growth-first"',
    });
    expect(problems).toContainEqual({
      path: 'hypotheses[2].status',
      message: expect.stringContaining('expected one of "proposed", "validated", "challenged", "refined", "rejected"'),
    });
    expect(problems).toHaveLength(10);
  });

  it('reports a missing markets section together with the other faults, without follow-on noise', () => {
    const doc = example();
    delete doc.markets;
    doc.format = 'alignment/v0';
    doc.redLines[1].id = 'RL-guarantee';
    doc.redLines[4].limit.metric = 'discount-depth';

    const problems = problemsOf(validateAlignment(doc));
    expect(problems).toEqual([
      { path: 'format', message: 'expected "alignment/v1", got "alignment/v0"' },
      { path: 'markets', message: 'missing: expected an array' },
      { path: 'redLines[1].id', message: expect.stringContaining('duplicate id "RL-guarantee": it is already used at redLines[0].id') },
      { path: 'redLines[4].limit.metric', message: expect.stringContaining('unknown metric "discount-depth"') },
    ]);
  });

  it('checks references from hypotheses and assumptions, and suggests a near miss', () => {
    const doc = example();
    doc.hypotheses[0].markets = ['RU', 'us'];
    doc.assumptions[1].market = 'Russia';
    doc.markets[1].kpis[1].metric = 'CAC';
    expect(problemsOf(validateAlignment(doc))).toEqual([
      { path: 'markets[1].kpis[1].metric', message: expect.stringMatching(/^unknown metric "CAC" \(did you mean "cac"\?\)/) },
      { path: 'hypotheses[0].markets[1]', message: 'unknown market "us" (did you mean "US"?); use one of "RU", "US"' },
      { path: 'assumptions[1].market', message: 'unknown market "Russia"; use one of "RU", "US"' },
    ]);
  });

  it('finds duplicate ids among market sub-entries, red lines, hypotheses and assumptions', () => {
    const doc = example();
    doc.markets[1].tone.id = 'RU-tone';
    doc.markets[1].messaging.id = 'US-channels';
    doc.assumptions[0].id = 'H1';
    doc.redLines[6].id = 'US';
    const paths = problemsOf(validateAlignment(doc)).map((p) => problemToString(p));
    expect(paths).toEqual([
      expect.stringMatching(/^markets\[1\]\.tone\.id: duplicate id "RU-tone": it is already used at markets\[0\]\.tone\.id/),
      expect.stringMatching(/^markets\[1\]\.messaging\.id: duplicate id "US-channels": it is already used at markets\[1\]\.channels\.id/),
      expect.stringMatching(/^redLines\[6\]\.id: duplicate id "US": it is already used at markets\[1\]\.id/),
      expect.stringMatching(/^assumptions\[0\]\.id: duplicate id "H1": it is already used at hypotheses\[0\]\.id/),
    ]);
  });

  it('finds duplicate metric, channel and party ids within their own lists', () => {
    const doc = example();
    doc.metrics.push({ id: 'cac', unit: 'currency', names: { en: ['cost per customer'] } });
    doc.parties[1].id = 'ours';
    expect(problemsOf(validateAlignment(doc))).toEqual([
      { path: 'parties[1].id', message: 'duplicate party id "ours": it is already used at parties[0].id' },
      { path: 'metrics[6].id', message: 'duplicate metric id "cac": it is already used at metrics[1].id' },
    ]);
  });

  it('checks red lines and KPIs for something to check', () => {
    const doc = example();
    delete doc.redLines[0].terms;
    doc.redLines[4].limit = { metric: 'discount', min: 40, max: 30, unit: '%' };
    doc.markets[1].kpis[0].target = 6; // above max 5
    doc.markets[1].kpis[2] = { id: 'US-roas', metric: 'roas', unit: 'ratio' };
    expect(problemsOf(validateAlignment(doc))).toEqual([
      { path: 'markets[1].kpis[0].target', message: 'target (6) is above max (5)' },
      { path: 'markets[1].kpis[2]', message: 'needs at least one of "target", "min" or "max"; without one it cannot be checked' },
      { path: 'redLines[0]', message: 'a red line needs "terms" (words that break it) or a "limit" (a numeric line), or both' },
      { path: 'redLines[4].limit.min', message: 'min (40) is greater than max (30)' },
    ]);
  });

  it('explains wrong values in words a person can act on', () => {
    const doc = example();
    doc.revision = 3.5;
    doc.updatedAt = 'last Tuesday';
    doc.markets[0].currency = 'rubles';
    doc.markets[0].names.RUS = ['Россия'];
    doc.redLines[0].terms.en.push('  ');
    doc.redLines[1].markets = [];
    doc.redLines[2].caseSensitive = 'yes';
    doc.riskTolerance.testBudgetShare = 10;
    doc.markets[1].kpis[0].windowDays = -14;
    doc.markets[1].channels = null;
    expect(problemsOf(validateAlignment(doc)).map(problemToString)).toEqual([
      'revision: expected a whole number, got 3.5',
      'updatedAt: expected a date written as YYYY-MM-DD, got "last Tuesday"',
      'markets[0].names.RUS: expected a language code such as "en" or "ru", got the key "RUS"',
      'markets[0].currency: expected a three-letter currency code such as "USD", got "rubles"',
      'markets[1].kpis[0].windowDays: must be greater than 0, got -14',
      'markets[1].channels: expected an object, got null',
      'redLines[0].terms.en[4]: a word or phrase must not be empty or blank, got "  "',
      'redLines[1].markets: list at least one market id, or "*" for every market',
      'redLines[2].caseSensitive: expected true or false, got "yes"',
      'riskTolerance.testBudgetShare: must be at most 1, got 10',
    ]);
  });
});

describe('text that is not a document', () => {
  it('reports a JSON syntax error with its line and column', () => {
    // Drop the comma after `"revision": 3` (line 5): the error is where line 6 starts.
    const lines = exampleText.split('\n');
    expect(lines[4]).toBe('  "revision": 3,');
    lines[4] = '  "revision": 3';
    expect(problemsOf(parseAlignment(lines.join('\n')))).toEqual([
      { path: '', message: 'line 6, column 3: expected "," or "}" after a property value, got "\\""' },
    ]);
  });

  it.each([
    ['{"a": 1,}', 'line 1, column 9: trailing comma before "}"; remove the comma after the last property'],
    ['{"a": [1, 2,]}', 'line 1, column 13: trailing comma before "]"; remove the comma after the last element'],
    ["{'format': 1}", 'line 1, column 2: expected a property name in double quotes, got "\'" (JSON needs double quotes, not single quotes)'],
    ['{\n  // note\n  "a": 1\n}', 'line 2, column 3: comments are not allowed in JSON'],
    ['{\r\n  "title": "open\r\n}', 'line 2, column 12: this string is not closed before the end of the line (a line break inside text must be written as \\n)'],
    // An emoji is one column, as editors count it.
    ['{"title": "Сова 🦉" x}', 'line 1, column 20: expected "," or "}" after a property value, got "x"'],
    ['{"max": 35$}', 'line 1, column 11: expected "," or "}" after a property value, got "$"'],
    ['{"a": NaN}', 'line 1, column 7: unexpected word "NaN"; expected a value (text must be in double quotes)'],
    ['{"a": 012}', 'line 1, column 7: numbers must not start with a leading zero'],
    ['{"a": 1} {}', 'line 1, column 10: unexpected "{" after the end of the document'],
    ['{"a": [1, 2', 'line 1, column 12: unexpected end of the file; expected "," or "]" after an array element'],
    ['{"a": "\\x"}', 'line 1, column 8: invalid escape sequence "\\x" inside a string'],
  ])('%j → %s', (text, message) => {
    expect(problemsOf(parseAlignment(text))).toEqual([{ path: '', message }]);
  });

  it('refuses an empty file and a root that is not an object', () => {
    const empty = 'the file is empty; expected an alignment document (a JSON object with "format": "alignment/v1")';
    expect(problemsOf(parseAlignment(''))).toEqual([{ path: '', message: empty }]);
    expect(problemsOf(parseAlignment(' \n\t '))).toEqual([{ path: '', message: empty }]);
    for (const [text, got] of [['[]', 'an empty array'], ['[1]', 'an array'], ['42', '42'], ['null', 'null'], ['"alignment/v1"', '"alignment/v1"'], ['true', 'true']]) {
      expect(problemsOf(parseAlignment(text as string))).toEqual([
        { path: '', message: `expected a JSON object (the alignment document), got ${got}` },
      ]);
    }
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseAlignment(`\uFEFF${exampleText}`).ok).toBe(true);
  });

  it('formats problems for people', () => {
    expect(problemToString({ path: 'markets[1].kpis[0].max', message: 'expected a number, got "35$"' })).toBe(
      'markets[1].kpis[0].max: expected a number, got "35$"',
    );
    expect(problemToString({ path: '', message: 'the file is empty' })).toBe('the file is empty');
  });
});

describe('never throws', () => {
  const wellFormed = (result: LoadResult) => {
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message).toMatch(/\S/);
      expect(p.message).not.toContain('\u0000');
      expect(p.message.length).toBeLessThan(2000);
    }
  };

  it('on any value', () => {
    fc.assert(fc.property(fc.anything(), (value) => wellFormed(validateAlignment(value))), { numRuns: 500 });
  });

  it('on any text, and agrees with JSON.parse about what is JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        wellFormed(parseAlignment(text));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it('on the example with any field replaced by junk', () => {
    // Collect every path in the example, then put arbitrary JSON at one of them.
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(example(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, junk) => {
        const doc = example();
        let parent: any = doc; // eslint-disable-line @typescript-eslint/no-explicit-any
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1] as string | number] = junk;
        const result = parseAlignment(JSON.stringify(doc));
        wellFormed(result);
        if (!result.ok) expect(result.problems.some((p) => p.path !== '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on huge and deeply nested input', () => {
    const huge = 'x'.repeat(5_000_000);
    wellFormed(parseAlignment(huge));
    wellFormed(parseAlignment(JSON.stringify(huge)));
    wellFormed(parseAlignment(`{"format": ${JSON.stringify(huge)}}`));
    wellFormed(parseAlignment('['.repeat(200_000)));
    wellFormed(parseAlignment('['.repeat(100_000) + ']'.repeat(100_000)));
    wellFormed(parseAlignment(`{"markets": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`));
    wellFormed(validateAlignment({ ...example(), markets: new Array(10_000).fill(null) }));
    const problems = problemsOf(parseAlignment(`{"format": ${JSON.stringify(huge)}}`));
    expect(problems[0]?.message).toMatch(/^expected "alignment\/v1", got "x{60}…"$/);
  });

  it('on values JSON cannot even produce', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    wellFormed(validateAlignment(hostile));
    wellFormed(validateAlignment({ ...example(), markets: [hostile] }));
    wellFormed(parseAlignment(42 as unknown as string));
    wellFormed(validateAlignment(Object.create(null)));
    wellFormed(validateAlignment(() => 1));
    wellFormed(validateAlignment(Symbol('x')));
    wellFormed(validateAlignment(10n));
  });
});
