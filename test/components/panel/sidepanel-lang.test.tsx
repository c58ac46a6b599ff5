// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../entrypoints/sidepanel/App';
import { setUiLangSetting as store, type UiLangSetting } from '../../../lib/ui-lang';
import { report } from './fixtures';
import { mount, settle, text, unmountAll, until } from './render';

/**
 * The side panel's entrypoint against WXT's fake browser: its language is the stored setting's, else
 * the browser's, and it follows a change of the setting while it is open.
 */

let browserLang = 'en-US';

beforeEach(() => {
  fakeBrowser.reset();
  browserLang = 'en-US';
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => browserLang });
  // A background with nothing to report: the panel shows its "not a supported page" state.
  fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(report({ site: null, route: null })));
});

afterEach(unmountAll);

/** Stores the setting as the options page does; the panel's watcher re-renders inside act. */
const setUiLangSetting = (setting: UiLangSetting) => act(() => store(setting));

function panel() {
  return mount(
    <QueryClientProvider client={new QueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}

describe('side panel language', () => {
  it('follows the browser while the setting is auto', async () => {
    browserLang = 'ru-RU';
    const m = await panel();
    await settle();
    expect(text(m.get('tab-findings'))).toBe('Расхождения');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('lets the setting override the browser', async () => {
    await setUiLangSetting('ru');
    const m = await panel();
    await until(() => expect(text(m.get('tab-findings'))).toBe('Расхождения'));
    expect(text(m.get('tab-agreed'))).toBe('Согласовано');
  });

  it('switches language live when the setting changes, and back to the browser on auto', async () => {
    const m = await panel();
    await settle();
    expect(text(m.get('tab-findings'))).toBe('Findings');
    await until(() => expect(m.has('state-unsupported')).toBe(true));
    const unsupported = () => text(m.get('state-unsupported'));
    expect(unsupported()).toMatch(/Not a supported page/);

    await setUiLangSetting('ru');
    await until(() => expect(text(m.get('tab-findings'))).toBe('Расхождения'));
    expect(unsupported()).toMatch(/Эта страница не поддерживается/);
    expect(unsupported()).toMatch(/«Проверить в Accord»/);
    expect(document.documentElement.lang).toBe('ru');

    await setUiLangSetting('auto');
    await until(() => expect(text(m.get('tab-findings'))).toBe('Findings'));
    expect(document.documentElement.lang).toBe('en');
  });
});
