// @vitest-environment happy-dom
// The fake Docs page and its export, as the end-to-end tests will use them: the layer and the hook only
// with the flag, the test API, the 10,000-word variant, the real engine's findings landing on the layer,
// and the main-world bridge on the page.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../../lib/alignment/builtin';
import { createChecker } from '../../../lib/engine/check';
import { decode, EVENT_TEXT, type BridgeMessage } from '../../../lib/sites/gdocs/bridge';
import { hasAnnotatedLayer, mapCanvas, parseTransform } from '../../../lib/sites/gdocs/canvas';
import { exportedText } from '../../../lib/sites/gdocs/export';
import { normalizeDocsText, startMainWorldBridge } from '../../../lib/sites/gdocs/main-world';
import { DOC_HTML, EXPORT_MD, loadFakeDocs, type FakeDocs, type FakeDocsGlobals } from './fake-docs';

const ID = 'mbpdiljbjmekfjnhjbiehakkdmljdakc';
/** The conflicts the brief was written to have (checked with `npm run accord -- check`). */
const CONFLICTS = ['RL-discount', 'RL-price-RU', 'RL-price-US', 'RU-nurture', 'RU-tone', 'US-cac'];

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the page', () => {
  it.each([
    ['no flag', {}],
    ['an empty flag', { flag: '' }],
    ['?annotate=off (an allow-listed Docs)', { flag: ID, query: '?annotate=off' }],
  ])('with %s: canvas tiles only, no hook', async (_, opts) => {
    const page = await loadFakeDocs(opts);
    try {
      expect(page.doc.querySelectorAll('canvas.kix-canvas-tile-content').length).toBeGreaterThan(0);
      expect(hasAnnotatedLayer(page.doc)).toBe(false);
      expect(page.globals._docs_annotate_getAnnotatedText).toBeUndefined();
      expect(page.globals.__fakeDocs.annotated).toBe(false);
      expect(page.doc.querySelector('#docs-editor.kix-appview-editor iframe, iframe.docs-texteventtarget-iframe')).not.toBeNull();
    } finally {
      await page.close();
    }
  });

  describe('with the flag', () => {
    let page: FakeDocs;
    beforeAll(async () => {
      page = await loadFakeDocs({ flag: ID });
    });
    afterAll(() => page.close());

    it('renders the layer as Google’s sample shapes it and defines the hook', async () => {
      const rect = page.doc.querySelector('.kix-page-paginated > canvas.kix-canvas-tile-content + div.kix-canvas-tile-content > svg > g > rect[aria-label]');
      expect(rect).not.toBeNull();
      expect(rect!.getAttribute('data-font-css')).toMatch(/^(400|700) [\d.]+px "Courier New", monospace$/);
      expect(rect!.getAttribute('transform')).toMatch(/^matrix\(1,0,0,1,96,[\d.]+\)$/);
      const annotated = await page.globals._docs_annotate_getAnnotatedText!();
      const text = annotated.getText();
      expect(text.startsWith('\u0003Sova spring launch')).toBe(true);
      expect(text.endsWith('\n')).toBe(true);
      expect(text).toBe(page.globals.__fakeDocs.text());
      expect(annotated.getSelection()).toEqual([{ start: 1, end: 1 }]);
      expect(words(text)).toBeGreaterThan(380);
      expect(words(text)).toBeLessThan(450);
      // Several pages, bold label runs beside normal ones on a line.
      expect(page.doc.querySelectorAll('.kix-page-paginated').length).toBeGreaterThan(1);
      expect(page.doc.querySelector('rect[data-font-css^="700"]')).not.toBeNull();
    });

    it('gives the engine the conflicts, and every finding lands on the layer over its own text', () => {
      const text = normalizeDocsText(page.globals.__fakeDocs.text());
      const { findings } = createChecker(BUILTIN_DOCUMENT).check(text);
      expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual(CONFLICTS);
      const map = mapCanvas(page.doc, text);
      const labels = Array.from(page.doc.querySelectorAll('svg rect[aria-label]'), (el) => ({
        label: el.getAttribute('aria-label')!,
        top: parseTransform(el.getAttribute('transform'))[5],
      }));
      for (const f of findings) {
        const rects = map.rectsForRange(f.start, f.end);
        expect(rects.length, f.ruleId).toBeGreaterThan(0);
        // The first word of the finding is in a run on the first rectangle's line.
        const first = text.slice(f.start, f.end).split(/\s+/)[0]!.replace(/\u00a0/g, ' ');
        expect(labels.some((l) => Math.abs(l.top - rects[0]!.top) < 0.01 && l.label.includes(first)), `${f.ruleId} ${first}`).toBe(true);
      }
    });
  });

  it('?words=10000 makes a document of about 10,000 words whose layer maps whole', async () => {
    const page = await loadFakeDocs({ flag: ID, query: '?words=10000' });
    try {
      const text = normalizeDocsText(page.globals.__fakeDocs.text());
      expect(words(text)).toBeGreaterThanOrEqual(10_000);
      expect(words(text)).toBeLessThan(11_000);
      expect(text).toContain('Purpose (variant 25)');
      const map = mapCanvas(page.doc, text);
      expect(map.unmatched).toBe(0);
      expect(map.matched).toBe(page.doc.querySelectorAll('svg rect[aria-label]').length);
    } finally {
      await page.close();
    }
  });
});

describe('the main-world bridge on the page', () => {
  it('sets the flag before the page starts, then reports the text and each edit', async () => {
    const win = new Window({
      url: 'http://127.0.0.1/document/d/accord-fixture/edit',
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
    });
    const messages: BridgeMessage[] = [];
    const stop = startMainWorldBridge(win as unknown as globalThis.Window, ID, { pollMs: 20, giveUpMs: 1_000 });
    try {
      // The page's inline script runs during write(); waitUntilComplete would wait for the bridge's poll forever.
      // write() opens the document anew, which drops every listener on it (the bridge's typing listeners
      // too: here edits are heard by the poll), so the test listens from here on.
      win.document.write(readFileSync(DOC_HTML, 'utf8'));
      win.document.addEventListener(EVENT_TEXT, (e) => {
        const m = decode((e as unknown as CustomEvent).detail);
        if (m) messages.push(m);
      });
      const fake = (win as unknown as FakeDocsGlobals).__fakeDocs;
      expect(fake.annotated).toBe(true);
      await expect.poll(() => messages.length).toBeGreaterThan(0);
      expect(messages[0]).toMatchObject({ kind: 'text', seq: 1, selection: { start: 1, end: 1 } });

      const index = fake.paragraphs().findIndex((p) => p.startsWith('Pricing:'));
      fake.edit(index, 'Pricing: $14.99 a month.');
      await expect.poll(() => messages.length).toBe(2);
      const last = messages[1];
      expect(last?.kind === 'text' && last.text.includes('Pricing: $14.99 a month.\n')).toBe(true);
      expect(last?.kind === 'text' && last.selection?.start).toBe(last?.kind === 'text' ? last.text.indexOf('.\n', last.text.indexOf('$14.99')) + 1 : -1);
      expect(hasAnnotatedLayer(win.document as unknown as Document)).toBe(true);
    } finally {
      stop();
      await win.happyDOM.abort();
      await win.happyDOM.close();
    }
  });
});

describe('the export', () => {
  it('has the live text’s conflicts', () => {
    const text = exportedText(readFileSync(EXPORT_MD, 'utf8'));
    const { findings } = createChecker(BUILTIN_DOCUMENT).check(text);
    expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual(CONFLICTS);
  });
});
