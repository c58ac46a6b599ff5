// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsTab, type FindingsTabProps } from '../../../components/panel/FindingsTab';
import { uiText } from '../../../components/i18n';
import { DOC, item, MARKETS, report } from './fixtures';
import { choose, click, mount, settle, text, unmountAll } from './render';

afterEach(unmountAll);

const en = uiText('en');

function tab(over: Partial<FindingsTabProps> = {}) {
  return mount(<FindingsTab t={en} lang="en" report={report()} error={null} doc={DOC} markets={MARKETS} {...over} />);
}

describe('FindingsTab states', () => {
  it('shows loading before the first report', async () => {
    const m = await tab({ report: undefined });
    expect(text(m.get('state-loading'))).toBe('Loading…');
    expect(m.all('finding')).toHaveLength(0);
  });

  it('shows an error when the background does not answer, as an alert', async () => {
    const m = await tab({ report: undefined, error: 'Could not establish connection' });
    const state = m.get('state-error');
    expect(state.getAttribute('role')).toBe('alert');
    expect(text(state)).toContain('Accord is not answering');
    expect(text(state)).toContain('Could not establish connection');
    expect(m.has('state-loading')).toBe(false);
  });

  it('keeps the last report when a later request fails, and says so', async () => {
    const m = await tab({ report: report({ items: [item()] }), error: 'timeout' });
    expect(text(m.get('state-stale'))).toContain('timeout');
    expect(m.all('finding')).toHaveLength(1);
  });

  it('explains where Accord works on a page it does not check', async () => {
    const m = await tab({ report: report({ site: null, route: null }) });
    const state = text(m.get('state-unsupported'));
    expect(state).toContain('Not a supported page');
    expect(state).toContain('Gmail');
    expect(state).toContain('Google Docs');
    expect(state).toContain('Check with Accord');
    expect(m.has('market-filter')).toBe(false);
    expect(m.has('state-no-findings')).toBe(false);
  });

  it('names the document and its revision when nothing conflicts', async () => {
    const m = await tab();
    expect(text(m.get('state-no-findings'))).toBe(`No conflicts with ${DOC.title} (rev. 3)`);
    expect(m.has('market-filter')).toBe(false);
  });

  it('says which languages were not checked', async () => {
    const m = await tab({ report: report({ unchecked: [{ lang: 'de', chars: 120 }, { lang: 'other', chars: 40 }] }) });
    const lines = [...m.get('state-unchecked').querySelectorAll('p')].map(text);
    expect(lines).toEqual(['Parts in German were not checked.', 'Parts in another language were not checked.']);
    expect(m.has('state-no-findings')).toBe(true);
  });

  it('notes the saved-version route with a working Refresh button', async () => {
    const onRefresh = vi.fn(() => Promise.resolve());
    const m = await tab({ report: report({ site: 'docs', route: 'saved' }), onRefresh });
    expect(text(m.get('state-route-saved'))).toContain('Saved version of the document');
    const button = m.get('refresh');
    expect(button.tagName).toBe('BUTTON');
    await click(button);
    expect(onRefresh).toHaveBeenCalledTimes(1);
    expect(m.has('refresh-error')).toBe(false);
  });

  it('shows why Refresh failed', async () => {
    const onRefresh = vi.fn(() => Promise.reject(new Error('the page does not answer: reload it')));
    const m = await tab({ report: report({ site: 'docs', route: 'saved' }), onRefresh });
    await click(m.get('refresh'));
    await settle();
    expect(text(m.get('refresh-error'))).toBe('Could not refresh: the page does not answer: reload it');
  });

  it('notes a selection check, and no route note for live text', async () => {
    const m = await tab({ report: report({ site: 'page', route: 'selection' }) });
    expect(text(m.get('state-route-selection'))).toBe('Selected text');
    expect(m.has('state-route-saved')).toBe(false);
    await m.rerender(<FindingsTab t={en} lang="en" report={report()} error={null} doc={DOC} markets={MARKETS} />);
    expect(m.has('state-route-selection')).toBe(false);
    expect(m.has('state-route-saved')).toBe(false);
  });

  it('shows the page’s note as text', async () => {
    const m = await tab({ report: report({ note: 'Live text unavailable: showing the saved version' }) });
    expect(text(m.get('state-note'))).toBe('Live text unavailable: showing the saved version');
  });

  it('speaks Russian', async () => {
    const ru = uiText('ru');
    const m = await mount(<FindingsTab t={ru} lang="ru" report={report({ unchecked: [{ lang: 'de', chars: 1 }] })} error={null} doc={DOC} markets={MARKETS} />);
    expect(text(m.get('state-no-findings'))).toBe(`Нет расхождений с документом «${DOC.title}» (ред. 3)`);
    expect(text(m.get('state-unchecked'))).toContain('немецкий');
  });
});

