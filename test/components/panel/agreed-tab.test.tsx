// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AgreedTab } from '../../../components/panel/AgreedTab';
import { KpiTable } from '../../../components/panel/KpiTable';
import { uiText } from '../../../components/i18n';
import { BUILTIN_DOCUMENT } from '../../../lib/alignment/builtin';
import type { AlignmentDoc } from '../../../lib/alignment/schema';
import { mount, text, unmountAll } from './render';

afterEach(unmountAll);

const en = uiText('en');
const ru = uiText('ru');
const doc = BUILTIN_DOCUMENT;

/** `{ field: [RU, US] }` for one metric's block of the KPI table. */
function block(table: HTMLElement, metric: string): Record<string, string[]> {
  const body = table.querySelector(`tbody[data-metric="${metric}"]`);
  if (!body) throw new Error(`no block for ${metric}`);
  const out: Record<string, string[]> = {};
  for (const cell of body.querySelectorAll<HTMLElement>('td')) {
    const field = cell.dataset.field ?? '?';
    (out[field] ??= []).push(`${cell.dataset.market}=${text(cell)}`);
  }
  return out;
}

describe('KPI table', () => {
  it('shows both markets of the example document side by side with their targets, ranges, windows, baselines', async () => {
    const m = await mount(<KpiTable t={en} lang="en" doc={doc} />);
    const table = m.get('kpi-table');
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual(['Metric', 'Russia', 'United States']);
    expect([...table.querySelectorAll('tbody')].map((b) => b.getAttribute('data-metric'))).toEqual(['conversion-rate', 'cac', 'nurture-cycle', 'roas']);
    expect(block(table, 'conversion-rate')).toEqual({
      target: ['RU=3%', 'US=4%'],
      range: ['RU=2.5–4%', 'US=3.5–5%'],
      window: ['RU=60 days', 'US=14 days'],
      baseline: ['RU=2.1%', 'US=3.2%'],
    });
    // No target for CAC in either market: that row is left out, the caps and baselines stay.
    expect(block(table, 'cac')).toEqual({ range: ['RU=≤ 1,800 ₽', 'US=≤ $35'], baseline: ['RU=1,650 ₽', 'US=$41'] });
    expect(block(table, 'nurture-cycle')).toEqual({ range: ['RU=≥ 45 days', 'US=—'] });
    expect(block(table, 'roas')).toEqual({ range: ['RU=—', 'US=≥ 2.5×'] });
    expect(text(table.querySelector('tbody[data-metric="cac"] th'))).toBe('CAC');
    expect(table.querySelector('td[data-market="US"][data-field="target"]')?.getAttribute('title')).toBe('US-conversion');
  });

  it('speaks Russian, with Russian number grouping', async () => {
    const m = await mount(<KpiTable t={ru} lang="ru" doc={doc} />);
    const table = m.get('kpi-table');
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual(['Метрика', 'Россия', 'США']);
    expect(block(table, 'conversion-rate').window).toEqual(['RU=60 дн.', 'US=14 дн.']);
    expect(block(table, 'cac').range).toEqual(['RU=≤ 1800 ₽', 'US=≤ $35']);
  });

  it('says so when the document sets no KPIs', async () => {
    const bare: AlignmentDoc = { ...doc, markets: doc.markets.map((mk) => ({ ...mk, kpis: [], baselines: [] })) };
    const m = await mount(<KpiTable t={en} lang="en" doc={bare} />);
    expect(m.has('kpi-table')).toBe(false);
    expect(text(m.container)).toBe('The document sets no KPIs.');
  });
});

