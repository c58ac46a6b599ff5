// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../entrypoints/popup/App';
import { TYPING_READY_MARK } from '../../components/popup/KpiLookup';
import { POPUP_TEXT } from '../../components/popup/text';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { documentItem } from '../../lib/storage/items';
import { key, mount, settle, text, type, unmountAll, until, type Mounted } from '../components/panel/render';

/**
 * The popup against WXT's fake browser: the document comes from (fake) storage through the real
 * readActiveDocument, the UI language from the stored setting, the clipboard is a mock.
 */

const SECOND_EXAMPLE = join(import.meta.dirname, '..', 'fixtures', 'alignment', 'second-example.alignment.json');

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  fakeBrowser.reset();
  // The fake answers undefined while no window has focus; a popup always has its window.
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1, focused: true, alwaysOnTop: false, incognito: false });
  writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

async function open(): Promise<Mounted & { search: HTMLInputElement }> {
  const m = await mount(<App />);
  const search = m.get('kpi-search') as HTMLInputElement;
  await until(() => m.get('doc-title'));
  return { ...m, search };
}

const rows = (m: Mounted) => m.all('kpi-row');
/** A KPI row's cells as `market: field value; …`. */
const cells = (row: Element | undefined) =>
  [...(row?.querySelectorAll<HTMLElement>('.lookup-cell') ?? [])].map(
    (cell) => `${cell.dataset.market}: ${[...cell.querySelectorAll('[data-field]')].map(text).join('; ') || text(cell)}`,
  );
const selected = (m: Mounted) => rows(m).findIndex((r) => r.getAttribute('aria-selected') === 'true');

