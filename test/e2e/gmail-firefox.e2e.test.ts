// Accord on Gmail in Firefox ESR: the test build's content script registers its highlights there too
// (CSS Custom Highlight API, Firefox 140+), and the partner banner appears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, readHighlights, serveFixtures, skipReason, type FirefoxSession, type FixtureServer } from './harness';

const skip = skipReason('firefox');
if (skip) console.warn(skip);

let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await serveFixtures();
  if (!skip) session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.skipIf(skip)('Gmail in Firefox', () => {
  it('highlights the conflicts of an opened thread and shows the partner banner', async () => {
    const page = await session.page();
    await page.goto(server.url('gmail/thread.html'));
    const end = Date.now() + 20_000;
    let h: Record<string, string[]> = {};
    while (Date.now() < end) {
      h = await readHighlights(page);
      if ((h['accord-warning-quoted'] ?? []).includes('TikTok')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(h['accord-error']).toEqual(['50%']);
    expect(h['accord-warning']).toEqual(expect.arrayContaining(['$55', 'edgy and irreverent']));
    // TikTok is in the quoted earlier message: a highlight of its own, drawn lighter.
    expect(h['accord-warning-quoted']).toEqual(['TikTok']);
    const banner = await page.waitForFunction(() => document.querySelector('accord-banner')?.shadowRoot?.querySelector('.banner')?.textContent ?? '', { timeout: 10_000 });
    expect(await banner.jsonValue()).toContain('4 conflicts with the alignment document (rev. 3)');

    // The card (its React is loaded on first use) opens from the banner.
    await page.evaluate(() => {
      const review = [...(document.querySelector('accord-banner')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Review');
      review?.click();
    });
    const card = await page.waitForFunction(() => document.querySelector('accord-card')?.shadowRoot?.querySelector('.card')?.textContent ?? '', { timeout: 10_000 });
    expect(await card.jsonValue()).toContain('Agreed');
    await page.close();
  });

  it('opens the options page, the popup and the weekly report, and the popup answers a KPI lookup', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="doc-item-builtin"] [data-testid="active-badge"]', { timeout: 15_000 });
    await options.close();

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid="kpi-search"]', { timeout: 15_000 });
    await popup.focus('[data-testid="kpi-search"]');
    await popup.keyboard.type('US CAC');
    const row = await popup.waitForFunction(() => document.querySelector('[data-testid="kpi-row"]')?.getAttribute('aria-label') ?? '', { timeout: 10_000 });
    expect(await row.jsonValue()).toMatch(/CAC.*\$35.*rev\. 3/);
    await popup.close();

    const report = await session.openExtensionPage('report.html');
    // The Gmail thread above was checked: its conflicts are in this browser's drift log.
    // (The log is written at most every 2 s: the page is reloaded until the count shows.)
    let conflicts = 0;
    for (const end = Date.now() + 15_000; conflicts === 0 && Date.now() < end; ) {
      const totals = await report.waitForFunction(() => document.querySelector('[data-testid="total-conflicts"]')?.textContent ?? '', { timeout: 15_000 });
      conflicts = Number((await totals.jsonValue()).match(/\d+/)?.[0] ?? 0);
      if (conflicts === 0) await report.reload();
    }
    expect(conflicts).toBeGreaterThan(0);
    await report.close();
  });
});
