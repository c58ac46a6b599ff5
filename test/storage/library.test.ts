import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { signOffStatus } from '../../lib/alignment/signoff';
import { readActiveDocument } from '../../lib/storage/document';
import { documentItem } from '../../lib/storage/items';
import {
  activeDoc,
  applySourceOutcome,
  BUILTIN_ID,
  createDocument,
  createDraftDocument,
  currentDoc,
  LIBRARY_VERSION,
  libraryItem,
  migrateLibrary,
  readLibrary,
  removeDocument,
  restoreRevision,
  saveDraft,
  saveRevision,
  setActive,
  setSource,
} from '../../lib/storage/library';

const NOW = '2026-11-30T12:00:00.000Z';
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const revised = (n: number, patch: Record<string, unknown> = {}) => ({ ...clone(BUILTIN_DOCUMENT), revision: n, ...patch });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migrateLibrary (storage layouts)', () => {
  it('starts a fresh install with the built-in example active and nothing stored', () => {
    const { library, changed } = migrateLibrary(null, null, NOW);
    expect(library).toEqual({ version: LIBRARY_VERSION, activeId: BUILTIN_ID, documents: [] });
    expect(changed).toBe(true);
  });

  it('moves a layout-1 document (the single stored document) into the library, active, unchanged', () => {
    const legacy = revised(4, { title: 'Spring launch', extraField: { kept: true } });
    const { library } = migrateLibrary(null, legacy, NOW);
    expect(library.documents).toHaveLength(1);
    const d = library.documents[0]!;
    expect(library.activeId).toBe(d.id);
    expect(d.name).toBe('Spring launch');
    expect(d.revisions).toEqual([{ doc: legacy, savedAt: NOW, origin: 'migrated' }]);
    expect((currentDoc(d) as Record<string, unknown>).extraField).toEqual({ kept: true });
  });

  it('keeps an invalid layout-1 document as a draft to fix, and leaves the example active', () => {
    const broken = { ...revised(5), markets: 'not a list' };
    const { library } = migrateLibrary(null, broken, NOW);
    expect(library.activeId).toBe(BUILTIN_ID);
    expect(library.documents[0]!.revisions).toEqual([]);
    expect(library.documents[0]!.draft).toEqual({ value: broken, savedAt: NOW });
  });

  it('keeps a stored value that is no library at all as a recovered draft', () => {
    const { library } = migrateLibrary('garbage', null, NOW);
    expect(library.documents.map((d) => d.draft?.value)).toEqual(['garbage']);
  });

  it('keeps a library entry of the wrong shape whole, as a draft', () => {
    const stored = { version: LIBRARY_VERSION, activeId: BUILTIN_ID, documents: [{ id: 'x' }] };
    const { library, changed } = migrateLibrary(stored, null, NOW);
    expect(changed).toBe(true);
    expect(library.documents[0]!.draft?.value).toEqual({ id: 'x' });
  });

  it('refuses a library written by a newer Accord instead of rewriting it', () => {
    expect(() => migrateLibrary({ version: LIBRARY_VERSION + 1, activeId: 'a', documents: [] }, null, NOW)).toThrow(/newer version/);
  });

  it('falls back to the example when the active id names a document without a valid revision', () => {
    const stored = { version: LIBRARY_VERSION, activeId: 'gone', documents: [] };
    const { library, changed } = migrateLibrary(stored, null, NOW);
    expect(library.activeId).toBe(BUILTIN_ID);
    expect(changed).toBe(true);
  });

  it('leaves a current library as it is', () => {
    const first = migrateLibrary(null, revised(4), NOW).library;
    const again = migrateLibrary(clone(first), null, NOW);
    expect(again.changed).toBe(false);
    expect(again.library).toEqual(first);
  });
});

