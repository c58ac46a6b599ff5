// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_DEBOUNCE_MS } from '../../components/options/EditTab';
import { exportFileName, exportText } from '../../components/options/export';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { parseAlignment } from '../../lib/alignment/load';
import type { AlignmentDoc } from '../../lib/alignment/schema';
import { BUILTIN_ID, createDocument, currentDoc, readLibrary, saveRevision } from '../../lib/storage/library';
import { documentItem } from '../../lib/storage/items';
import { setUiLangSetting } from '../../lib/ui-lang';
import { choose, chooseFile, click, openOptions, settle, stored, text, typeInto, unmountAll, until } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(async () => {
  await unmountAll();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const EXAMPLE = JSON.stringify(BUILTIN_DOCUMENT, null, 2);

async function imported(doc: unknown = BUILTIN_DOCUMENT): Promise<string> {
  const r = await createDocument(doc, { origin: 'import' });
  if (!r.ok) throw new Error('did not validate');
  return r.id;
}

describe('options page, first run', () => {
  it('shows the example active, first in the list, with Create your own and Import', async () => {
    const m = await openOptions();
    await until(() => expect(m.has('example-view')).toBe(true));
    const items = [...m.get('doc-list').querySelectorAll('[data-testid^="doc-item-"]')].map((el) => el.getAttribute('data-testid'));
    expect(items).toEqual([`doc-item-${BUILTIN_ID}`]);
    expect(text(m.get(`doc-item-${BUILTIN_ID}`))).toContain('Example');
    expect(m.get(`doc-item-${BUILTIN_ID}`).contains(m.get('active-badge'))).toBe(true);
    expect(text(m.get('create-own'))).toBe('Create your own');
    expect(m.get('import-file').getAttribute('type')).toBe('file');
    expect(m.container.querySelector('.opt-add-first')).not.toBeNull();
    expect((m.get('make-active') as HTMLButtonElement).disabled).toBe(true);
    expect(text(m.get('example-view'))).toContain('Copy to edit');
  });

  it('creates a draft document from “Create your own”, which cannot be made active yet', async () => {
    const m = await openOptions();
    await click(m.get('create-own'));
    await until(() => expect(m.has('doc-view')).toBe(true));
    const library = await readLibrary();
    expect(library.documents).toHaveLength(1);
    const doc = library.documents[0];
    expect(doc?.revisions).toEqual([]);
    expect(doc?.draft?.value).toEqual({ format: 'alignment/v1', title: 'Blank' });
    expect(m.has('draft-badge')).toBe(true);
    expect((m.get('make-active') as HTMLButtonElement).disabled).toBe(true);
    expect(text(m.get('make-active-reason'))).toContain('cannot be made active');
    expect(text(m.get('editor-title'))).toBe('Blank');
  });
});

describe('import', () => {
  it('shows the problems of a broken file with their paths, and stores nothing', async () => {
    const m = await openOptions();
    const broken = structuredClone(BUILTIN_DOCUMENT) as unknown as { markets: { currency: string; kpis: { max?: unknown }[] }[] };
    broken.markets[1]!.currency = 'usd';
    broken.markets[1]!.kpis[1]!.max = '35$';
    await chooseFile(m.get('import-file'), 'team.alignment.json', JSON.stringify(broken));
    await until(() => expect(m.has('import-errors')).toBe(true));
    const errors = m.get('import-errors');
    expect(text(errors)).toContain('team.alignment.json: not imported, 2 problems');
    expect([...errors.querySelectorAll('li')].map((li) => li.dataset.path)).toEqual(['markets[1].currency', 'markets[1].kpis[1].max']);
    expect(text(errors)).toContain('markets[1].kpis[1].max: expected a number, got "35$"');
    expect((await readLibrary()).documents).toEqual([]);
  });

  it('says where a JSON syntax error is', async () => {
    const m = await openOptions();
    await chooseFile(m.get('import-file'), 'bad.json', '{\n  "format": "alignment/v1",\n}');
    await until(() => expect(m.has('import-errors')).toBe(true));
    expect(text(m.get('import-errors'))).toContain('line 3, column 1: trailing comma before "}"');
    expect((await readLibrary()).documents).toEqual([]);
  });

  it('imports the example from a file and from pasted text, each a new document', async () => {
    const m = await openOptions();
    await chooseFile(m.get('import-file'), 'example.alignment.json', EXAMPLE);
    await until(() => expect(m.has('doc-view')).toBe(true));
    let library = await readLibrary();
    expect(library.documents.map((d) => [d.name, d.revisions.length, d.revisions[0]?.origin])).toEqual([[BUILTIN_DOCUMENT.title, 1, 'import']]);
    const id = library.documents[0]?.id ?? '';
    expect(m.has(`doc-item-${id}`)).toBe(true);
    expect(text(m.get('notice'))).toBe(`Imported as “${BUILTIN_DOCUMENT.title}”.`);
    // Imported, not activated.
    expect(library.activeId).toBe(BUILTIN_ID);

    await click(m.get('import-open'));
    await typeInto(m.get('import-text'), `\uFEFF${exportText(BUILTIN_DOCUMENT)}`);
    await click(m.get('import-submit'));
    await until(async () => expect((await readLibrary()).documents).toHaveLength(2));
    library = await readLibrary();
    // The `$schema` of an exported file describes the file; it is not kept in the document.
    expect(library.documents[1] && currentDoc(library.documents[1])).toEqual(BUILTIN_DOCUMENT);
  });

  it('refuses pasted text that is not a document', async () => {
    const m = await openOptions();
    await click(m.get('import-open'));
    await typeInto(m.get('import-text'), '[1, 2]');
    await click(m.get('import-submit'));
    await until(() => expect(m.has('import-errors')).toBe(true));
    expect(text(m.get('import-errors'))).toContain('expected a JSON object (the alignment document), got an array');
    expect((await readLibrary()).documents).toEqual([]);
  });
});

describe('a stored document', () => {
  it('is made active, which the checking contexts see', async () => {
    const id = await imported();
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    expect(text(m.get(`doc-item-${id}`))).toContain('rev. 3');
    expect(m.get(`doc-item-${id}`).querySelector('[data-testid="unsigned-badge"]')).toBeNull();
    await click(m.get(`doc-item-${id}`));
    await click(m.get('make-active'));
    await until(async () => expect((await readLibrary()).activeId).toBe(id));
    expect(await documentItem.getValue()).toEqual(BUILTIN_DOCUMENT);
    await until(() => expect(m.get(`doc-item-${id}`).contains(m.get('active-badge'))).toBe(true));
    expect((m.get('make-active') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows "not signed off" when the current revision lacks a sign-off', async () => {
    const unsigned: AlignmentDoc = { ...structuredClone(BUILTIN_DOCUMENT), revision: 4 };
    const id = await imported(unsigned);
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    const badge = m.get(`doc-item-${id}`).querySelector('[data-testid="unsigned-badge"]');
    expect(text(badge)).toBe('not signed off');
    await click(m.get(`doc-item-${id}`));
    expect(text(m.get('doc-view'))).toContain('Changed after signing: rev. 3 was signed, this is rev. 4');
  });

  it('autosaves edits as a draft, and a reload shows the draft again', async () => {
    const id = await imported();
    let m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('edit-title'));
    expect(text(m.get('editor-title'))).toBe(`${BUILTIN_DOCUMENT.title}!`);
    // Not stored while typing…
    expect((await stored(id)).draft).toBeNull();
    // …but once typing stops.
    await settle(DRAFT_DEBOUNCE_MS + 50);
    await until(async () => expect(((await stored(id)).draft?.value as AlignmentDoc | undefined)?.title).toBe(`${BUILTIN_DOCUMENT.title}!`));
    expect((await stored(id)).revisions).toHaveLength(1);

    await unmountAll();
    m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    expect(m.get(`doc-item-${id}`).querySelector('[data-testid="draft-badge"]')).not.toBeNull();
    await click(m.get(`doc-item-${id}`));
    expect(text(m.get('editor-title'))).toBe(`${BUILTIN_DOCUMENT.title}!`);
    expect(text(m.get('draft-state'))).toContain('the working document stays rev. 3');
  });

  it('stores the draft at once when the page is hidden or closed', async () => {
    const id = await imported();
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('edit-title'));
    window.dispatchEvent(new Event('pagehide'));
    await until(async () => expect(((await stored(id)).draft?.value as AlignmentDoc | undefined)?.title).toBe(`${BUILTIN_DOCUMENT.title}!`), 200);

    await click(m.get('edit-title'));
    // Unmounting (the tab or the page going away) flushes too.
    await unmountAll();
    await until(async () => expect(((await stored(id)).draft?.value as AlignmentDoc | undefined)?.title).toBe(`${BUILTIN_DOCUMENT.title}!!`), 200);
  });

  it('lists the problems of an invalid save and keeps the draft; a valid save becomes the current revision', async () => {
    const id = await imported();
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('edit-break'));
    await click(m.get('save-revision'));
    await until(() => expect(m.has('save-problems')).toBe(true));
    expect([...m.get('save-problems').querySelectorAll('li')].map((li) => li.dataset.path)).toEqual(['revision', 'updatedAt']);
    let d = await stored(id);
    expect(d.revisions).toHaveLength(1);
    expect((d.draft?.value as Record<string, unknown> | undefined)?.revision).toBe('four');

    await click(m.get('edit-fix'));
    await click(m.get('save-revision'));
    await until(async () => expect((await stored(id)).revisions).toHaveLength(2));
    d = await stored(id);
    expect(d.draft).toBeNull();
    expect(currentDoc(d)?.revision).toBe(4);
    expect(d.revisions[1]?.origin).toBe('edit');
    await until(() => expect(m.has('save-problems')).toBe(false));
    expect(text(m.get(`doc-item-${id}`))).toContain('rev. 4');
  });

  it('discards a draft back to the saved revision', async () => {
    const id = await imported();
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('edit-title'));
    await click(m.get('discard-draft'));
    await until(async () => expect((await stored(id)).draft).toBeNull());
    expect(text(m.get('editor-title'))).toBe(BUILTIN_DOCUMENT.title);
    await settle(DRAFT_DEBOUNCE_MS + 50);
    expect((await stored(id)).draft).toBeNull();
  });

  it('lists the history, compares two revisions and restores one in one click', async () => {
    const id = await imported();
    const raised = structuredClone(BUILTIN_DOCUMENT);
    const cac = raised.markets[1]?.kpis.find((k) => k.id === 'US-cac');
    if (cac) cac.max = 40;
    raised.revision = 4;
    await saveRevision(id, raised);
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('tab-history'));
    const rows = m.all('history-row');
    expect(rows.map((r) => r.dataset.index)).toEqual(['1', '0']);
    expect(text(rows[0])).toContain('rev. 4');
    expect(text(rows[0])).toContain('not signed off');
    expect(text(rows[1])).toContain('imported');
    expect(text(rows[1])).toContain('signed off');

    await click(rows[1]!.querySelector('[data-testid="compare-current"]')!);
    const labels = m.all('diff-entry').map(text);
    expect(labels).toEqual(['changed US-cac max: 35 → 40', 'changed revision: 3 → 4']);
    expect(text(m.get('diff-view'))).toContain('Changes from #1 to #2');

    await click(m.get('restore'));
    await until(async () => expect((await stored(id)).revisions).toHaveLength(3));
    const d = await stored(id);
    expect(currentDoc(d)).toEqual(BUILTIN_DOCUMENT);
    expect(d.revisions[2]?.origin).toBe('restore:0');
    await until(() => expect(m.all('history-row')).toHaveLength(3));
    expect(text(m.all('history-row')[0])).toContain('restored from #1');
  });

  it('renames and deletes (after a confirmation); deleting the active one brings the example back', async () => {
    const id = await imported();
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('make-active'));
    await click(m.get('rename'));
    await typeInto(m.get('rename-input'), 'Spring launch');
    await click(m.get('rename-save'));
    await until(async () => expect((await stored(id)).name).toBe('Spring launch'));
    await click(m.get('delete'));
    expect(text(m.get('confirm-delete'))).toContain('It is the active document');
    await click(m.get('delete-confirm'));
    await until(async () => expect((await readLibrary()).documents).toEqual([]));
    expect((await readLibrary()).activeId).toBe(BUILTIN_ID);
    await until(() => expect(m.has('example-view')).toBe(true));
  });

  it('exports the current revision with $schema first, and the file imports again', async () => {
    const text = exportText(BUILTIN_DOCUMENT);
    expect(Object.keys(JSON.parse(text) as object)[0]).toBe('$schema');
    expect((JSON.parse(text) as { $schema: string }).$schema).toBe(`chrome-extension://${fakeBrowser.runtime.id}/alignment.schema.json`);
    expect(parseAlignment(text).ok).toBe(true);
    expect(exportFileName(BUILTIN_DOCUMENT)).toBe('sova-spring-2027.alignment.json');

    const id = await imported();
    const created: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:accord');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      created.push(this.download);
    });
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('export'));
    expect(clicked).toHaveBeenCalledOnce();
    expect(created).toEqual(['sova-spring-2027.alignment.json']);
  });
});

