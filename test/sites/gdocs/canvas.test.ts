// @vitest-environment happy-dom
// Text offsets → rectangles on the annotated SVG layer: Google's own sample, geometry (transforms, the
// SVG's place and viewBox), alignment robustness, and round trips on the fake Docs page and on random layouts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasAnnotatedLayer, mapCanvas, parseTransform, rectsForRange, type Rect } from '../../../lib/sites/gdocs/canvas';
import { normalizeDocsText } from '../../../lib/sites/gdocs/main-world';
import { loadFakeDocs, type FakeDocs } from './fake-docs';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface RectSpec {
  x: number;
  w: number;
  label: string;
  /** Line origin (transform e, f). */
  e: number;
  f: number;
  h?: number;
  scale?: number;
}

/** A page tile: `div > canvas.kix-canvas-tile-content + div.kix-canvas-tile-content > svg > g* > rect*`. */
function tile(groups: RectSpec[][], opts: { at?: Partial<DOMRect>; viewBox?: string } = {}): HTMLElement {
  const page = document.createElement('div');
  const canvas = document.createElement('canvas');
  canvas.className = 'kix-canvas-tile-content';
  const layer = document.createElement('div');
  layer.className = 'kix-canvas-tile-content';
  const svg = document.createElementNS(SVG_NS, 'svg');
  if (opts.viewBox) svg.setAttribute('viewBox', opts.viewBox);
  for (const group of groups) {
    const g = document.createElementNS(SVG_NS, 'g');
    for (const r of group) {
      const rect = document.createElementNS(SVG_NS, 'rect');
      const s = r.scale ?? 1;
      rect.setAttribute('x', String(r.x));
      rect.setAttribute('y', '0');
      rect.setAttribute('width', String(r.w));
      rect.setAttribute('height', String(r.h ?? 17));
      rect.setAttribute('fill', 'none');
      rect.setAttribute('transform', `matrix(${s},0,0,${s},${r.e},${r.f})`);
      rect.setAttribute('aria-label', r.label);
      rect.setAttribute('data-font-css', "400 14.6667px 'Courier New'");
      g.append(rect);
    }
    svg.append(g);
  }
  const at = { left: 0, top: 0, width: 816, height: 1056, ...opts.at };
  svg.getBoundingClientRect = () => ({ ...at, x: at.left, y: at.top, right: at.left + at.width, bottom: at.top + at.height, toJSON: () => at }) as DOMRect;
  layer.append(svg);
  page.append(canvas, layer);
  return page;
}

/** Google's sample (../shared/fixtures/README.md): paragraph B's group comes before paragraph A's. */
function googleSample(opts: { at?: Partial<DOMRect>; viewBox?: string } = {}): HTMLElement {
  return tile(
    [
      [
        { x: 0, w: 62, label: 'This is pa', e: 96, f: 134 },
        { x: 62, w: 28, label: 'ragr', e: 96, f: 134 },
        { x: 91, w: 42, label: 'aph B!', e: 96, f: 134 },
      ],
      [{ x: 0, w: 131, label: 'This is paragraph A!', e: 96, f: 96 }],
    ],
    opts,
  );
}

const SAMPLE_TEXT = normalizeDocsText('\u0003This is paragraph A!\nThis is paragraph B!\n');

const close = (a: Rect, b: Rect) => {
  for (const k of ['left', 'top', 'width', 'height'] as const) expect(a[k], k).toBeCloseTo(b[k], 3);
};

