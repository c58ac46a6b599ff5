// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createBoxOverlay } from '../../lib/highlight/box-overlay';
import { UI_ATTR } from '../../lib/highlight/highlighter';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

afterEach(() => document.body.replaceChildren());

describe('box overlay', () => {
  it('draws a box per rectangle in a layer that takes no pointer events, and finds the mark under a point', async () => {
    const overlay = createBoxOverlay<string>(document);
    const layer = document.querySelector(`[${UI_ATTR}=box-overlay]`) as HTMLElement;
    expect(layer.style.pointerEvents).toBe('none');
    let top = 100;
    overlay.set([
      { severity: 'error', data: 'a', rects: () => [{ left: 10, top, width: 50, height: 20 }] },
      { severity: 'warning', data: 'b', rects: () => [{ left: 10, top: 200, width: 30, height: 20 }, { left: 0, top: 0, width: 0, height: 20 }] },
    ]);
    await frame();
    expect([...layer.children].map((b) => (b as HTMLElement).dataset.severity)).toEqual(['error', 'warning']);
    expect(overlay.hitTest(20, 110)?.data).toBe('a');
    expect(overlay.hitTest(20, 150)).toBeNull();
    // Rectangles are asked again on each redraw: a scroll moves the boxes.
    top = 40;
    overlay.refresh();
    await frame();
    expect((layer.children[0] as HTMLElement).style.top).toBe('40px');
    overlay.flash(overlay.marks()[1]!);
    expect((layer.children[1] as HTMLElement).dataset.flash).toBe('true');
    overlay.destroy();
    expect(document.querySelector(`[${UI_ATTR}=box-overlay]`)).toBeNull();
  });
});
