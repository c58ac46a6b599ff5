import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { markFinding } from '../drift/log';
import { FINDING_KINDS } from '../engine/types';

/**
 * Everything Accord keeps, in `browser.storage.local` on the user's machine. Every value is parsed
 * with zod when read: storage is written by several contexts (and by older versions of Accord), so a
 * value of the wrong shape falls back to the default instead of breaking a page.
 */

// ---------------------------------------------------------------------------------------------
// Site switches

export const SITE_IDS = ['gmail', 'docs'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export type SiteSwitches = Record<SiteId, boolean>;
const ALL_ON: SiteSwitches = { gmail: true, docs: true };

export const siteSwitchesItem = storage.defineItem<Record<string, boolean>>('local:sites', { fallback: ALL_ON });

export function parseSiteSwitches(value: unknown): SiteSwitches {
  const parsed = schemas().SiteSwitches.safeParse(value);
  return { ...ALL_ON, ...(parsed.success ? parsed.data : {}) };
}

export async function isSiteOn(site: SiteId): Promise<boolean> {
  return parseSiteSwitches(await siteSwitchesItem.getValue())[site];
}

export async function setSiteOn(site: SiteId, on: boolean): Promise<void> {
  const now = parseSiteSwitches(await siteSwitchesItem.getValue());
  await siteSwitchesItem.setValue({ ...now, [site]: on });
}

/** Calls `cb` whenever the switch of `site` changes. */
export function watchSite(site: SiteId, cb: (on: boolean) => void): () => void {
  return siteSwitchesItem.watch((v) => cb(parseSiteSwitches(v)[site]));
}

// ---------------------------------------------------------------------------------------------
// The team's alignment document (null: the built-in example)

export const documentItem = storage.defineItem<unknown>('local:alignmentDocument', { fallback: null });

// ---------------------------------------------------------------------------------------------
// Dismissed findings: per message, the findings the user dismissed there

/** A finding's identity within one message: its entry and the words it flagged, not its offsets (they move as text is edited). */
export function findingKey(f: { ruleId: string; actual: string }): string {
  return `${f.ruleId}\u0000${f.actual.trim().toLowerCase()}`;
}

/** Oldest messages are forgotten past this many. */
const MAX_DISMISSED_MESSAGES = 2_000;

export const dismissalsItem = storage.defineItem<Record<string, string[]>>('local:dismissed', { fallback: {} });

export async function readDismissals(): Promise<Record<string, string[]>> {
  const parsed = schemas().Dismissals.safeParse(await dismissalsItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function dismiss(messageKey: string, key: string): Promise<void> {
  const all = await readDismissals();
  const keys = new Set(all[messageKey] ?? []);
  keys.add(key);
  delete all[messageKey];
  all[messageKey] = [...keys];
  const names = Object.keys(all);
  for (const old of names.slice(0, Math.max(0, names.length - MAX_DISMISSED_MESSAGES))) delete all[old];
  await dismissalsItem.setValue(all);
  // `key` is `findingKey`: the entry, a NUL, the flagged words.
  const cut = key.indexOf('\u0000');
  if (cut > 0) await markInDriftLog(messageKey, key.slice(0, cut), key.slice(cut + 1), 'dismissed');
}

/** Tells the drift log what the user said of a finding; the log is an extra, so its failures stay here. */
async function markInDriftLog(sourceKey: string, ruleId: string, actual: string, state: 'dismissed' | 'intentional'): Promise<void> {
  try {
    await markFinding({ sourceKey, ruleId, actual, state });
  } catch {
    // Not recorded in the drift log; the dismissal or the note itself is kept.
  }
}

// ---------------------------------------------------------------------------------------------
// "Intentional" notes, for the weekly check-in

/** Built on first use, not at load: a content script's start is kept short. */
function buildSchemas() {
  return {
    SiteSwitches: z.record(z.string(), z.boolean()),
    Dismissals: z.record(z.string(), z.array(z.string())),
    IntentionalNote: z.strictObject({
      id: z.string(),
      /** ISO time the note was taken. */
      at: z.string(),
      site: z.enum(['gmail', 'docs', 'page']),
      /** The message or document the finding was in. */
      where: z.string(),
      subject: z.nullable(z.string()),
      kind: z.enum(FINDING_KINDS),
      severity: z.enum(['error', 'warning', 'info']),
      ruleId: z.string(),
      market: z.nullable(z.string()),
      actual: z.string(),
      expected: z.string(),
      revision: z.number(),
      note: z.string(),
    }),
  };
}

let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

export type IntentionalNote = z.infer<ReturnType<typeof buildSchemas>['IntentionalNote']>;

const MAX_NOTES = 1_000;

export const intentionalItem = storage.defineItem<unknown[]>('local:intentional', { fallback: [] });

export async function readIntentional(): Promise<IntentionalNote[]> {
  const raw = await intentionalItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((x) => {
    const p = schemas().IntentionalNote.safeParse(x);
    return p.success ? [p.data] : [];
  });
}

export async function addIntentional(note: IntentionalNote): Promise<void> {
  const notes = [...(await readIntentional()), schemas().IntentionalNote.parse(note)];
  await intentionalItem.setValue(notes.slice(-MAX_NOTES));
  // `where` is the message key the page names the finding's message by (for Gmail, the checked stream).
  await markInDriftLog(note.where, note.ruleId, note.actual, 'intentional');
}