describe('the library in storage', () => {
  it('migrates layout 1 on first read, writes the library, and the checking contexts see the same document', async () => {
    const legacy = revised(4, { title: 'Old layout' });
    await documentItem.setValue(legacy);
    const library = await readLibrary();
    expect(await libraryItem.getValue()).toEqual(library);
    expect(activeDoc(library)).toEqual(legacy);
    expect((await readActiveDocument()).doc).toEqual(legacy);
  });

  it('imports, activates, and mirrors the active document for the checking contexts', async () => {
    const r = await createDocument(revised(6, { title: 'Campaign B' }), { activate: true });
    expect(r.ok).toBe(true);
    const { doc, summary } = await readActiveDocument();
    expect(doc.title).toBe('Campaign B');
    expect(summary.origin).toBe('stored');
    await setActive(BUILTIN_ID);
    expect(await documentItem.getValue()).toBeNull();
    expect((await readActiveDocument()).summary.origin).toBe('builtin');
  });

  it('refuses to import an invalid document, with every problem, and stores nothing', async () => {
    const r = await createDocument({ ...revised(2), markets: [{ id: 'US' }], revision: 'three' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('revision');
    expect(await libraryItem.getValue()).toBeNull();
  });

  it('never loses a draft: an invalid draft is kept, and saving it as a revision is refused', async () => {
    const id = await createDraftDocument({ format: 'alignment/v1', title: 'From scratch' }, 'From scratch');
    await saveDraft(id, { format: 'alignment/v1', title: 'From scratch', revision: '1$' });
    const saved = await saveRevision(id, { format: 'alignment/v1', title: 'From scratch', revision: '1$' });
    expect(saved.ok).toBe(false);
    const d = (await readLibrary()).documents.find((x) => x.id === id)!;
    expect(d.draft?.value).toEqual({ format: 'alignment/v1', title: 'From scratch', revision: '1$' });
    expect(d.revisions).toHaveLength(0);
    await expect(setActive(id)).rejects.toThrow(/no valid saved revision/);
  });

  it('keeps every revision, adds none for an unchanged save, and restores by adding', async () => {
    const r = await createDocument(revised(3), { activate: true });
    if (!r.ok) throw new Error('import failed');
    await saveRevision(r.id, revised(4));
    await saveRevision(r.id, revised(4));
    await restoreRevision(r.id, 0);
    const d = (await readLibrary()).documents[0]!;
    expect(d.revisions.map((x) => [x.doc.revision, x.origin])).toEqual([
      [3, 'import'],
      [4, 'edit'],
      [3, 'restore:0'],
    ]);
    expect((await readActiveDocument()).doc.revision).toBe(3);
  });

  it('a team source: a new valid revision becomes current, a failure leaves the working document', async () => {
    const r = await createDocument(revised(3), { activate: true });
    if (!r.ok) throw new Error('import failed');
    await setSource(r.id, { url: 'https://team.example/doc.json', etag: null, checkedAt: null, error: null });
    await applySourceOutcome(r.id, { status: 'updated', doc: revised(4), etag: '"v4"' });
    await applySourceOutcome(r.id, { status: 'failed', error: 'markets[0].kpis[0].max: expected a number, got "35$"' });
    let d = (await readLibrary()).documents[0]!;
    expect(currentDoc(d)?.revision).toBe(4);
    expect(d.source).toMatchObject({ etag: '"v4"', error: 'markets[0].kpis[0].max: expected a number, got "35$"' });
    await applySourceOutcome(r.id, { status: 'not-modified', etag: '"v4"' });
    d = (await readLibrary()).documents[0]!;
    expect(d.source?.error).toBeNull();
    expect(d.revisions).toHaveLength(2);
    expect((await readActiveDocument()).doc.revision).toBe(4);
  });

  it('removing the active document makes the example active again', async () => {
    const r = await createDocument(revised(3), { activate: true });
    if (!r.ok) throw new Error('import failed');
    await removeDocument(r.id);
    const library = await readLibrary();
    expect(library.activeId).toBe(BUILTIN_ID);
    expect(await documentItem.getValue()).toBeNull();
  });

  it('gives ids that do not collide', async () => {
    const a = await createDocument(revised(3), { name: 'Same' });
    const b = await createDocument(revised(3), { name: 'Same' });
    expect(a.ok && b.ok && a.id !== b.id).toBe(true);
  });
});

describe('signOffStatus', () => {
  it('is signed when every party signed the current revision', () => {
    expect(signOffStatus(BUILTIN_DOCUMENT)).toMatchObject({ signed: true, missing: [], signedOn: '2026-11-21' });
  });

  it('is not signed off when the revision moved past the signatures', () => {
    const s = signOffStatus(revised(4));
    expect(s.signed).toBe(false);
    expect(s.lastSignedRevision).toBe(3);
    expect(s.missing).toEqual(BUILTIN_DOCUMENT.parties.map((p) => p.id));
  });

  it('names the party that has not signed', () => {
    const doc = revised(3, { signOff: BUILTIN_DOCUMENT.signOff!.slice(0, 1) });
    expect(signOffStatus(doc).missing).toEqual([BUILTIN_DOCUMENT.parties[1]!.id]);
  });
});
