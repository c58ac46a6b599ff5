// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelApp } from '../../../components/panel/PanelApp';
import { BUILTIN_DOCUMENT } from '../../../lib/alignment/builtin';
import type { Request, TabReportReply } from '../../../lib/messaging/protocol';
import { documentItem } from '../../../lib/storage/items';
import { item, report } from './fixtures';
import { click, key, mount, settle, text, unmountAll, until } from './render';

/**
 * The container against WXT's fake browser: the real `ask` sends through `runtime.sendMessage`, a
 * fake background answers, the real protocol schemas parse the replies, and the document comes
 * from (fake) storage through the real readActiveDocument.
 */

const requests: Request[] = [];
let reports: Record<number, TabReportReply> = {};
let locateReply: unknown = { ok: true };

function background() {
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const req = raw as Request;
    requests.push(req);
    switch (req.type) {
      case 'tab-report':
        return Promise.resolve(reports[req.tabId] ?? report({ site: null, route: null }));
      case 'locate':
        return Promise.resolve(locateReply);
      case 'refresh':
        return Promise.resolve({ ok: true });
      default:
        return Promise.resolve({ ok: false, error: 'unexpected' });
    }
  });
}

const asked = (type: Request['type']) => requests.filter((r) => r.type === type);

function app(pinnedTabId: number | null, lang: 'en' | 'ru' = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 10 } } });
  return mount(
    <QueryClientProvider client={client}>
      <PanelApp lang={lang} pinnedTabId={pinnedTabId} />
    </QueryClientProvider>,
  );
}

const fakeTab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 }) as Browser.tabs.Tab;

beforeEach(() => {
  fakeBrowser.reset();
  requests.length = 0;
  reports = {};
  locateReply = { ok: true };
});

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

