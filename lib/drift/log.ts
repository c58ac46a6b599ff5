import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { FINDING_KINDS, type Finding, type FindingKind, type Severity } from '../engine/types';
import { shortHash } from './hash';

/**
 * The local drift log, behind the weekly check-in report: one record per finding per checked source
 * (a partner's email, a draft, a brief), kept in `browser.storage.local` on the user's machine.
 *
 * A record never holds text: not the email, not the flagged words, not the finding's message. It keeps
 * the finding's kind, entry (`ruleId`), market and severity, where it was seen, short hashes of the
 * source and of the flagged words (to count each message once, however often it is opened), times,
 * and what the user said of it (dismissed, intentional).
 *
 * Identity. A text that does not change under the user's hands (a received email, a selection) has a
 * record per (source, ruleId, flagged words): two different phrases breaking one red line are two
 * findings the user can dismiss apart. A text being typed (a Gmail draft, a Google Doc) has one record
 * per (source, ruleId): "$4", "$41", "$410" typed in turn are one finding, not three. Findings in quoted
 * text (a reply's quote of the partner's earlier words) are kept apart with `quoted: true`; the report
 * counts only the others.
 *
 * Writes. Checks arrive on every pause in typing; they are coalesced per source in memory and written
 * at most once per {@link COALESCE_MS} (the latest check of each source wins), so typing never writes
 * storage on every keystroke. The log is capped at {@link MAX_RECORDS} (the least recently seen go
 * first) and pruned to the retention period on every write and read.
 *
 * This module is imported by content scripts and the popup (through lib/storage/items.ts, for
 * dismiss/intentional), so it stays light: no engine, no document. Whether a KPI finding went above or
 * below the agreed value is worked out by the caller of {@link recordCheck} (the background passes
 * `findingDirection` from ./aggregate.ts) and only that word is stored.
 */

export type DriftSite = 'gmail' | 'docs' | 'page';
export type SourceKind = 'email' | 'draft' | 'brief';
export type DriftState = 'open' | 'dismissed' | 'intentional';
export type DriftDirection = 'above' | 'below';

export interface DriftRecord {
  /** shortHash of source + ruleId + finding identity (+ quoted): one record per finding per source. */
  id: string;
  /** ISO time the finding was first seen in this source. */
  firstSeen: string;
  /** ISO time it was last seen (re-opening an email updates this, and nothing else). */
  lastSeen: string;
  site: DriftSite;
  sourceKind: SourceKind;
  /** shortHash of the source's key: counts each message once even when re-opened. */
  source: string;
  /**
   * shortHash of the key the page itself names the source by (`gmail:compose:compose-1`), for
   * dismiss/intentional from the page; equal to `source` except for drafts, whose page keys repeat across
   * page loads and are made unique in the background. Absent: the same as `source`.
   */
  stream?: string;
  /** shortHash of the flagged words (trimmed, lower case) for texts that do not change; null for texts being typed. */
  finding?: string | null;
  kind: FindingKind;
  ruleId: string;
  market: string | null;
  severity: Severity;
  /** Found in quoted earlier text (a reply's quote of the partner's words). */
  quoted: boolean;
  /** The alignment document's revision the text was checked against. */
  revision: number;
  /** For KPI and numeric red-line findings, when known: the text proposed a value above the agreed maximum or below the minimum. */
  direction: DriftDirection | null;
  state: DriftState;
}

export interface DriftSettings {
  enabled: boolean;
  /** Records not seen for this many days are forgotten. */
  retentionDays: number;
}

export const DEFAULT_DRIFT_SETTINGS: DriftSettings = { enabled: true, retentionDays: 90 };
/** Writes wait this long, so that the checks of a draft being typed become one write. */
export const COALESCE_MS = 2_000;
/** The log keeps at most this many records; the least recently seen are dropped first. */
export const MAX_RECORDS = 20_000;
/** Longest retention the settings accept (ten years). */
const MAX_RETENTION_DAYS = 3_650;
const DAY_MS = 86_400_000;

export const DRIFT_LOG_FORMAT = 'accord-drift-log/v1';

export const driftLogItem = storage.defineItem<unknown[]>('local:driftLog', { fallback: [], version: 1 });
export const driftSettingsItem = storage.defineItem<unknown>('local:driftSettings', { fallback: DEFAULT_DRIFT_SETTINGS });
/**
 * Dismiss / intentional marks that arrived before the background wrote the finding they name (a click
 * within {@link COALESCE_MS} of opening an email): applied to the record when it is written, then dropped.
 */
