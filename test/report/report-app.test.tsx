// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportApi } from '../../components/report/api';
import { ReportApp } from '../../components/report/ReportApp';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { reportMarkdown } from '../../lib/drift/markdown';
import type { DriftRecord } from '../../lib/drift/log';
import { intentionalItem, type IntentionalNote } from '../../lib/storage/items';
import { setUiLangSetting } from '../../lib/ui-lang';
import { mount, text, unmountAll, until, type Mounted } from '../components/panel/render';
import { click, typeInto } from '../options/helpers';
import { driftLogItem, driftSettingsItem, record, standInApi } from './stand-in';

/**
 * The report page on WXT's fake browser: the log and the notes are seeded in storage in their
 * documented shape, the active document is the built-in example, `proposeChange` is a mock.
 */

const NOW = new Date('2026-12-01T12:00:00.000Z');

const NOTE: IntentionalNote = {
  id: 'note-1',
  at: '2026-11-28T10:00:00.000Z',
  site: 'gmail',
  where: 'thread-a',
  subject: 'Re: launch budget',
  kind: 'kpi',
  severity: 'warning',
  ruleId: 'US-cac',
  market: 'US',
  actual: 'CAC of $42',
  expected: 'at most $35',
  revision: 3,
  note: '<b>Launch week</b> only',
};

function seedRecords(): DriftRecord[] {
  return [
    record({ ruleId: 'US-cac', kind: 'kpi', market: 'US', direction: 'above', lastSeen: '2026-11-26T09:00:00.000Z' }),
    record({ ruleId: 'US-cac', kind: 'kpi', market: 'US', direction: 'above', lastSeen: '2026-11-27T09:00:00.000Z' }),
    record({ ruleId: 'US-cac', kind: 'kpi', market: 'US', direction: 'above', lastSeen: '2026-11-30T09:00:00.000Z' }),
    record({ ruleId: 'US-cac', kind: 'kpi', market: 'US', direction: 'above', lastSeen: '2026-11-20T09:00:00.000Z' }),
    record({ ruleId: 'RL-discount', kind: 'red-line', severity: 'error', lastSeen: '2026-11-29T09:00:00.000Z' }),
    record({ ruleId: 'RL-discount', kind: 'red-line', severity: 'error', sourceKind: 'brief', site: 'docs', lastSeen: '2026-11-29T10:00:00.000Z' }),
    record({ ruleId: 'RU-tone', kind: 'tone', market: 'RU', state: 'dismissed', lastSeen: '2026-11-28T09:00:00.000Z' }),
    // Only in "Last 30 days".
    record({ ruleId: 'RU-channels', kind: 'channel', market: 'RU', lastSeen: '2026-11-10T09:00:00.000Z' }),
  ];
}

let proposeChange: ReturnType<typeof vi.fn<ReportApi['proposeChange']>>;
let api: ReportApi;

beforeEach(async () => {
  fakeBrowser.reset();
  proposeChange = vi.fn<ReportApi['proposeChange']>();
  api = standInApi(proposeChange);
  await driftLogItem.setValue(seedRecords());
  await intentionalItem.setValue([NOTE]);
});

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

async function open(): Promise<Mounted> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const m = await mount(
    <QueryClientProvider client={client}>
      <ReportApp api={api} now={NOW} />
    </QueryClientProvider>,
  );
  await until(() => m.get('range-from'));
  return m;
}

const value = (m: Mounted, id: string) => (m.get(id) as HTMLInputElement).value;

