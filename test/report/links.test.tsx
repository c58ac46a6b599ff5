// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uiText } from '../../components/i18n';
import { PanelHeader } from '../../components/panel/PanelHeader';
import App from '../../entrypoints/popup/App';
import { click, mount, text, unmountAll } from '../components/panel/render';

/** The two ways to the report: the popup's button and the side panel header's link, each opening report.html in a tab. */

const REPORT_URL = 'chrome-extension://test-extension-id/report.html';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1, focused: true, alwaysOnTop: false, incognito: false });
});
afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

describe('links to the report', () => {
  it('the popup opens report.html in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const m = await mount(<App />);
    expect(text(m.get('open-report'))).toBe('Weekly report');
    await click(m.get('open-report'));
    expect(create).toHaveBeenCalledWith({ url: REPORT_URL });
  });

  it('the side panel header links to it, in both languages', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const m = await mount(<PanelHeader t={uiText('ru')} summary={undefined} />);
    const link = m.get('open-report');
    expect(text(link)).toBe('Недельный отчёт');
    expect(link.getAttribute('href')).toBe('/report.html');
    await click(link);
    expect(create).toHaveBeenCalledWith({ url: REPORT_URL });
    expect(uiText('en').panel.report).toBe('Weekly report');
  });
});