describe('FindingsTab findings', () => {
  const items = [
    item({ id: 'a', severity: 'info', kind: 'assumption', ruleId: 'US-audience' }),
    item({ id: 'b', severity: 'warning', kind: 'tone', ruleId: 'RU-tone', market: 'RU' }),
    item({ id: 'c', severity: 'error', kind: 'kpi', ruleId: 'US-cac' }),
    item({ id: 'd', severity: 'warning', kind: 'channel', ruleId: 'RU-channels', market: 'RU' }),
    item({ id: 'e', severity: 'error', kind: 'red-line', ruleId: 'RL-guarantee', market: null }),
    item({ id: 'f', severity: 'warning', kind: 'tone', ruleId: 'US-tone' }),
  ];

  it('groups by severity (error, warning, info), then by kind in the engine’s order', async () => {
    const m = await tab({ report: report({ items }) });
    expect(m.all('severity-group').map((g) => g.dataset.severity)).toEqual(['error', 'warning', 'info']);
    const kinds = m.all('severity-group').map((g) => [...g.querySelectorAll<HTMLElement>('[data-testid="kind-group"]')].map((k) => k.dataset.kind));
    expect(kinds).toEqual([['red-line', 'kpi'], ['channel', 'tone'], ['assumption']]);
    expect(m.all('finding').map((f) => f.dataset.id)).toEqual(['e', 'c', 'd', 'b', 'f', 'a']);
    expect(m.all('finding').map((f) => `${f.dataset.severity}/${f.dataset.kind}`)).toEqual([
      'error/red-line',
      'error/kpi',
      'warning/channel',
      'warning/tone',
      'warning/tone',
      'info/assumption',
    ]);
    expect(text(m.all('severity-group')[1]?.querySelector('h2'))).toBe('Warning 3');
  });

  it('shows the flagged text, the message, what was agreed and where it comes from', async () => {
    const m = await tab({ report: report({ items: [item({ quoted: true })] }) });
    const row = m.get('finding');
    expect(text(row.querySelector('.finding-actual q'))).toBe('CAC of $50');
    expect(text(row.querySelector('.badge-quoted'))).toBe('quoted');
    expect(text(row.querySelector('.finding-message'))).toBe('The US CAC target is above the agreed maximum.');
    expect(text(row.querySelector('.finding-expected'))).toBe('Agreed: CAC at most $35');
    expect(text(row.querySelector('.finding-meta'))).toBe('US-cac · rev. 3 · United States · Launch plan');
  });

  it('marks only quoted findings as quoted', async () => {
    const m = await tab({ report: report({ items: [item({ quoted: false })] }) });
    expect(m.get('finding').querySelector('.badge-quoted')).toBeNull();
  });

  it('filters by market, and says when the chosen market has none', async () => {
    const m = await tab({ report: report({ items }) });
    const select = m.get('market-filter') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['', 'All markets'],
      ['RU', 'Russia'],
      ['US', 'United States'],
    ]);
    await choose(select, 'RU');
    expect(m.all('finding').map((f) => f.dataset.id)).toEqual(['d', 'b']);
    await choose(select, 'US');
    expect(m.all('finding').map((f) => f.dataset.id)).toEqual(['c', 'f', 'a']);
    await choose(select, '');
    expect(m.all('finding')).toHaveLength(6);

    const onlyRu = await tab({ report: report({ items: [item({ id: 'x', market: 'RU' })] }) });
    await choose(onlyRu.get('market-filter') as HTMLSelectElement, 'US');
    expect(onlyRu.all('finding')).toHaveLength(0);
    expect(text(onlyRu.get('state-filtered-empty'))).toBe('No findings for United States. 1 more under “All markets”.');
  });

  it('renders page text as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const m = await tab({ report: report({ items: [item({ actual: evil, message: `<b>${evil}</b>`, expected: '<script>x()</script>', source: '<i>s</i>', ruleId: '<u>r</u>' })], note: evil }) });
    expect(m.container.querySelector('img, b, script, i, u')).toBeNull();
    expect(text(m.get('finding').querySelector('.finding-actual q'))).toBe(evil);
    expect(text(m.get('state-note'))).toBe(evil);
  });

  it('calls the locate callback with the row’s id on click, and by keyboard it is a button', async () => {
    const onLocate = vi.fn(() => Promise.resolve());
    const m = await tab({ report: report({ items }), onLocate });
    const row = m.all('finding').find((f) => f.dataset.id === 'b');
    const button = row?.querySelector('button');
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.getAttribute('title')).toBe('Show in the page');
    await click(button as HTMLButtonElement);
    expect(onLocate).toHaveBeenCalledWith('b');
    expect(m.has('locate-error')).toBe(false);
  });

  it('shows an inline error when locating fails', async () => {
    const onLocate = vi.fn(() => Promise.reject(new Error('the page does not answer: reload it')));
    const m = await tab({ report: report({ items: [item({ id: 'z' })] }), onLocate });
    await click(m.get('finding-locate'));
    await settle();
    const error = m.get('locate-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toBe('Could not show this in the page: the page does not answer: reload it');
    expect(m.get('finding').contains(error)).toBe(true);
  });

  it('does not make selection findings (id null) clickable', async () => {
    const onLocate = vi.fn(() => Promise.resolve());
    const m = await tab({ report: report({ site: 'page', route: 'selection', items: [item({ id: null })] }), onLocate });
    const row = m.get('finding');
    expect(row.hasAttribute('data-id')).toBe(false);
    expect(row.querySelector('button')).toBeNull();
    await click(row.querySelector('.finding-body') as HTMLElement);
    expect(onLocate).not.toHaveBeenCalled();
  });
});
