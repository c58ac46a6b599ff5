// Accord on Gmail, end to end in headless Chromium: the test build's content script on the saved Gmail
// fixtures (served from 127.0.0.1), the background checker, highlights, banner, badge, card, storage.
// The same fixtures served from `localhost` (which the test build does not match) are the baseline
// without Accord.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { createChecker } from '../../lib/engine/check';
import { centreOf, highlightsWhen, launchChromium, readHighlights, readLongTasks, recordLongTasks, serveFixtures, skipReason, type ChromiumSession, type FixtureServer } from './harness';

/** The extension's storage, as seen inside its service worker (`serviceWorker.evaluate`). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> } } };

const THREAD = 'gmail/thread.html';
const LONG_THREAD = 'gmail/thread-long.html';
const COMPOSE = 'gmail/compose.html';
const REPLY = 'gmail/reply.html';
/** The content script's debounce (entrypoints/gmail.content/controller.tsx). */
const DEBOUNCE_MS = 200;

const skip = skipReason('chromium');
if (skip) console.warn(skip);

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await serveFixtures();
  if (!skip) session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The same fixture where the test build's content scripts do not run. */
const baselineUrl = (path: string) => server.url(path).replace('127.0.0.1', 'localhost');

async function open(path: string): Promise<Page> {
  const page = await session.page();
  await page.goto(server.url(path));
  return page;
}

/** The thread with its highlights and its banner in place: nothing moves any more under the pointer. */
async function openThread(): Promise<Page> {
  const page = await open(THREAD);
  await page.locator('accord-banner .banner').waitFor();
  await highlightsWhen(page, (h) => has('accord-error', '50%')(h) && has('accord-warning-quoted', 'TikTok')(h));
  return page;
}

const has = (name: string, text: string) => (h: Record<string, string[]>) => (h[name] ?? []).some((t) => t.includes(text));
const all = (h: Record<string, string[]>) => Object.values(h).flat();

/** What was agreed, as the engine words it, for the first finding of `kind` in `text`. */
function expectedFor(text: string, kind: string): string {
  const f = createChecker(BUILTIN_DOCUMENT).check(text, { uiLang: 'en' }).findings.find((x) => x.kind === kind);
  if (!f) throw new Error(`the engine finds no ${kind} in ${JSON.stringify(text)}`);
  return f.expected;
}

const card = (page: Page) => page.locator('accord-card .card');

