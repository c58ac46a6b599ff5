/**
 * What every field of the document editor reads: the current value, the edit functions, the
 * validator's problems, and the checker for the "try" boxes.
 *
 * Problems are placed by *claims*: a field claims its own path (and, for a one-per-line list or a
 * language map, the paths inside it). A field shows the problems it claims; the summary at the top
 * shows the ones nobody claims. Fields register their claims in layout effects, so the summary
 * knows before the browser paints.
 */
import { createContext, useContext, useLayoutEffect, useMemo } from 'react';
import type { DocProblem } from '@/lib/alignment/load';
import type { Checker } from '@/lib/engine/check';
import type { EditorLang, EditorText } from './text';
import { isUnder, type Path } from '@/lib/alignment/paths';

export interface Claim {
  /** Path as the validator writes it (`markets[0].kpis[1].max`). */
  path: string;
  /** Also claim what lies inside the path (the lines of a list, the keys of a map). */
  deep?: boolean;
  /** Inner paths left to other fields (a language map leaves each language's list to its textarea). */
  except?: readonly string[];
}

export function claims(claim: Claim, problemPath: string): boolean {
  if (problemPath === claim.path) return true;
  if (!claim.deep || !isUnder(problemPath, claim.path)) return false;
  return !(claim.except ?? []).some((inner) => isUnder(problemPath, inner));
}

export class ClaimRegistry {
  private readonly entries = new Map<string, { claim: Claim; count: number }>();
  private version = 0;
  private readonly listeners = new Set<() => void>();

  add(claim: Claim): () => void {
    const key = claimKey(claim);
    const entry = this.entries.get(key);
    if (entry) entry.count++;
    else this.entries.set(key, { claim, count: 1 });
    this.changed();
    return () => {
      const current = this.entries.get(key);
      if (!current) return;
      if (--current.count === 0) this.entries.delete(key);
      this.changed();
    };
  }

  isClaimed(problemPath: string): boolean {
    for (const { claim } of this.entries.values()) if (claims(claim, problemPath)) return true;
    return false;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

function claimKey(claim: Claim): string {
  return JSON.stringify([claim.path, claim.deep ?? false, claim.except ?? []]);
}

/**
 * The engine for the current document. `checker()` compiles it on first use (tens of ms for a
 * real document), so typing in a form with no try box in use never pays for it; it may throw.
 */
export type CheckState = { state: 'ok'; checker(): Checker } | { state: 'invalid'; problems: readonly DocProblem[] };

export interface EditorContextValue {
  t: EditorText;
  lang: EditorLang;
  /** The document as last rendered or last edited. */
  value(): unknown;
  set(path: Path, next: unknown): void;
  remove(path: Path): void;
  registry: ClaimRegistry;
  /** Market ids of the document, for suggestions. */
  marketIds: readonly string[];
  /** Metric ids (the document's and the built-in ones), for suggestions. */
  metricIds: readonly string[];
  partyIds: readonly string[];
  /** Prefix for element ids (useId of the editor). */
  uid: string;
}

/**
 * Three contexts, so a keystroke re-renders little: the editor's own (stable while the market, metric
 * and party ids stay the same), the problems (kept the same array while the problems are), and the
 * checker (new with every valid document; only the try boxes read it).
 */
export const EditorContext = createContext<EditorContextValue | null>(null);
export const ProblemsContext = createContext<readonly DocProblem[]>([]);
export const CheckContext = createContext<CheckState>({ state: 'invalid', problems: [] });

export function useCheck(): CheckState {
  return useContext(CheckContext);
}

export function useEditor(): EditorContextValue {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('editor fields must be rendered inside <DocumentEditor>');
  return ctx;
}

/** Registers a claim and returns the problems it takes. */
export function useClaim(claim: Claim): DocProblem[] {
  const { registry } = useEditor();
  const problems = useContext(ProblemsContext);
  const key = claimKey(claim);
  // The claim is rebuilt on every render; its key says when it really changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => registry.add(claim), [registry, key]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => problems.filter((p) => claims(claim, p.path)), [problems, key]);
}
