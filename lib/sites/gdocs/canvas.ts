/**
 * From document text offsets to page rectangles on Google Docs' annotated canvas.
 *
 * With the annotate flag set (./main-world.ts), Docs draws, beside each canvas tile, an SVG layer with
 * one `<rect aria-label="…">` per run of one font on one line (./selectors.ts TEXT_RECT). The rects know
 * their text and geometry but not their offsets in the document; the offsets come from aligning the
 * runs, in reading order, with the whole text that `_docs_annotate_getAnnotatedText` gave.
 *
 * Alignment, one run after another from where the previous one ended:
 * - The rects omit line and paragraph breaks, so line feeds, control characters, spaces and zero-width
 *   characters in the text that the run does not have are skipped; so are spaces and zero-width
 *   characters in the run that the text does not have. NBSP and the other Unicode spaces equal a space.
 *   Nothing else is skipped, so a run never swallows a word.
 * - A run that does not align where the previous one ended (pages not rendered in between, a layer
 *   that lags behind an edit) is looked for further on: its first characters are searched in the text
 *   within RESYNC_WINDOW characters (without limit for the first run of a tile, since Docs renders only
 *   the tiles near the viewport), and tried at a few places. A run found nowhere maps to nothing.
 * Each run costs its own length plus a bounded search, so building a map is linear in the text and
 * the layer. Reading order: rects in document order, tile by tile; inside a tile, Docs' sample puts a
 * later paragraph's `<g>` before an earlier one's, so a tile whose rects are not in top-to-bottom,
 * left-to-right order is sorted by line, then by x.
 *
 * Geometry: a rect's x/y/width/height are in its own coordinates; its `transform` (and any of its
 * `<g>` ancestors') maps them into the SVG's user space, `matrix(a,b,c,d,e,f)` with `a` the zoom
 * scale; the SVG's `viewBox` (when it has one) and its client rectangle map user space to the viewport.
 * A part of a run is cut by the share of its characters, measured with canvas `measureText` in the
 * run's `data-font-css` when a 2D context is available, else by character count.
 */
import { queryAll, queryFirst } from '../dom-query';
import { TEXT_RECT } from './selectors';

/** A rectangle in viewport (client) coordinates, as for a `position: fixed` overlay. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An affine transform `[a, b, c, d, e, f]`: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** One text run of the layer that aligned with the text. */
interface Run {
  readonly el: Element;
  readonly svg: Element | null;
  readonly label: string;
  /** Offset in the text of the run's first matched character. */
  readonly start: number;
  /** Offset in the text just past the run's last matched character. */
  readonly end: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The rect's transform composed with its ancestors' up to the SVG. */
  readonly matrix: Matrix;
}

export interface CanvasMap {
  /** The text the layer was aligned with. */
  readonly text: string;
  /** How many rects of the layer found their place in the text, and how many did not. */
  readonly matched: number;
  readonly unmatched: number;
  /** Viewport rectangles covering text [start, end), one per run touched (merged along a line); [] when none is drawn. */
  rectsForRange(start: number, end: number): Rect[];
}

/** How far past the previous run a run that did not align is looked for (characters). */
const RESYNC_WINDOW = 4_000;
/** How many places a run's first characters are tried at before it is given up. */
const RESYNC_TRIES = 4;
/** How many characters of a run are searched for when resynchronising. */
const RESYNC_KEY = 24;

// ---------------------------------------------------------------- characters

/** Spaces of every width, NBSP and tab: equal to a space. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Characters that take no room and may be in one side only: zero-width space/joiners, word joiner, BOM, soft hyphen. */
function isIgnorable(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** Line and paragraph breaks and other control characters: in the text, never in a run. */
function isBreak(c: number): boolean {
  return c < 0x20 || c === 0x2028 || c === 0x2029 || (c >= 0x7f && c < 0xa0);
}

const norm = (c: number): number => (isSpace(c) ? 0x20 : c);

/** The text with every space-like character as ' ' (same length), for resynchronising searches. */
function spaceNormalized(text: string): string {
  return text.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** Whether a run has anything to align: some character that is neither a space nor ignorable. */
function hasContent(label: string): boolean {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!isSpace(c) && !isIgnorable(c) && !isBreak(c)) return true;
  }
  return false;
}

