import { browser } from 'wxt/browser';
import type { UiLang } from '@/lib/engine/types';
import type { SourceOutcome } from '@/lib/storage/library';
import { fetchTeamDocument, needsHostPermission, originPattern, sourceUrlProblem } from '@/lib/team-source';
import type { OptionsText } from './text';

/**
 * Asks for the URL's origin (only that one) as an optional host permission. Call it synchronously in
 * the click handler, before any await: browsers grant a permission only during the user's gesture.
 */
export function requestSourcePermission(url: string): Promise<boolean> {
  if (!needsHostPermission(url)) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives the origin back when no other followed document still needs it (best effort). */
export async function releaseSourcePermission(url: string, stillFollowed: readonly string[]): Promise<void> {
  if (!needsHostPermission(url)) return;
  const origin = originPattern(url);
  if (stillFollowed.some((u) => needsHostPermission(u) && originPattern(u) === origin)) return;
  try {
    await browser.permissions.remove({ origins: [origin] });
  } catch {
    // Firefox refuses to remove a permission the user granted in its own settings; nothing to do.
  }
}

export type FirstFetch = { ok: true; outcome: Extract<SourceOutcome, { status: 'updated' }> } | { ok: false; error: string };

/**
 * The "Follow" click: checks the URL, asks for the permission at once (inside the gesture), then
 * fetches the file once. Only a valid document counts; nothing is stored here.
 */
export function followOnce(t: OptionsText, lang: UiLang, rawUrl: string): Promise<FirstFetch> {
  const url = rawUrl.trim();
  const problem = sourceUrlProblem(url, lang);
  if (problem) return Promise.resolve({ ok: false, error: sentence(problem) });
  const granted = requestSourcePermission(url);
  return (async (): Promise<FirstFetch> => {
    if (!(await granted)) return { ok: false, error: t.permissionDenied(new URL(url).origin) };
    const outcome = await fetchTeamDocument(url, null, { lang });
    if (outcome.status === 'updated') return { ok: true, outcome };
    if (outcome.status === 'failed') return { ok: false, error: outcome.error };
    return { ok: false, error: t.notModifiedFirst(new URL(url).host) };
  })();
}

function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');
}