describe('Google’s sample layer', () => {
  it('is an annotated layer; a page of bare canvas tiles is not', () => {
    expect(hasAnnotatedLayer(googleSample())).toBe(true);
    const bare = document.createElement('div');
    const canvas = document.createElement('canvas');
    canvas.className = 'kix-canvas-tile-content';
    bare.append(canvas);
    expect(hasAnnotatedLayer(bare)).toBe(false);
  });

  it('maps a range inside one rect by its share of characters', () => {
    const at = SAMPLE_TEXT.indexOf('paragraph A');
    const rects = rectsForRange(googleSample(), SAMPLE_TEXT, at, at + 'paragraph A'.length);
    expect(rects.length).toBe(1);
    close(rects[0]!, { left: 96 + (131 * 8) / 20, top: 96, width: (131 * 11) / 20, height: 17 });
  });

  it('maps a range across runs of one line, merging the runs that touch', () => {
    const at = SAMPLE_TEXT.indexOf('paragraph B');
    const rects = rectsForRange(googleSample(), SAMPLE_TEXT, at, at + 'paragraph B'.length);
    // "pa" of "This is pa" (touches "ragr": merged), then "aph B" of "aph B!" after a 1px gap.
    expect(rects.length).toBe(2);
    close(rects[0]!, { left: 96 + 62 * 0.8, top: 134, width: 62 * 0.2 + 28, height: 17 });
    close(rects[1]!, { left: 96 + 91, top: 134, width: (42 * 5) / 6, height: 17 });
  });

  it('maps a range over a paragraph break to one rectangle per line, in reading order', () => {
    const at = SAMPLE_TEXT.indexOf('A!');
    const rects = rectsForRange(googleSample(), SAMPLE_TEXT, at, SAMPLE_TEXT.indexOf(' is paragraph B'));
    expect(rects.map((r) => r.top)).toEqual([96, 134]);
    close(rects[1]!, { left: 96, top: 134, width: (62 * 4) / 10, height: 17 });
  });

  it('adds the SVG’s place in the viewport and its viewBox scale', () => {
    const at = SAMPLE_TEXT.indexOf('This is paragraph A');
    const placed = rectsForRange(googleSample({ at: { left: 10, top: -500 } }), SAMPLE_TEXT, at, at + 4);
    close(placed[0]!, { left: 106, top: -404, width: (131 * 4) / 20, height: 17 });
    const scaled = rectsForRange(googleSample({ at: { left: 10, top: 20, width: 1632, height: 2112 }, viewBox: '0 0 816 1056' }), SAMPLE_TEXT, at, at + 4);
    close(scaled[0]!, { left: 10 + 96 * 2, top: 20 + 96 * 2, width: ((131 * 4) / 20) * 2, height: 34 });
  });

  it('applies the zoom in the transform and transforms of <g> ancestors', () => {
    const zoomed = tile([[{ x: 10, w: 100, label: 'Zoomed line', e: 50, f: 60, scale: 1.5 }]]);
    zoomed.querySelector('g')!.setAttribute('transform', 'translate(5, 7)');
    const rects = rectsForRange(zoomed, 'Zoomed line', 0, 6);
    close(rects[0]!, { left: 5 + 50 + 15, top: 7 + 60, width: (100 * 6 * 1.5) / 11, height: 17 * 1.5 });
  });

  it('gives nothing for an empty or out-of-text range, or for a range of only line breaks', () => {
    const layer = googleSample();
    expect(rectsForRange(layer, SAMPLE_TEXT, 5, 5)).toEqual([]);
    expect(rectsForRange(layer, SAMPLE_TEXT, 500, 600)).toEqual([]);
    const br = SAMPLE_TEXT.indexOf('\nThis');
    expect(rectsForRange(layer, SAMPLE_TEXT, br, br + 1)).toEqual([]);
  });
});

describe('parseTransform', () => {
  it('reads matrix, translate and scale, composed; ignores what it does not know', () => {
    expect(parseTransform('matrix(1,0,0,1,96,134)')).toEqual([1, 0, 0, 1, 96, 134]);
    expect(parseTransform('matrix(1.5 0 0 1.5 10 20)')).toEqual([1.5, 0, 0, 1.5, 10, 20]);
    expect(parseTransform('translate(10) scale(2)')).toEqual([2, 0, 0, 2, 10, 0]);
    expect(parseTransform('rotate(30)')).toEqual([1, 0, 0, 1, 0, 0]);
    expect(parseTransform(null)).toEqual([1, 0, 0, 1, 0, 0]);
  });
});