describe('PanelApp', () => {
  it('shows the pinned tab’s findings and the document in the header', async () => {
    background();
    reports[5] = report({ items: [item({ id: 'f1' }), item({ id: 'f2', severity: 'error', kind: 'red-line', ruleId: 'RL-guarantee', market: null })] });
    const m = await app(5);
    await until(() => expect(m.all('finding')).toHaveLength(2));
    expect(asked('tab-report')[0]).toEqual({ type: 'tab-report', tabId: 5 });
    expect(text(m.get('doc-title'))).toBe(`${BUILTIN_DOCUMENT.title} rev. 3`);
    expect(text(m.container.querySelector('h1'))).toBe('Accord');
    expect(m.has('state-doc-problem')).toBe(false);
    expect(m.all('finding').map((f) => f.dataset.id)).toEqual(['f2', 'f1']);
  });

  it('asks the tab to locate a clicked finding, and shows the reason when it cannot', async () => {
    background();
    reports[5] = report({ items: [item({ id: 'gmail:msg:1#3' })] });
    const m = await app(5);
    await until(() => expect(m.has('finding-locate')).toBe(true));
    await click(m.get('finding-locate'));
    await until(() => expect(asked('locate')).toEqual([{ type: 'locate', tabId: 5, id: 'gmail:msg:1#3' }]));
    expect(m.has('locate-error')).toBe(false);

    locateReply = { ok: false, error: 'the page does not answer: reload it' };
    await click(m.get('finding-locate'));
    await until(() => expect(text(m.get('locate-error'))).toBe('Could not show this in the page: the page does not answer: reload it'));
  });

  it('asks for a fresh read of the saved version', async () => {
    background();
    reports[8] = report({ site: 'docs', route: 'saved' });
    const m = await app(8);
    await until(() => expect(m.has('refresh')).toBe(true));
    const before = asked('tab-report').length;
    await click(m.get('refresh'));
    await until(() => expect(asked('refresh')).toEqual([{ type: 'refresh', tabId: 8 }]));
    // The report is asked for again straight away, not at the next tick.
    await until(() => expect(asked('tab-report').length).toBeGreaterThan(before), 500);
  });

  it('follows the active tab as the user switches tabs', async () => {
    background();
    reports[7] = report({ items: [item({ id: 'seven' })] });
    reports[9] = report({ items: [item({ id: 'nine' })] });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([fakeTab(7)]);
    const m = await app(null);
    await until(() => expect(m.all('finding').map((f) => f.dataset.id)).toEqual(['seven']));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });

    query.mockResolvedValue([fakeTab(9)]);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 });
    await until(() => expect(m.all('finding').map((f) => f.dataset.id)).toEqual(['nine']), 500);
    expect(asked('tab-report').at(-1)).toEqual({ type: 'tab-report', tabId: 9 });
  });

  it('asks again as soon as the tab updates, and every second meanwhile', async () => {
    background();
    reports[5] = report();
    const m = await app(5);
    await until(() => expect(m.has('state-no-findings')).toBe(true));
    const before = asked('tab-report').length;
    reports[5] = report({ items: [item()] });
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, fakeTab(5));
    await until(() => expect(m.all('finding')).toHaveLength(1), 500);
    expect(asked('tab-report').length).toBe(before + 1);

    reports[5] = report({ items: [item(), item({ id: 'f2' })] });
    await until(() => expect(m.all('finding')).toHaveLength(2), 2_500);
  });

  it('asks again at once when the background says a tab’s report changed', async () => {
    background();
    reports[5] = report();
    const m = await app(5);
    await until(() => expect(m.has('state-no-findings')).toBe(true));
    reports[5] = report({ items: [item()] });
    await fakeBrowser.runtime.sendMessage({ type: 'report-updated', tabId: 5 });
    // Well before the next one-second poll.
    await until(() => expect(m.all('finding')).toHaveLength(1), 150);
  });

  it('shows the unsupported-page state when the window has no tab to check', async () => {
    background();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const m = await app(null);
    await until(() => expect(m.has('state-unsupported')).toBe(true));
    expect(asked('tab-report')).toHaveLength(0);
  });

  it('shows loading, then an error when the background does not answer', async () => {
    // No background listener: runtime.sendMessage fails, as it does while the background restarts.
    const m = await app(5);
    expect(m.has('state-loading')).toBe(true);
    await until(() => expect(m.has('state-error')).toBe(true));
    expect(m.get('state-error').getAttribute('role')).toBe('alert');
  });

  it('alerts when the team’s document could not be used, and follows document changes', async () => {
    background();
    reports[5] = report();
    await documentItem.setValue({ format: 'alignment/v1', title: 'broken' });
    const m = await app(5);
    await until(() => expect(m.has('state-doc-problem')).toBe(true));
    expect(m.get('state-doc-problem').getAttribute('role')).toBe('alert');
    expect(text(m.get('state-doc-problem'))).toContain('The stored alignment document is not valid');

    await documentItem.setValue({ ...BUILTIN_DOCUMENT, title: 'Next campaign', revision: 4, signOff: [] });
    // Revision 4 carries no sign-off: the header says it is not signed off.
    await until(() => expect(text(m.get('doc-title'))).toBe('Next campaign rev. 4 not signed off'));
    expect(m.has('state-doc-problem')).toBe(false);
    await until(() => expect(text(m.get('state-no-findings'))).toBe('No conflicts with Next campaign (rev. 4)'));
  });

  it('has an ARIA tablist: click or arrow keys switch to Agreed values, which shows the KPI table', async () => {
    background();
    reports[5] = report();
    const m = await app(5);
    const findings = m.get('tab-findings');
    const agreed = m.get('tab-agreed');
    expect(findings.parentElement?.getAttribute('role')).toBe('tablist');
    expect(findings.getAttribute('role')).toBe('tab');
    expect(findings.getAttribute('aria-selected')).toBe('true');
    expect(agreed.getAttribute('tabindex')).toBe('-1');
    expect(m.get('panel-agreed').hidden).toBe(true);
    expect(m.get('panel-findings').getAttribute('aria-labelledby')).toBe(findings.id);

    await key(findings, 'ArrowRight');
    expect(agreed.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(agreed);
    expect(m.get('panel-findings').hidden).toBe(true);
    await until(() => expect(m.has('kpi-table')).toBe(true));

    await key(agreed, 'Home');
    expect(findings.getAttribute('aria-selected')).toBe('true');
    await click(agreed);
    expect(m.get('panel-agreed').hidden).toBe(false);
  });

  it('speaks Russian', async () => {
    background();
    reports[5] = report();
    const m = await app(5, 'ru');
    expect(text(m.get('tab-findings'))).toBe('Расхождения');
    expect(text(m.get('tab-agreed'))).toBe('Согласовано');
    await until(() => expect(text(m.get('doc-title'))).toBe(`${BUILTIN_DOCUMENT.title} ред. 3`));
    await settle();
  });
});