/**
 * Aligns `label` with `text` from `from`, per the rules at the top. Returns the text range of the
 * matched characters, or null when a character of the label has no counterpart. `pair(i, j)` is told
 * each label index `i` matched with text index `j`.
 */
function alignRun(
  text: string,
  label: string,
  from: number,
  pair?: (i: number, j: number) => void,
): { start: number; end: number } | null {
  const n = text.length;
  let j = from;
  let first = -1;
  for (let i = 0; i < label.length; i++) {
    const lc = label.charCodeAt(i);
    if (isIgnorable(lc)) continue;
    const c = norm(lc);
    // Skip what the text has and the run leaves out: breaks, spaces, zero-width characters.
    while (j < n) {
      const t = text.charCodeAt(j);
      if (norm(t) === c) break;
      if (isBreak(t) || isSpace(t) || isIgnorable(t)) j++;
      else break;
    }
    if (j < n && norm(text.charCodeAt(j)) === c) {
      if (first < 0) first = j;
      pair?.(i, j);
      j++;
    } else if (c !== 0x20) {
      return null; // A letter, digit or mark the text does not have here.
    }
    // else: a space in the run only.
  }
  return first < 0 ? null : { start: first, end: j };
}

/** The first RESYNC_KEY characters of a run as the normalised text would have them, trimmed. */
function resyncKey(label: string): string {
  let key = '';
  for (let i = 0; i < label.length && key.length < RESYNC_KEY; i++) {
    const c = label.charCodeAt(i);
    if (isIgnorable(c)) continue;
    key += isSpace(c) ? ' ' : label[i];
  }
  return key.trim();
}

/** A run that did not align at `from`, looked for further on within `limit` characters. */
function resync(text: string, normalized: string, label: string, from: number, limit: number): { start: number; end: number } | null {
  const key = resyncKey(label);
  if (!key) return null;
  let at = from;
  for (let tries = 0; tries < RESYNC_TRIES; tries++) {
    const q = normalized.indexOf(key, at);
    if (q < 0 || q - from > limit) return null;
    const m = alignRun(text, label, q);
    if (m) return m;
    at = q + 1;
  }
  return null;
}

// ---------------------------------------------------------------- geometry

function num(el: Element, name: string): number {
  const v = Number.parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(v) ? v : 0;
}

/** m1 · m2 (m2 applied first). */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1;
  const [a2, b2, c2, d2, e2, f2] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** An SVG `transform` attribute: `matrix`, `translate` and `scale` functions, composed; anything else counts as identity. */
export function parseTransform(value: string | null): Matrix {
  if (!value) return IDENTITY;
  let m: Matrix = IDENTITY;
  const fn = /(matrix|translate|scale)\s*\(([^)]*)\)/g;
  for (let hit = fn.exec(value); hit; hit = fn.exec(value)) {
    const args = (hit[2] ?? '')
      .split(/[\s,]+/)
      .filter((s) => s.length > 0)
      .map(Number);
    if (args.some((v) => !Number.isFinite(v))) continue;
    let next: Matrix | null = null;
    if (hit[1] === 'matrix' && args.length === 6) next = args as unknown as Matrix;
    else if (hit[1] === 'translate' && args.length >= 1) next = [1, 0, 0, 1, args[0]!, args[1] ?? 0];
    else if (hit[1] === 'scale' && args.length >= 1) next = [args[0]!, 0, 0, args[1] ?? args[0]!, 0, 0];
    if (next) m = multiply(m, next);
  }
  return m;
}

/** The rect's own transform composed with those of its ancestors up to (not including) its SVG. */
function composedMatrix(el: Element, svg: Element | null): Matrix {
  let m = parseTransform(el.getAttribute('transform'));
  for (let p = el.parentElement; p && p !== svg; p = p.parentElement) {
    const t = p.getAttribute('transform');
    if (t) m = multiply(parseTransform(t), m);
  }
  return m;
}

/** Where the SVG's user space lands in the viewport: origin and scale. */
interface SvgPlacement {
  left: number;
  top: number;
  sx: number;
  sy: number;
}

