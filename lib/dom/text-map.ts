/**
 * The text the engine sees for a piece of a page, and the way back from text offsets to the DOM.
 *
 * `extractText` walks an element's subtree once and builds an innerText-like string
 * (https://html.spec.whatwg.org/multipage/dom.html#the-innertext-idl-attribute), but without layout: it
 * looks only at tag names and inline `style` attributes, so it runs the same in a content script, in
 * happy-dom and on a detached tree. Alongside the string it keeps a compact list of segments, each a run
 * of text characters that map one-to-one onto consecutive characters of one Text node. Every character
 * not covered by a segment is virtual: a line break made by a block boundary or a `<br>`, a tab between
 * table cells, or the "> " prefix of a quoted line. Virtual characters map to no node.
 *
 * Choices, where innerText is not followed to the letter:
 * - Headings (`h1`–`h6`) are separated from what surrounds them by a blank line, like `<p>` (innerText
 *   gives headings a single line break); the engine then reads a heading as a paragraph of its own.
 * - A `<br>` that ends a block adds no line of its own (`<div>a<br></div><div>b</div>` is "a\nb"), as
 *   Chrome renders it; `<div><br></div>` between two lines is one empty line, as contenteditable makes it.
 *   Line breaks before the first character are dropped, so an empty editor (a lone `<br>`) is "".
 * - NBSP (U+00A0) becomes a plain space in `text` (it is never collapsed) and still maps to its node;
 *   so `rangeFor` over it gives "\u00a0", not " ".
 * - `[aria-hidden=true]` is not skipped: it hides an element from assistive technology, not from the
 *   eye, and people read what the engine checks. `[hidden]`, inline `display: none`, `script`, `style`,
 *   `template`, form controls and embedded content are skipped; so is whatever `opts.skip` says.
 * - White space is collapsed as for `white-space: normal`, except inside `pre`/`textarea`/`listing`/`xmp`
 *   and elements whose inline style sets `white-space: pre|pre-wrap|break-spaces` (kept as is) or
 *   `pre-line` (spaces collapsed, newlines kept). Stylesheets are not read.
 * - `<img alt>` contributes nothing (innerText ignores it too).
 *
 * Everything is linear in the size of the subtree: the string is built from an array of pieces joined
 * once, and the walk uses an explicit stack, so 100k-character bodies and deep nesting are fine.
 */

/** A run of `end - start` text characters that are characters `offset ...` of `node`. */
export interface TextSegment {
  /** Offset into `TextMap.text` of the segment's first character. */
  readonly start: number;
  /** Offset into `TextMap.text` just past the segment's last character. */
  readonly end: number;
  readonly node: Text;
  /** Offset into `node.data` of the segment's first character. */
  readonly offset: number;
}

export interface TextMap {
  /** The extracted text, as the engine sees it. */
  readonly text: string;
  /** The element the text was extracted from. */
  readonly root: Element;
  /** Real characters, sorted by `start`, not overlapping; the gaps between them are virtual characters. */
  readonly segments: readonly TextSegment[];
}

export interface ExtractOptions {
  /** Lines inside an element for which this returns true get a virtual "> " prefix, one per level. */
  isQuote?: (el: Element) => boolean;
  /** Elements (with their subtrees) for which this returns true contribute nothing. */
  skip?: (el: Element) => boolean;
}

/** Elements that never contribute text: not rendered, or rendered as controls rather than text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base',
  'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'picture', 'svg', 'math',
  'input', 'textarea', 'select', 'option', 'datalist', 'map', 'area', 'source', 'track', 'param',
]);

/** Block-level elements: they start and end on their own line (required line break count 1). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'plaintext', 'pre', 'search', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]);

/** Elements separated from their neighbours by a blank line (required line break count 2). */
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const PRE_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** How white space inside an element is treated. */
const Ws = {
  Normal: 0,
  /** `pre-line`: runs of spaces and tabs collapse; newlines are kept. */
  PreLine: 1,
  /** `pre`, `pre-wrap`, `break-spaces`: everything is kept. */
  Pre: 2,
} as const;
type Ws = (typeof Ws)[keyof typeof Ws];

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;
const WHITE_SPACE = /(?:^|;)\s*white-space\s*:\s*([a-z-]+)/i;
/** Collapsible white space in CSS: space, tab, line feed, carriage return, form feed. Not NBSP. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const SPACES_TABS = /[ \t\f]+/g;

function localName(el: Element): string {
  return el.localName.toLowerCase();
}

function isDefaultSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(localName(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

function whiteSpaceOf(el: Element, inherited: Ws): Ws {
  const name = localName(el);
  if (PRE_TAGS.has(name)) return Ws.Pre;
  const style = el.getAttribute('style');
  if (style !== null) {
    const m = WHITE_SPACE.exec(style);
    if (m) {
      const v = m[1]!.toLowerCase();
      if (v === 'pre' || v === 'pre-wrap' || v === 'break-spaces') return Ws.Pre;
      if (v === 'pre-line') return Ws.PreLine;
      if (v === 'normal' || v === 'nowrap') return Ws.Normal;
    }
  }
  return inherited;
}

/** What an entered element changes, undone when the walk leaves it. */
interface Frame {
  el: Element;
  /** Required line break count before and after the element (0 for inline elements). */
  breaks: number;
  quote: boolean;
  ws: Ws;
  /** For a table row: the number of cells seen so far. */
  cells: number;
}

