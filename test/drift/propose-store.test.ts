import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { signOffStatus } from '../../lib/alignment/signoff';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import { proposeChange } from '../../lib/drift/propose';
import { BUILTIN_ID, createDocument, currentDoc, findDocument, readLibrary, saveDraft, saveRevision, setActive } from '../../lib/storage/library';
import type { IntentionalNote } from '../../lib/storage/items';

beforeEach(() => {
  fakeBrowser.reset();
});

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function note(ruleId: string, actual: string, patch: Partial<IntentionalNote> = {}): IntentionalNote {
  return { id: 'n1', at: '2027-01-10T09:00:00.000Z', site: 'gmail', where: 'thread-1', subject: null, kind: 'kpi', severity: 'warning', ruleId, market: null, actual, expected: '', revision: 3, note: '', ...patch };
}

async function stored(id: string) {
  const d = findDocument(await readLibrary(), id);
  if (!d) throw new Error(`no stored document ${id}`);
  return d;
}

describe('proposeChange', () => {
  it('with the built-in example active, stores an active copy and drafts the change there', async () => {
    const r = await proposeChange(note('US-cac', 'CAC of $55'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.path).toBe('markets[1].kpis[1].max');
    expect(r.summary).toBe('US-cac: max raised from $35 to $55 (revision 4, not signed off yet)');
    const library = await readLibrary();
    expect(library.activeId).toBe(r.docId);
    const d = await stored(r.docId);
    expect(d.name).toBe(`${BUILTIN_DOCUMENT.title} (copy)`);
    // The copy's current revision is the example itself; the change waits in the draft.
    expect(d.revisions.map((x) => x.origin)).toEqual(['example']);
    expect(currentDoc(d)).toEqual(BUILTIN_DOCUMENT);
    const draft = d.draft?.value as AlignmentDoc;
    expect(draft.revision).toBe(4);
    expect(draft.markets[1]!.kpis[1]!.max).toBe(55);
    expect(signOffStatus(draft).signed).toBe(false);
  });

  it('drafts on the active stored document, in Russian when asked, and on its current revision', async () => {
    const c = await createDocument(BUILTIN_DOCUMENT, { activate: true });
    if (!c.ok) throw new Error('did not validate');
    await saveRevision(c.id, { ...clone(BUILTIN_DOCUMENT), revision: 5 });
    const r = await proposeChange(note('RU-channels', 'TikTok', { kind: 'channel', revision: 3 }), 'ru');
    if (!r.ok) throw new Error(r.reason);
    expect(r.docId).toBe(c.id);
    expect(r.path).toBe('markets[0].channels.secondary');
    expect(r.summary).toContain('tiktok перенесён из «не используем» в «поддержка» (редакция 6, ещё не подписана)');
    expect(r.summary).toContain('заметка сделана по редакции 3, изменение подготовлено к текущей редакции 5');
    const d = await stored(c.id);
    expect(d.revisions).toHaveLength(2);
    expect((d.draft?.value as AlignmentDoc).markets[0]!.channels.avoid).toEqual(['instagram', 'facebook']);
    expect((await readLibrary()).documents).toHaveLength(1);
  });

  it('refuses while the document has a draft, and loses nothing', async () => {
    const c = await createDocument(BUILTIN_DOCUMENT, { activate: true });
    if (!c.ok) throw new Error('did not validate');
    const typed = { ...clone(BUILTIN_DOCUMENT), title: 'half-typed' };
    await saveDraft(c.id, typed);
    const before = await stored(c.id);
    const r = await proposeChange(note('US-cac', 'CAC of $55'));
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('finish or discard the draft first') as string, docId: c.id });
    const after = await stored(c.id);
    expect(after).toEqual(before);
    expect(after.draft?.value).toEqual(typed);
  });

  it('stores nothing when no change can be drafted, and still names where to edit by hand', async () => {
    const r = await proposeChange(note('RU-objective', 'optimize RU for immediate conversion', { kind: 'objective' }));
    expect(r).toMatchObject({ ok: false, path: 'markets[0].objective.strategy' });
    expect(r.ok ? '' : r.reason).toContain('edit it by hand');
    // The built-in example stays active and nothing is copied for a change that was not drafted.
    const library = await readLibrary();
    expect(library.activeId).toBe(BUILTIN_ID);
    expect(library.documents).toEqual([]);

    const c = await createDocument(BUILTIN_DOCUMENT, { activate: true });
    if (!c.ok) throw new Error('did not validate');
    expect(await proposeChange(note('US-ltv', '$300'))).toMatchObject({ ok: false, docId: c.id });
    expect((await stored(c.id)).draft).toBeNull();
  });

  it('uses the copy made for an earlier proposal once that one is saved', async () => {
    const first = await proposeChange(note('US-cac', 'CAC of $55'));
    if (!first.ok) throw new Error(first.reason);
    const d = await stored(first.docId);
    await saveRevision(first.docId, d.draft?.value);
    const second = await proposeChange(note('RL-discount', '50% off', { kind: 'red-line', revision: 4 }));
    if (!second.ok) throw new Error(second.reason);
    expect(second.docId).toBe(first.docId);
    const draft = (await stored(first.docId)).draft?.value as AlignmentDoc;
    expect(draft.revision).toBe(5);
    expect(draft.markets[1]!.kpis[1]!.max).toBe(55);
    expect(draft.redLines[4]!.limit!.max).toBe(50);
    expect((await readLibrary()).documents).toHaveLength(1);
  });

  it('follows a switch back to the built-in example with a new copy', async () => {
    const c = await createDocument(BUILTIN_DOCUMENT, { activate: true });
    if (!c.ok) throw new Error('did not validate');
    await setActive(BUILTIN_ID);
    const r = await proposeChange(note('US-cac', '$50'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.docId).not.toBe(c.id);
    expect((await stored(c.id)).draft).toBeNull();
  });
});