describe.skipIf(skip)('Gmail in Chromium', () => {
  it('highlights conflicts in an opened thread, quoted ones included, on the right words', async () => {
    const page = await open(THREAD);
    const h = await highlightsWhen(page, (x) => has('accord-error', '50')(x) && has('accord-warning-quoted', 'TikTok')(x));
    expect(h['accord-error']).toEqual(['50%']);
    expect(h['accord-warning']).toEqual(expect.arrayContaining(['$55', 'edgy and irreverent']));
    // TikTok is in the quoted earlier message: a highlight of its own, drawn lighter.
    expect(h['accord-warning-quoted']).toEqual(['TikTok']);
    // Nothing from our own team's message, which conflicts with nothing.
    expect(all(h).length).toBe(4);
    await page.close();
  });

  it('puts a banner with the count above the partner message only', async () => {
    const page = await open(THREAD);
    const banner = page.locator('accord-banner .banner');
    await banner.waitFor();
    expect(await page.locator('accord-banner').count()).toBe(1);
    expect(await banner.textContent()).toContain('4 conflicts with the alignment document (rev. 3): 1 red line, 1 KPI, 1 channel, 1 tone');
    // The banner sits in the partner's message, before its body.
    const where = await page.evaluate(() => {
      const host = document.querySelector('accord-banner')!;
      return { sender: host.closest('.adn')?.querySelector('[email]')?.getAttribute('email'), beforeBody: host.nextElementSibling?.matches('.a3s, .ii') ?? false };
    });
    expect(where.sender).toMatch(/@bridgewell\.com$/);
    expect(where.beforeBody).toBe(true);
    await page.close();
  });

  it('opens a card on hover that says what was agreed; Escape closes it', async () => {
    const page = await openThread();
    const at = await centreOf(page, '50%');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor();
    const text = await card(page).textContent();
    expect(text).toContain('Agreed');
    expect(text).toContain(expectedFor("We'd like to open the US campaign with 50% off the annual plan for the first two weeks.", 'red-line'));
    expect(text).toContain(BUILTIN_DOCUMENT.redLines.find((r) => r.id === 'RL-discount')!.rule);
    // Next to the flagged words, in the viewport: just below them (or above, when there is no room below).
    const box = (await card(page).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
    expect(Math.min(Math.abs(box.y - at.y), Math.abs(box.y + box.height - at.y))).toBeLessThan(40);
    // Hovering does not take focus from the page, so Escape reaches the page's listener.
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
    await page.close();
  });

  it('reaches the findings from the keyboard through the banner', async () => {
    const page = await open(THREAD);
    const review = page.locator('accord-banner button:has-text("Review")');
    await review.focus();
    await page.keyboard.press('Enter');
    await card(page).waitFor();
    // Focus moved into the card; its buttons are reachable with Tab.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ACCORD-CARD');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ACCORD-BANNER');
    await page.close();
  });

  it('opens the side panel from the banner', async () => {
    const page = await openThread();
    const cdp = await session.context.newCDPSession(page);
    const panels = async () =>
      ((await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] }).targetInfos.filter((t) => t.url === session.extensionUrl('sidepanel.html')).length;
    expect(await panels()).toBe(0);
    await page.locator('accord-banner button:has-text("Open in side panel")').click();
    await expect.poll(panels, { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('dismisses a finding in this message and remembers it', async () => {
    const page = await openThread();
    const at = await centreOf(page, '50%');
    await page.mouse.click(at.x, at.y);
    await card(page).locator('button:has-text("Dismiss here")').click();
    await highlightsWhen(page, (h) => !has('accord-error', '50%')(h) && has('accord-warning', '$55')(h));
    expect(await page.locator('accord-banner .banner').textContent()).toContain('3 conflicts');
    await page.reload();
    const h = await highlightsWhen(page, has('accord-warning-quoted', 'TikTok'));
    expect(h['accord-error'] ?? []).toEqual([]);
    // Undo for the other tests: forget dismissals.
    await session.serviceWorker.evaluate(() => chrome.storage.local.remove('dismissed'));
    await page.close();
  });

  it('keeps an "intentional" note for the weekly check-in', async () => {
    const page = await openThread();
    const at = await centreOf(page, '$55');
    await page.mouse.click(at.x, at.y);
    await card(page).locator('button:has-text("Intentional")').click();
    await card(page).locator('textarea').fill('Client asked for a faster ramp in the US.');
    await card(page).locator('button:has-text("Save note")').click();
    await card(page).locator('text=Noted for the weekly check-in.').waitFor();
    const notes = (await session.serviceWorker.evaluate(() => chrome.storage.local.get('intentional'))) as { intentional: { ruleId: string; note: string; actual: string; site: string }[] };
    expect(notes.intentional).toContainEqual(expect.objectContaining({ ruleId: 'US-cac', note: 'Client asked for a faster ramp in the US.', site: 'gmail' }));
    await page.close();
  });

  it('checks a draft as it is typed, shows a count badge, and leaves the editor HTML exactly as typed', async () => {
    const typed = ['Hi Mark,', '', 'For the US launch we will offer a 50% discount to every new subscriber.', 'Thanks'];
    const type = async (page: Page) => {
      await page.click('[g_editable=true]');
      for (const [i, line] of typed.entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
    };
    const editorHtml = (page: Page) => page.$eval('[g_editable=true]', (e) => e.innerHTML);

    const baseline = await session.page();
    await baseline.goto(baselineUrl(COMPOSE));
    await type(baseline);
    const expectedHtml = await editorHtml(baseline);
    await baseline.close();

    const page = await open(COMPOSE);
    await type(page);
    const typedAt = Date.now();
    await highlightsWhen(page, has('accord-error', '50%'));
    const latency = Date.now() - typedAt;
    console.log(`[e2e] compose: findings ${latency} ms after the last keystroke (debounce ${DEBOUNCE_MS} ms)`);
    expect(await page.locator('accord-badge .count').textContent()).toBe('1');
    expect(await editorHtml(page)).toBe(expectedHtml);
    expect(expectedHtml).not.toMatch(/accord|<mark|highlight/i);

    // Editing the conflict away clears it.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    for (let i = 0; i < ' a 50% discount to every new subscriber.'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(' our founder story.');
    await highlightsWhen(page, (h) => all(h).length === 0);
    expect(await page.locator('accord-badge .count').textContent()).toBe('0');
    await page.close();
  });

  it('checks an inline reply, with the quoted message marked as quoted', async () => {
    const page = await open(REPLY);
    await page.locator('accord-banner .banner').waitFor();
    await page.locator('accord-badge .badge').waitFor();
    const h = await highlightsWhen(page, (x) => has('accord-error', '50%')(x) && has('accord-warning', 'edgy and irreverent')(x));
    expect(all(h)).toEqual(expect.arrayContaining(['50%', 'edgy and irreverent']));
    const at = await centreOf(page, 'edgy and irreverent', 'last');
    await page.mouse.click(at.x, at.y);
    expect(await card(page).textContent()).toContain('In a quoted earlier message');
    await page.keyboard.press('Escape');
    // A new conflict typed into the reply joins them.
    await page.click('[g_editable=true] > div:first-child');
    await page.keyboard.press('End');
    await page.keyboard.type(' We can promise guaranteed results in the US.');
    await highlightsWhen(page, (x) => all(x).some((t) => /guaranteed/i.test(t)));
    await page.close();
  });

  it('does nothing on Gmail when switched off, and starts again when switched on', async () => {
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ sites: { gmail: false, docs: true } }));
    try {
      const page = await open(THREAD);
      await page.waitForTimeout(1_500);
      expect(all(await readHighlights(page))).toEqual([]);
      expect(await page.locator('[data-accord-ui]').count()).toBe(0);
      await session.serviceWorker.evaluate(() => chrome.storage.local.set({ sites: { gmail: true, docs: true } }));
      await highlightsWhen(page, has('accord-error', '50%'));
      await page.close();
    } finally {
      await session.serviceWorker.evaluate(() => chrome.storage.local.remove('sites'));
    }
  });

  it('measures: time to first highlights on a 300-word partner email, long tasks on a 2,000-word thread and while typing', async () => {
    const firstHighlight = async (path: string) => {
      const page = await session.page();
      await recordLongTasks(page);
      await page.goto(server.url(path));
      const t = await page.waitForFunction(
        () => {
          for (const [name, h] of CSS.highlights) if (name.startsWith('accord-') && (h as unknown as { size: number }).size > 0) return performance.now();
          return 0;
        },
        null,
        { polling: 'raf', timeout: 15_000 },
      );
      const at = (await t.jsonValue()) as number;
      const ready = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
      return { page, ms: at - ready };
    };

    // The service worker is warm here, as it is for a user who has Gmail open.
    const email = await firstHighlight(THREAD);
    await email.page.close();
    const long = await firstHighlight(LONG_THREAD);
    await long.page.waitForTimeout(1_000);
    const threadTasks = await readLongTasks(long.page);
    await long.page.close();

    const baseline = await session.page();
    await recordLongTasks(baseline);
    await baseline.goto(baselineUrl(LONG_THREAD));
    await baseline.waitForTimeout(1_000);
    const baselineTasks = await readLongTasks(baseline);
    await baseline.close();

    const compose = await session.page();
    await recordLongTasks(compose);
    await compose.goto(server.url(COMPOSE));
    await compose.click('[g_editable=true]');
    const typingFrom = await compose.evaluate(() => performance.now());
    for (let i = 0; i < 6; i++) await compose.keyboard.type('For the US we will offer a 50% discount and a CAC of $70. ', { delay: 5 });
    await highlightsWhen(compose, has('accord-error', '50%'));
    await compose.waitForTimeout(DEBOUNCE_MS * 2);
    const typingTasks = await readLongTasks(compose);
    await compose.close();

    // The first card opened loads the card's React (gmail-card.js): one task, printed below.
    const cardPage = await session.page();
    await recordLongTasks(cardPage);
    await cardPage.goto(server.url(THREAD));
    await cardPage.locator('accord-banner .banner').waitFor();
    await highlightsWhen(cardPage, has('accord-error', '50%'));
    const cardFrom = await cardPage.evaluate(() => performance.now());
    const at = await centreOf(cardPage, '50%');
    await cardPage.mouse.move(at.x, at.y);
    await card(cardPage).waitFor();
    const cardTasks = await readLongTasks(cardPage);
    await cardPage.close();

    const placement = await enginePlacement();

    const over50 = (tasks: typeof threadTasks, from = 0) => (tasks === 'unsupported' ? [] : tasks.filter((t) => t.startTime >= from && t.duration > 50).map((t) => Math.round(t.duration)));
    console.log(`[e2e] first highlights after DOMContentLoaded: 300-word partner email ${email.ms.toFixed(0)} ms; 2,000-word thread ${long.ms.toFixed(0)} ms (target ≤ 300 ms for the email)`);
    console.log(
      `[e2e] long tasks > 50 ms: 2,000-word thread with Accord [${over50(threadTasks)}], without Accord [${over50(baselineTasks)}]; while typing [${over50(typingTasks, typingFrom)}]; opening the first card (loads its React) [${over50(cardTasks, cardFrom)}]`,
    );
    console.log(
      `[e2e] where the engine runs, first check of the 300-word email from a cold start: in the page (content script) ${placement.page.toFixed(0)} ms, all of it on Gmail's main thread; in a worker ${placement.worker.toFixed(0)} ms; in the background (chosen) ${email.ms.toFixed(0)} ms from DOMContentLoaded to highlights, none of it on the main thread`,
    );
    expect(threadTasks).not.toBe('unsupported');
  });
});

/**
 * The engine's two other possible homes, measured in the same browser on the same email: bundled
 * into the page's main thread (as a content script would run it) and in a dedicated worker. Each is
 * timed from evaluating the bundle to the first check's result.
 */
async function enginePlacement(): Promise<{ page: number; worker: number }> {
  const bundle = await build({
    stdin: {
      contents: "export { createChecker } from './lib/engine/check'; export { BUILTIN_DOCUMENT } from './lib/alignment/builtin';",
      resolveDir: new URL('../../', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'AccordEngine',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]!.text;
  const page = await session.page();
  await page.goto(baselineUrl(THREAD));
  const text = await page.evaluate(() => (document.querySelectorAll('.a3s') as NodeListOf<HTMLElement>)[document.querySelectorAll('.a3s').length - 1]!.innerText);
  const inPage = await page.evaluate(
    ([source, body]) => {
      const t0 = performance.now();
      (0, eval)(source);
      const engine = (globalThis as unknown as { AccordEngine: { createChecker(d: unknown): { check(t: string): { findings: unknown[] } }; BUILTIN_DOCUMENT: unknown } }).AccordEngine;
      const n = engine.createChecker(engine.BUILTIN_DOCUMENT).check(body).findings.length;
      return { ms: performance.now() - t0, n };
    },
    [code, text] as const,
  );
  const inWorker = await page.evaluate(
    ([source, body]) =>
      new Promise<{ ms: number; n: number }>((resolve) => {
        const t0 = performance.now();
        const src = `${source}\nonmessage = (e) => postMessage(AccordEngine.createChecker(AccordEngine.BUILTIN_DOCUMENT).check(e.data).findings.length);`;
        const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
        w.onmessage = (e) => {
          resolve({ ms: performance.now() - t0, n: e.data as number });
          w.terminate();
        };
        w.postMessage(body);
      }),
    [code, text] as const,
  );
  await page.close();
  expect(inPage.n).toBeGreaterThan(0);
  expect(inWorker.n).toBe(inPage.n);
  return { page: inPage.ms, worker: inWorker.ms };
}
