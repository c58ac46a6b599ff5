// Headless Chromium (Debian's `chromium`) with an unpacked extension, driven by playwright-core.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { executable } from './browsers';
import { extensionDir } from './build';

export interface ChromiumSession {
  /** A persistent context in a throwaway profile: the only way Chromium loads an unpacked extension. */
  readonly context: BrowserContext;
  /** The extension's id, the host of its `chrome-extension://` URLs. */
  readonly extensionId: string;
  /** The extension's background service worker as it ran at launch; Chromium stops an idle one after ~30 s. */
  readonly serviceWorker: Worker;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(path: string): string;
  /** A new tab. */
  page(): Promise<Page>;
  /** A new tab showing an extension page (`'popup.html'`), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** An unpacked extension with a background service worker; default: the Accord test build. */
  extensionDir?: string;
}

// The network is closed: these keep Chromium from calling home (and logging every refused connection).
const QUIET = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-gpu',
  '--no-sandbox', // we run as root
];

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const dir = options.extensionDir ?? extensionDir('chromium');
  const context = await chromium.launchPersistentContext('', {
    executablePath: executable('chromium'),
    headless: true,
    // Playwright passes --disable-extensions unless told not to.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--headless=new', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET],
  });
  try {
    const serviceWorker = await extensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\/+/, '')}`;
    return {
      context,
      extensionId,
      serviceWorker,
      extensionUrl,
      page: () => context.newPage(),
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(extensionUrl(path));
        return page;
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The extension's service worker: its URL, chrome-extension://<id>/background.js, names the id. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  // Listen first, then look, so a worker that starts in between is not missed.
  const started = context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 30_000 });
  const running = context.serviceWorkers().find(isExtension);
  if (running) {
    started.catch(() => {}); // ends with the context
    return running;
  }
  return started;
}
