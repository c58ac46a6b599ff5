// @vitest-environment happy-dom
// DOM text mapping: the text extractText builds (hand-written cases pin innerText-like behaviour and
// our documented departures), and the way back (rangeFor, offsetAt), by hand and as properties over
// random DOM trees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText, offsetAt, pointAt, rangeFor, type TextMap } from '../../lib/dom/text-map';

function dom(html: string): HTMLElement {
  const el = document.createElement('div');
  // Test markup only, never page text.
  el.innerHTML = html;
  return el;
}

const quoteClass = { isQuote: (el: Element) => el.classList.contains('q') };
const textOf = (html: string, opts = quoteClass) => extractText(dom(html), opts).text;

/** A real character's DOM text equals its text character, up to white space collapsing and NBSP. */
function sameChar(domChar: string, textChar: string): boolean {
  if (domChar === textChar) return true;
  return textChar === ' ' && /^[ \t\n\r\f\u00a0]$/.test(domChar);
}

/** Checks every real character of a map round-trips; returns how many were real. */
function checkRoundTrip(map: TextMap): number {
  let real = 0;
  for (let i = 0; i < map.text.length; i++) {
    const r = rangeFor(map, i, i + 1);
    const p = pointAt(map, i);
    expect(r === null).toBe(p === null);
    if (r === null || p === null) continue;
    real++;
    const s = r.toString();
    if (!sameChar(s, map.text[i]!)) throw new Error(`char ${i}: DOM ${JSON.stringify(s)} vs text ${JSON.stringify(map.text[i])} in ${JSON.stringify(map.text)}`);
    expect(offsetAt(map, p.node, p.offset)).toBe(i);
  }
  return real;
}