describe('alignment robustness', () => {
  const line = (label: string, f: number, x = 0): RectSpec => ({ x, w: label.length * 8, label, e: 96, f });

  it('NBSP, zero-width characters and extra spaces on either side', () => {
    const text = '\nPrice\u00a0is $12.99 a\u200b month.\nNext  line here\n';
    const layer = tile([[line('Price is $12.99 a month.', 96)], [line('Next line\u200b here', 120)]]);
    const map = mapCanvas(layer, text);
    expect(map.matched).toBe(2);
    const at = text.indexOf('month');
    const [r] = map.rectsForRange(at, at + 5);
    expect(r!.top).toBe(96);
    const here = text.indexOf('here');
    expect(map.rectsForRange(here, here + 4)[0]!.top).toBe(120);
  });

  it('skips a stale run and finds the rest; finds a tile whose pages before it are not rendered', () => {
    const earlier = Array.from({ length: 200 }, (_, i) => `Unrendered paragraph ${i}.`).join('\n');
    const text = `\n${earlier}\nFirst shown line.\nSecond shown line.\n`;
    const layer = tile([[line('First shown line.', 96)], [line('Deleted line that is gone.', 120)], [line('Second shown line.', 144)]]);
    const map = mapCanvas(layer, text);
    expect(map.matched).toBe(2);
    expect(map.unmatched).toBe(1);
    const at = text.indexOf('Second');
    expect(map.rectsForRange(at, at + 6)[0]!.top).toBe(144);
  });

  it('follows repeated text in order rather than jumping to its first occurrence', () => {
    const text = '\nSame line.\nSame line.\nSame line.\n';
    const layer = tile([[line('Same line.', 96)], [line('Same line.', 120)], [line('Same line.', 144)]]);
    const map = mapCanvas(layer, text);
    const third = text.lastIndexOf('Same');
    expect(map.rectsForRange(third, third + 4)[0]!.top).toBe(144);
  });

  it('every word of a random layout maps to the one rect that holds it', () => {
    const word = fc.stringMatching(/^[A-Za-zА-Яа-я0-9%$₽]{1,9}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 3, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (paragraphs, wordsPerLine, runsPerLine) => {
          const text = `\n${paragraphs.map((p) => p.join(' ')).join('\n')}\n`;
          // Lines of `wordsPerLine` words, each split into up to `runsPerLine` runs at word starts.
          const groups: RectSpec[][] = [];
          const owner: { start: number; end: number; top: number; left: number; width: number }[] = [];
          let offset = 1;
          let top = 96;
          for (const p of paragraphs) {
            const group: RectSpec[] = [];
            for (let i = 0; i < p.length; i += wordsPerLine) {
              const lineWords = p.slice(i, i + wordsPerLine);
              const per = Math.ceil(lineWords.length / runsPerLine);
              let x = 0;
              for (let k = 0; k < lineWords.length; k += per) {
                const label = lineWords.slice(k, k + per).join(' ') + (k + per < lineWords.length ? ' ' : '');
                group.push({ x, w: label.length * 7, label, e: 96, f: top });
                owner.push({ start: offset, end: offset + label.length, top, left: 96 + x, width: label.length * 7 });
                offset += label.length;
                x += label.length * 7;
              }
              offset += 1; // the space or line feed the line does not draw
              top += 20;
            }
            groups.push(group);
          }
          const map = mapCanvas(tile(groups), text);
          for (const m of text.matchAll(/\S+/g)) {
            const rects = map.rectsForRange(m.index, m.index + m[0].length);
            expect(rects.length).toBe(1);
            const holder = owner.find((o) => o.start <= m.index && m.index < o.end)!;
            expect(rects[0]!.top).toBe(holder.top);
            expect(rects[0]!.left).toBeGreaterThanOrEqual(holder.left - 1e-6);
            expect(rects[0]!.left + rects[0]!.width).toBeLessThanOrEqual(holder.left + holder.width + 1e-6);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the fake Docs page', () => {
  let page: FakeDocs;
  let text: string;

  beforeAll(async () => {
    page = await loadFakeDocs({ flag: 'mbpdiljbjmekfjnhjbiehakkdmljdakc' });
    text = normalizeDocsText(page.globals.__fakeDocs.text());
  });
  afterAll(() => page.close());

  /** The layer's rects, with their boxes in the page (the SVG sits at 0,0 in happy-dom). */
  function layerBoxes() {
    return Array.from(page.doc.querySelectorAll('div.kix-canvas-tile-content > svg rect[aria-label]')).map((el) => {
      const [, , , , e, f] = parseTransform(el.getAttribute('transform'));
      const x = Number(el.getAttribute('x'));
      return { el, label: el.getAttribute('aria-label')!, left: e + x, top: f, width: Number(el.getAttribute('width')), svg: el.closest('svg') };
    });
  }

  it('every rect of the layer finds its place in the text', () => {
    const map = mapCanvas(page.doc, text);
    expect(map.matched).toBe(layerBoxes().length);
    expect(map.unmatched).toBe(0);
  });

  it('every word of the text maps to a rect whose aria-label contains it', () => {
    const map = mapCanvas(page.doc, text);
    const boxes = layerBoxes();
    let words = 0;
    for (const m of text.matchAll(/\S+/g)) {
      const rects = map.rectsForRange(m.index, m.index + m[0].length);
      expect(rects.length, m[0]).toBe(1);
      const r = rects[0]!;
      // The rects that hold the word's box; pages are stacked in the layout, but happy-dom puts every
      // SVG at 0,0, so several pages' rects can share a box: the word must be in one of them.
      const holders = boxes.filter((b) => Math.abs(b.top - r.top) < 0.01 && b.left <= r.left + 1e-6 && r.left + r.width <= b.left + b.width + 1e-6);
      expect(holders.some((b) => b.label.includes(m[0].replace(/\u00a0/g, ' '))), m[0]).toBe(true);
      words++;
    }
    expect(words).toBeGreaterThan(380);
  });

  it('follows an edit: the new words map, the old ones are gone', () => {
    const fake = page.globals.__fakeDocs;
    const index = fake.paragraphs().findIndex((p) => p.startsWith('Offer:'));
    fake.edit(index, 'Offer: for launch week we run a 25% discount on the annual plan, quietly.');
    const edited = normalizeDocsText(fake.text());
    const map = mapCanvas(page.doc, edited);
    expect(map.unmatched).toBe(0);
    const at = edited.indexOf('quietly');
    expect(map.rectsForRange(at, at + 7).length).toBe(1);
    expect(page.doc.querySelector('rect[aria-label*="45%"]')).toBeNull();
  });
});