function placementOf(svg: Element | null): SvgPlacement {
  if (!svg) return { left: 0, top: 0, sx: 1, sy: 1 };
  const box = svg.getBoundingClientRect();
  const vb = (svg.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .filter((s) => s.length > 0)
    .map(Number);
  if (vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0 && box.width > 0 && box.height > 0) {
    const sx = box.width / vb[2]!;
    const sy = box.height / vb[3]!;
    return { left: box.left - vb[0]! * sx, top: box.top - vb[1]! * sy, sx, sy };
  }
  return { left: box.left, top: box.top, sx: 1, sy: 1 };
}

/** A 2D context for measuring runs in their font; null where there is none (tests, locked-down pages). */
let measureContext: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

function measurer(doc: Document | null): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (measureContext !== undefined) return measureContext;
  measureContext = null;
  try {
    if (typeof OffscreenCanvas !== 'undefined') measureContext = new OffscreenCanvas(1, 1).getContext('2d');
    if (!measureContext && doc) measureContext = doc.createElement('canvas').getContext('2d');
  } catch {
    measureContext = null;
  }
  return measureContext;
}

/** The share of the run's drawn width taken by its first `k` characters. */
function widthShare(run: Run, k: number): number {
  const n = run.label.length;
  if (k <= 0 || n === 0) return 0;
  if (k >= n) return 1;
  const font = run.el.getAttribute('data-font-css');
  if (font) {
    const ctx = measurer(run.el.ownerDocument);
    if (ctx) {
      try {
        ctx.font = font;
        const full = ctx.measureText(run.label).width;
        if (full > 0) return Math.min(1, ctx.measureText(run.label.slice(0, k)).width / full);
      } catch {
        // Fall back to counting.
      }
    }
  }
  return k / n;
}

// ---------------------------------------------------------------- reading order

interface Placed {
  el: Element;
  matrix: Matrix;
  top: number;
  left: number;
  height: number;
}

/** A tile's rects in reading order: as given when they already are, else by line (top), then x. */
function readingOrder(rects: Placed[]): Placed[] {
  const sameLine = (a: Placed, b: Placed) => Math.abs(a.top - b.top) < Math.max(1, Math.min(a.height, b.height) / 2);
  let ordered = true;
  for (let i = 1; i < rects.length && ordered; i++) {
    const a = rects[i - 1]!;
    const b = rects[i]!;
    if (sameLine(a, b) ? b.left < a.left - 0.5 : b.top < a.top) ordered = false;
  }
  if (ordered) return rects;
  const byTop = [...rects].sort((a, b) => a.top - b.top);
  const out: Placed[] = [];
  for (let i = 0; i < byTop.length; ) {
    let j = i + 1;
    while (j < byTop.length && sameLine(byTop[i]!, byTop[j]!)) j++;
    out.push(...byTop.slice(i, j).sort((a, b) => a.left - b.left));
    i = j;
  }
  return out;
}

function place(el: Element, svg: Element | null): Placed {
  const matrix = composedMatrix(el, svg);
  const x = num(el, 'x');
  const y = num(el, 'y');
  const [a, b, c, d, e, f] = matrix;
  return { el, matrix, left: a * x + c * y + e, top: b * x + d * y + f, height: Math.abs(d) * num(el, 'height') };
}

// ---------------------------------------------------------------- the map

/** Whether the page (or subtree) has the annotated SVG layer with at least one text rect. */
export function hasAnnotatedLayer(root: ParentNode): boolean {
  return queryFirst(root, TEXT_RECT) !== null;
}

/** Aligns the layer under `root` with `text` once; ask it for as many ranges as needed. */
export interface MapOptions {
  /**
   * Align only the tiles that intersect the viewport (with a screen of margin), so that the cost follows
   * what is on screen rather than the document's length; the others are passed over as if unrendered.
   */
  visibleOnly?: boolean;
}

