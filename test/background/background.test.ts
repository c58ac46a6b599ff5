import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import background from '../../entrypoints/background';
import { fakeEvent, send, until } from './helpers';

let menuClicked = fakeEvent<[{ menuItemId: string; selectionText?: string }, { id: number; windowId: number }]>();
let menusCreated: { id?: string; title?: string; contexts?: string[] }[] = [];
let menusUpdated: { id: string; title?: string }[] = [];
/** What `browser.i18n.getMessage` answers: locales/en.yml as the build makes it (a browser in English). */
const MESSAGES: Record<string, string> = { checkSelection: 'Check with Accord' };

beforeEach(() => {
  fakeBrowser.reset();
  menuClicked = fakeEvent();
  menusCreated = [];
  menusUpdated = [];
  Object.assign(fakeBrowser.contextMenus, {
    onClicked: menuClicked,
    create: (p: { id?: string }) => void menusCreated.push(p),
    update: (id: string, p: { title?: string }) => void menusUpdated.push({ id, ...p }),
  });
  Object.assign(fakeBrowser, { commands: { onCommand: fakeEvent() } });
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US', getMessage: (key: string) => MESSAGES[key] ?? '' });
  background.main();
});

const TAB = { id: 7, windowId: 1 };

describe('background', () => {
  it('checks text for a content script and answers with findings and their sources', async () => {
    const reply = (await send({ type: 'check', stream: 'gmail:msg:1', text: 'For the US we will offer a 50% discount.', uiLang: 'en' }, { id: fakeBrowser.runtime.id, tab: TAB })) as {
      ok: boolean;
      findings: { ruleId: string }[];
      sources: Record<string, { text: string }>;
    };
    expect(reply.ok).toBe(true);
    expect(reply.findings.map((f) => f.ruleId)).toContain('RL-discount');
    expect(reply.sources['RL-discount']?.text).toMatch(/30%/);
  });

  it('answers malformed messages with an error and ignores other extensions', async () => {
    expect(await send({ type: 'check', stream: 'x', text: 42, uiLang: 'en' })).toEqual({ ok: false, error: 'malformed request' });
    expect(await send({ type: 'eval', code: 'x' })).toEqual({ ok: false, error: 'malformed request' });
    expect(await send({ type: 'tab-report', tabId: 1 }, { id: 'someone-else' })).toBeUndefined();
  });

  it("keeps each tab's report for the side panel", async () => {
    const item = { id: 'msg:1#0', source: 'Launch', kind: 'red-line', severity: 'error', ruleId: 'RL-discount', market: 'US', message: 'm', actual: '50%', expected: 'max 30%', quoted: false, revision: 3 };
    expect(await send({ type: 'report', site: 'gmail', route: 'live', items: [item], unchecked: [], note: null }, { id: fakeBrowser.runtime.id, tab: TAB })).toEqual({ ok: true });
    const r = (await send({ type: 'tab-report', tabId: TAB.id })) as { site: string; items: unknown[]; at: number };
    expect(r).toMatchObject({ ok: true, site: 'gmail', route: 'live', items: [item] });
    expect(typeof r.at).toBe('number');
    expect(await send({ type: 'tab-report', tabId: 8 })).toMatchObject({ ok: true, site: null, items: [] });
    // A report must come from a tab.
    expect(await send({ type: 'report', site: 'gmail', route: 'live', items: [], unchecked: [], note: null })).toMatchObject({ ok: false });
  });

  it('checks a selection from the context menu and reports it for the side panel, with no locate ids', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect.poll(() => menusCreated).toEqual([expect.objectContaining({ title: 'Check with Accord', contexts: ['selection'] })]);
    menuClicked.trigger({ menuItemId: menusCreated[0]!.id!, selectionText: 'For Russia, keep the tone edgy and irreverent.' }, TAB);
    await expect
      .poll(async () => ((await send({ type: 'tab-report', tabId: TAB.id })) as { items: unknown[] }).items.length)
      .toBeGreaterThan(0);
    const r = (await send({ type: 'tab-report', tabId: TAB.id })) as { site: string; route: string; items: { id: string | null; ruleId: string }[] };
    expect(r).toMatchObject({ site: 'page', route: 'selection' });
    expect(r.items.map((i) => [i.ruleId, i.id])).toContainEqual(['RU-tone', null]);
  });

  it("makes a document's check that tab's report at once, with locate ids when asked", async () => {
    const report = { site: 'docs', route: 'live', source: 'Brief', note: null, idPrefix: 'docs#' };
    await send({ type: 'check', stream: 'docs:1', text: 'For the US we will offer a 50% discount.', uiLang: 'en', report }, { id: fakeBrowser.runtime.id, tab: TAB });
    const r = (await send({ type: 'tab-report', tabId: TAB.id })) as { site: string; items: { id: string | null; source: string }[] };
    expect(r).toMatchObject({ site: 'docs', route: 'live' });
    expect(r.items[0]).toMatchObject({ id: 'docs#0', source: 'Brief' });
    // Without `report`, a check changes no report.
    await send({ type: 'check', stream: 'docs:1', text: 'Nothing to see.', uiLang: 'en' }, { id: fakeBrowser.runtime.id, tab: TAB });
    expect(((await send({ type: 'tab-report', tabId: TAB.id })) as { items: unknown[] }).items.length).toBe(r.items.length);
  });

  it('titles the context menu in the language the setting picks, and checks a selection in it', async () => {
    await browser.storage.local.set({ uiLang: 'ru' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect.poll(() => menusCreated.map((m) => m.title)).toEqual(['Проверить в Accord']);
    menuClicked.trigger({ menuItemId: menusCreated[0]!.id!, selectionText: 'For the US we will offer a 50% discount.' }, TAB);
    await expect
      .poll(async () => ((await send({ type: 'tab-report', tabId: TAB.id })) as { items: unknown[] }).items.length)
      .toBeGreaterThan(0);
    const r = (await send({ type: 'tab-report', tabId: TAB.id })) as { items: { ruleId: string; source: string; message: string }[] };
    const discount = r.items.find((i) => i.ruleId === 'RL-discount');
    expect(discount?.source).toBe('Выделенный текст');
    // The engine wrote the finding's message in Russian.
    expect(discount?.message).toMatch(/[а-яё]/i);

    // Back to following the browser (English here): the item is retitled with the browser's own message.
    await browser.storage.local.set({ uiLang: 'auto' });
    await expect.poll(() => menusUpdated.at(-1)).toEqual({ id: menusCreated[0]!.id, title: 'Check with Accord' });
    await browser.storage.local.set({ uiLang: 'ru' });
    await expect.poll(() => menusUpdated.at(-1)?.title).toBe('Проверить в Accord');
  });
});

describe('background: team sources', () => {
  it('keeps one half-hourly alarm, and on it asks every followed source and records the answers', async () => {
    const { createServer } = await import('node:http');
    const { BUILTIN_DOCUMENT } = await import('../../lib/alignment/builtin');
    const { createDocument, currentDoc, readLibrary } = await import('../../lib/storage/library');
    const { SOURCE_ALARM } = await import('../../entrypoints/background');
    const next = { ...structuredClone(BUILTIN_DOCUMENT), revision: 4 };
    const server = createServer((req, res) => {
      if (req.url === '/doc.json') {
        res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"v4"' });
        res.end(JSON.stringify(next));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      await until(async () => expect(await fakeBrowser.alarms.get(SOURCE_ALARM)).toMatchObject({ periodInMinutes: 30 }));
      // A later start of the worker keeps the alarm as it is (its schedule is not pushed back).
      const scheduled = (await fakeBrowser.alarms.get(SOURCE_ALARM))!.scheduledTime;
      background.main();
      await new Promise((r) => setTimeout(r, 20));
      expect((await fakeBrowser.alarms.get(SOURCE_ALARM))!.scheduledTime).toBe(scheduled);

      const ok = await createDocument(BUILTIN_DOCUMENT, { name: 'Followed', activate: true, source: { url: `${base}/doc.json`, etag: null, checkedAt: null, error: null } });
      const gone = await createDocument(BUILTIN_DOCUMENT, { name: 'Moved', source: { url: `${base}/moved.json`, etag: null, checkedAt: null, error: null } });
      if (!ok.ok || !gone.ok) throw new Error('example did not validate');
      await fakeBrowser.alarms.onAlarm.trigger({ name: SOURCE_ALARM, scheduledTime: Date.now(), periodInMinutes: 30 });
      await until(async () => {
        const library = await readLibrary();
        const followed = library.documents.find((d) => d.id === ok.id)!;
        const moved = library.documents.find((d) => d.id === gone.id)!;
        expect(currentDoc(followed)?.revision).toBe(4);
        expect(followed.source?.etag).toBe('"v4"');
        // A failing source is noted and keeps its working revision; it does not stop the others.
        expect(moved.source?.error).toMatch(/404/);
        expect(currentDoc(moved)?.revision).toBe(3);
      });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