describe('Agreed values tab', () => {
  it('shows hypotheses with their status badges, each status its own class', async () => {
    const withAll: AlignmentDoc = {
      ...doc,
      hypotheses: [
        ...(doc.hypotheses ?? []),
        { id: 'H4', statement: 'Refined one', markets: ['US'], status: 'refined' },
        { id: 'H5', statement: 'Rejected one', markets: ['*'], status: 'rejected' },
      ],
    };
    const m = await mount(<AgreedTab t={en} lang="en" doc={withAll} />);
    const badges = m.all('hypothesis-status');
    expect(badges.map((b) => [b.dataset.status, text(b)])).toEqual([
      ['validated', 'validated'],
      ['proposed', 'proposed'],
      ['challenged', 'challenged'],
      ['refined', 'refined'],
      ['rejected', 'rejected'],
    ]);
    expect(new Set(badges.map((b) => b.className)).size).toBe(5);
    const h1 = m.all('hypothesis')[0];
    expect(text(h1)).toContain('Russian audiences respond to founder authenticity');
    expect(text(h1)).toContain('Evidence: Pilot posts');
    expect(text(m.all('hypothesis')[4])).toContain('all markets');
  });

  it('shows the channel plan, tone and messaging per market', async () => {
    const m = await mount(<AgreedTab t={en} lang="en" doc={doc} />);
    const plans = m.all('channel-plan');
    expect(plans.map((p) => p.dataset.market)).toEqual(['RU', 'US']);
    const chips = (el: Element | undefined, i: number) => [...(el?.querySelectorAll('dd')[i]?.querySelectorAll('li') ?? [])].map(text);
    expect(chips(plans[0], 0)).toEqual(['telegram', 'vk']);
    expect(chips(plans[0], 2)).toEqual(['instagram', 'tiktok', 'facebook']);
    expect(text(plans[0])).toContain('Why');
    expect(text(plans[0])).toContain('Instagram and Facebook are blocked in Russia');
    expect(text(plans[1])).not.toContain('Why');

    const tone = m.all('tone-messaging');
    expect(tone.map((p) => p.dataset.market)).toEqual(['RU', 'US']);
    expect(text(tone[0])).toContain('sophisticated');
    expect(text(tone[0])).toContain('founder story');
    expect(text(tone[1])).toContain('Your bedtime routine called.');
    expect(text(tone[1])).toContain('founder story as the lead');
    expect([...(tone[0]?.querySelectorAll('dt') ?? [])].map(text)).toEqual(['Voice', 'Tone to avoid', 'Example', 'Lead with', 'Do not lead with']);
  });

  it('shows red lines, assumptions and sign-off', async () => {
    const m = await mount(<AgreedTab t={en} lang="en" doc={doc} />);
    expect(m.all('red-line').map((r) => r.dataset.id)).toEqual(doc.redLines.map((r) => r.id));
    expect(text(m.all('red-line')[0])).toBe('RL-guarantee Never promise guaranteed results. (all markets)');
    expect(text(m.all('red-line')[5])).toContain('(United States)');

    expect(m.all('assumption').map((a) => a.dataset.id)).toEqual(['A1', 'A2']);
    expect(text(m.all('assumption')[0])).toContain('Because: Bridgewell 2025 campaign data');
    expect(text(m.all('assumption')[0])).toContain('Test: Weeks 1-2');

    const signs = m.all('sign-off');
    expect(signs.map((s) => [text(s.querySelector('strong')), text(s.querySelector('.entry-head .muted')), text(s.querySelector('p'))])).toEqual([
      ['Irina Sokolova', 'CEO, Northlight Agency', 'Northlight Agency · 2026-11-20 · rev. 3'],
      ['Mark Ellison', 'Managing Director, Bridgewell Partners', 'Bridgewell Partners · 2026-11-21 · rev. 3'],
    ]);
    expect(signs.every((s) => s.dataset.stale === 'false')).toBe(true);
  });

  it('marks a signature of an earlier revision, and says when nobody signed', async () => {
    const older: AlignmentDoc = { ...doc, revision: 4 };
    const m = await mount(<AgreedTab t={en} lang="en" doc={older} />);
    expect(m.all('sign-off').every((s) => s.dataset.stale === 'true' && text(s).includes('an earlier revision'))).toBe(true);

    const unsigned: AlignmentDoc = { ...doc, signOff: [] };
    const n = await mount(<AgreedTab t={en} lang="en" doc={unsigned} />);
    expect(text(n.get('agreed-sign-off').querySelector('p'))).toBe('Not signed off yet.');
    expect(n.has('sign-off')).toBe(false);
  });

  it('labels each section by its heading', async () => {
    const m = await mount(<AgreedTab t={en} lang="en" doc={doc} />);
    const sections = [...m.container.querySelectorAll('section.agreed-section')];
    expect(sections.map((s) => text(m.container.querySelector(`[id="${s.getAttribute('aria-labelledby')}"]`)))).toEqual([
      'KPIs',
      'Channel plan',
      'Tone and messaging',
      'Red lines',
      'Hypotheses',
      'Assumptions',
      'Sign-off',
    ]);
  });

  it('renders document text as text', async () => {
    const evil: AlignmentDoc = { ...doc, redLines: [{ id: 'RL-x', rule: '<img src=x onerror=alert(1)>', markets: ['*'], terms: { en: ['x'] } }] };
    const m = await mount(<AgreedTab t={en} lang="en" doc={evil} />);
    expect(m.container.querySelector('img')).toBeNull();
    expect(text(m.get('red-line'))).toContain('<img src=x onerror=alert(1)>');
  });
});