export function mapCanvas(root: ParentNode, text: string, opts: MapOptions = {}): CanvasMap {
  let rects = queryAll(root, TEXT_RECT);
  if (opts.visibleOnly) {
    const visible = new Map<Element | null, boolean>();
    rects = rects.filter((el) => {
      const svg = el.closest('svg');
      let v = visible.get(svg);
      if (v === undefined) visible.set(svg, (v = nearViewport(svg)));
      return v;
    });
  }
  const runs: Run[] = [];
  let unmatched = 0;
  let normalized: string | null = null;
  let at = 0;

  // Group by tile (consecutive rects of one SVG), each group in reading order.
  for (let i = 0; i < rects.length; ) {
    const svg = rects[i]!.closest('svg');
    let j = i + 1;
    while (j < rects.length && rects[j]!.closest('svg') === svg) j++;
    const tile = readingOrder(rects.slice(i, j).map((el) => place(el, svg)));
    i = j;

    let searchFar = true; // The first run of a tile may be anywhere ahead: pages in between may be unrendered.
    for (const p of tile) {
      const label = p.el.getAttribute('aria-label') ?? '';
      if (!hasContent(label)) continue;
      let m = alignRun(text, label, at);
      if (!m) {
        normalized ??= spaceNormalized(text);
        m = resync(text, normalized, label, at, searchFar ? Infinity : RESYNC_WINDOW);
      }
      if (!m) {
        unmatched++;
        continue;
      }
      searchFar = false;
      at = m.end;
      runs.push({
        el: p.el,
        svg,
        label,
        start: m.start,
        end: m.end,
        x: num(p.el, 'x'),
        y: num(p.el, 'y'),
        width: num(p.el, 'width'),
        height: num(p.el, 'height'),
        matrix: p.matrix,
      });
    }
  }

  /** Index of the first run that ends after `offset`. */
  const firstRunEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** The label indices bounding the run's characters inside text [start, end). */
  const labelSpan = (run: Run, start: number, end: number): [number, number] => {
    let from = -1;
    let to = -1;
    alignRun(text, run.label, run.start, (i, j) => {
      if (j >= start && j < end) {
        if (from < 0) from = i;
        to = i + 1;
      }
    });
    return from < 0 ? [0, 0] : [from, to];
  };

  const rectsForRange = (start: number, end: number): Rect[] => {
    const s = Math.max(0, start);
    const e = Math.min(text.length, end);
    if (s >= e) return [];
    const out: Rect[] = [];
    const placements = new Map<Element | null, SvgPlacement>();
    for (let k = firstRunEndingAfter(s); k < runs.length && runs[k]!.start < e; k++) {
      const run = runs[k]!;
      let f0 = 0;
      let f1 = 1;
      if (s > run.start || e < run.end) {
        const [i0, i1] = labelSpan(run, s, e);
        if (i1 <= i0) continue; // Only skipped characters (a line break) of the range fall here.
        f0 = widthShare(run, i0);
        f1 = widthShare(run, i1);
      }
      const x0 = run.x + run.width * f0;
      const x1 = run.x + run.width * f1;
      const [a, b, c, d, ex, fy] = run.matrix;
      const xs = [a * x0 + c * run.y + ex, a * x1 + c * run.y + ex, a * x0 + c * (run.y + run.height) + ex, a * x1 + c * (run.y + run.height) + ex];
      const ys = [b * x0 + d * run.y + fy, b * x1 + d * run.y + fy, b * x0 + d * (run.y + run.height) + fy, b * x1 + d * (run.y + run.height) + fy];
      let placement = placements.get(run.svg);
      if (!placement) {
        placement = placementOf(run.svg);
        placements.set(run.svg, placement);
      }
      const left = placement.left + Math.min(...xs) * placement.sx;
      const top = placement.top + Math.min(...ys) * placement.sy;
      const width = (Math.max(...xs) - Math.min(...xs)) * placement.sx;
      const height = (Math.max(...ys) - Math.min(...ys)) * placement.sy;
      if (width <= 0 || height <= 0) continue;
      const prev = out[out.length - 1];
      // Runs of one line that touch become one rectangle.
      if (prev && Math.abs(prev.top - top) < 0.5 && Math.abs(prev.height - height) < 0.5 && Math.abs(prev.left + prev.width - left) < 1) {
        prev.width = left + width - prev.left;
      } else {
        out.push({ left, top, width, height });
      }
    }
    return out;
  };

  return { text, matched: runs.length, unmatched, rectsForRange };
}

/** Viewport rectangles covering text [start, end) on the annotated layer under `root`. Builds a map each call: use mapCanvas for many ranges. */
export function rectsForRange(root: ParentNode, text: string, start: number, end: number): Rect[] {
  return mapCanvas(root, text).rectsForRange(start, end);
}

/** The element's box is within one viewport height of the viewport (or there is no layout to tell). */
function nearViewport(el: Element | null): boolean {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return true;
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return true;
  const h = view.innerHeight;
  return box.bottom >= -h && box.top <= 2 * h;
}
