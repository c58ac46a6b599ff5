/**
 * The editor's inputs. Each one edits one path of the document, immutably, and shows the problems
 * the validator reports at that path next to itself (linked with aria-describedby, flagged with
 * aria-invalid). Inputs that parse what the user types (numbers, lists) keep the typed text while
 * it still means the stored value, so "3." or a trailing new line is not swallowed, and store the
 * raw text when it does not parse, so the schema's own message ("expected a number, got "35$"") can
 * be shown.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { DocProblem } from '@/lib/alignment/load';
import { useClaim, useEditor, type Claim } from './context';
import { getIn, pathText, type Path } from '@/lib/alignment/paths';
import type { EditorText } from './text';

// ---------------------------------------------------------------------------------------------
// Problems

/** "line 2: " for a problem inside a list, "pt BR: " for one about a map key, "" for the field itself. */
function problemPrefix(t: EditorText, claimPath: string, problemPath: string): string {
  const rest = problemPath.slice(claimPath.length);
  if (rest === '') return '';
  const index = /^\[(\d+)\]/.exec(rest);
  if (index) return t.problems.line(Number(index[1]) + 1);
  const key = /^\.([\w$]+)/.exec(rest) ?? /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
  if (key) {
    const raw = key[1]!;
    return t.problems.key(raw.startsWith('"') ? (JSON.parse(raw) as string) : raw);
  }
  return t.problems.key(rest);
}