/** Builds the text of `root`'s subtree and its map back to the DOM. */
export function extractText(root: Element, opts: ExtractOptions = {}): TextMap {
  const isQuote = opts.isQuote;
  const skip = opts.skip;
  const b = new Builder(root);

  const frames: Frame[] = [];
  const enter = (el: Element): void => {
    const name = localName(el);
    const parent = frames[frames.length - 1];
    const breaks = PARAGRAPH_TAGS.has(name) ? 2 : BLOCK_TAGS.has(name) ? 1 : 0;
    const quote = isQuote !== undefined && isQuote(el);
    const frame: Frame = { el, breaks, quote, ws: whiteSpaceOf(el, parent ? parent.ws : Ws.Normal), cells: 0 };
    if ((name === 'td' || name === 'th') && parent && localName(parent.el) === 'tr') {
      // innerText separates the cells of a row by a tab.
      if (parent.cells > 0) b.virtualTab();
      parent.cells++;
    }
    // A quote is a line boundary even when it is an inline element: its lines carry the prefix.
    if (breaks > 0 || quote) b.requireBreaks(Math.max(breaks, 1));
    if (quote) b.depth++;
    frames.push(frame);
  };
  const leave = (): void => {
    const frame = frames.pop()!;
    if (frame.quote) b.depth--;
    if (frame.breaks > 0 || frame.quote) b.requireBreaks(Math.max(frame.breaks, 1));
  };

  enter(root);
  let node: Node | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === 3) {
      b.text(node as Text, frames[frames.length - 1]!.ws);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const name = localName(el);
      if (name === 'br') b.lineBreak();
      else if (!isDefaultSkipped(el) && !(skip !== undefined && skip(el))) {
        enter(el);
        descend = true;
      }
    }
    // Comments, processing instructions and other nodes contribute nothing.
    if (descend && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave();
    // Climb until a next sibling exists, leaving every element on the way.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave();
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return b.finish();
}

/**
 * Accumulates text pieces and segments. Line breaks are decided lazily: a block boundary only records
 * how many consecutive newlines must separate the content before it from the content after it, and a
 * collapsible space is only written when content follows it on the same line, as innerText does.
 */
class Builder {
  private readonly pieces: string[] = [];
  private readonly segments: TextSegment[] = [];
  private pos = 0;
  /** Some character has been written. */
  private started = false;
  /** Consecutive newlines at the end of what was written. */
  private newlines = 0;
  /** Newlines the next content must be preceded by (at least). */
  private pending = 0;
  /** The last written character is a collapsible space or tab. */
  private lastSpace = false;
  /** A collapsible space waiting for content on the same line: the DOM character it maps to. */
  private spaceNode: Text | null = null;
  private spaceOffset = 0;
  /** Quote nesting at the current position. */
  depth = 0;

  constructor(private readonly root: Element) {}

  requireBreaks(n: number): void {
    if (n > this.pending) this.pending = n;
    this.spaceNode = null;
  }

  /** `<br>`: ends the current line; at the start of a line it makes an empty line. */
  lineBreak(): void {
    this.spaceNode = null;
    // Leading line breaks carry nothing (an empty editor is a lone <br>): the text starts at its first character.
    if (!this.started) return;
    if (this.started && this.newlines === 0 && this.pending === 0) {
      // The line is open: close it. If nothing follows in this block, the block's own break covers it.
      this.pending = 1;
      return;
    }
    this.flushBreaks();
    this.virtual('\n');
    this.newlines++;
    this.lastSpace = true;
  }

