/**
 * The alignment document editor of the options page: forms for every part of `alignment/v1`,
 * validation as the user types with the schema's own messages next to the fields they name, and a
 * "try" box under each red line and KPI that runs the real engine on a pasted sentence.
 *
 * The editor is controlled: it shows `value` (any value — a draft may be invalid or incomplete) and
 * reports every edit as the whole new value. Edits copy only the containers on the edited path, so
 * fields the form does not know survive.
 */
import { memo, useCallback, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { problemToString, validateAlignment, type DocProblem, type LoadResult } from '@/lib/alignment/load';
import { ALIGNMENT_FORMAT } from '@/lib/alignment/schema';
import { createChecker, type Checker } from '@/lib/engine/check';
import { BUILTIN_METRICS } from '@/lib/lexicon/metrics';
import { CheckContext, ClaimRegistry, EditorContext, ProblemsContext, useEditor, type CheckState, type EditorContextValue } from './context';
import { PathProblems } from './fields';
import { removeAt, setIn, type Path } from '@/lib/alignment/paths';
import {
  AssumptionsFields,
  CadenceFields,
  ChannelsFields,
  CompromiseFields,
  DocumentFields,
  HypothesesFields,
  MarketsFields,
  MetricsFields,
  newMarket,
  PartiesFields,
  ProductFields,
  RedLinesFields,
  RiskToleranceFields,
  SignOffFields,
  SuccessFields,
  today,
} from './sections';
import { editorText, SECTION_NAMES, type EditorLang, type SectionName } from './text';
import './editor.css';

export interface DocumentEditorProps {
  /** The document being edited: any value (a draft may be invalid or incomplete). */
  value: unknown;
  /** Called on every edit with the whole new value (the shell autosaves it as a draft). */
  onChange(next: unknown): void;
  lang: EditorLang;
}

/** A minimal document to start from ("Create your own"); it validates as it is. */
export function emptyDocument(lang: EditorLang = 'en'): Record<string, unknown> {
  const t = editorText(lang);
  return {
    format: ALIGNMENT_FORMAT,
    id: 'new-alignment',
    title: t.starter.title,
    revision: 1,
    updatedAt: today(),
    parties: [
      { id: 'ours', name: t.starter.ourTeam, role: '', domains: [], languages: [lang] },
      { id: 'partner', name: t.starter.partnerTeam, role: '', domains: [], languages: [] },
    ],
    product: { name: '', summary: '', names: {} },
    success: { quantitative: '', qualitative: [] },
    metrics: [],
    markets: [newMarket('M1', t.starter.market, 'ours')],
    redLines: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The checker for the "try" boxes: one per document value, built only when the value validates.

const checkStates = new WeakMap<object, CheckState>();

function checkStateFor(value: unknown, result: LoadResult): CheckState {
  if (!result.ok) return { state: 'invalid', problems: result.problems };
  const key = value as object; // it validates, so it is an object
  const cached = checkStates.get(key);
  if (cached) return cached;
  let checker: Checker | undefined;
  const state: CheckState = { state: 'ok', checker: () => (checker ??= createChecker(result.doc)) };
  checkStates.set(key, state);
  return state;
}

// ---------------------------------------------------------------------------------------------
// Where a problem lives

const SECTION_KEYS = new Set<string>(SECTION_NAMES);

/** The section a problem path falls in: its first key, or "document" for the top-level fields. */
export function sectionOf(path: string): SectionName {
  const top = /^[A-Za-z_$][\w$]*/.exec(path)?.[0] ?? '';
  return SECTION_KEYS.has(top) && top !== 'document' ? (top as SectionName) : 'document';
}

function ids(list: unknown, key = 'id'): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list) {
    const id = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof id === 'string' && id.trim() !== '' && !out.includes(id)) out.push(id);
  }
  return out;
}

const NO_PROBLEMS: readonly DocProblem[] = [];

const SECTION_BODIES: Record<SectionName, { body: () => ReactNode; claim?: Path }> = {
  document: { body: () => <DocumentFields /> },
  parties: { body: () => <PartiesFields /> },
  product: { body: () => <ProductFields />, claim: ['product'] },
  success: { body: () => <SuccessFields />, claim: ['success'] },
  metrics: { body: () => <MetricsFields /> },
  channels: { body: () => <ChannelsFields /> },
  markets: { body: () => <MarketsFields /> },
  redLines: { body: () => <RedLinesFields /> },
  hypotheses: { body: () => <HypothesesFields /> },
  assumptions: { body: () => <AssumptionsFields /> },
  compromise: { body: () => <CompromiseFields /> },
  riskTolerance: { body: () => <RiskToleranceFields />, claim: ['riskTolerance'] },
  cadence: { body: () => <CadenceFields />, claim: ['cadence'] },
  signOff: { body: () => <SignOffFields /> },
};

