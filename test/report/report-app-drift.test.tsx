// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driftApi } from '../../components/report/drift-api';
import { ReportApp } from '../../components/report/ReportApp';
import { driftLogItem } from '../../lib/drift/log';
import { mount, text, unmountAll, until } from '../components/panel/render';
import { record } from './stand-in';

/** The page on the real drift log and aggregation (lib/drift/log.ts, aggregate.ts), seeded through the log's storage item. */

/** Tuesday 1 Dec 2026, 12:00 local: the built-in document's check-in (Tuesdays 17:00) was a week ago. */
const NOW = new Date(2026, 11, 1, 12);
const at = (d: number, month = 11) => new Date(2026, month - 1, d, 10).toISOString();

beforeEach(() => fakeBrowser.reset());
afterEach(() => unmountAll());

describe('report page on the real drift log', () => {
  it('reads the log and shows the period since the last check-in', async () => {
    await driftLogItem.setValue([
      record({ ruleId: 'US-cac', kind: 'kpi', market: 'US', direction: 'above', firstSeen: at(26), lastSeen: at(26) }),
      record({ ruleId: 'US-cac', kind: 'kpi', market: 'US', direction: 'above', firstSeen: at(30), lastSeen: at(30) }),
      record({ ruleId: 'US-cac', kind: 'kpi', market: 'US', direction: 'above', firstSeen: at(18), lastSeen: at(18) }),
    ]);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const m = await mount(
      <QueryClientProvider client={client}>
        <ReportApp api={driftApi} now={NOW} />
      </QueryClientProvider>,
    );
    await until(() => m.get('cells-table'));
    expect((m.get('range-from') as HTMLInputElement).value).toBe('2026-11-24');
    expect((m.get('range-to') as HTMLInputElement).value).toBe('2026-12-01');
    expect([m.get('cell-US-kpi').dataset.count, m.get('cell-US-kpi').dataset.previous]).toEqual(['2', '1']);
    expect(m.all('top-rule').map(text)).toEqual(['US-cac: 2 emails proposed a CAC above $35']);
  });
});
