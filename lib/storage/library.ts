import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { BUILTIN_DOCUMENT } from '../alignment/builtin';
import { validateAlignment, type DocProblem } from '../alignment/load';
import type { AlignmentDoc } from '../alignment/schema';
import { documentItem } from './items';

/**
 * The user's alignment documents (one per campaign), each with every revision that was ever saved,
 * an autosaved draft, and optionally a team source URL it follows. One document is active.
 *
 * Storage layouts, by version:
 *   1  one document under `local:alignmentDocument` (null: the built-in example); no library.
 *   2  this library under `local:library`.
 * `migrateLibrary` brings any older layout to the current one without losing anything: a stored
 * document that does not validate becomes a draft to fix, never dropped. The active document's
 * current revision is mirrored to `local:alignmentDocument`, which every checking context reads.
 */

export const LIBRARY_VERSION = 2;
/** The id under which the built-in example is shown and activated; it is never stored. */
export const BUILTIN_ID = 'builtin';

export interface Revision {
  /** The document as saved: it validated when it was saved. */
  doc: AlignmentDoc;
  /** ISO time. */
  savedAt: string;
  /** Where the revision came from: `edit`, `import`, `source`, `restore:<n>`, `migrated`. */
  origin: string;
}

/** A document that follows a file on the team's server. */
export interface TeamSource {
  url: string;
  etag: string | null;
  /** ISO time of the last successful request (200 or 304). */
  checkedAt: string | null;
  /** Why the last request did not give a usable revision, as a sentence; null when it did. */
  error: string | null;
}

export interface Draft {
  /** Whatever the editor holds, valid or not: a draft is never lost. */
  value: unknown;
  savedAt: string;
}

export interface StoredDocument {
  id: string;
  name: string;
  createdAt: string;
  /** Oldest first; the last one is the document's current revision. Empty until a first valid save. */
  revisions: Revision[];
  draft: Draft | null;
  source: TeamSource | null;
}

export interface Library {
  version: typeof LIBRARY_VERSION;
  activeId: string;
  documents: StoredDocument[];
}

