/**
 * The end-to-end harness: the test build of the extension in real, headless browsers, fixture
 * pages served from 127.0.0.1, and readers for what the extension did to a page.
 *
 * - vitest.e2e.config.ts builds both test extensions once per run (build.ts, `ACCORD_E2E=1`); their
 *   content scripts also match `http://127.0.0.1/*`, so they run on the fixture server's pages.
 * - `launchChromium()` (Playwright) and `launchFirefox()` (Puppeteer, WebDriver BiDi) start a browser
 *   with a fresh profile and the extension; `close()` it in `finally` or `afterAll`.
 * - Run files one at a time (the config does); one browser per test or per file keeps state apart.
 *
 * @example
 * const server = await serveFixtures();
 * const session = await launchChromium();
 * try {
 *   const page = await session.page();
 *   await recordLongTasks(page);
 *   await page.goto(server.url('gmail/thread.html'));
 *   await page.waitForFunction(() => CSS.highlights.size > 0);
 *   expect(await readHighlights(page)).toEqual({ 'accord-error': ['CAC $40'] });
 *   expect(await readLongTasks(page)).toEqual([]);
 * } finally {
 *   await session.close();
 *   await server.close();
 * }
 */
export { skipReason, type BrowserName } from './browsers';
export { EXTENSION_DIRS } from './build';
export { launchChromium, type ChromiumOptions, type ChromiumSession } from './chromium';
export { launchFirefox, type FirefoxOptions, type FirefoxSession } from './firefox';
export { centreOf, highlightsWhen, readHighlights, readLongTasks, recordLongTasks, type AnyPage, type LongTask } from './perf';
export { ARTIFACTS_DIR, FIXTURES_DIR, serveFixtures, type FixtureServer } from './server';
