import type { Severity } from '../engine/types';

/**
 * Highlights ranges of a page without touching its DOM: with the CSS Custom Highlight API
 * (`CSS.highlights`, Chrome 105+, Firefox 140+) the browser paints the ranges itself, so an editor's
 * content, its undo stack and what it sends stay exactly as the user wrote them. Where the API is missing,
 * an overlay layer outside the page's content draws boxes from `Range.getClientRects()`.
 *
 * Highlights are grouped by owner (one email, one draft): `set(owner, marks)` replaces that owner's marks.
 */
export interface Mark<T = unknown> {
  range: Range;
  severity: Severity;
  /** The text sits in a quoted earlier message: drawn lighter (dotted underline, no fill). */
  quoted?: boolean;
  data: T;
}

/** Highlight names are prefixed so that they cannot collide with the page's own. */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'accord-error',
  warning: 'accord-warning',
  info: 'accord-info',
};

/** A quoted finding's highlight name: `accord-warning-quoted`. */
export const quotedName = (s: Severity) => `${HIGHLIGHT_NAMES[s]}-quoted`;

const SEVERITIES = Object.keys(HIGHLIGHT_NAMES) as Severity[];

/** Fill and underline per severity, shared by every way Accord marks text. */
export const SEVERITY_COLORS: Record<Severity, { bg: string; line: string }> = {
  error: { bg: 'rgba(220, 38, 38, 0.16)', line: '#dc2626' },
  warning: { bg: 'rgba(217, 119, 6, 0.16)', line: '#d97706' },
  info: { bg: 'rgba(37, 99, 235, 0.12)', line: '#2563eb' },
};

/** Attribute on every element Accord adds to a page; the site adapters skip such elements when reading text. */
export const UI_ATTR = 'data-accord-ui';

interface HighlightLike {
  add(r: AbstractRange): void;
  clear(): void;
}
interface HighlightRegistryLike {
  set(name: string, h: HighlightLike): void;
  delete(name: string): boolean;
  highlightsFromPoint?: (x: number, y: number) => { highlight: HighlightLike; ranges: AbstractRange[] }[];
}

export interface Highlighter<T> {
  /** `css`: the Custom Highlight API paints; `overlay`: boxes drawn by Accord. */
  readonly mode: 'css' | 'overlay';
  set(owner: string, marks: Mark<T>[]): void;
  clear(owner: string): void;
  /** Every mark, in the order owners were set. */
  marks(): Mark<T>[];
  /** The mark under a viewport point, or null. */
  hitTest(x: number, y: number): Mark<T> | null;
  /** Redraws the overlay (after scrolling or layout changes); nothing to do in `css` mode. */
  refresh(): void;
  destroy(): void;
}

