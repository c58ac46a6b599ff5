// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES, quotedName, UI_ATTR } from '../../lib/highlight/highlighter';

/** A minimal stand-in for the CSS Custom Highlight API, which happy-dom lacks. */
class FakeHighlight {
  ranges = new Set<AbstractRange>();
  add(r: AbstractRange) {
    this.ranges.add(r);
  }
  clear() {
    this.ranges.clear();
  }
}

function installFakeApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  (window as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  return registry;
}

function removeFakeApi(): void {
  delete (window as unknown as { Highlight?: unknown }).Highlight;
  Object.defineProperty(window, 'CSS', { value: {}, configurable: true, writable: true });
}

function rangeOver(el: Element, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(el.firstChild!, start);
  r.setEnd(el.firstChild!, end);
  return r;
}

afterEach(() => {
  removeFakeApi();
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('highlighter', () => {
  it('registers prefixed highlights per severity and never touches the highlighted DOM', () => {
    const registry = installFakeApi();
    document.body.innerHTML = '<div contenteditable="true"><p>We promise a 50% discount.</p></div>';
    const p = document.querySelector('p')!;
    const before = document.querySelector('[contenteditable]')!.innerHTML;
    const h = createHighlighter<string>(document);
    expect(h.mode).toBe('css');
    const red = rangeOver(p, 13, 16);
    const kpi = rangeOver(p, 0, 2);
    h.set('msg:1', [
      { range: red, severity: 'error', data: 'a' },
      { range: kpi, severity: 'warning', data: 'b' },
    ]);
    expect([...registry.keys()].sort()).toEqual([...Object.values(HIGHLIGHT_NAMES), ...(['error', 'warning', 'info'] as const).map(quotedName)].sort());
    expect([...registry.get('accord-error')!.ranges].map(String)).toEqual(['50%']);
    expect([...registry.get('accord-warning')!.ranges].map(String)).toEqual(['We']);
    expect(document.querySelector('[contenteditable]')!.innerHTML).toBe(before);
    // The style rule for the highlights is ours and marked so.
    expect(document.head.querySelector(`style[${UI_ATTR}]`)?.textContent).toContain('::highlight(accord-error)');

    h.set('msg:2', [{ range: rangeOver(p, 3, 10), severity: 'error', data: 'c' }]);
    expect(registry.get('accord-error')!.ranges.size).toBe(2);
    // A finding in a quoted earlier message has highlights of its own, drawn lighter.
    h.set('msg:3', [{ range: rangeOver(p, 17, 25), severity: 'error', quoted: true, data: 'q' }]);
    expect([...registry.get('accord-error-quoted')!.ranges].map(String)).toEqual(['discount']);
    expect(registry.get('accord-error')!.ranges.size).toBe(2);
    expect(document.head.querySelector(`style[${UI_ATTR}]`)?.textContent).toContain('::highlight(accord-error-quoted) { text-decoration: underline dotted');
    h.clear('msg:3');
    h.clear('msg:1');
    expect([...registry.get('accord-error')!.ranges].map(String)).toEqual(['promise']);
    expect(registry.get('accord-warning')!.ranges.size).toBe(0);
    expect(h.marks().map((m) => m.data)).toEqual(['c']);

    h.destroy();
    expect(registry.size).toBe(0);
    expect(document.head.querySelector(`style[${UI_ATTR}]`)).toBeNull();
  });

  it('falls back to an overlay layer outside the content when the API is missing', async () => {
    document.body.innerHTML = '<p>We promise a 50% discount.</p>';
    const p = document.querySelector('p')!;
    const h = createHighlighter<string>(document);
    expect(h.mode).toBe('overlay');
    const layer = document.querySelector(`[${UI_ATTR}=highlight-overlay]`) as HTMLElement;
    expect(layer).not.toBeNull();
    expect(layer.style.pointerEvents).toBe('none');
    h.set('m', [{ range: rangeOver(p, 13, 16), severity: 'error', data: 'x' }]);
    expect(p.textContent).toBe('We promise a 50% discount.');
    expect(p.childNodes.length).toBe(1);
    h.destroy();
    expect(document.querySelector(`[${UI_ATTR}=highlight-overlay]`)).toBeNull();
  });
});