const pendingMarksItem = storage.defineItem<unknown[]>('local:driftMarks', { fallback: [] });
const MAX_PENDING_MARKS = 200;

// ---------------------------------------------------------------------------------------------
// Schemas (zod/mini, built on first use: content scripts load this module)

function buildSchemas() {
  const Hash = z.string().check(z.minLength(1), z.maxLength(100));
  const Iso = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s))));
  return {
    Record: z.object({
      id: Hash,
      firstSeen: Iso,
      lastSeen: Iso,
      site: z.enum(['gmail', 'docs', 'page']),
      sourceKind: z.enum(['email', 'draft', 'brief']),
      source: Hash,
      stream: z.optional(Hash),
      finding: z.optional(z.nullable(Hash)),
      kind: z.enum(FINDING_KINDS),
      ruleId: z.string().check(z.maxLength(200)),
      market: z.nullable(z.string().check(z.maxLength(100))),
      severity: z.enum(['error', 'warning', 'info']),
      quoted: z.boolean(),
      revision: z.number(),
      direction: z.nullable(z.enum(['above', 'below'])),
      state: z.enum(['open', 'dismissed', 'intentional']),
    }),
    Settings: z.object({
      enabled: z.optional(z.boolean()),
      retentionDays: z.optional(z.int().check(z.gte(1), z.lte(MAX_RETENTION_DAYS))),
    }),
    Mark: z.object({
      stream: Hash,
      ruleId: z.string(),
      finding: Hash,
      state: z.enum(['open', 'dismissed', 'intentional']),
      at: Iso,
    }),
  };
}

let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

type Mark = z.infer<ReturnType<typeof buildSchemas>['Mark']>;

// ---------------------------------------------------------------------------------------------
// Settings

export async function readDriftSettings(): Promise<DriftSettings> {
  const parsed = schemas().Settings.safeParse(await driftSettingsItem.getValue());
  if (!parsed.success) return { ...DEFAULT_DRIFT_SETTINGS };
  return {
    enabled: parsed.data.enabled ?? DEFAULT_DRIFT_SETTINGS.enabled,
    retentionDays: parsed.data.retentionDays ?? DEFAULT_DRIFT_SETTINGS.retentionDays,
  };
}