export class LibraryError extends Error {
  constructor(
    message: string,
    readonly problems: DocProblem[] = [],
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export const libraryItem = storage.defineItem<unknown>('local:library', { fallback: null });

// ---------------------------------------------------------------------------------------------
// Shape checks (storage is written by several contexts and by other versions of Accord)

function buildSchemas() {
  const Revision = z.looseObject({ doc: z.unknown(), savedAt: z.string(), origin: z.string() });
  const TeamSource = z.looseObject({ url: z.string(), etag: z.nullable(z.string()), checkedAt: z.nullable(z.string()), error: z.nullable(z.string()) });
  const StoredDocument = z.looseObject({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    revisions: z.array(Revision),
    draft: z.nullable(z.looseObject({ value: z.unknown(), savedAt: z.string() })),
    source: z.nullable(TeamSource),
  });
  return { Versioned: z.looseObject({ version: z.number() }), Library: z.looseObject({ version: z.literal(LIBRARY_VERSION), activeId: z.string(), documents: z.array(z.unknown()) }), StoredDocument };
}
let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

// ---------------------------------------------------------------------------------------------
// Migration

/** Per version, how a library of that version becomes one of the next. Layout 1 is handled by `fromLegacy`. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * The library from what storage holds: `stored` under `local:library`, `legacy` under
 * `local:alignmentDocument`. `changed` says whether the result differs from what is stored and must
 * be written back. A library written by a newer Accord is refused rather than rewritten.
 */
export function migrateLibrary(stored: unknown, legacy: unknown, now: string): { library: Library; changed: boolean } {
  if (stored === null || stored === undefined) return { library: fromLegacy(legacy, now), changed: true };
  const versioned = schemas().Versioned.safeParse(stored);
  if (!versioned.success) {
    // Not a library at all (hand-edited storage): keep it as a draft of its own, and start over from the legacy key.
    const library = fromLegacy(legacy, now);
    library.documents.push(newDocument(uniqueId(library, 'recovered'), 'Recovered data', now, [], { value: stored, savedAt: now }));
    return { library, changed: true };
  }
  let value = stored as Record<string, unknown>;
  let version = versioned.data.version;
  if (version > LIBRARY_VERSION) throw new LibraryError(`The stored documents were written by a newer version of Accord (storage version ${version}); update Accord to use them.`);
  let changed = false;
  while (version < LIBRARY_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new LibraryError(`Stored documents of version ${version} cannot be read by this version of Accord.`);
    value = step(value);
    version++;
    changed = true;
  }
  const parsed = schemas().Library.safeParse(value);
  if (!parsed.success) return { library: fromLegacy(legacy, now), changed: true };
  const documents: StoredDocument[] = [];
  for (const raw of parsed.data.documents) {
    const d = schemas().StoredDocument.safeParse(raw);
    if (d.success) documents.push(d.data as StoredDocument);
    else {
      // An entry of the wrong shape is kept whole, as a draft to look at.
      documents.push(newDocument(`recovered-${documents.length + 1}`, 'Recovered document', now, [], { value: raw, savedAt: now }));
      changed = true;
    }
  }
  const library: Library = { version: LIBRARY_VERSION, activeId: parsed.data.activeId, documents };
  if (library.activeId !== BUILTIN_ID && !usable(library, library.activeId)) {
    library.activeId = BUILTIN_ID;
    changed = true;
  }
  return { library, changed };
}

/** Layout 1: one document (or none). A valid one becomes the active document's first revision; an invalid one a draft. */
function fromLegacy(legacy: unknown, now: string): Library {
  const library: Library = { version: LIBRARY_VERSION, activeId: BUILTIN_ID, documents: [] };
  if (legacy === null || legacy === undefined) return library;
  const r = validateAlignment(legacy);
  const title = r.ok ? r.doc.title : typeof (legacy as { title?: unknown })?.title === 'string' ? String((legacy as { title: string }).title) : 'Stored document';
  const doc = r.ok
    ? newDocument(slug(title), title, now, [{ doc: r.doc, savedAt: now, origin: 'migrated' }], null)
    : newDocument(slug(title), title, now, [], { value: legacy, savedAt: now });
  library.documents.push(doc);
  if (r.ok) library.activeId = doc.id;
  return library;
}

function newDocument(id: string, name: string, now: string, revisions: Revision[], draft: Draft | null): StoredDocument {
  return { id, name, createdAt: now, revisions, draft, source: null };
}

// ---------------------------------------------------------------------------------------------
// Reading

/** The current revision of a stored document, or null before its first valid save. */
export function currentDoc(d: StoredDocument): AlignmentDoc | null {
  return d.revisions.at(-1)?.doc ?? null;
}

/** The active document: the built-in example or the current revision of the active stored one. */
export function activeDoc(library: Library): AlignmentDoc {
  if (library.activeId === BUILTIN_ID) return BUILTIN_DOCUMENT;
  const d = library.documents.find((x) => x.id === library.activeId);
  return (d && currentDoc(d)) ?? BUILTIN_DOCUMENT;
}

export function findDocument(library: Library, id: string): StoredDocument | undefined {
  return library.documents.find((d) => d.id === id);
}

function usable(library: Library, id: string): boolean {
  const d = findDocument(library, id);
  return d !== undefined && d.revisions.length > 0;
}

export async function readLibrary(): Promise<Library> {
  const [stored, legacy] = await Promise.all([libraryItem.getValue(), documentItem.getValue()]);
  const { library, changed } = migrateLibrary(stored, legacy, new Date().toISOString());
  if (changed) await write(library);
  return library;
}

/** Calls `cb` with the library whenever it changes (from any context). */
export function watchLibrary(cb: (library: Library) => void): () => void {
  return libraryItem.watch((v) => {
    try {
      cb(migrateLibrary(v, null, new Date().toISOString()).library);
    } catch {
      // A newer version's library: the reader shows the error on its next read.
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Writing. Changes within one context are applied one at a time, each on the latest stored library.

let queue: Promise<unknown> = Promise.resolve();

/** Applies `change` to the latest library and stores the result; what `change` returns is passed on. */
export function updateLibrary<T>(change: (library: Library, now: string) => T): Promise<T> {
  const run = queue.then(async () => {
    const library = await readLibrary();
    const result = change(library, new Date().toISOString());
    await write(library);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

async function write(library: Library): Promise<void> {
  await libraryItem.setValue(library);
  // The checking contexts read the active document from its own key; only write it when it changed.
  const mirror = library.activeId === BUILTIN_ID ? null : activeDoc(library);
  const before = await documentItem.getValue();
  if (JSON.stringify(before) !== JSON.stringify(mirror)) await documentItem.setValue(mirror);
}

export type SaveResult = { ok: true; id: string; revision: number } | { ok: false; problems: DocProblem[] };

/** A new stored document from a valid alignment document (an import, a copy of the example, a team source). */
export function createDocument(value: unknown, opts: { name?: string; activate?: boolean; origin?: string; source?: TeamSource | null } = {}): Promise<SaveResult> {
  const r = validateAlignment(value);
  if (!r.ok) return Promise.resolve({ ok: false, problems: r.problems });
  return updateLibrary((library, now) => {
    const name = opts.name?.trim() || r.doc.title;
    const d = newDocument(uniqueId(library, slug(name)), name, now, [{ doc: r.doc, savedAt: now, origin: opts.origin ?? 'import' }], null);
    d.source = opts.source ?? null;
    library.documents.push(d);
    if (opts.activate) library.activeId = d.id;
    return { ok: true as const, id: d.id, revision: r.doc.revision };
  });
}

/** A new stored document with only a draft (a document written from scratch): it can be activated after its first valid save. */
export function createDraftDocument(value: unknown, name: string): Promise<string> {
  return updateLibrary((library, now) => {
    const d = newDocument(uniqueId(library, slug(name)), name.trim() || 'New document', now, [], { value, savedAt: now });
    library.documents.push(d);
    return d.id;
  });
}

/** Keeps whatever the editor holds, valid or not. */
export function saveDraft(id: string, value: unknown): Promise<void> {
  return updateLibrary((library, now) => {
    const d = mustFind(library, id);
    d.draft = { value, savedAt: now };
  });
}

export function discardDraft(id: string): Promise<void> {
  return updateLibrary((library) => {
    mustFind(library, id).draft = null;
  });
}

/**
 * Saves `value` as the document's new current revision when it validates (the draft is then cleared);
 * an invalid value changes nothing and its problems are returned. Saving what is already current adds
 * no revision.
 */
export function saveRevision(id: string, value: unknown, origin = 'edit'): Promise<SaveResult> {
  const r = validateAlignment(value);
  if (!r.ok) return Promise.resolve({ ok: false, problems: r.problems });
  return updateLibrary((library, now) => {
    const d = mustFind(library, id);
    const current = currentDoc(d);
    if (current === null || JSON.stringify(current) !== JSON.stringify(r.doc)) d.revisions.push({ doc: r.doc, savedAt: now, origin });
    d.draft = null;
    return { ok: true as const, id, revision: r.doc.revision };
  });
}

/** Makes an earlier revision current again, as a new entry: history is only ever added to. */
export function restoreRevision(id: string, index: number): Promise<void> {
  return updateLibrary((library, now) => {
    const d = mustFind(library, id);
    const old = d.revisions[index];
    if (!old) throw new LibraryError(`Document "${d.name}" has no saved version #${index + 1}.`);
    if (index === d.revisions.length - 1) return;
    d.revisions.push({ doc: old.doc, savedAt: now, origin: `restore:${index}` });
  });
}

/** Activates a document; only one with a valid saved revision (or the built-in example) can be active. */
export function setActive(id: string): Promise<void> {
  return updateLibrary((library) => {
    if (id !== BUILTIN_ID) {
      const d = mustFind(library, id);
      if (d.revisions.length === 0) throw new LibraryError(`"${d.name}" has no valid saved revision yet, so it cannot be made active.`);
    }
    library.activeId = id;
  });
}

export function renameDocument(id: string, name: string): Promise<void> {
  return updateLibrary((library) => {
    const clean = name.trim();
    if (clean) mustFind(library, id).name = clean;
  });
}

/** Removes a stored document; when it was active, the built-in example becomes active. */
export function removeDocument(id: string): Promise<void> {
  return updateLibrary((library) => {
    library.documents = library.documents.filter((d) => d.id !== id);
    if (library.activeId === id) library.activeId = BUILTIN_ID;
  });
}

/** Sets, changes or (null) stops the team source a document follows. */
export function setSource(id: string, source: TeamSource | null): Promise<void> {
  return updateLibrary((library) => {
    mustFind(library, id).source = source;
  });
}

/** What one request to a team source gave. */
export type SourceOutcome =
  | { status: 'updated'; doc: AlignmentDoc; etag: string | null }
  | { status: 'not-modified'; etag: string | null }
  | { status: 'failed'; error: string };

/**
 * Records a team-source request. A new valid revision becomes current; a failure (server down, bad
 * JSON, schema problems) is only noted: the working revision stays as it was.
 */
export function applySourceOutcome(id: string, outcome: SourceOutcome): Promise<void> {
  return updateLibrary((library, now) => {
    const d = mustFind(library, id);
    if (!d.source) return;
    if (outcome.status === 'failed') {
      d.source = { ...d.source, error: outcome.error };
      return;
    }
    d.source = { ...d.source, etag: outcome.etag, checkedAt: now, error: null };
    if (outcome.status === 'updated') {
      const current = currentDoc(d);
      if (current === null || JSON.stringify(current) !== JSON.stringify(outcome.doc)) d.revisions.push({ doc: outcome.doc, savedAt: now, origin: 'source' });
    }
  });
}

function mustFind(library: Library, id: string): StoredDocument {
  const d = findDocument(library, id);
  if (!d) throw new LibraryError(`No stored document "${id}".`);
  return d;
}

function slug(name: string): string {
  const s = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'document';
}

function uniqueId(library: Library, base: string): string {
  const taken = new Set([BUILTIN_ID, ...library.documents.map((d) => d.id)]);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