export function ProblemList({ id, problems, claimPath }: { id: string; problems: readonly DocProblem[]; claimPath: string }) {
  const { t } = useEditor();
  if (problems.length === 0) return null;
  return (
    <ul className="ed-field-problems" id={id}>
      {problems.map((p) => (
        <li key={`${p.path}\u0000${p.message}`} data-testid="field-problem" data-problem-path={p.path}>
          <span className="ed-problem-icon" aria-hidden="true">
            ⚠
          </span>
          <span className="ed-visually-hidden">{t.problems.icon} </span>
          {problemPrefix(t, claimPath, p.path)}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

/** The problems at exactly `path` (a list item, a group, a section), shown where it is rendered. */
export function PathProblems({ path }: { path: Path }) {
  const claimPath = pathText(path);
  const problems = useClaim({ path: claimPath });
  const id = useId();
  return <ProblemList id={id} problems={problems} claimPath={claimPath} />;
}

interface Control {
  id: string;
  problemsId: string;
  problems: DocProblem[];
  /** Props for the input: id and the aria links to its problems and hint. */
  aria: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined; 'data-path': string };
  claimPath: string;
  hintId: string;
}

function useControl(claim: Claim, hasHint: boolean): Control {
  const problems = useClaim(claim);
  const id = useId();
  const problemsId = `${id}-problems`;
  const hintId = `${id}-hint`;
  const describedBy = [hasHint ? hintId : '', problems.length > 0 ? problemsId : ''].filter(Boolean).join(' ');
  return {
    id,
    problemsId,
    problems,
    claimPath: claim.path,
    hintId,
    // data-path: the document path the input edits, as problem paths are written (for tests and e2e).
    aria: { id, 'aria-invalid': problems.length > 0 ? true : undefined, 'aria-describedby': describedBy || undefined, 'data-path': claim.path },
  };
}

function Frame({ control, label, hint, wide, children }: { control: Control; label: string; hint?: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`ed-field${wide ? ' ed-wide' : ''}${control.problems.length > 0 ? ' ed-invalid' : ''}`}>
      <label htmlFor={control.id}>{label}</label>
      {children}
      {hint ? (
        <p className="ed-hint" id={control.hintId}>
          {hint}
        </p>
      ) : null}
      <ProblemList id={control.problemsId} problems={control.problems} claimPath={control.claimPath} />
    </div>
  );
}

interface BaseProps {
  path: Path;
  label: string;
  testId?: string;
  hint?: string;
  /** The field may be absent: clearing it removes it from the document. */
  optional?: boolean;
  wide?: boolean;
}

/** Text as it is shown in an input: a string as written, anything else (a wrong type) as JSON. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Text

export function TextField({ path, label, testId, hint, optional, wide, multiline, list }: BaseProps & { multiline?: boolean; list?: string }) {
  const { value, set, remove } = useEditor();
  const control = useControl({ path: pathText(path) }, Boolean(hint));
  const current = shown(getIn(value(), path));
  const onChange = (next: string) => (optional && next === '' ? remove(path) : set(path, next));
  return (
    <Frame control={control} label={label} hint={hint} wide={wide || multiline}>
      {multiline ? (
        <textarea {...control.aria} data-testid={testId} rows={2} value={current} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...control.aria} data-testid={testId} type="text" list={list} value={current} onChange={(e) => onChange(e.target.value)} />
      )}
    </Frame>
  );
}

// ---------------------------------------------------------------------------------------------
// Numbers

const NUMBER = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * What a typed number is stored as: a number when it reads as one (a decimal comma is accepted),
 * nothing when empty, and the text as typed otherwise, for the schema to name.
 */
export function parseNumberInput(raw: string): number | string | undefined {
  if (raw.trim() === '') return undefined;
  const dotted = /^\s*-?\d+,\d+\s*$/.test(raw) ? raw.replace(',', '.') : raw;
  if (NUMBER.test(dotted)) {
    const n = Number(dotted);
    if (Number.isFinite(n)) return n;
  }
  return raw;
}

export function NumberField({ path, label, testId, hint }: BaseProps) {
  const { value, set, remove } = useEditor();
  const control = useControl({ path: pathText(path) }, Boolean(hint));
  const stored = getIn(value(), path);
  const [text, setText] = useState(() => shown(stored));
  // Follow the document when it changes from elsewhere (an import, a removed row moving up), not
  // when it still holds what this text means.
  useEffect(() => {
    if (!Object.is(parseNumberInput(text), stored)) setText(shown(stored));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);
  return (
    <Frame control={control} label={label} hint={hint}>
      <input
        {...control.aria}
        data-testid={testId}
        type="text"
        inputMode="decimal"
        className="ed-number"
        value={text}
        onChange={(e) => {
          const raw = e.target.value;
          setText(raw);
          const next = parseNumberInput(raw);
          if (next === undefined) remove(path);
          else set(path, next);
        }}
      />
    </Frame>
  );
}

// ---------------------------------------------------------------------------------------------
// Choices

export function SelectField({
  path,
  label,
  testId,
  hint,
  optional,
  options,
  labels,
}: BaseProps & { options: readonly string[]; labels?: Readonly<Record<string, string>> }) {
  const { t, value, set, remove } = useEditor();
  const control = useControl({ path: pathText(path) }, Boolean(hint));
  const stored = getIn(value(), path);
  const current = stored === undefined ? '' : shown(stored);
  const known = options.includes(current);
  return (
    <Frame control={control} label={label} hint={hint}>
      <select
        {...control.aria}
        data-testid={testId}
        value={current}
        onChange={(e) => (e.target.value === '' && optional ? remove(path) : set(path, e.target.value))}
      >
        {current === '' || optional ? <option value="">{t.choose}</option> : null}
        {!known && current !== '' ? <option value={current}>{t.notAChoice(current)}</option> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {labels?.[option] ?? option}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField({ path, label, testId }: BaseProps) {
  const { value, set, remove } = useEditor();
  const control = useControl({ path: pathText(path) }, false);
  const stored = getIn(value(), path);
  return (
    <div className={`ed-field ed-check${control.problems.length > 0 ? ' ed-invalid' : ''}`}>
      <input
        {...control.aria}
        data-testid={testId}
        type="checkbox"
        checked={stored === true}
        onChange={(e) => (e.target.checked ? set(path, true) : remove(path))}
      />
      <label htmlFor={control.id}>{label}</label>
      <ProblemList id={control.problemsId} problems={control.problems} claimPath={control.claimPath} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Lists of words

function splitList(text: string, by: 'line' | 'comma'): string[] {
  return text
    .split(by === 'line' ? /\r?\n/ : ',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function sameList(a: readonly string[], b: unknown): boolean {
  return Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
}

function listText(value: unknown, by: 'line' | 'comma'): string {
  if (!Array.isArray(value)) return value === undefined ? '' : shown(value);
  return value.map(shown).join(by === 'line' ? '\n' : ', ');
}

/**
 * A list of words or phrases: one per line in a textarea, or comma-separated in one input. Blank
 * lines are dropped from the stored list; problems about one entry name its line.
 */
export function ListField({ path, label, testId, hint, optional, wide, by = 'line' }: BaseProps & { by?: 'line' | 'comma' }) {
  const { t, value, set, remove } = useEditor();
  const effectiveHint = hint ?? (by === 'line' ? t.hints.onePerLine : t.hints.commaSeparated);
  const control = useControl({ path: pathText(path), deep: true }, true);
  const stored = getIn(value(), path);
  const [text, setText] = useState(() => listText(stored, by));
  useEffect(() => {
    if (!sameList(splitList(text, by), stored)) setText(listText(stored, by));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);
  const onChange = (raw: string) => {
    setText(raw);
    const next = splitList(raw, by);
    if (next.length === 0 && (optional || stored === undefined)) {
      if (stored !== undefined) remove(path);
      return;
    }
    set(path, next);
  };
  return (
    <Frame control={control} label={label} hint={effectiveHint} wide={wide}>
      {by === 'line' ? (
        <textarea
          {...control.aria}
          data-testid={testId}
          rows={Math.min(6, Math.max(2, text.split('\n').length))}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input {...control.aria} data-testid={testId} type="text" value={text} onChange={(e) => onChange(e.target.value)} />
      )}
    </Frame>
  );
}

// ---------------------------------------------------------------------------------------------
// Per-language maps

const DEFAULT_LANGS = ['en', 'ru'];

function languagesOf(map: unknown): string[] {
  const keys = map && typeof map === 'object' && !Array.isArray(map) ? Object.keys(map) : [];
  return [...DEFAULT_LANGS, ...keys.filter((k) => !DEFAULT_LANGS.includes(k))];
}

/** A group of one field per language, with a way to add another language. */
function LangGroup({
  path,
  label,
  hint,
  empty,
  render,
}: {
  path: Path;
  label: string;
  hint?: string;
  /** What a newly added language starts with. */
  empty: unknown;
  render(lang: string, langPath: Path): ReactNode;
}) {
  const { t, value, set, remove } = useEditor();
  const stored = getIn(value(), path);
  const langs = languagesOf(stored);
  const claimPath = pathText(path);
  const problems = useClaim({ path: claimPath, deep: true, except: langs.map((lang) => pathText([...path, lang])) });
  const problemsId = useId();
  const [code, setCode] = useState('');
  const codeId = useId();
  const isMap = stored === undefined || (typeof stored === 'object' && stored !== null && !Array.isArray(stored));
  return (
    <fieldset className="ed-langs ed-wide" aria-describedby={problems.length > 0 ? problemsId : undefined}>
      <legend>{label}</legend>
      {hint ? <p className="ed-hint">{hint}</p> : null}
      <div className="ed-lang-rows">
        {langs.map((lang) => (
          <div className="ed-lang-row" key={lang}>
            {render(lang, [...path, lang])}
            {!DEFAULT_LANGS.includes(lang) ? (
              <button type="button" className="ed-small" aria-label={t.hints.removeLanguage(lang)} onClick={() => remove([...path, lang])}>
                ×
              </button>
            ) : null}
          </div>
        ))}
      </div>
      {isMap ? (
        <div className="ed-add-lang">
          <label htmlFor={codeId}>{t.fields.languageCode}</label>
          <input id={codeId} type="text" size={6} value={code} onChange={(e) => setCode(e.target.value)} />
          <button
            type="button"
            className="ed-small"
            disabled={code.trim() === '' || langs.includes(code.trim())}
            onClick={() => {
              set([...path, code.trim()], empty);
              setCode('');
            }}
          >
            {t.hints.addLanguage}
          </button>
        </div>
      ) : null}
      <ProblemList id={problemsId} problems={problems} claimPath={claimPath} />
    </fieldset>
  );
}

/** Words per language (`names`, `terms`, `except`): one textarea per language, one phrase per line. */
export function LangMapField({ path, label, testIdPrefix, hint }: { path: Path; label: string; testIdPrefix?: string; hint?: string }) {
  return (
    <LangGroup
      path={path}
      label={label}
      hint={hint}
      empty={[]}
      render={(lang, langPath) => (
        <ListField path={langPath} label={`${label} · ${lang}`} testId={testIdPrefix ? `${testIdPrefix}-${lang}` : undefined} optional />
      )}
    />
  );
}

/** One text per language (a market's `name`). */
export function LangTextField({ path, label }: { path: Path; label: string }) {
  return (
    <LangGroup
      path={path}
      label={label}
      empty=""
      render={(lang, langPath) => <TextField path={langPath} label={`${label} · ${lang}`} optional />}
    />
  );
}
