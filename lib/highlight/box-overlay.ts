import type { Severity } from '../engine/types';
import { overlayBox, SEVERITY_COLORS, UI_ATTR } from './highlighter';

/**
 * Highlights for pages that draw their text on a canvas (Google Docs): there is no DOM text to give the
 * CSS Custom Highlight API, so boxes are drawn in a fixed layer above the page from rectangles the site
 * adapter computes. The layer never takes pointer events; `boxes` is asked again on every redraw, since
 * the rectangles move as the page scrolls.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface BoxMark<T> {
  severity: Severity;
  data: T;
  /** Viewport rectangles of the marked text, now. */
  rects(): Rect[];
}

export interface BoxOverlay<T> {
  set(marks: BoxMark<T>[]): void;
  marks(): BoxMark<T>[];
  /** The mark under a viewport point, or null. */
  hitTest(x: number, y: number): BoxMark<T> | null;
  /** Scrolls `mark` into view (via `scrollBy` on `scroller`) and outlines it for a moment. */
  flash(mark: BoxMark<T>, scroller?: Element | null): void;
  /** Redraws on the next frame. */
  refresh(): void;
  destroy(): void;
}

export function createBoxOverlay<T>(doc: Document = document): BoxOverlay<T> {
  const win = doc.defaultView;
  let marks: BoxMark<T>[] = [];
  let flashed: BoxMark<T> | null = null;
  let flashTimer = 0;
  let frame = 0;

  const layer = doc.createElement('div');
  layer.setAttribute(UI_ATTR, 'box-overlay');
  Object.assign(layer.style, { position: 'fixed', inset: '0', pointerEvents: 'none', zIndex: '2147483000', overflow: 'hidden' });
  (doc.body ?? doc.documentElement).append(layer);

  const schedule = () => {
    if (frame) return;
    frame = (win?.requestAnimationFrame ?? ((cb: () => void) => setTimeout(cb, 16) as unknown as number))(() => {
      frame = 0;
      draw();
    });
  };
  doc.addEventListener('scroll', schedule, { capture: true, passive: true });
  win?.addEventListener('resize', schedule, { passive: true });

  function draw(): void {
    const boxes: HTMLElement[] = [];
    for (const m of marks) {
      for (const r of m.rects()) {
        if (r.width <= 0 || r.height <= 0) continue;
        const box = overlayBox(doc, r, m.severity);
        if (m === flashed) {
          Object.assign(box.style, { outline: `2px solid ${SEVERITY_COLORS[m.severity].line}`, outlineOffset: '1px' });
          box.dataset.flash = 'true';
        }
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
  }

  return {
    set(next) {
      marks = next;
      if (flashed && !marks.includes(flashed)) flashed = null;
      schedule();
    },
    marks: () => marks,
    hitTest(x, y) {
      return marks.find((m) => m.rects().some((r) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height)) ?? null;
    },
    flash(mark, scroller) {
      const r = mark.rects()[0];
      const view = win?.innerHeight ?? 0;
      if (r && scroller && (r.top < 0 || r.top + r.height > view)) scroller.scrollBy({ top: r.top - view / 3 });
      flashed = mark;
      clearTimeout(flashTimer);
      flashTimer = (win ?? globalThis).setTimeout(() => {
        flashed = null;
        schedule();
      }, 2_000) as unknown as number;
      draw();
    },
    refresh: schedule,
    destroy() {
      clearTimeout(flashTimer);
      doc.removeEventListener('scroll', schedule, { capture: true });
      win?.removeEventListener('resize', schedule);
      layer.remove();
    },
  };
}
