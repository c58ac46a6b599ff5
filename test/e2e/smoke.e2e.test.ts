// Proves the harness: the test builds load in both browsers, the fixture server serves pages the
// content scripts match, and what the e2e tests measure (highlights, long tasks) is readable.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIRS,
  launchChromium,
  launchFirefox,
  readHighlights,
  readLongTasks,
  recordLongTasks,
  serveFixtures,
  skipReason,
  type FixtureServer,
} from './harness';

const SMOKE_PAGE = 'e2e/smoke.html';

/**
 * A throwaway extension whose content script, on 127.0.0.1 pages, highlights the first word of
 * #probe, blocks the main thread for 120 ms (a long task), then marks the page. Accord's own
 * content scripts match only their real sites, so they cannot prove this on the fixture page yet.
 */
function writeProbeExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-probe-'));
  const manifest = {
    manifest_version: 3,
    name: 'Accord e2e probe',
    version: '0.0.0',
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['probe.js'] }],
    // Chromium's harness finds the extension id through its service worker; Firefox runs it as an event page.
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'probe@accord.example' } },
  };
  const probe = `
    const text = document.getElementById('probe').firstChild;
    const range = new Range();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    CSS.highlights.set('accord-probe', new Highlight(range));
    const until = performance.now() + 120;
    while (performance.now() < until);
    document.documentElement.dataset.accordProbe = 'ran';
  `;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'probe.js'), probe);
  writeFileSync(join(dir, 'background.js'), '');
  return dir;
}

/** The status of a raw GET: fetch() would normalise the `..` away before sending. */
function rawStatus(origin: string, path: string): Promise<number | undefined> {
  return new Promise((done, fail) => {
    request(`${origin}/`, { path }, (response) => {
      response.resume();
      done(response.statusCode);
    })
      .on('error', fail)
      .end();
  });
}

let server: FixtureServer;
let probeDir: string;

beforeAll(async () => {
  server = await serveFixtures();
  probeDir = writeProbeExtension();
});

afterAll(async () => {
  await server?.close();
  if (probeDir) rmSync(probeDir, { recursive: true, force: true });
});

describe('test build', () => {
  it.each(['chromium', 'firefox'] as const)('%s: every content script also matches 127.0.0.1', (browser) => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIRS[browser], 'manifest.json'), 'utf8')) as {
      content_scripts?: { matches?: string[] }[];
    };
    for (const script of manifest.content_scripts ?? []) expect(script.matches).toContain('http://127.0.0.1/*');
  });

  // Vitest runs with NODE_ENV=test; a build that inherited it would compile JSX for React's dev runtime.
  it.each(['chromium', 'firefox'] as const)('%s: is a production build, as released', (browser) => {
    const dir = EXTENSION_DIRS[browser];
    const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('jsxDEV');
  });
});

describe('fixture server', () => {
  it('serves files with their content type', async () => {
    const response = await fetch(server.url(SMOKE_PAGE));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('id="probe"');
    expect((await fetch(server.url('texts/clean.expected.json'))).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
  });

  it('answers 404 for directories and missing files', async () => {
    expect((await fetch(server.url('e2e/'))).status).toBe(404);
    expect((await fetch(server.url('e2e/missing.html'))).status).toBe(404);
  });

  // Parsing alone resolves a literal `..` (404: no such fixture); encoded ones reach the check (403).
  it.each(['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/e2e/..%2f..%2f..%2fpackage.json'])(
    'refuses %s outside test/fixtures',
    async (path) => {
      expect([403, 404]).toContain(await rawStatus(server.origin, path));
    },
  );
});

const chromiumSkip = skipReason('chromium');
if (chromiumSkip) console.warn(chromiumSkip);

describe.skipIf(chromiumSkip)('Chromium', () => {
  it('starts the service worker and renders the popup', async () => {
    const session = await launchChromium();
    try {
      expect(session.extensionId).toMatch(/^[a-p]{32}$/);
      expect(session.serviceWorker.url()).toBe(session.extensionUrl('background.js'));
      const popup = await session.openExtensionPage('popup.html');
      await popup.locator('#root > *').first().waitFor();
    } finally {
      await session.close();
    }
  });

  it('loads a fixture page', async () => {
    const session = await launchChromium();
    try {
      const page = await session.page();
      const response = await page.goto(server.url(SMOKE_PAGE));
      expect(response?.status()).toBe(200);
      expect(await page.textContent('#probe')).toBe('Hello from the fixture server.');
    } finally {
      await session.close();
    }
  });

  it('runs content scripts on 127.0.0.1 and reads their highlights and long tasks', async () => {
    const session = await launchChromium({ extensionDir: probeDir });
    try {
      expect(session.extensionId).toMatch(/^[a-p]{32}$/);
      const page = await session.page();
      await recordLongTasks(page);
      await page.goto(server.url(SMOKE_PAGE));
      await page.waitForFunction(() => document.documentElement.dataset.accordProbe === 'ran');
      expect(await readHighlights(page)).toEqual({ 'accord-probe': ['Hello'] });
      const tasks = await readLongTasks(page);
      expect(tasks).not.toBe('unsupported');
      expect(tasks === 'unsupported' ? [] : tasks.map((task) => task.duration)).toContainEqual(
        expect.toSatisfy((duration: number) => duration >= 120),
      );
    } finally {
      await session.close();
    }
  });
});

const firefoxSkip = skipReason('firefox');
if (firefoxSkip) console.warn(firefoxSkip);

describe.skipIf(firefoxSkip)('Firefox', () => {
  it('installs the extension, renders the popup and loads a fixture page', async () => {
    const session = await launchFirefox();
    try {
      expect(session.addonId).toBe('accord@accord.example');
      const popup = await session.openExtensionPage('popup.html');
      await popup.waitForSelector('#root > *');
      const page = await session.page();
      const response = await page.goto(server.url(SMOKE_PAGE));
      expect(response?.status()).toBe(200);
      expect(await page.$eval('#probe', (element) => element.textContent)).toBe('Hello from the fixture server.');
    } finally {
      await session.close();
    }
  });

  it('runs content scripts on 127.0.0.1 and reads their highlights; long tasks are unsupported', async () => {
    const session = await launchFirefox({ extensionDir: probeDir });
    try {
      const page = await session.page();
      await recordLongTasks(page);
      await page.goto(server.url(SMOKE_PAGE));
      await page.waitForFunction(() => document.documentElement.dataset.accordProbe === 'ran');
      expect(await readHighlights(page)).toEqual({ 'accord-probe': ['Hello'] });
      expect(await readLongTasks(page)).toBe('unsupported');
    } finally {
      await session.close();
    }
  });
});
