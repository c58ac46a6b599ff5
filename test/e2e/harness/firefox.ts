// Headless Firefox ESR (Debian's `firefox-esr`) with a temporary add-on, driven by puppeteer-core over WebDriver BiDi.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { executable } from './browsers';
import { extensionDir } from './build';

export interface FirefoxSession {
  readonly browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  readonly addonId: string;
  /** The host of the extension's `moz-extension://` URLs: a UUID this session chose. */
  readonly extensionId: string;
  /** `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /** A new tab. */
  page(): Promise<Page>;
  /**
   * A new tab showing an extension page (`'popup.html'`), once its DOM is interactive. BiDi sends
   * no load events for moz-extension:// documents and `page.url()` stays about:blank: wait for
   * what the test needs with `waitForSelector`, not `page.goto`.
   */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** An unpacked extension with a gecko id in its manifest; default: the Accord test build. */
  extensionDir?: string;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const dir = options.extensionDir ?? extensionDir('firefox');
  const addonId = geckoId(dir);
  // Firefox gives each add-on a random UUID per profile; this pref fixes it before the install,
  // so the test knows the moz-extension:// host without asking the extension.
  const extensionId = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable('firefox'),
    headless: true,
    // WebDriver BiDi navigates only to http(s), file and blob URLs unless this flag lets it open
    // moz-extension:// pages (the popup) too.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: extensionId }) },
  });
  try {
    const installed = await browser.installExtension(dir);
    if (installed !== addonId) throw new Error(`Firefox installed ${dir} as ${installed}, not ${addonId}`);
    const extensionUrl = (path: string) => `moz-extension://${extensionId}/${path.replace(/^\/+/, '')}`;
    return {
      browser,
      addonId,
      extensionId,
      extensionUrl,
      page: () => browser.newPage(),
      async openExtensionPage(path) {
        const page = await browser.newPage();
        // No lifecycle events to wait for: the navigation itself resolves at readiness 'interactive'.
        await page.goto(extensionUrl(path), { waitUntil: [] });
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}