describe('team source', () => {
  const serve = (body: string, etag = '"v3"', status = 200) =>
    vi.fn(async () => new Response(status === 304 ? null : body, { status, headers: { ETag: etag, 'Content-Type': 'application/json' } }));

  it('follows a URL from the sidebar: asks for that origin only, inside the click, then creates the document', async () => {
    const order: string[] = [];
    const request = vi.fn(async (_: { origins: string[] }) => {
      order.push('permission');
      return true;
    });
    fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
    const fetchMock = vi.fn(async () => {
      order.push('fetch');
      return new Response(EXAMPLE, { status: 200, headers: { ETag: '"v3"' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    const m = await openOptions();
    await click(m.get('follow-open'));
    await typeInto(m.get('source-url'), 'https://team.example/docs/sova.alignment.json');
    await click(m.get('source-follow'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://team.example/*'] });
    await until(async () => expect((await readLibrary()).documents).toHaveLength(1));
    expect(order).toEqual(['permission', 'fetch']);
    const d = (await readLibrary()).documents[0];
    expect(d?.source).toMatchObject({ url: 'https://team.example/docs/sova.alignment.json', etag: '"v3"', error: null });
    expect(d?.revisions.map((r) => r.origin)).toEqual(['source']);
    await until(() => expect(m.has('doc-view')).toBe(true));
    // The first answer is fresh: no second request at once.
    await settle(50);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('creates nothing when permission is refused or the file is broken', async () => {
    fakeBrowser.permissions.request = (async () => false) as unknown as typeof fakeBrowser.permissions.request;
    const fetchMock = serve('{ nope');
    vi.stubGlobal('fetch', fetchMock);
    const m = await openOptions();
    await click(m.get('follow-open'));
    await typeInto(m.get('source-url'), 'https://team.example/a.json');
    await click(m.get('source-follow'));
    await until(() => expect(text(m.get('source-status'))).toBe('Accord needs your permission to read https://team.example; it was not given.'));
    expect(fetchMock).not.toHaveBeenCalled();

    await typeInto(m.get('source-url'), 'http://127.0.0.1:9/a.json');
    await click(m.get('source-follow'));
    await until(() => expect(text(m.get('source-status'))).toContain('is not valid JSON: line 1, column 3'));
    expect((await readLibrary()).documents).toEqual([]);
  });

  it('shows the last check and, after a failure, the error in red while the working document stays', async () => {
    const id = await imported();
    vi.stubGlobal('fetch', serve(EXAMPLE));
    const m = await openOptions();
    await until(() => expect(m.has(`doc-item-${id}`)).toBe(true));
    await click(m.get(`doc-item-${id}`));
    await click(m.get('tab-source'));
    await typeInto(m.get('source-url'), 'http://127.0.0.1:9/sova.json');
    await click(m.get('source-follow'));
    await until(() => expect(m.get('source-status').dataset.state).toBe('ok'));
    expect(text(m.get('source-status'))).toContain('"v3"');
    expect(text(m.get('source-checked'))).not.toBe('not yet');

    vi.stubGlobal('fetch', serve('Internal error', '"x"', 500));
    await click(m.get('source-check'));
    await until(() => expect(m.get('source-status').dataset.state).toBe('failed'));
    expect(text(m.get('source-error'))).toBe('127.0.0.1:9 answered 500 for /sova.json. The working document stays rev. 3.');
    const d = await stored(id);
    expect(d.revisions).toHaveLength(1);
    expect(d.source?.error).toContain('answered 500');

    await click(m.get('source-stop'));
    await until(async () => expect((await stored(id)).source).toBeNull());
    await until(() => expect(m.has('source-url')).toBe(true));
  });
});

describe('language', () => {
  it('speaks Russian when the setting is ru, and follows the setting control', async () => {
    await setUiLangSetting('ru');
    const m = await openOptions();
    await until(() => expect(text(m.get('create-own'))).toBe('Создать свой'));
    expect(text(m.get(`doc-item-${BUILTIN_ID}`))).toContain('Пример');
    expect(text(m.get('active-badge'))).toBe('Активный');
    expect(text(m.container.querySelector('h1'))).toContain('Документы согласования');
    const select = m.get('lang-select') as HTMLSelectElement;
    await until(() => expect(select.value).toBe('ru'));
    expect([...select.options].map((o) => o.text)).toEqual(['Авто', 'English', 'Русский']);
    expect(document.documentElement.lang).toBe('ru');

    await choose(select, 'en');
    await until(() => expect(text(m.get('create-own'))).toBe('Create your own'));
  });
});
