// Reading what the extension did to a page, from the page's main world, in either browser.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** A page of either harness: Chromium's (Playwright) or Firefox's (Puppeteer). */
export type AnyPage = PlaywrightPage | PuppeteerPage;

export interface LongTask {
  /** ms since the page's time origin */
  startTime: number;
  duration: number;
  /** PerformanceEntry.name: 'self', 'same-origin-descendant', ... */
  name: string;
  /** TaskAttributionTiming entries: which frame the task ran for. */
  attribution: { name: string; containerType: string; containerSrc: string; containerId: string; containerName: string }[];
}

/** Where the recorder keeps its state in the page's main world. */
const RECORDER = '__accordE2eLongTasks';

function isPlaywright(page: AnyPage): page is PlaywrightPage {
  return 'addInitScript' in page;
}

/**
 * Installs the recorder as `window[RECORDER]`: a function that returns the long tasks so far, or
 * 'unsupported'. Plain JavaScript in a string, so no transpiler helper (esbuild's `__name`) can
 * leak into a page that does not define it.
 */
const RECORDER_SCRIPT = `(() => {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    window.${RECORDER} = 'unsupported';
    return;
  }
  const tasks = [];
  const keep = (entries) => {
    for (const entry of entries) {
      tasks.push({
        startTime: entry.startTime,
        duration: entry.duration,
        name: entry.name,
        attribution: (entry.attribution || []).map((a) => ({
          name: a.name,
          containerType: a.containerType,
          containerSrc: a.containerSrc,
          containerId: a.containerId,
          containerName: a.containerName,
        })),
      });
    }
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  // Entries wait for the observer's next callback; reading takes them at once.
  window.${RECORDER} = () => {
    keep(observer.takeRecords());
    return tasks;
  };
})();`;

/**
 * Starts recording long tasks (> 50 ms on the page's main thread) in every document `page` loads
 * from now on: call it before `goto`. Content scripts share that thread, so their long tasks count.
 * Firefox has no 'longtask' entries: there `readLongTasks` gives 'unsupported'.
 */
export async function recordLongTasks(page: AnyPage): Promise<void> {
  if (isPlaywright(page)) await page.addInitScript(RECORDER_SCRIPT);
  else await page.evaluateOnNewDocument(RECORDER_SCRIPT);
}

/** The long tasks of the current document so far, or 'unsupported' (Firefox). */
export async function readLongTasks(page: AnyPage): Promise<LongTask[] | 'unsupported'> {
  const read = (key: string): LongTask[] | 'unsupported' | 'missing' => {
    const recorder = (window as unknown as Record<string, unknown>)[key];
    if (recorder === 'unsupported') return 'unsupported';
    return typeof recorder === 'function' ? (recorder as () => LongTask[])() : 'missing';
  };
  const tasks = isPlaywright(page) ? await page.evaluate(read, RECORDER) : await page.evaluate(read, RECORDER);
  if (tasks === 'missing') throw new Error('No long-task recorder in this page: call recordLongTasks(page) before page.goto');
  return tasks;
}

/**
 * The page's CSS Custom Highlights: for each registered name, its ranges' text in order of the
 * Highlight set. Highlights belong to the document, so those a content script registers show here.
 */
export async function readHighlights(page: AnyPage): Promise<Record<string, string[]>> {
  const read = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((range) => range.toString());
    });
    return out;
  };
  return isPlaywright(page) ? page.evaluate(read) : page.evaluate(read);
}

/** Waits until the page's Accord highlights satisfy `ok` (polled every 50 ms), and returns them. */
export async function highlightsWhen(page: AnyPage, ok: (h: Record<string, string[]>) => boolean, timeout = 10_000): Promise<Record<string, string[]>> {
  const end = Date.now() + timeout;
  for (;;) {
    const h = await readHighlights(page);
    if (ok(h)) return h;
    if (Date.now() > end) throw new Error(`highlights never matched; last: ${JSON.stringify(h)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Viewport centre of the first (or last, in document order) highlighted range whose text contains `text`,
 * scrolled into view first: where a person would point at it.
 */
export async function centreOf(page: PlaywrightPage, text: string, which: 'first' | 'last' = 'first'): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ([want, last]) => {
      const ranges: Range[] = [];
      for (const [, h] of CSS.highlights) for (const r of h as unknown as Iterable<Range>) if (r.toString().includes(want)) ranges.push(r);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = last ? ranges.at(-1) : ranges[0];
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    [text, which === 'last'] as const,
  );
  if (!p) throw new Error(`no highlight contains ${JSON.stringify(text)}`);
  return p;
}