  virtualTab(): void {
    this.spaceNode = null;
    this.beforeContent();
    this.virtual('\t');
    this.lastSpace = true;
  }

  text(node: Text, ws: Ws): void {
    const data = node.data;
    if (data.length === 0) return;
    if (ws === Ws.Pre) {
      this.preserved(node, data, 0, data.length);
      return;
    }
    if (ws === Ws.PreLine) {
      // Newlines are kept as real characters; spaces and tabs around them collapse.
      let from = 0;
      for (;;) {
        const nl = data.indexOf('\n', from);
        const end = nl < 0 ? data.length : nl;
        this.collapsed(node, data, from, end, SPACES_TABS);
        if (nl < 0) break;
        this.spaceNode = null;
        this.preserved(node, data, nl, nl + 1);
        from = nl + 1;
      }
      return;
    }
    this.collapsed(node, data, 0, data.length, COLLAPSIBLE);
  }

  /** Characters [from, to) of `node` with white space runs (as matched by `ws`) collapsed. */
  private collapsed(node: Text, data: string, from: number, to: number, ws: RegExp): void {
    ws.lastIndex = from;
    let i = from;
    while (i < to) {
      const m = ws.exec(data);
      const runStart = m === null || m.index >= to ? to : m.index;
      if (runStart > i) this.content(node, data, i, runStart);
      if (runStart >= to) break;
      const runEnd = Math.min(to, runStart + m![0].length);
      // A space is kept only between content on one line; it maps to the run's first character.
      if (!this.lastSpace && this.spaceNode === null && this.lineOpen()) {
        this.spaceNode = node;
        this.spaceOffset = runStart;
      }
      i = runEnd;
      ws.lastIndex = runEnd;
    }
  }

  /** Characters [from, to) of `node` kept exactly; newlines among them end lines. */
  private preserved(node: Text, data: string, from: number, to: number): void {
    let i = from;
    while (i < to) {
      const nl = data.indexOf('\n', i);
      const end = nl < 0 || nl >= to ? to : nl + 1;
      // The line's content, then its newline (a real character mapped to the node).
      const contentEnd = end > i && data.charCodeAt(end - 1) === 10 ? end - 1 : end;
      if (contentEnd > i) this.content(node, data, i, contentEnd);
      if (contentEnd < end) {
        this.beforeContent();
        this.real(node, contentEnd, '\n');
        this.newlines++;
        this.lastSpace = true;
      }
      i = end;
    }
  }

  /** Content characters [from, to) of `node` (no collapsible white space among them in normal mode). */
  private content(node: Text, data: string, from: number, to: number): void {
    this.beforeContent();
    let s = data.slice(from, to);
    if (s.indexOf('\u00a0') >= 0) s = s.replace(/\u00a0/g, ' ');
    this.real(node, from, s);
    const last = data.charCodeAt(to - 1);
    this.lastSpace = last === 32 || last === 9;
  }

  /** Writes the newlines, the pending space and the quote prefix that must precede content here. */
  private beforeContent(): void {
    if (this.spaceNode !== null) {
      const node = this.spaceNode;
      this.spaceNode = null;
      this.real(node, this.spaceOffset, ' ');
      this.lastSpace = true;
    }
    this.flushBreaks();
    if (this.depth > 0 && (this.newlines > 0 || !this.started)) {
      this.virtual('> '.repeat(this.depth));
      this.newlines = 0;
      this.lastSpace = true;
    }
  }

  private flushBreaks(): void {
    if (this.pending > 0) {
      if (this.started && this.pending > this.newlines) {
        this.virtual('\n'.repeat(this.pending - this.newlines));
        this.newlines = this.pending;
        this.lastSpace = true;
      }
      this.pending = 0;
    }
  }

  private lineOpen(): boolean {
    return this.started && this.newlines === 0 && this.pending === 0;
  }

  private virtual(s: string): void {
    this.pieces.push(s);
    this.pos += s.length;
    this.started = true;
  }

  private real(node: Text, offset: number, s: string): void {
    const start = this.pos;
    this.pieces.push(s);
    this.pos += s.length;
    this.started = true;
    this.newlines = 0;
    const last = this.segments[this.segments.length - 1];
    // Extend the previous segment when this run continues it in the same node.
    if (last !== undefined && last.node === node && last.end === start && last.offset + (last.end - last.start) === offset) {
      this.segments[this.segments.length - 1] = { start: last.start, end: this.pos, node, offset: last.offset };
    } else {
      this.segments.push({ start, end: this.pos, node, offset });
    }
  }

