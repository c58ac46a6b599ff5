import { useEffect, useRef, type RefObject } from 'react';
import { isUnder } from '@/lib/alignment/paths';

/**
 * Deep links into the options page: `options.html#doc=<id>&path=<json path>&summary=<text>` selects the
 * document, opens its Edit tab and focuses the field whose `data-path` is `path` (the editor's inputs
 * carry it, see editor/fields.tsx); `summary` (a proposed change from a check-in note, lib/drift/propose.ts)
 * is shown as a notice. The hash is read when the page opens and whenever it changes, then cleared, so
 * the same link followed again is followed again.
 */
export interface DeepLink {
  doc: string;
  /** JSON path as the validator writes it: `markets[1].kpis[1].max`. */
  path: string | null;
  summary: string | null;
}

export function parseDeepLink(hash: string): DeepLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const doc = params.get('doc');
  if (!doc) return null;
  return { doc, path: params.get('path') || null, summary: params.get('summary') || null };
}

/** The hash that opens `link` (for `browser.runtime.getURL('/options.html') + deepLinkHash(...)`). */
export function deepLinkHash(link: { doc: string; path?: string | null; summary?: string | null }): string {
  const params = new URLSearchParams({ doc: link.doc });
  if (link.path) params.set('path', link.path);
  if (link.summary) params.set('summary', link.summary);
  return `#${params.toString()}`;
}

/** Calls `onLink` with the page's deep link when it opens and on every hash change. */
export function useDeepLink(onLink: (link: DeepLink) => void): void {
  const latest = useRef(onLink);
  latest.current = onLink;
  useEffect(() => {
    const follow = () => {
      const link = parseDeepLink(window.location.hash);
      if (!link) return;
      latest.current(link);
      // Cleared without a new history entry (and without a hashchange).
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
}

/** A field to focus, once per `seq` (the same path may be asked for again). */
export interface FocusRequest {
  path: string;
  seq: number;
}

/** The class that marks the field a deep link points at (options.css). */
export const PROPOSED_CLASS = 'opt-proposed';
const FIELDS = 'input[data-path], textarea[data-path], select[data-path]';
/** How long to wait for the field to be rendered (the library may arrive after the link). */
const WAIT_MS = 5_000;

/** The input editing `path`, else the first one inside it (a path naming a whole entry opens the entry). */
export function findField(root: ParentNode, path: string): HTMLElement | null {
  const all = [...root.querySelectorAll<HTMLElement>(FIELDS)];
  return all.find((el) => el.dataset.path === path) ?? all.find((el) => isUnder(el.dataset.path ?? '', path)) ?? null;
}

/**
 * Focuses, scrolls to and highlights the field of `request` inside `root` once it is rendered. The
 * highlight stays until another field is asked for, so the reviewer can find the change again.
 */
export function useFocusField(root: RefObject<HTMLElement | null>, request: FocusRequest | null): void {
  const seq = request?.seq;
  const path = request?.path;
  useEffect(() => {
    const container = root.current;
    if (seq === undefined || path === undefined || !container) return;
    const tryFocus = (): boolean => {
      const el = findField(container, path);
      if (!el) return false;
      for (const old of container.querySelectorAll(`.${PROPOSED_CLASS}`)) old.classList.remove(PROPOSED_CLASS);
      (el.closest<HTMLElement>('.ed-field') ?? el).classList.add(PROPOSED_CLASS);
      el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      el.focus({ preventScroll: true });
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(container, { childList: true, subtree: true });
    return stop;
  }, [root, seq, path]);
}