/** Changes some settings; a shorter retention prunes the log at once, and turning the log off keeps what it has. */
export async function setDriftSettings(s: Partial<DriftSettings>): Promise<void> {
  const next = { ...(await readDriftSettings()), ...s };
  const checked = schemas().Settings.parse(next);
  await driftSettingsItem.setValue({ enabled: checked.enabled ?? true, retentionDays: checked.retentionDays ?? DEFAULT_DRIFT_SETTINGS.retentionDays });
  if (s.retentionDays !== undefined) await readDriftLog();
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Stored records that parse; the rest (older shapes, damage) are dropped. */
function parseRecords(raw: unknown): DriftRecord[] {
  if (!Array.isArray(raw)) return [];
  const out: DriftRecord[] = [];
  for (const x of raw) {
    const p = schemas().Record.safeParse(x);
    if (p.success) out.push(p.data);
  }
  return out;
}

async function readStored(): Promise<DriftRecord[]> {
  return parseRecords(await driftLogItem.getValue());
}

/** Records seen within the retention period, newest last seen last, at most {@link MAX_RECORDS}. */
function prune(records: DriftRecord[], retentionDays: number, now: Date): DriftRecord[] {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const kept = records.filter((r) => Date.parse(r.lastSeen) >= cutoff);
  if (kept.length <= MAX_RECORDS) return kept;
  return kept
    .map((r, i) => ({ r, i, t: Date.parse(r.lastSeen) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .slice(-MAX_RECORDS)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.r);
}

/**
 * The log, validated, with the retention period applied as of `now`; what that drops (and entries that
 * do not parse) is removed from storage too. Checks of this context not yet written are written first.
 */
export async function readDriftLog(now: Date = new Date()): Promise<DriftRecord[]> {
  // A failed write of pending checks does not keep the log from being read.
  await flushDriftLog().catch(() => undefined);
  const raw = await driftLogItem.getValue();
  const stored = parseRecords(raw);
  const { retentionDays } = await readDriftSettings();
  const kept = prune(stored, retentionDays, now);
  if (kept.length !== (Array.isArray(raw) ? raw.length : 0)) await driftLogItem.setValue(kept);
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Recording

/** What a check leaves in memory until it is written: hashes and labels, never text. */
type PendingFinding = Pick<DriftRecord, 'id' | 'finding' | 'kind' | 'ruleId' | 'market' | 'severity' | 'quoted' | 'revision' | 'direction'>;

interface PendingCheck {
  site: DriftSite;
  sourceKind: SourceKind;
  source: string;
  stream: string;
  at: string;
  findings: PendingFinding[];
}

/** The latest check of each source not yet written, by source hash. */
const pending = new Map<string, PendingCheck>();
let flushTimer: ReturnType<typeof setTimeout> | null = null;
let flushing: Promise<void> = Promise.resolve();

/** Texts being typed: a finding is one per (source, ruleId), whatever words it currently flags. */
function isLive(site: DriftSite, sourceKind: SourceKind): boolean {
  return sourceKind === 'draft' || site === 'docs';
}

/** A finding's words as lib/storage/items.ts `findingKey` reads them: trimmed, lower case. */
function wordsHash(actual: string): string {
  return shortHash(actual.trim().toLowerCase());
}

function recordId(source: string, ruleId: string, finding: string | null, quoted: boolean): string {
  return shortHash(`${source}\u0000${ruleId}\u0000${finding ?? ''}\u0000${quoted ? 'q' : ''}`);
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Records one check of a source: every finding it has now. `sourceKey` names the source for counting
 * (the background makes it: the stream for emails and Docs, a draft's stream made unique per page load,
 * a hash of a selection's text); `streamKey` is the key the page itself uses for dismissals, when it
 * differs. Nothing is written at once: see {@link COALESCE_MS}. `direction` works out a KPI or numeric
 * red-line finding's direction (the background passes ./aggregate.ts `findingDirection`).
 */
export async function recordCheck(input: {
  site: DriftSite;
  sourceKind: SourceKind;
  sourceKey: string;
  findings: Finding[];
  now?: Date;
  streamKey?: string;
  direction?: (f: Finding) => DriftDirection | null;
}): Promise<void> {
  const source = shortHash(input.sourceKey);
  const stream = shortHash(input.streamKey ?? input.sourceKey);
  const live = isLive(input.site, input.sourceKind);
  const byId = new Map<string, PendingFinding>();
  for (const f of input.findings) {
    const finding = live ? null : wordsHash(f.actual);
    const id = recordId(source, f.ruleId, finding, f.quoted);
    let direction: DriftDirection | null = null;
    try {
      direction = input.direction?.(f) ?? null;
    } catch {
      // A direction is a nicety: the finding is recorded without one.
    }
    const known = byId.get(id);
    if (known) {
      // One rule flagged twice in a draft: one record, the graver severity, the first direction found.
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[known.severity]) known.severity = f.severity;
      known.direction ??= direction;
      continue;
    }
    byId.set(id, { id, finding, kind: f.kind, ruleId: f.ruleId, market: f.market, severity: f.severity, quoted: f.quoted, revision: f.revision, direction });
  }
  pending.set(source, { site: input.site, sourceKind: input.sourceKind, source, stream, at: (input.now ?? new Date()).toISOString(), findings: [...byId.values()] });
  flushTimer ??= setTimeout(() => {
    flushTimer = null;
    void flushDriftLog().catch(() => undefined);
  }, COALESCE_MS);
}

/** Writes the checks waiting in memory now (the timer does it otherwise; tests and readers call it). */
export function flushDriftLog(): Promise<void> {
  if (flushTimer !== null) {
    clearTimeout(flushTimer);
    flushTimer = null;
  }
  // One write at a time: a flush started during another waits for it and then writes what is left.
  flushing = flushing.then(writePending, writePending);
  return flushing;
}

async function writePending(): Promise<void> {
  if (pending.size === 0) return;
  const checks = [...pending.values()];
  pending.clear();
  const settings = await readDriftSettings();
  if (!settings.enabled) return;
  const records = await readStored();
  const byId = new Map(records.map((r) => [r.id, r]));
  const marks = await readMarks();
  const usedMarks = new Set<Mark>();
  let latest = 0;
  for (const c of checks) {
    latest = Math.max(latest, Date.parse(c.at));
    for (const f of c.findings) {
      const known = byId.get(f.id);
      if (known) {
        if (Date.parse(c.at) > Date.parse(known.lastSeen)) known.lastSeen = c.at;
        if (Date.parse(c.at) < Date.parse(known.firstSeen)) known.firstSeen = c.at;
        known.severity = f.severity;
        known.market = f.market;
        known.revision = f.revision;
        known.direction = f.direction ?? known.direction;
        continue;
      }
      const mark = marks.find((m) => m.stream === c.stream && m.ruleId === f.ruleId && (f.finding === null || m.finding === f.finding));
      if (mark) usedMarks.add(mark);
      const record: DriftRecord = {
        id: f.id,
        firstSeen: c.at,
        lastSeen: c.at,
        site: c.site,
        sourceKind: c.sourceKind,
        source: c.source,
        stream: c.stream,
        finding: f.finding,
        kind: f.kind,
        ruleId: f.ruleId,
        market: f.market,
        severity: f.severity,
        quoted: f.quoted,
        revision: f.revision,
        direction: f.direction,
        state: mark?.state ?? 'open',
      };
      byId.set(record.id, record);
    }
  }
  const now = new Date(Math.max(latest, Date.now()));
  await driftLogItem.setValue(prune([...byId.values()], settings.retentionDays, now));
  if (usedMarks.size > 0) await pendingMarksItem.setValue(marks.filter((m) => !usedMarks.has(m)));
}

// ---------------------------------------------------------------------------------------------
// What the user says of a finding

async function readMarks(): Promise<Mark[]> {
  const raw = await pendingMarksItem.getValue();
  if (!Array.isArray(raw)) return [];
  const dayAgo = Date.now() - DAY_MS;
  return raw.flatMap((x) => {
    const p = schemas().Mark.safeParse(x);
    return p.success && Date.parse(p.data.at) >= dayAgo ? [p.data] : [];
  });
}

/**
 * Marks a finding dismissed or intentional (or open again). `sourceKey` is the key the page names the
 * message by (lib/storage/items.ts `dismiss`'s message key, an intentional note's `where`), which for
 * Gmail is the stream the background checked (`gmail:msg:<id>`, `gmail:compose:<id>`); `actual` the
 * flagged words. For a draft whose key repeats across page loads, the most recently seen one is meant.
 * A mark for a finding the background has not written yet is kept until it has.
 */
export async function markFinding(input: { sourceKey: string; ruleId: string; actual: string; state: DriftState; now?: Date }): Promise<void> {
  const stream = shortHash(input.sourceKey);
  const finding = wordsHash(input.actual);
  await flushDriftLog().catch(() => undefined);
  // Read raw, not parsed: this runs on the Gmail page on a click, and parsing 20,000 records there is
  // needless work. Entries of another shape are left as they are (a read drops them).
  const raw = await driftLogItem.getValue();
  const records = (Array.isArray(raw) ? raw : []) as Partial<DriftRecord>[];
  const matches = records.filter(
    (r) =>
      r !== null &&
      typeof r === 'object' &&
      (r.stream ?? r.source) === stream &&
      r.ruleId === input.ruleId &&
      (r.finding == null || r.finding === finding) &&
      typeof r.lastSeen === 'string',
  );
  if (matches.length === 0) {
    const mark: Mark = { stream, ruleId: input.ruleId, finding, state: input.state, at: (input.now ?? new Date()).toISOString() };
    await pendingMarksItem.setValue([...(await readMarks()), mark].slice(-MAX_PENDING_MARKS));
    return;
  }
  // The source seen last: for a draft key used again after a reload, the draft on screen.
  const newest = matches.reduce((a, b) => (Date.parse(b.lastSeen!) > Date.parse(a.lastSeen!) ? b : a)).source;
  for (const r of matches) if (r.source === newest) r.state = input.state;
  await driftLogItem.setValue(records);
}

// ---------------------------------------------------------------------------------------------
// Clear-all and export

/** Forgets every record (and every check not yet written). */
export async function clearDriftLog(): Promise<void> {
  pending.clear();
  if (flushTimer !== null) {
    clearTimeout(flushTimer);
    flushTimer = null;
  }
  await flushing.catch(() => undefined);
  await driftLogItem.setValue([]);
  await pendingMarksItem.setValue([]);
}

/** The records as a file: pretty JSON under a small header naming its format. */
export function exportDriftLog(records: DriftRecord[], now: Date = new Date()): string {
  return JSON.stringify({ format: DRIFT_LOG_FORMAT, exportedAt: now.toISOString(), records }, null, 2);
}