export function DocumentEditor({ value, onChange, lang }: DocumentEditorProps) {
  const t = editorText(lang);
  const uid = useId();
  const result = useMemo(() => validateAlignment(value), [value]);
  const problems = useSame(result.ok ? NO_PROBLEMS : result.problems, sameProblems);
  const check = useMemo(() => checkStateFor(value, result), [value, result]);

  // Two edits before the shell renders again must build on each other, not both on `value`.
  const latest = useRef(value);
  const rendered = useRef(value);
  if (rendered.current !== value) {
    rendered.current = value;
    latest.current = value;
  }
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const emit = useCallback((next: unknown) => {
    if (Object.is(next, latest.current)) return;
    latest.current = next;
    onChangeRef.current(next);
  }, []);

  const registry = useMemo(() => new ClaimRegistry(), []);
  const marketIds = useSame(ids(isRecord(value) ? value.markets : undefined), sameList);
  const partyIds = useSame(ids(isRecord(value) ? value.parties : undefined), sameList);
  const ownMetrics = ids(isRecord(value) ? value.metrics : undefined);
  const metricIds = useSame([...ownMetrics, ...BUILTIN_METRICS.map((m) => m.id).filter((id) => !ownMetrics.includes(id))], sameList);

  const ctx = useMemo<EditorContextValue>(
    () => ({
      t,
      lang,
      value: () => latest.current,
      set: (path, next) => emit(setIn(latest.current, path, next)),
      remove: (path) => emit(removeAt(latest.current, path)),
      registry,
      marketIds,
      metricIds,
      partyIds,
      uid,
    }),
    [t, lang, emit, registry, marketIds, metricIds, partyIds, uid],
  );

  const [open, setOpen] = useState<Record<SectionName, boolean>>(
    () => Object.fromEntries(SECTION_NAMES.map((name) => [name, true])) as Record<SectionName, boolean>,
  );
  const counts = useMemo(() => {
    const out = new Map<SectionName, number>();
    for (const p of problems) out.set(sectionOf(p.path), (out.get(sectionOf(p.path)) ?? 0) + 1);
    return out;
  }, [problems]);
  const headId = (name: SectionName) => `${uid}-section-${name}`;
  const goTo = (name: SectionName) => {
    setOpen((o) => ({ ...o, [name]: true }));
    const head = document.getElementById(headId(name));
    head?.focus();
    head?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  };

  return (
    <EditorContext.Provider value={ctx}>
      <ProblemsContext.Provider value={problems}>
        <CheckContext.Provider value={check}>
          <div className="accord-editor" data-testid="editor" role="form" aria-label={t.editor} lang={lang}>
            <ProblemSummary problems={problems} onGo={(p) => goTo(sectionOf(p.path))} />
            {SECTION_NAMES.map((name) => (
              <Section
                key={name}
                name={name}
                headId={headId(name)}
                open={open[name]}
                count={counts.get(name) ?? 0}
                onToggle={() => setOpen((o) => ({ ...o, [name]: !o[name] }))}
                claim={SECTION_BODIES[name].claim}
              >
                <SectionBody name={name} root={value} />
              </Section>
            ))}
          </div>
        </CheckContext.Provider>
      </ProblemsContext.Provider>
    </EditorContext.Provider>
  );
}

/** The top-level fields each section shows: it re-renders only when one of them changes. */
const SECTION_FIELDS: Record<SectionName, readonly string[]> = {
  ...(Object.fromEntries(SECTION_NAMES.map((name): [string, readonly string[]] => [name, [name]])) as Record<SectionName, readonly string[]>),
  document: ['format', 'id', 'title', 'revision', 'updatedAt'],
};

const SectionBody = memo(
  function SectionBody({ name }: { name: SectionName; root: unknown }) {
    return <>{SECTION_BODIES[name].body()}</>;
  },
  (before, after) =>
    before.name === after.name &&
    (before.root === after.root ||
      (isRecord(before.root) && isRecord(after.root) && SECTION_FIELDS[after.name].every((key) => (before.root as Record<string, unknown>)[key] === (after.root as Record<string, unknown>)[key]))),
);

/** The previous value while `same` says nothing changed, so contexts and memos keep still. */
function useSame<T>(next: T, same: (a: T, b: T) => boolean): T {
  const ref = useRef(next);
  if (ref.current !== next && !same(ref.current, next)) ref.current = next;
  return ref.current;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameProblems(a: readonly DocProblem[], b: readonly DocProblem[]): boolean {
  return a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function Section({
  name,
  headId,
  open,
  count,
  onToggle,
  claim,
  children,
}: {
  name: SectionName;
  headId: string;
  open: boolean;
  count: number;
  onToggle(): void;
  claim?: Path;
  children: ReactNode;
}) {
  const { t } = useEditor();
  const bodyId = `${headId}-body`;
  return (
    <section className="ed-section" data-testid={`section-${name}`} aria-labelledby={headId}>
      <h2 className="ed-section-head">
        <button type="button" id={headId} aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="ed-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {t.sections[name]}
          {count > 0 ? <span className="ed-badge">{t.problems.inSection(count)}</span> : null}
        </button>
      </h2>
      {/* Hidden, not unmounted: the fields keep claiming their problems and their typed text. */}
      <div className="ed-section-body" id={bodyId} hidden={!open}>
        {claim ? <PathProblems path={claim} /> : null}
        {children}
      </div>
    </section>
  );
}

/** Problems no field shows (a root problem, a field the form has no input for), each a way to its section. */
function ProblemSummary({ problems, onGo }: { problems: readonly DocProblem[]; onGo(p: DocProblem): void }) {
  const { t, registry } = useEditor();
  // Re-render when fields register or drop their claims (after they render).
  useSyncExternalStore(registry.subscribe, registry.getVersion, registry.getVersion);
  const unplaced = problems.filter((p) => !registry.isClaimed(p.path));
  return (
    <div className={`ed-summary${problems.length > 0 ? ' ed-summary-bad' : ''}`} data-testid="editor-problems" role="region" aria-label={t.problems.title}>
      {problems.length === 0 ? (
        <p className="ed-ok">
          <span aria-hidden="true">✓ </span>
          {t.problems.valid}
        </p>
      ) : (
        <>
          <p>
            <span className="ed-problem-icon" aria-hidden="true">
              ⚠
            </span>{' '}
            {unplaced.length === 0 ? t.problems.allShown(problems.length) : t.problems.unplaced(unplaced.length)}
          </p>
          {unplaced.length > 0 ? (
            <ul>
              {unplaced.map((p) => (
                <li key={`${p.path}\u0000${p.message}`}>
                  <button type="button" className="ed-link" onClick={() => onGo(p)}>
                    {problemToString(p)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