describe('report page', () => {
  it('shows counts per market × kind with the previous period, the top conflicts, red lines and the note', async () => {
    const m = await open();
    expect(value(m, 'range-from')).toBe('2026-11-25');
    expect(value(m, 'range-to')).toBe('2026-12-01');
    expect(m.get('preset-checkin').getAttribute('aria-pressed')).toBe('true');
    expect(text(m.get('total-conflicts'))).toBe('5');
    expect(text(m.get('totals'))).toContain('previous period: 1');

    const usKpi = m.get('cell-US-kpi');
    expect([usKpi.dataset.count, usKpi.dataset.previous]).toEqual(['3', '1']);
    expect(m.get('cell-none-red-line').dataset.count).toBe('2');
    expect(m.get('chart-cells').querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(m.get('chart-cells').querySelector('svg')?.getAttribute('aria-label')).toContain('United States: KPI 3 (1)');
    expect(m.get('cells-table').tagName).toBe('TABLE');

    expect(m.all('top-rule').map(text)).toEqual([
      'US-cac: 3 emails proposed a CAC above 35 USD',
      'RL-discount: 1 email and 1 brief crossed the red line: No discount deeper than 30%.',
    ]);
    expect(text(m.get('red-lines'))).toContain('RL-discount — No discount deeper than 30%. — 2 sources');

    const note = m.get('note');
    expect(text(note)).toContain('<b>Launch week</b> only');
    expect(note.querySelector('b')).toBeNull();
    expect(text(note)).toContain('CAC of $42');
    expect(m.has('empty')).toBe(false);
  });

  it('"Propose a change" drafts the edit and opens it in the document editor', async () => {
    proposeChange.mockResolvedValue({ ok: true, docId: 'sova spring', path: '/markets/1/kpis/1/max', summary: 'US-cac: max $35 → $42' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const m = await open();
    await click(m.get('propose'));
    await until(() => m.get('propose-done'));
    expect(proposeChange).toHaveBeenCalledWith(NOTE, 'en');
    const [page, hash] = (create.mock.calls[0]![0].url ?? '').split('#');
    expect(page).toBe('chrome-extension://test-extension-id/options.html');
    expect(Object.fromEntries(new URLSearchParams(hash))).toEqual({ doc: 'sova spring', path: '/markets/1/kpis/1/max', summary: 'US-cac: max $35 → $42' });
    expect(text(m.get('propose-done'))).toContain('US-cac: max $35 → $42');
  });

  it('says why a change could not be drafted, and opens nothing', async () => {
    proposeChange.mockResolvedValue({ ok: false, reason: 'The built-in example cannot be edited.' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const m = await open();
    await click(m.get('propose'));
    await until(() => m.get('propose-failed'));
    expect(text(m.get('propose-failed'))).toBe('Could not draft the change: The built-in example cannot be edited.');
    expect(create).not.toHaveBeenCalled();
  });

  it('changes the range with the presets and the date inputs', async () => {
    const m = await open();
    await click(m.get('preset-month'));
    expect(value(m, 'range-from')).toBe('2026-11-02');
    expect(value(m, 'range-to')).toBe('2026-12-01');
    expect(m.get('preset-month').getAttribute('aria-pressed')).toBe('true');
    expect(m.get('cell-RU-channel').dataset.count).toBe('1');
    expect(text(m.get('total-conflicts'))).toBe('7');

    await click(m.get('preset-week'));
    expect(value(m, 'range-from')).toBe('2026-11-25');
    expect(m.has('cell-RU-channel')).toBe(false);

    await typeInto(m.get('range-from'), '2026-11-29');
    expect(value(m, 'range-from')).toBe('2026-11-29');
    expect(m.container.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
    expect(text(m.get('total-conflicts'))).toBe('3');

    // A start after the end moves the end with it.
    await typeInto(m.get('range-from'), '2026-12-05');
    expect([value(m, 'range-from'), value(m, 'range-to')]).toEqual(['2026-12-05', '2026-12-05']);
    expect(m.has('empty')).toBe(true);

    await click(m.get('preset-checkin'));
    expect(value(m, 'range-from')).toBe('2026-11-25');
  });

  it('shows the empty state when nothing was recorded in the period', async () => {
    await driftLogItem.setValue([]);
    await intentionalItem.setValue([]);
    const m = await open();
    expect(text(m.get('empty'))).toContain('Nothing in this period.');
    expect(m.has('totals')).toBe(false);
    expect(m.has('settings')).toBe(true);
  });

  it('settings: clears the log after a confirmation, and turns recording off', async () => {
    const confirm = vi.fn<(message?: string) => boolean>().mockReturnValueOnce(false).mockReturnValueOnce(true);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    const m = await open();
    await until(() => expect((m.get('clear-log') as HTMLButtonElement).disabled).toBe(false));
    await click(m.get('clear-log'));
    expect(confirm).toHaveBeenCalledWith('Delete every recorded conflict? This cannot be undone.');
    expect(await driftLogItem.getValue()).toHaveLength(8);

    await click(m.get('clear-log'));
    await until(() => expect(text(m.get('total-conflicts'))).toBe('0'));
    expect(await driftLogItem.getValue()).toEqual([]);
    // The note is not part of the log: it stays, so the period is not empty.
    expect(m.has('note')).toBe(true);
    expect(m.has('top-rules')).toBe(false);

    const toggle = m.get('record-toggle') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    await until(async () => expect(await driftSettingsItem.getValue()).toMatchObject({ enabled: false }));
  });

  it('exports: the Markdown it shows is the Markdown it copies and downloads, named after the range', async () => {
    const writeText = vi.fn<(t: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const m = await open();
    const md = m.get('markdown').textContent ?? '';
    expect(md.startsWith('# Drift report: Sova sleep app')).toBe(true);
    expect(md).toBe(
      reportMarkdown(
        api.buildReport({ records: seedRecords(), notes: [NOTE], doc: BUILTIN_DOCUMENT, range: api.defaultRange(BUILTIN_DOCUMENT, NOW), now: NOW }),
        BUILTIN_DOCUMENT,
        'en',
      ),
    );

    await click(m.get('copy-md'));
    expect(writeText).toHaveBeenCalledWith(md);
    await click(m.get('export-md'));
    expect(names).toEqual(['accord-report-2026-11-25-2026-12-01.md']);
    await click(m.get('export-log'));
    expect(names[1]).toMatch(/^accord-drift-log-\d{4}-\d\d-\d\d\.json$/);

    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    await click(m.get('print'));
    expect(print).toHaveBeenCalled();
  });

  it('speaks Russian when the UI language is Russian, in the page and in the Markdown', async () => {
    await setUiLangSetting('ru');
    const m = await open();
    await until(() => expect(text(m.get('preset-checkin'))).toBe('С последней встречи'));
    expect(m.all('top-rule').map(text)[0]).toBe('US-cac: CAC выше 35 USD в 3 письмах');
    expect(text(m.get('propose'))).toBe('Предложить изменение');
    expect(m.get('markdown').textContent).toContain('# Отчёт о расхождениях');
  });
});
