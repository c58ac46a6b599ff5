import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import background from '../../entrypoints/background';
import { shortHash } from '../../lib/drift/hash';
import { clearDriftLog, driftLogItem, readDriftLog, setDriftSettings } from '../../lib/drift/log';
import { dismiss, findingKey } from '../../lib/storage/items';
import { fakeEvent, send, type Sender } from './helpers';

/** The background records every check in the drift log (lib/drift/log.ts), after replying. */

let menuClicked = fakeEvent<[{ menuItemId: string; selectionText?: string }, { id: number; windowId: number }]>();
let menusCreated: { id?: string }[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  await clearDriftLog();
  menuClicked = fakeEvent();
  menusCreated = [];
  Object.assign(fakeBrowser.contextMenus, { onClicked: menuClicked, create: (p: { id?: string }) => void menusCreated.push(p), update: () => undefined });
  Object.assign(fakeBrowser, { commands: { onCommand: fakeEvent() } });
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US', getMessage: () => 'Check with Accord' });
  background.main();
});

const TAB = { id: 7, windowId: 1 };
const me = (over: Partial<Sender> = {}): Sender => ({ id: fakeBrowser.runtime.id, tab: TAB, documentId: 'doc-A', ...over });
const check = (stream: string, text: string, sender = me()) => send({ type: 'check', stream, text, uiLang: 'en' }, sender) as Promise<{ ok: boolean; findings: { ruleId: string; actual: string }[] }>;

/** The log once the background has recorded at least `n` records. */
async function logOf(n = 1) {
  await expect.poll(async () => (await readDriftLog()).length).toBeGreaterThanOrEqual(n);
  return readDriftLog();
}

describe('background: drift log', () => {
  it('records a partner email after replying, once however often it is opened', async () => {
    const text = 'For the US, we propose a CAC of $41. We will also offer a 50% discount.';
    const reply = await check('gmail:msg:abc', text);
    expect(reply.ok).toBe(true);
    // The reply went before anything was recorded.
    expect(await driftLogItem.getValue()).toEqual([]);
    const log = await logOf(2);
    expect(log.map((r) => [r.ruleId, r.site, r.sourceKind, r.source, r.direction]).sort()).toEqual([
      ['RL-discount', 'gmail', 'email', shortHash('gmail:msg:abc'), 'above'],
      ['US-cac', 'gmail', 'email', shortHash('gmail:msg:abc'), 'above'],
    ]);
    // Opened again in another tab.
    await check('gmail:msg:abc', text, me({ tab: { id: 8, windowId: 1 }, documentId: 'doc-B' }));
    await new Promise((r) => setTimeout(r, 10));
    expect(await readDriftLog()).toHaveLength(2);
  });

  it('records a draft being typed once per rule, and two page loads with the same draft key as two drafts', async () => {
    const typed = 'For the US, we propose a CAC of $41, maybe $45.';
    for (let i = 20; i <= typed.length; i += 3) await check('gmail:compose:compose-1', typed.slice(0, i));
    await check('gmail:compose:compose-1', typed);
    const first = await logOf(1);
    expect(first.map((r) => [r.ruleId, r.sourceKind])).toEqual([['US-cac', 'draft']]);

    // After a reload Gmail's content script numbers its drafts from 1 again: another draft.
    await check('gmail:compose:compose-1', 'For the US, we propose a CAC of $50.', me({ documentId: 'doc-Z' }));
    const both = await logOf(2);
    expect(new Set(both.map((r) => r.source)).size).toBe(2);
    // Dismissed from the page, by the key the page knows: the draft on screen (the newest) is marked.
    await dismiss('gmail:compose:compose-1', findingKey({ ruleId: 'US-cac', actual: '$50' }));
    const states = (await readDriftLog()).map((r) => r.state).sort();
    expect(states).toEqual(['dismissed', 'open']);
  });

  it('records a Google Doc as a brief, and a context-menu selection as a brief on a page', async () => {
    await send(
      { type: 'check', stream: 'docs:1AbC', text: 'For Russia, keep the tone edgy and irreverent.', uiLang: 'en', report: { site: 'docs', route: 'live', source: 'Brief', note: null, idPrefix: 'docs#' } },
      me(),
    );
    const docs = await logOf(1);
    expect(docs[0]).toMatchObject({ site: 'docs', sourceKind: 'brief', ruleId: 'RU-tone', source: shortHash('docs:1AbC'), finding: null });

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect.poll(() => menusCreated.length).toBe(1);
    const selection = 'For the US we will offer a 50% discount.';
    menuClicked.trigger({ menuItemId: menusCreated[0]!.id!, selectionText: selection }, TAB);
    const log = await logOf(2);
    const page = log.find((r) => r.site === 'page');
    expect(page).toMatchObject({ sourceKind: 'brief', ruleId: 'RL-discount', source: shortHash(`selection:${shortHash(selection)}`) });
    // The same selection checked again: still one.
    menuClicked.trigger({ menuItemId: menusCreated[0]!.id!, selectionText: selection }, TAB);
    await new Promise((r) => setTimeout(r, 50));
    expect((await readDriftLog()).filter((r) => r.site === 'page')).toHaveLength(1);
  });

  it('records nothing while the log is off, and nothing for streams it does not know', async () => {
    await setDriftSettings({ enabled: false });
    await check('gmail:msg:1', 'For the US we will offer a 50% discount.');
    await check('somewhere:else', 'For the US we will offer a 50% discount.');
    await new Promise((r) => setTimeout(r, 20));
    expect(await readDriftLog()).toEqual([]);
    await setDriftSettings({ enabled: true });
    await check('somewhere:else', 'For the US we will offer a 50% discount.');
    await check('gmail:msg:2', 'For the US we will offer a 50% discount.');
    const log = await logOf(1);
    expect(log.map((r) => r.source)).toEqual([shortHash('gmail:msg:2')]);
  });
});
