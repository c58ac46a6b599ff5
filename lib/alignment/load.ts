/**
 * Loading and validating an alignment document.
 *
 * Errors are values, never exceptions: any input (text or value) gives a `LoadResult`, and a
 * failed result lists every problem at once, schema problems and cross-entry problems together,
 * each with a JSON path and a sentence a person can act on. A team fixing a signed document
 * should not have to fix it one error at a time.
 */
import type { core } from 'zod';
import { BUILTIN_METRICS } from '../lexicon/metrics';
import { ALIGNMENT_FORMAT, ALL_MARKETS, AlignmentDocSchema, type AlignmentDoc } from './schema';

export interface DocProblem {
  /** JSON path such as `markets[1].kpis[0].max`; `""` for the document itself. */
  path: string;
  /** What is wrong, as a sentence: `expected a number, got "35$"`. */
  message: string;
}

export type LoadResult = { ok: true; doc: AlignmentDoc } | { ok: false; problems: DocProblem[] };

/**
 * Message zod gives an issue whose schema set no sentence of its own. zod's defaults are terse
 * and locale-dependent ("Too small: expected array to have >=1 items"), so those issues are
 * rewritten here; sentences written in schema.ts are kept as they are.
 */
const DEFAULT_MESSAGE = '\u0000accord-default';