describe('popup: opening', () => {
  it('renders the search box focused before the document is read, and marks when typing can start', async () => {
    performance.clearMarks(TYPING_READY_MARK);
    const start = performance.now();
    const m = await mount(<App />);
    const search = m.get('kpi-search') as HTMLInputElement;
    const focusedAfter = performance.now() - start;
    expect(document.activeElement).toBe(search);
    // Not read yet: the box takes keys while the document loads.
    expect(m.all('doc-title')).toHaveLength(0);
    expect(performance.getEntriesByName(TYPING_READY_MARK)).not.toHaveLength(0);
    console.info(`[popup] mount → search box focused: ${focusedAfter.toFixed(1)} ms (happy-dom; the e2e measures Chromium)`);

    await type(search, 'cac');
    await until(() => expect(rows(m).map((r) => r.dataset.id)).toEqual(['cac']));
  });

  it('takes over the plain search box of index.html with what was typed there before React loaded', async () => {
    const early = document.createElement('div');
    early.innerHTML = '<input id="kpi-search-early" type="search">';
    document.body.append(early);
    const box = early.querySelector('input')!;
    box.focus();
    box.value = 'US ca';
    const m = await mount(<App />);
    const search = m.get('kpi-search') as HTMLInputElement;
    expect(document.getElementById('kpi-search-early')).toBeNull();
    expect(search.value).toBe('US ca');
    expect(document.activeElement).toBe(search);
    await until(() => expect(rows(m).map((r) => r.dataset.id)).toEqual(['cac']));
  });

  it('shows the document title, revision and sign-off, the lookup above the side panel button and site switches', async () => {
    const m = await open();
    expect(text(m.get('doc-title'))).toBe(BUILTIN_DOCUMENT.title);
    expect(text(m.get('doc-revision'))).toBe('rev. 3 · signed 2026-11-21 · built-in example');
    const search = m.search;
    const button = [...m.container.querySelectorAll('button')].find((b) => text(b) === 'Open side panel');
    const switches = m.container.querySelector('fieldset');
    expect(button).toBeDefined();
    expect(text(switches?.querySelector('legend'))).toBe('Check on');
    expect(search.compareDocumentPosition(button!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button!.compareDocumentPosition(switches!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(switches?.querySelectorAll('input[type="checkbox"]')).toHaveLength(2);
  });

  it('says "not signed off" when no sign-off covers the current revision', async () => {
    await documentItem.setValue({ ...structuredClone(BUILTIN_DOCUMENT), revision: 4 });
    const m = await open();
    expect(text(m.get('doc-revision'))).toBe('rev. 4 · not signed off');
  });

  it('reads the team’s stored document', async () => {
    await documentItem.setValue(JSON.parse(readFileSync(SECOND_EXAMPLE, 'utf8')));
    const m = await open();
    expect(text(m.get('doc-title'))).toContain('Drevo furniture');
    expect(rows(m).map((r) => r.dataset.id)).toEqual(['cpo', 'aov', 'return-rate', 'booking-rate']);
    await type(m.search, 'Dubai AOV');
    expect(rows(m).map((r) => r.dataset.id)).toEqual(['aov']);
    expect([...rows(m)[0]!.querySelectorAll('[data-market]')].map((c) => c.getAttribute('data-market'))).toEqual(['AE']);
  });
});

describe('popup: lookup by keyboard', () => {
  it('shows the whole KPI table with both markets side by side, then narrows on every keystroke', async () => {
    const m = await open();
    const results = m.get('kpi-results');
    expect(results.getAttribute('role')).toBe('listbox');
    expect(m.search.getAttribute('role')).toBe('combobox');
    expect(m.search.getAttribute('aria-controls')).toBe(results.id);
    expect(rows(m).map((r) => r.dataset.id)).toEqual(['conversion-rate', 'cac', 'nurture-cycle', 'roas']);
    const conversion = rows(m)[0]!;
    expect(cells(conversion)).toEqual([
      'RU: target 3%; range 2.5–4%; window 60 days; baseline 2.1%',
      'US: target 4%; range 3.5–5%; window 14 days; baseline 3.2%',
    ]);
    expect(cells(rows(m)[2])).toEqual(['RU: range ≥ 45 days', 'US: —']);

    await type(m.search, 'US CA');
    expect(rows(m).map((r) => r.dataset.id)).toEqual(['cac']);
    await type(m.search, 'C');
    const cac = rows(m)[0]!;
    expect(text(cac.querySelector('.lookup-metric'))).toBe('CAC');
    expect(cells(cac)).toEqual(['US: range ≤ $35; baseline $41']);
    expect(cac.getAttribute('role')).toBe('option');
    expect(cac.getAttribute('aria-label')).toBe('US CAC: range ≤ $35, baseline $41 (rev. 3, signed 2026-11-21)');
    expect(m.search.getAttribute('aria-activedescendant')).toBe(cac.id);
  });

  it('moves through rows with ↑ and ↓, wrapping around', async () => {
    const m = await open();
    expect(selected(m)).toBe(0);
    await key(m.search, 'ArrowDown');
    await key(m.search, 'ArrowDown');
    expect(selected(m)).toBe(2);
    expect(m.search.getAttribute('aria-activedescendant')).toBe(rows(m)[2]!.id);
    await key(m.search, 'ArrowUp');
    expect(selected(m)).toBe(1);
    await key(m.search, 'ArrowUp');
    await key(m.search, 'ArrowUp');
    expect(selected(m)).toBe(3);
    // Typing starts again from the best match.
    await type(m.search, 'n');
    expect(selected(m)).toBe(0);
  });

  it('copies the chosen row with Enter and says so', async () => {
    const m = await open();
    await type(m.search, 'conversion');
    await key(m.search, 'Enter');
    await settle();
    expect(writeText).toHaveBeenCalledWith(
      'RU conversion rate: target 3%, range 2.5–4%, within 60 days, baseline 2.1% (rev. 3, signed 2026-11-21)\n' +
        'US conversion rate: target 4%, range 3.5–5%, within 14 days, baseline 3.2% (rev. 3, signed 2026-11-21)',
    );
    const copied = m.get('kpi-copied');
    expect(copied.getAttribute('aria-live')).toBe('polite');
    expect(text(copied)).toBe('Copied: conversion rate');
  });

  it('copies with Ctrl+C or ⌘+C when no text is selected in the box', async () => {
    const m = await open();
    await type(m.search, 'us');
    await key(m.search, 'ArrowDown');
    await key(m.search, 'c', { ctrlKey: true });
    await settle();
    expect(writeText).toHaveBeenLastCalledWith('US CAC: range ≤ $35, baseline $41 (rev. 3, signed 2026-11-21)');
    await key(m.search, 'ArrowDown');
    await key(m.search, 'c', { metaKey: true });
    await settle();
    expect(writeText).toHaveBeenLastCalledWith('US ROAS: range ≥ 2.5× (rev. 3, signed 2026-11-21)');

    // Selected text in the box is the browser's to copy.
    m.search.setSelectionRange(0, 2);
    await key(m.search, 'c', { ctrlKey: true });
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  it('says when the clipboard refuses', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    const m = await open();
    await key(m.search, 'Enter');
    await settle();
    expect(text(m.get('kpi-copied'))).toBe('Could not copy to the clipboard.');
  });

  it('clears the query with Escape', async () => {
    const m = await open();
    await type(m.search, 'nurture');
    expect(rows(m).map((r) => r.dataset.id)).toEqual(['nurture-cycle', 'H2']);
    await key(m.search, 'Escape');
    expect(m.search.value).toBe('');
    expect(rows(m)).toHaveLength(4);
  });

  it('explains a query that matches nothing', async () => {
    const m = await open();
    await type(m.search, 'Germany');
    expect(rows(m)).toHaveLength(0);
    expect(text(m.get('kpi-message'))).toBe(
      'Nothing agreed matches "germany". Try a metric (conversion rate, CAC, nurture cycle, ROAS) or a market (RU (Russia), US (United States)).',
    );
    expect(m.search.getAttribute('aria-expanded')).toBe('false');
    await key(m.search, 'Enter');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('renders document text as text, never as HTML', async () => {
    const doc = structuredClone(BUILTIN_DOCUMENT);
    doc.title = '<img src=x onerror=alert(1)> Sova';
    doc.hypotheses = [{ id: 'H9', statement: '<b>nurture</b> matters', markets: ['RU'], status: 'proposed' }];
    await documentItem.setValue(doc);
    const m = await open();
    expect(text(m.get('doc-title'))).toBe('<img src=x onerror=alert(1)> Sova');
    await type(m.search, 'matters');
    expect(text(rows(m)[0])).toContain('<b>nurture</b> matters');
    expect(m.container.querySelector('img, b')).toBeNull();
  });
});

describe('popup: Russian', () => {
  it('speaks Russian when the setting is ru, with Russian number style and copy text', async () => {
    await fakeBrowser.storage.local.set({ uiLang: 'ru' });
    const m = await open();
    const ru = POPUP_TEXT.ru;
    await until(() => expect(text(m.container.querySelector('label'))).toBe(ru.searchLabel));
    expect(m.search.placeholder).toBe(ru.placeholder);
    expect(text(m.get('doc-revision'))).toBe('ред. 3 · подписано 2026-11-21 · встроенный пример');
    expect(document.documentElement.lang).toBe('ru');

    await type(m.search, 'конверсии RU');
    expect(rows(m).map((r) => r.dataset.id)).toEqual(['conversion-rate']);
    expect(cells(rows(m)[0])).toEqual(['RU: цель 3%; диапазон 2,5–4%; окно 60 дн.; база 2,1%']);
    await key(m.search, 'Enter');
    await settle();
    expect(writeText).toHaveBeenCalledWith('RU конверсия: цель 3%, диапазон 2,5–4%, за 60 дн., база 2,1% (ред. 3, подписано 2026-11-21)');
    expect(text(m.get('kpi-copied'))).toBe('Скопировано: конверсия');
    expect([...m.container.querySelectorAll('button')].map(text)).toContain('Открыть боковую панель');
  });
});