describe('extractText: the text', () => {
  it.each([
    ['collapses white space runs and trims line edges', '  hello   <b> world </b> !  ', 'hello world !'],
    ['puts blocks on their own lines', 'a<div>b</div>c', 'a\nb\nc'],
    ['separates paragraphs by a blank line', '<p>x</p><p>y</p>', 'x\n\ny'],
    ['separates headings by a blank line', '<h2>Title</h2><div>body</div>', 'Title\n\nbody'],
    ['turns <br> into a newline', 'a<br>b', 'a\nb'],
    ['keeps an empty line made of two <br>', 'a<br><br>b', 'a\n\nb'],
    ['adds no line for a <br> that ends a block', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['reads <div><br></div> as one empty line (contenteditable)', '<div>line</div><div><br></div><div>next</div>', 'line\n\nnext'],
    ['ignores <wbr>', 'long<wbr>word', 'longword'],
    ['separates table cells by a tab and rows by a newline', '<table><tr><td>a</td><td> b </td></tr><tr><td>c</td></tr></table>', 'a\tb\nc'],
    ['keeps white space inside <pre>', '<pre>  a\n  b</pre>after', '  a\n  b\nafter'],
    ['keeps newlines but collapses spaces for pre-line', '<div style="white-space: pre-line">a   b\n  c</div>', 'a b\nc'],
    ['reads NBSP as a space that never collapses', 'a&nbsp; b&nbsp;&nbsp;c', 'a  b  c'],
    ['skips script, style, template and hidden elements', 'a<script>x()</script><style>p{}</style><template>t</template><span hidden>h</span><div style="display: none">n</div><span style="color:red">b</span>', 'ab'],
    ['keeps aria-hidden text, which is visible', 'a <span aria-hidden="true">b</span>', 'a b'],
    ['skips form controls', 'to <input value="x"><textarea>y</textarea> me', 'to me'],
    ['prefixes quoted lines, nested quotes twice', 'x<blockquote class="q">one<br>two<blockquote class="q">deep</blockquote>three</blockquote>after', 'x\n> one\n> two\n> > deep\n> three\nafter'],
    ['leaves blank lines inside quotes unprefixed', '<blockquote class="q"><p>p1</p><p>p2</p></blockquote>', '> p1\n\n> p2'],
    ['treats an inline quote element as its own lines', 'a <span class="q">b</span> c', 'a\n> b\nc'],
    ['keeps emoji, combining marks and RTL text as they are', '<div>👍🏽 cafe\u0301</div><div dir="rtl">שלום עולם</div>', '👍🏽 cafe\u0301\nשלום עולם'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it('skips what opts.skip says, with its subtree', () => {
    const el = dom('keep <span data-accord-ui="badge">UI <b>text</b></span>this');
    expect(extractText(el, { skip: (e) => e.hasAttribute('data-accord-ui') }).text).toBe('keep this');
  });

  it('marks virtual characters: block newlines and quote prefixes map to no node', () => {
    const map = extractText(dom('<div>a</div><blockquote class="q">b</blockquote>'), quoteClass);
    expect(map.text).toBe('a\n> b');
    expect([0, 1, 2, 3, 4].map((i) => pointAt(map, i) !== null)).toEqual([true, false, false, false, true]);
  });

  it('keeps a compact segment list: one segment per text node when nothing collapses', () => {
    const map = extractText(dom('<div>one two three</div><div>four five</div>'));
    expect(map.segments).toHaveLength(2);
  });

  it('returns empty text for an empty or all-hidden element', () => {
    expect(extractText(dom('')).text).toBe('');
    expect(extractText(dom('<div hidden>x</div>  \n ')).text).toBe('');
    expect(rangeFor(extractText(dom('')), 0, 1)).toBeNull();
  });
});

describe('rangeFor and offsetAt', () => {
  const html = '<div>Hello <b>bold <i>nested</i></b> world</div><blockquote class="q"><div>quoted&nbsp;line</div></blockquote><div>end 🎉 ok</div>';

  it('round-trips every real character (hand-written tree)', () => {
    const map = extractText(dom(html), quoteClass);
    expect(map.text).toBe('Hello bold nested world\n> quoted line\nend 🎉 ok');
    expect(checkRoundTrip(map)).toBe(map.text.length - 4 /* "\n> " and "\n" are virtual */);
  });

  it('covers spans across text nodes and nested elements', () => {
    const map = extractText(dom(html), quoteClass);
    const start = map.text.indexOf('bold');
    const end = map.text.indexOf(' world') + ' world'.length;
    expect(rangeFor(map, start, end)!.toString()).toBe('bold nested world');
  });

  it('clips virtual characters at the edges and keeps the DOM between nodes inside', () => {
    const map = extractText(dom(html), quoteClass);
    const from = map.text.indexOf('world');
    const to = map.text.indexOf('quoted') + 'quoted'.length;
    expect(rangeFor(map, from, to)!.toString()).toBe('worldquoted');
    // Only virtual characters: "\n> ".
    const nl = map.text.indexOf('\n');
    expect(rangeFor(map, nl, nl + 3)).toBeNull();
    // Out of bounds and empty spans.
    expect(rangeFor(map, -5, 5)!.toString()).toBe('Hello');
    expect(rangeFor(map, 3, 3)).toBeNull();
    expect(rangeFor(map, map.text.length, map.text.length + 4)).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const map = extractText(dom('<div>a 😀 b</div>'));
    const i = map.text.indexOf('😀');
    expect(rangeFor(map, i, i + 2)!.toString()).toBe('😀');
  });

  it('maps a point inside collapsed white space to the nearest kept character', () => {
    const el = dom('<div>a     b</div>');
    const map = extractText(el);
    const node = el.querySelector('div')!.firstChild!;
    expect(map.text).toBe('a b');
    expect(offsetAt(map, node, 1)).toBe(1);
    expect(offsetAt(map, node, 3)).toBe(2);
    expect(offsetAt(map, node, 6)).toBe(2);
    expect(offsetAt(map, node, 7)).toBe(3);
  });

  it('maps element points and points in skipped nodes to the next real character', () => {
    const el = dom('<div>one</div><div hidden>gone</div><div>two</div>');
    const map = extractText(el);
    expect(map.text).toBe('one\ntwo');
    const [first, hidden, second] = Array.from(el.children);
    expect(offsetAt(map, el, 0)).toBe(0);
    expect(offsetAt(map, el, 1)).toBe(4);
    expect(offsetAt(map, hidden!.firstChild!, 2)).toBe(4);
    expect(offsetAt(map, second!, 0)).toBe(4);
    expect(offsetAt(map, first!, 1)).toBe(4);
    expect(offsetAt(map, el, 3)).toBe(map.text.length);
  });

  it('gives no range from a stale map: a node removed or shortened since extraction', () => {
    const el = dom('<div>first line</div><div>second line</div>');
    const map = extractText(el);
    const second = el.children[1]!;
    (second.firstChild as Text).data = 'sec';
    expect(rangeFor(map, 11, 17)).toBeNull();
    expect(rangeFor(map, 0, 5)!.toString()).toBe('first');
    el.firstElementChild!.remove();
    expect(rangeFor(map, 0, 5)).toBeNull();
  });

  it('returns null for a point outside the root', () => {
    const el = dom('<div>in</div>');
    const outside = document.createTextNode('out');
    expect(offsetAt(extractText(el), outside, 0)).toBeNull();
  });
});

describe('large and deep input', () => {
  it('extracts a 200k-character body in linear time', () => {
    const el = document.createElement('div');
    for (let i = 0; i < 4000; i++) {
      const d = document.createElement('div');
      d.append(`Paragraph ${i}: the US CAC target stays at thirty-five dollars,  and   `, Object.assign(document.createElement('b'), { textContent: 'bold' }), ' text.');
      el.append(d);
    }
    const t0 = performance.now();
    const map = extractText(el);
    const elapsed = performance.now() - t0;
    expect(map.text.length).toBeGreaterThan(200_000);
    // Generous: a quadratic build of 200k characters takes far longer on any machine.
    expect(elapsed).toBeLessThan(3_000);
    const i = map.text.indexOf('Paragraph 3999');
    expect(rangeFor(map, i, i + 14)!.toString()).toBe('Paragraph 3999');
  });

  it('handles nesting far deeper than the call stack allows for recursion', () => {
    const root = document.createElement('div');
    let cur: HTMLElement = root;
    for (let i = 0; i < 20_000; i++) {
      const next = document.createElement(i % 2 ? 'span' : 'div');
      cur.append(next);
      cur = next;
    }
    cur.append('deep');
    root.append('after');
    const map = extractText(root);
    expect(map.text).toBe('deep\nafter');
    expect(rangeFor(map, 0, 4)!.toString()).toBe('deep');
  });
});

// ---------------------------------------------------------------- property tests

type Tree = string | { tag: string; attrs?: Record<string, string>; children: Tree[] };

const TEXT_ALPHABET = ['a', 'b', 'Я', 'ж', ' ', ' ', '  ', '\n', '\t', '\u00a0', '😀', 'e\u0301', 'ש', 'ب', '.', ',', '>'];
const textArb = fc.array(fc.constantFrom(...TEXT_ALPHABET), { maxLength: 8 }).map((parts) => parts.join(''));

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.constantFrom<Tree>({ tag: 'br', children: [] }, { tag: 'wbr', children: [] }, { tag: 'hr', children: [] }),
    fc.record({
      tag: fc.constantFrom('div', 'p', 'span', 'b', 'i', 'blockquote', 'ul', 'li', 'h3', 'pre', 'section', 'a'),
      attrs: fc.constantFrom<Record<string, string>>({}, {}, { class: 'q' }, { hidden: '' }, { style: 'display:none' }, { 'data-skip': '' }, { dir: 'rtl' }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function build(tree: Tree, parent: Node): void {
  if (typeof tree === 'string') {
    if (tree) parent.appendChild(document.createTextNode(tree));
    return;
  }
  const el = document.createElement(tree.tag);
  for (const [k, v] of Object.entries(tree.attrs ?? {})) el.setAttribute(k, v);
  for (const c of tree.children) build(c, el);
  parent.appendChild(el);
}

const opts = { isQuote: (el: Element) => el.classList.contains('q'), skip: (el: Element) => el.hasAttribute('data-skip') };

describe('properties over random DOM trees', () => {
  it('every real character round-trips: rangeFor gives its DOM text, offsetAt gives its offset back', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 5 }), (trees) => {
        const root = document.createElement('div');
        for (const t of trees) build(t, root);
        const map = extractText(root, opts);
        checkRoundTrip(map);
      }),
      { numRuns: 400 },
    );
  });

  it('segments are sorted, disjoint, in bounds and match the text; virtual characters are only breaks, tabs and quote prefixes', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 5 }), (trees) => {
        const root = document.createElement('div');
        for (const t of trees) build(t, root);
        const map = extractText(root, opts);
        let prevEnd = 0;
        const real = new Array<boolean>(map.text.length).fill(false);
        for (const s of map.segments) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(map.text.length);
          expect(s.offset + (s.end - s.start)).toBeLessThanOrEqual(s.node.data.length);
          expect(root.contains(s.node)).toBe(true);
          for (let i = s.start; i < s.end; i++) real[i] = true;
          prevEnd = s.end;
        }
        for (let i = 0; i < map.text.length; i++) if (!real[i]) expect('\n\t> ').toContain(map.text[i]!);
        // Text of skipped or hidden elements never shows up: no segment lies inside one.
        for (const s of map.segments) expect(s.node.parentElement!.closest('[hidden], [data-skip], [style="display:none"]')).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('a span of real text maps to a range whose text is that span (modulo white space)', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (trees, a, b) => {
        const root = document.createElement('div');
        for (const t of trees) build(t, root);
        const map = extractText(root, opts);
        const seg = map.segments.length ? map.segments[a % map.segments.length]! : null;
        if (!seg) return;
        // Within one segment, the range text is the DOM text of those characters exactly.
        const len = seg.end - seg.start;
        const from = seg.start + (a % len);
        const to = from + 1 + (b % (seg.end - from));
        const r = rangeFor(map, from, to)!;
        const domText = r.toString();
        expect(domText).toBe(seg.node.data.slice(seg.offset + (from - seg.start), seg.offset + (to - seg.start)));
        expect(domText.replace(/[\s\u00a0]/g, ' ')).toBe(map.text.slice(from, to).replace(/\s/g, ' '));
      }),
      { numRuns: 300 },
    );
  });
});