  finish(): TextMap {
    return { text: this.pieces.join(''), root: this.root, segments: this.segments };
  }
}

/** Index of the last segment whose start is <= `offset`, or -1. */
function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The DOM point of text character `index`, or null when the character is virtual or out of range. */
export function pointAt(map: TextMap, index: number): { node: Text; offset: number } | null {
  const i = segmentIndexAt(map.segments, index);
  const seg = i < 0 ? undefined : map.segments[i];
  if (seg === undefined || index >= seg.end) return null;
  return { node: seg.node, offset: seg.offset + (index - seg.start) };
}

/**
 * A Range over the real characters of text [start, end): virtual characters at the edges are clipped
 * away (inside, they are simply the DOM between two nodes). Null when the span holds no real character,
 * or when the DOM changed so that the map no longer fits it (extract again after a mutation).
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const segs = map.segments;
  const from = Math.max(0, start);
  const to = Math.min(map.text.length, end);
  if (from >= to || segs.length === 0) return null;
  // First segment ending after `from`.
  let a = segmentIndexAt(segs, from);
  if (a < 0 || segs[a]!.end <= from) a++;
  // Last segment starting before `to`.
  const z = segmentIndexAt(segs, to - 1);
  if (a >= segs.length || z < a) return null;
  const first = segs[a]!;
  const last = segs[z]!;
  const startOffset = first.offset + Math.max(0, from - first.start);
  const endOffset = last.offset + (Math.min(to, last.end) - last.start);
  // A map outlives the DOM it was built from (a live editor changes under it): a node that was removed
  // or shortened since makes the map stale, and a stale map gives no range rather than a wrong one.
  if (!isLive(map, first.node, startOffset) || !isLive(map, last.node, endOffset)) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, startOffset);
  range.setEnd(last.node, endOffset);
  return range;
}

function isLive(map: TextMap, node: Text, offset: number): boolean {
  return offset <= node.length && map.root.contains(node);
}

/** Per map: the index of each Text node's first segment (a node's segments are consecutive). */
const nodeIndex = new WeakMap<TextMap, Map<Text, number>>();

function firstSegmentOf(map: TextMap, node: Text): number | undefined {
  let index = nodeIndex.get(map);
  if (index === undefined) {
    index = new Map();
    map.segments.forEach((s, i) => {
      if (!index!.has(s.node)) index!.set(s.node, i);
    });
    nodeIndex.set(map, index);
  }
  return index.get(node);
}

/**
 * The text offset of a DOM point (a caret position, a selection end). A point inside a text node's
 * collapsed white space maps to the nearest kept character; a point in a node that contributes no text
 * (skipped, empty, or an element boundary) maps to the text offset of the nearest real character after
 * it, or the end of the text. Null when the point is outside the map's root.
 */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  if (!map.root.contains(node)) return null;
  const segs = map.segments;
  if (node.nodeType === 3) {
    const first = firstSegmentOf(map, node as Text);
    if (first !== undefined) {
      let i = first;
      // Walk this node's segments: few, one per collapsed white space run at most.
      while (i < segs.length && segs[i]!.node === node) {
        const s = segs[i]!;
        const len = s.end - s.start;
        if (offset < s.offset) return s.start;
        if (offset < s.offset + len) return s.start + (offset - s.offset);
        if (offset === s.offset + len) {
          // At a segment's end: if the node's next segment starts right here (virtual text such as a quote
          // prefix sits between them), the point is that segment's first character, else this one's end.
          const next = segs[i + 1];
          return next !== undefined && next.node === node && next.offset === offset ? next.start : s.end;
        }
        i++;
      }
      return segs[i - 1]!.end;
    }
  }
  // Find the first segment whose start lies at or after the point, by DOM order.
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  probe.setStart(node, Math.min(offset, maxOffset(node)));
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    // comparePoint: -1 when the segment's start is before the probe point.
    if (probe.comparePoint(s.node, s.offset) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < segs.length ? segs[lo]!.start : map.text.length;
}

function maxOffset(node: Node): number {
  return node.nodeType === 3 || node.nodeType === 4 || node.nodeType === 8 ? (node as CharacterData).length : node.childNodes.length;
}