/** `markets[1].kpis[0].max: expected a number, got "35$"`; a root problem is just its message. */
export function problemToString(p: DocProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Parses the text of an `.alignment.json` file and validates it. Never throws. */
export function parseAlignment(jsonText: string): LoadResult {
  if (typeof jsonText !== 'string') {
    return fail('', `expected the document as text, got ${describeValue(jsonText)}`);
  }
  // Editors on Windows like to save a byte-order mark, which JSON.parse refuses.
  const text = jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText;
  if (text.trim() === '') {
    return fail('', `the file is empty; expected an alignment document (a JSON object with "format": "${ALIGNMENT_FORMAT}")`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('', describeSyntaxError(text, error));
  }
  return validateAlignment(value);
}

/** Validates an already parsed value (e.g. an imported JSON module). Never throws. */
export function validateAlignment(value: unknown): LoadResult {
  try {
    if (!isObject(value)) {
      return fail('', `expected a JSON object (the alignment document), got ${describeValue(value)}`);
    }
    // Issues without a schema-supplied sentence get DEFAULT_MESSAGE, so we know to write our own.
    const parsed = AlignmentDocSchema.safeParse(value, { error: () => DEFAULT_MESSAGE });
    const problems: DocProblem[] = parsed.success
      ? []
      : parsed.error.issues.flatMap((issue) => issueToProblems(issue, value));
    problems.push(...crossEntryProblems(value));
    if (problems.length > 0 || !parsed.success) {
      return { ok: false, problems: dedupe(problems) };
    }
    return { ok: true, doc: parsed.data };
  } catch (error) {
    // Only reachable with hostile values (throwing getters, proxies); JSON never gets here.
    return fail('', `the document could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Schema issues → problems

type Path = ReadonlyArray<PropertyKey>;
type Issue = core.$ZodIssue;

function issueToProblems(issue: Issue, root: unknown): DocProblem[] {
  const path = formatPath(issue.path);
  const input = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = describeExpected(issue.expected);
      if (input === undefined) return [{ path, message: `missing: expected ${expected}` }];
      return [{ path, message: `expected ${expected}, got ${describeValue(input)}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const expected = options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
      if (input === undefined) return [{ path, message: `missing: expected ${expected}` }];
      return [{ path, message: `expected ${expected}, got ${describeValue(input)}` }];
    }
    case 'invalid_format':
      // Our regexes carry their own sentence ("expected a date written as YYYY-MM-DD").
      return [{ path, message: `${issue.message === DEFAULT_MESSAGE ? 'wrong format' : issue.message}, got ${describeValue(input)}` }];
    case 'invalid_key': {
      // A record key (a language code) is wrong; zod's path ends with the key itself.
      const key = issue.path[issue.path.length - 1];
      const inner = issue.issues[0]?.message;
      const why = inner && inner !== DEFAULT_MESSAGE ? inner : 'this key is not allowed here';
      return [{ path, message: `${why}, got the key ${JSON.stringify(String(key))}` }];
    }
    case 'too_small':
    case 'too_big':
      return [{ path, message: describeBound(issue, input) }];
    default:
      // `custom` and anything else: the schema's own message.
      return [{ path, message: issue.message === DEFAULT_MESSAGE ? `invalid value ${describeValue(input)}` : issue.message }];
  }
}

function describeBound(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  input: unknown,
): string {
  // Schema-supplied sentences ("the document needs at least one market") win over generic ones.
  if (issue.message !== DEFAULT_MESSAGE) return issue.message;
  const small = issue.code === 'too_small';
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (issue.origin === 'array') {
    return `must have ${small ? 'at least' : 'at most'} ${String(limit)} ${Number(limit) === 1 ? 'entry' : 'entries'}`;
  }
  const op = small ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
  return `must be ${op} ${String(limit)}, got ${describeValue(input)}`;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text (a string)';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'an array';
    case 'object':
    case 'record':
      return 'an object';
    default:
      return expected;
  }
}

// ---------------------------------------------------------------------------------------------
// Checks across entries. They read the raw value defensively, so they run even where the schema
// failed elsewhere; a field of the wrong type is left to the schema's message.

function crossEntryProblems(root: Record<string, unknown>): DocProblem[] {
  const problems: DocProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const markets = arrayAt(root, 'markets');
  const marketIds = new Set(markets.map((m) => (isObject(m) ? m.id : undefined)).filter(isText));
  // Reference checks need a market list to compare against; without one they would only echo
  // the schema's "markets: missing".
  const canCheckMarkets = marketIds.size > 0;

  // Document metrics add to the built-in ones; they come first so messages list them first.
  const metricIds = new Set<string>();
  for (const m of arrayAt(root, 'metrics')) if (isObject(m) && isText(m.id)) metricIds.add(m.id);
  for (const m of BUILTIN_METRICS) metricIds.add(m.id);

  // Ids that findings report as `ruleId` share one namespace across the document.
  const firstUse = new Map<string, string>();
  const claimId = (value: unknown, path: string) => {
    if (!isText(value)) return;
    const first = firstUse.get(value);
    if (first === undefined) firstUse.set(value, path);
    else report(path, `duplicate id ${JSON.stringify(value)}: it is already used at ${first}; every entry needs its own id`);
  };

  markets.forEach((market, i) => {
    if (!isObject(market)) return;
    const at = `markets[${i}]`;
    claimId(market.id, `${at}.id`);
    for (const part of ['objective', 'audience'] as const) {
      const entry = market[part];
      if (isObject(entry)) claimId(entry.id, `${at}.${part}.id`);
    }
    arrayAt(market, 'kpis').forEach((kpi, j) => {
      if (!isObject(kpi)) return;
      const kpiAt = `${at}.kpis[${j}]`;
      claimId(kpi.id, `${kpiAt}.id`);
      checkMetric(kpi.metric, `${kpiAt}.metric`);
      checkBounds(kpi, kpiAt, true);
    });
    arrayAt(market, 'baselines').forEach((baseline, j) => {
      if (isObject(baseline)) checkMetric(baseline.metric, `${at}.baselines[${j}].metric`);
    });
    for (const part of ['channels', 'tone', 'messaging'] as const) {
      const entry = market[part];
      if (isObject(entry)) claimId(entry.id, `${at}.${part}.id`);
    }
  });

  arrayAt(root, 'redLines').forEach((line, i) => {
    if (!isObject(line)) return;
    const at = `redLines[${i}]`;
    claimId(line.id, `${at}.id`);
    arrayAt(line, 'markets').forEach((ref, k) => {
      if (ref !== ALL_MARKETS) checkMarket(ref, `${at}.markets[${k}]`, ` or "${ALL_MARKETS}" for every market`);
    });
    const hasTerms = isObject(line.terms) && Object.values(line.terms).some((list) => Array.isArray(list) && list.length > 0);
    if (!hasTerms && line.limit === undefined) {
      report(at, 'a red line needs "terms" (words that break it) or a "limit" (a numeric line), or both');
    }
    if (isObject(line.limit)) {
      checkMetric(line.limit.metric, `${at}.limit.metric`);
      checkBounds(line.limit, `${at}.limit`, false);
    }
  });

  arrayAt(root, 'hypotheses').forEach((hypothesis, i) => {
    if (!isObject(hypothesis)) return;
    claimId(hypothesis.id, `hypotheses[${i}].id`);
    arrayAt(hypothesis, 'markets').forEach((ref, k) => checkMarket(ref, `hypotheses[${i}].markets[${k}]`, ''));
  });

  arrayAt(root, 'assumptions').forEach((assumption, i) => {
    if (!isObject(assumption)) return;
    claimId(assumption.id, `assumptions[${i}].id`);
    checkMarket(assumption.market, `assumptions[${i}].market`, '');
  });

  // Glossaries and parties have their own namespaces: they are referred to, not reported.
  checkUnique(root, 'parties', 'party', report);
  checkUnique(root, 'metrics', 'metric', report);
  checkUnique(root, 'channels', 'channel', report);

  return problems;

  function checkMarket(ref: unknown, path: string, orStar: string) {
    if (!canCheckMarkets || !isText(ref) || marketIds.has(ref)) return;
    report(path, `unknown market ${JSON.stringify(ref)}${suggest(ref, marketIds)}; use one of ${listIds(marketIds)}${orStar}`);
  }

  function checkMetric(ref: unknown, path: string) {
    if (!isText(ref) || metricIds.has(ref)) return;
    report(
      path,
      `unknown metric ${JSON.stringify(ref)}${suggest(ref, metricIds)}; define it in metrics[] or use one of ${listIds(metricIds)}`,
    );
  }

  /** `min <= target <= max` where present; a KPI or limit also needs at least one of them. */
  function checkBounds(entry: Record<string, unknown>, at: string, hasTarget: boolean) {
    const num = (key: string) => (typeof entry[key] === 'number' && Number.isFinite(entry[key]) ? (entry[key] as number) : undefined);
    const min = num('min');
    const max = num('max');
    const target = hasTarget ? num('target') : undefined;
    const fields = hasTarget ? ['target', 'min', 'max'] : ['min', 'max'];
    if (fields.every((key) => entry[key] === undefined)) {
      const list = hasTarget ? '"target", "min" or "max"' : '"min" or "max"';
      report(at, `needs at least one of ${list}; without one it cannot be checked`);
      return;
    }
    if (min !== undefined && max !== undefined && min > max) {
      report(`${at}.min`, `min (${min}) is greater than max (${max})`);
    }
    if (target !== undefined && min !== undefined && target < min) {
      report(`${at}.target`, `target (${target}) is below min (${min})`);
    }
    if (target !== undefined && max !== undefined && target > max) {
      report(`${at}.target`, `target (${target}) is above max (${max})`);
    }
  }
}

function checkUnique(
  root: Record<string, unknown>,
  key: string,
  what: string,
  report: (path: string, message: string) => void,
) {
  const first = new Map<string, string>();
  arrayAt(root, key).forEach((entry, i) => {
    if (!isObject(entry) || !isText(entry.id)) return;
    const path = `${key}[${i}].id`;
    const seen = first.get(entry.id);
    if (seen === undefined) first.set(entry.id, path);
    else report(path, `duplicate ${what} id ${JSON.stringify(entry.id)}: it is already used at ${seen}`);
  });
}

/** ` (did you mean "cac"?)` when the reference differs only in case or surrounding spaces. */
function suggest(ref: string, known: ReadonlySet<string>): string {
  const wanted = ref.trim().toLowerCase();
  for (const id of known) if (id.toLowerCase() === wanted) return ` (did you mean ${JSON.stringify(id)}?)`;
  return '';
}

function listIds(ids: ReadonlySet<string>): string {
  const all = [...ids];
  if (all.length === 0) return '(none defined)';
  // Complete lists are more useful than clipped ones; the cap only guards against junk documents.
  const shown = all.slice(0, 60).map((id) => JSON.stringify(id));
  return all.length > shown.length ? `${shown.join(', ')} and ${all.length - shown.length} more` : shown.join(', ');
}

// ---------------------------------------------------------------------------------------------
// JSON syntax errors
//
// JSON.parse's messages differ between engines (V8, SpiderMonkey) and V8 reports only a character
// offset, sometimes none. When it fails, a small scanner walks the text again to find the first
// error and say where it is in line/column terms, the same way in every browser and in Node.

function describeSyntaxError(text: string, error: unknown): string {
  const found = findJsonSyntaxError(text);
  if (found) {
    const { line, column } = lineAndColumn(text, found.index);
    return `line ${line}, column ${column}: ${found.message}`;
  }
  // The scanner accepted what JSON.parse refused; should not happen, but never hide the error.
  return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
}

interface SyntaxErrorAt {
  index: number;
  message: string;
}

/**
 * Finds the first JSON syntax error in `text`, or undefined if the text is valid JSON. Iterative
 * (an explicit stack, no recursion), so deeply nested junk cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): SyntaxErrorAt | undefined {
  const stack: Array<'{' | '['> = [];
  let i = 0;
  // What the scanner expects next: a value, an object key, or what follows a value (`,` or a closer).
  let mode: 'value' | 'key' | 'after' = 'value';
  let afterComma = false;

  const skipSpace = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else return;
    }
  };
  const err = (index: number, message: string): SyntaxErrorAt => ({ index, message });
  const got = () => (i >= text.length ? 'the end of the file' : describeChar(text, i));

  for (;;) {
    skipSpace();
    if (mode === 'after') {
      afterComma = false;
      const top = stack[stack.length - 1];
      if (top === undefined) {
        return i < text.length ? err(i, `unexpected ${got()} after the end of the document`) : undefined;
      }
      const closer = top === '{' ? '}' : ']';
      const c = text[i];
      if (c === ',') {
        i++;
        afterComma = true;
        mode = top === '{' ? 'key' : 'value';
      } else if (c === closer) {
        i++;
        stack.pop();
      } else {
        const after = top === '{' ? 'a property value' : 'an array element';
        if (i >= text.length) return err(i, `unexpected end of the file; expected "," or "${closer}" after ${after}`);
        return err(i, `expected "," or "${closer}" after ${after}, got ${got()}`);
      }
      continue;
    }

    if (i >= text.length) return err(i, `unexpected end of the file; expected ${mode === 'key' ? 'a property name' : 'a value'}`);
    const c = text[i] as string;
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return err(i, 'comments are not allowed in JSON');

    if (mode === 'key') {
      if (c === '}' && afterComma) return err(i, 'trailing comma before "}"; remove the comma after the last property');
      if (c !== '"') {
        const hint = c === "'" ? ' (JSON needs double quotes, not single quotes)' : '';
        return err(i, `expected a property name in double quotes, got ${got()}${hint}`);
      }
      const stringError = scanString();
      if (stringError) return stringError;
      skipSpace();
      if (text[i] !== ':') return err(i, `expected ":" after the property name, got ${got()}`);
      i++;
      mode = 'value';
      continue;
    }

    // mode === 'value'
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      const closer = c === '{' ? '}' : ']';
      if (text[i] === closer) {
        i++;
        mode = 'after';
      } else {
        stack.push(c);
        afterComma = false;
        mode = c === '{' ? 'key' : 'value';
      }
      continue;
    }
    if (c === ']' && afterComma) return err(i, 'trailing comma before "]"; remove the comma after the last element');
    if (c === '"') {
      const stringError = scanString();
      if (stringError) return stringError;
      mode = 'after';
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
      number.lastIndex = i;
      const match = number.exec(text);
      if (!match) return err(i, `invalid number starting with ${got()}`);
      const end = i + match[0].length;
      if (/^-?0$/.test(match[0]) && /\d/.test(text[end] ?? '')) return err(i, 'numbers must not start with a leading zero');
      if (text[end] === '.' || text[end] === 'e' || text[end] === 'E') return err(i, 'invalid number: digits are missing after "." or the exponent');
      i = end;
      mode = 'after';
      continue;
    }
    const word = /[A-Za-z_$][\w$]*/y;
    word.lastIndex = i;
    const w = word.exec(text)?.[0];
    if (w === 'true' || w === 'false' || w === 'null') {
      i += w.length;
      mode = 'after';
      continue;
    }
    if (w !== undefined) {
      return err(i, `unexpected word ${JSON.stringify(truncate(w, 40))}; expected a value (text must be in double quotes)`);
    }
    const hint = c === "'" ? ' (JSON needs double quotes, not single quotes)' : '';
    return err(i, `expected a value, got ${got()}${hint}`);
  }

  /** Scans a string starting at the opening quote at `i`; returns an error or moves `i` past it. */
  function scanString(): SyntaxErrorAt | undefined {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) return err(start, 'this string is never closed with a double quote');
      const code = text.charCodeAt(i);
      if (code === 0x22 /* " */) {
        i++;
        return undefined;
      }
      if (code === 0x0a || code === 0x0d) {
        return err(start, 'this string is not closed before the end of the line (a line break inside text must be written as \\n)');
      }
      if (code < 0x20) return err(i, `control character ${describeChar(text, i)} inside a string; escape it`);
      if (code === 0x5c /* \ */) {
        const next = text[i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return err(i, `invalid escape sequence "\\${next ?? ''}" inside a string`);
        continue;
      }
      i++;
    }
  }
}

/** 1-based line and column (in characters, as editors show them) of a UTF-16 offset. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < index && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      line++;
      lineStart = k + 1;
    }
  }
  // Count code points so an emoji or other astral character counts as one column.
  const column = [...text.slice(lineStart, index)].length + 1;
  return { line, column };
}

function describeChar(text: string, index: number): string {
  const c = String.fromCodePoint(text.codePointAt(index) ?? 0);
  return JSON.stringify(c);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function fail(path: string, message: string): LoadResult {
  return { ok: false, problems: [{ path, message }] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function arrayAt(parent: Record<string, unknown>, key: string): unknown[] {
  const value = parent[key];
  return Array.isArray(value) ? value : [];
}

function valueAt(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `["markets", 1, "kpis", 0, "max"]` → `markets[1].kpis[0].max`; other keys as `names["pt-BR"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, quotable description of a value for "got ..." in messages. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(truncate(value, 60));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

function dedupe(problems: DocProblem[]): DocProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