export function createHighlighter<T>(doc: Document = document, opts: { forceOverlay?: boolean } = {}): Highlighter<T> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = (win?.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new () => HighlightLike } | null)?.Highlight;
  const useCss = !opts.forceOverlay && !!registry && !!HighlightCtor;
  const owners = new Map<string, Mark<T>[]>();

  const style = doc.createElement('style');
  style.setAttribute(UI_ATTR, 'highlight-style');
  style.textContent = SEVERITIES.flatMap((s) => [
    `::highlight(${HIGHLIGHT_NAMES[s]}) { background-color: ${SEVERITY_COLORS[s].bg}; text-decoration: underline wavy ${SEVERITY_COLORS[s].line}; text-decoration-skip-ink: none; }`,
    `::highlight(${quotedName(s)}) { text-decoration: underline dotted ${SEVERITY_COLORS[s].line}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }`,
  ]).join('\n');
  (doc.head ?? doc.documentElement).append(style);

  /** One Highlight per name: each severity, plain and quoted. */
  const highlights = new Map<string, HighlightLike>();
  const nameOf = (m: Mark<T>) => (m.quoted ? quotedName(m.severity) : HIGHLIGHT_NAMES[m.severity]);
  if (useCss) {
    for (const name of SEVERITIES.flatMap((s) => [HIGHLIGHT_NAMES[s], quotedName(s)])) {
      const h = new HighlightCtor!();
      highlights.set(name, h);
      registry!.set(name, h);
    }
  }

  // Overlay mode: one fixed layer that never takes pointer events, redrawn on the next frame after a change.
  let layer: HTMLElement | null = null;
  let frame = 0;
  const scheduleDraw = () => {
    if (useCss || frame) return;
    frame = (win?.requestAnimationFrame ?? ((cb: () => void) => setTimeout(cb, 16) as unknown as number))(() => {
      frame = 0;
      draw();
    });
  };
  const onScroll = () => scheduleDraw();
  if (!useCss) {
    layer = doc.createElement('div');
    layer.setAttribute(UI_ATTR, 'highlight-overlay');
    Object.assign(layer.style, { position: 'fixed', inset: '0', pointerEvents: 'none', zIndex: '2147483000', overflow: 'hidden' });
    (doc.body ?? doc.documentElement).append(layer);
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    win?.addEventListener('resize', onScroll, { passive: true });
  }

  function all(): Mark<T>[] {
    return [...owners.values()].flat();
  }

  function sync(): void {
    if (useCss) {
      for (const h of highlights.values()) h.clear();
      for (const m of all()) highlights.get(nameOf(m))!.add(m.range);
    } else {
      scheduleDraw();
    }
  }

  function draw(): void {
    if (!layer) return;
    layer.replaceChildren();
    for (const m of all()) {
      for (const r of Array.from(m.range.getClientRects())) {
        if (r.width > 0 && r.height > 0) layer.append(overlayBox(doc, r, m.severity, m.quoted === true));
      }
    }
  }

  return {
    mode: useCss ? 'css' : 'overlay',
    set(owner, marks) {
      if (marks.length === 0) owners.delete(owner);
      else owners.set(owner, marks);
      sync();
    },
    clear(owner) {
      if (owners.delete(owner)) sync();
    },
    marks: all,
    hitTest(x, y) {
      const marks = all();
      if (marks.length === 0) return null;
      // Fast path: the registry says which of our highlights are under the point.
      if (useCss && registry?.highlightsFromPoint) {
        const hits = registry.highlightsFromPoint(x, y);
        const ours = new Set(hits.flatMap((h) => ([...highlights.values()].includes(h.highlight) ? h.ranges : [])));
        if (ours.size === 0) return null;
        return marks.find((m) => ours.has(m.range)) ?? null;
      }
      const caret = caretAt(doc, x, y);
      const within = (m: Mark<T>) => Array.from(m.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (caret) {
        const m = marks.find((mk) => safeInRange(mk.range, caret.node, caret.offset) && within(mk));
        if (m) return m;
      }
      return marks.find(within) ?? null;
    },
    refresh: scheduleDraw,
    destroy() {
      owners.clear();
      if (useCss) for (const name of highlights.keys()) registry!.delete(name);
      style.remove();
      layer?.remove();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      win?.removeEventListener('resize', onScroll);
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function safeInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}

/** One box of an overlay layer: the marked text's fill and underline over viewport rectangle `r` (quoted: dotted, no fill). */
export function overlayBox(doc: Document, r: { left: number; top: number; width: number; height: number }, severity: Severity, quoted = false): HTMLElement {
  const box = doc.createElement('div');
  Object.assign(box.style, {
    position: 'absolute',
    left: `${r.left}px`,
    top: `${r.top}px`,
    width: `${r.width}px`,
    height: `${r.height}px`,
    background: quoted ? 'transparent' : SEVERITY_COLORS[severity].bg,
    borderBottom: `2px ${quoted ? 'dotted' : 'solid'} ${SEVERITY_COLORS[severity].line}`,
    boxSizing: 'border-box',
  });
  box.dataset.severity = severity;
  if (quoted) box.dataset.quoted = 'true';
  return box;
}
