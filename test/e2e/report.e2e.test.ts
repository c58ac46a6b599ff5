// The weekly check-in report, end to end in headless Chromium: three fixture emails are checked by the
// Gmail content script, one finding is marked intentional with a note from its card, and the report page
// shows the counts and the note and exports the Markdown the test compares with its expected file.
// A screenshot of the report goes to test/artifacts/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR as ARTIFACTS, centreOf, highlightsWhen, launchChromium, serveFixtures, skipReason, type ChromiumSession, type FixtureServer } from './harness';

/** The extension's storage, as seen inside its service worker (`serviceWorker.evaluate`). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const EXPECTED = join(import.meta.dirname, '..', 'fixtures', 'report', 'e2e-expected.en.md');
const EMAILS = ['gmail/thread.html', 'gmail/thread-long.html', 'gmail/reply.html'];
const NOTE = 'Client asked for a faster ramp in the US.';

const skip = skipReason('chromium');
if (skip) console.warn(skip);

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFixtures();
  if (!skip) session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The dates in a report, which depend on the day the test runs, as placeholders. */
function withoutDates(markdown: string): string {
  return markdown
    .replace(/^(Period:) [^·]*·/m, '$1 <dates> ·')
    .replace(/\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g, '<date>')
    .replace(/\d{4}-\d{2}-\d{2}/g, '<date>');
}

/**
 * The example document, signed today: which hypotheses are past their test window depends on how long ago
 * the document was signed, and the expected report must not change with the day the test runs.
 */
async function activateExampleSignedToday(): Promise<void> {
  const example = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'alignment', 'example.alignment.json'), 'utf8')) as {
    updatedAt?: string;
    signOff: { date: string }[];
  };
  const today = new Date().toISOString().slice(0, 10);
  const doc = { ...example, updatedAt: today, signOff: example.signOff.map((s) => ({ ...s, date: today })) };
  const now = new Date().toISOString();
  const library = { version: 2, activeId: 'e2e', documents: [{ id: 'e2e', name: 'e2e', createdAt: now, revisions: [{ doc, savedAt: now, origin: 'import' }], draft: null, source: null }] };
  await session.serviceWorker.evaluate(([l, d]) => chrome.storage.local.set({ library: l, alignmentDocument: d }), [library, doc] as const);
}

describe.skipIf(skip)('the weekly check-in report in Chromium', () => {
  it('counts the conflicts of three emails, lists the intentional note, and exports the expected Markdown', async () => {
    await activateExampleSignedToday();
    for (const email of EMAILS) {
      const page = await session.page();
      await page.goto(server.url(email));
      await highlightsWhen(page, (h) => Object.values(h).flat().length > 0);
      if (email === 'gmail/thread.html') {
        // Everything in place (banner, quoted highlight) before clicking: nothing moves under the pointer.
        await page.locator('accord-banner .banner').waitFor();
        await highlightsWhen(page, (h) => (h['accord-warning'] ?? []).includes('$55') && (h['accord-warning-quoted'] ?? []).length > 0);
        const at = await centreOf(page, '$55');
        await page.mouse.click(at.x, at.y);
        const card = page.locator('accord-card .card');
        await card.locator('button:has-text("Intentional")').click();
        await card.locator('textarea').fill(NOTE);
        await card.locator('button:has-text("Save note")').click();
        await card.locator('text=Noted for the weekly check-in.').waitFor();
      }
      await page.close();
    }
    // The background writes the log at most every 2 s.
    await expect
      .poll(async () => ((await session.serviceWorker.evaluate(() => chrome.storage.local.get('driftLog'))).driftLog as unknown[] | undefined)?.length ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);
    // Nothing of the emails' text is in the log: only hashes, times, labels and the document's ids.
    const log = JSON.stringify(await session.serviceWorker.evaluate(() => chrome.storage.local.get('driftLog')));
    for (const words of ['50% off', 'CAC of $55', 'edgy and irreverent', 'Mark', 'Bridgewell']) expect(log).not.toContain(words);

    const report = await session.openExtensionPage('report.html');
    await report.setViewportSize({ width: 1100, height: 900 });
    await report.getByTestId('report').waitFor();
    // The last 7 days: the default period starts at the last check-in, which could fall between the checks
    // above and this page on a check-in day (its own tests are in test/drift and test/report).
    await report.getByTestId('preset-week').click();
    await report.getByTestId('top-rules').waitFor();
    const cac = report.getByTestId('cell-US-kpi');
    expect(Number(await cac.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await report.getByTestId('top-rules').textContent()).toContain('US-cac');
    expect(await report.getByTestId('intentional').textContent()).toContain(NOTE);
    await report.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });

    const markdown = (await report.getByTestId('markdown').textContent()) ?? '';
    // The download is the same text.
    const download = report.waitForEvent('download');
    await report.getByTestId('export-md').click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(markdown);

    const actual = withoutDates(markdown);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(EXPECTED, actual);
    expect(actual).toBe(readFileSync(EXPECTED, 'utf8'));

    // Propose a change from the note: the options page opens on a new, unsigned draft that raises the cap.
    const opened = session.context.waitForEvent('page');
    await report.getByTestId('propose').click();
    const options = await opened;
    await options.waitForURL(/options\.html/);
    await options.getByTestId('proposed-notice').waitFor();
    await expect.poll(() => options.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('55');
    const { library } = (await session.serviceWorker.evaluate(() => chrome.storage.local.get('library'))) as { library: { documents: { draft: { value: { revision: number } } | null }[] } };
    expect(library.documents.find((d) => d.draft)?.draft?.value.revision).toBe(4);
    await options.screenshot({ path: join(ARTIFACTS, 'report-proposed-change.png') });
    await options.close();
    await report.close();
  });
});
