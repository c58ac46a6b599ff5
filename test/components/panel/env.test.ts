import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectUiLang, tabFromUrl } from '../../../components/panel/env';
import { filterByMarket, groupFindings } from '../../../components/panel/group';
import { formatNumber, languageName } from '../../../components/panel/format';
import { uiText } from '../../../components/i18n';
import { item } from './fixtures';

afterEach(() => vi.restoreAllMocks());

describe('panel environment', () => {
  it('reads ?tab=<id>, and nothing else as a tab', () => {
    expect(tabFromUrl('?tab=42')).toBe(42);
    expect(tabFromUrl('?x=1&tab=0')).toBe(0);
    for (const bad of ['', '?tab=', '?tab=-1', '?tab=1.5', '?tab=abc', '?tab=99999999999999999999']) expect(tabFromUrl(bad)).toBeNull();
  });

  it('speaks Russian for a Russian browser, English otherwise', () => {
    const ui = vi.spyOn(fakeBrowser.i18n, 'getUILanguage');
    ui.mockReturnValue('ru-RU');
    expect(detectUiLang()).toBe('ru');
    ui.mockReturnValue('de');
    expect(detectUiLang()).toBe('en');
    ui.mockImplementation(() => {
      throw new Error('unavailable');
    });
    expect(detectUiLang()).toBe('en');
  });
});

describe('grouping and formatting', () => {
  it('leaves out empty groups and keeps report order within a kind', () => {
    const groups = groupFindings([item({ id: '1', kind: 'tone' }), item({ id: '2', kind: 'kpi' }), item({ id: '3', kind: 'tone' })]);
    expect(groups.map((g) => [g.severity, g.count, g.kinds.map((k) => [k.kind, k.items.map((i) => i.id)])])).toEqual([
      ['warning', 3, [['kpi', ['2']], ['tone', ['1', '3']]]],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  it('filters by market id; findings about no market show only under all', () => {
    const items = [item({ id: 'a', market: 'US' }), item({ id: 'b', market: null }), item({ id: 'c', market: 'RU' })];
    expect(filterByMarket(items, '').map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(filterByMarket(items, 'RU').map((i) => i.id)).toEqual(['c']);
  });

  it('groups digits per language and names languages', () => {
    expect(formatNumber(1800, 'en')).toBe('1,800');
    expect(formatNumber(1800, 'ru')).toBe('1800');
    expect(formatNumber(12000.5, 'ru')).toBe('12\u00a0000,5');
    const t = uiText('en').panel;
    expect(languageName('de', 'en', t)).toBe('German');
    expect(languageName('other', 'en', t)).toBe('another language');
    expect(languageName('not a code!', 'en', t)).toBe('not a code!');
  });
});
