// @vitest-environment happy-dom
// The main-world bridge against a fake page window: the flag first, text events only on change,
// 'unavailable' when the hook never comes or fails, typing and requests read at once, and nothing
// ever thrown into the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decode, EVENT_REQUEST, EVENT_TEXT, MAX_TEXT_CHARS, type BridgeMessage } from '../../../lib/sites/gdocs/bridge';
import { normalizeDocsText, selectionOf, startMainWorldBridge } from '../../../lib/sites/gdocs/main-world';

const ID = 'mbpdiljbjmekfjnhjbiehakkdmljdakc';

interface Page {
  win: Window;
  globals: Record<string, unknown>;
  doc: Document;
  messages: BridgeMessage[];
  /** The Docs model behind the fake hook. */
  model: { text: string; selection: unknown };
  /** How many times the hook was called. */
  calls: () => number;
  defineHook(impl?: () => unknown): void;
}

/** A page window: its own document, timers that go through the (faked) globals, and Docs' globals. */
function fakePage(): Page {
  const doc = document.implementation.createHTMLDocument('docs');
  const messages: BridgeMessage[] = [];
  doc.addEventListener(EVENT_TEXT, (e) => {
    const m = decode((e as CustomEvent).detail);
    if (m) messages.push(m);
  });
  const model = { text: '\u0003Brief\nA 45% discount.\n', selection: [{ start: 3, end: 3 }] as unknown };
  let calls = 0;
  const globals: Record<string, unknown> = {
    document: doc,
    CustomEvent,
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: number) => clearInterval(id),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  };
  return {
    win: globals as unknown as Window,
    globals,
    doc,
    messages,
    model,
    calls: () => calls,
    defineHook(impl) {
      globals._docs_annotate_getAnnotatedText = () => {
        calls++;
        if (impl) return impl();
        // A snapshot, as Docs' is.
        const text = model.text;
        const selection = model.selection;
        return Promise.resolve({ getText: () => text, getSelection: () => selection, setSelection: () => undefined });
      };
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the annotate flag', () => {
  it('is the first thing set on the window, before any other access', () => {
    const page = fakePage();
    const log: string[] = [];
    const spy = new Proxy(page.globals, {
      get(target, key, receiver) {
        log.push(`get ${String(key)}`);
        return Reflect.get(target, key, receiver) as unknown;
      },
      set(target, key, value, receiver) {
        log.push(`set ${String(key)}`);
        return Reflect.set(target, key, value, receiver);
      },
    });
    const stop = startMainWorldBridge(spy as unknown as Window, ID);
    // Reading the flag to see whether another extension set it is the only step before.
    expect(log.slice(0, 2)).toEqual(['get _docs_annotate_canvas_by_ext', 'set _docs_annotate_canvas_by_ext']);
    expect(page.globals._docs_annotate_canvas_by_ext).toBe(ID);
    stop();
  });

  it("leaves another extension's id in place", () => {
    const page = fakePage();
    page.globals._docs_annotate_canvas_by_ext = 'another-extension-id';
    startMainWorldBridge(page.win, ID)();
    expect(page.globals._docs_annotate_canvas_by_ext).toBe('another-extension-id');
  });

  it('sets nothing without an id', () => {
    const page = fakePage();
    startMainWorldBridge(page.win, '')();
    expect('_docs_annotate_canvas_by_ext' in page.globals).toBe(false);
  });
});

describe('text events', () => {
  it('reads once the hook appears, on the poll, with control characters made line breaks', async () => {
    const page = fakePage();
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 500, giveUpMs: 5_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(page.messages).toEqual([]);
    page.defineHook();
    await vi.advanceTimersByTimeAsync(500);
    expect(page.messages).toEqual([{ kind: 'text', text: '\nBrief\nA 45% discount.\n', selection: { start: 3, end: 3 }, seq: 1 }]);
    stop();
  });

  it('sends nothing while text and selection stay; a change of either is a new seq', async () => {
    const page = fakePage();
    page.defineHook();
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 500 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(page.messages.length).toBe(1);
    expect(page.calls()).toBeGreaterThanOrEqual(9); // it kept reading

    page.model.text = '\u0003Brief\nA 50% discount.\n';
    await vi.advanceTimersByTimeAsync(500);
    page.model.selection = [{ anchor: 9, focus: 4 }];
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(page.messages.map((m) => (m.kind === 'text' ? [m.seq, m.text.slice(9, 12), m.selection] : m))).toEqual([
      [1, '45%', { start: 3, end: 3 }],
      [2, '50%', { start: 3, end: 3 }],
      [3, '50%', { start: 4, end: 9 }],
    ]);
    stop();
  });

  it('reads at once on input and keyup in the page and in the keystroke iframe, and on request', async () => {
    const page = fakePage();
    page.defineHook();
    // A long poll: anything read below was read because of an event.
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(page.calls()).toBe(0);

    page.doc.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.messages.length).toBe(1);

    page.model.text = 'typed';
    page.doc.dispatchEvent(new Event('keyup'));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.messages.at(-1)).toMatchObject({ kind: 'text', text: 'typed', seq: 2 });

    page.model.text = 'requested';
    page.doc.dispatchEvent(new CustomEvent(EVENT_REQUEST, { detail: '' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.messages.at(-1)).toMatchObject({ text: 'requested', seq: 3 });

    // A request is answered even when nothing changed: a content script that started late missed the text.
    page.doc.dispatchEvent(new CustomEvent(EVENT_REQUEST, { detail: '' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.messages.at(-1)).toMatchObject({ text: 'requested', seq: 4 });

    // The iframe is found on a poll tick; its document's typing is heard from then on. (happy-dom logs
    // that it does not load the iframe's about:blank page; its contentDocument is given here instead.)
    const frameDoc = document.implementation.createHTMLDocument('frame');
    const frame = page.doc.createElement('iframe');
    frame.className = 'docs-texteventtarget-iframe';
    Object.defineProperty(frame, 'contentDocument', { value: frameDoc });
    page.doc.body.append(frame);
    await vi.advanceTimersByTimeAsync(60_000);
    const before = page.calls();
    page.model.text = 'typed in the iframe';
    frameDoc.body.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.calls()).toBe(before + 1);
    expect(page.messages.at(-1)).toMatchObject({ text: 'typed in the iframe' });
    stop();
  });

  it('coalesces a burst of typing into reads that never overlap', async () => {
    const page = fakePage();
    let resolveRead: (() => void) | null = null;
    page.defineHook(
      () =>
        new Promise((resolve) => {
          resolveRead = () => resolve({ getText: () => page.model.text, getSelection: () => null });
        }),
    );
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 60_000 });
    for (let i = 0; i < 20; i++) page.doc.dispatchEvent(new Event('input'));
    expect(page.calls()).toBe(1);
    resolveRead!();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.calls()).toBe(2); // one more read for everything typed meanwhile
    resolveRead!();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.calls()).toBe(2);
    expect(page.messages.length).toBe(1);
    stop();
  });

  it('stops: no timers, no listeners', async () => {
    const page = fakePage();
    page.defineHook();
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    stop();
    const calls = page.calls();
    page.model.text = 'changed';
    page.doc.dispatchEvent(new Event('input'));
    page.doc.dispatchEvent(new CustomEvent(EVENT_REQUEST));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(page.calls()).toBe(calls);
    expect(page.messages.length).toBe(1);
  });
});

describe('unavailable', () => {
  it("says 'api-missing' once the give-up time passes without the hook, once, and recovers when it comes", async () => {
    const page = fakePage();
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 500, giveUpMs: 5_000 });
    await vi.advanceTimersByTimeAsync(4_500);
    expect(page.messages).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(page.messages).toEqual([{ kind: 'unavailable', reason: 'api-missing' }]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(page.messages.length).toBe(1);
    page.defineHook();
    await vi.advanceTimersByTimeAsync(500);
    expect(page.messages.at(-1)).toMatchObject({ kind: 'text', seq: 1 });
    stop();
  });

  const failures: [string, () => unknown][] = [
    ['throws', () => {
      throw new Error('Docs internal error');
    }],
    ['rejects', () => Promise.reject(new Error('nope'))],
    ['resolves to nothing', () => Promise.resolve(undefined)],
    ['has no getText', () => Promise.resolve({ getSelection: () => [] })],
    ['getText throws', () => Promise.resolve({ getText: () => { throw new Error('x'); } })],
    ['getText gives no string', () => Promise.resolve({ getText: () => 42 })],
  ];

  it.each(failures)("says 'api-error' when the hook %s, once per outage, without throwing", async (_, impl) => {
    const page = fakePage();
    page.defineHook(impl);
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 500 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(page.messages).toEqual([{ kind: 'unavailable', reason: 'api-error' }]);
    // It recovers, and the text is sent even though nothing was sent before.
    page.defineHook();
    await vi.advanceTimersByTimeAsync(500);
    expect(page.messages.at(-1)).toMatchObject({ kind: 'text', seq: 1 });
    stop();
  });

  it("says 'api-error' when the hook never settles, and keeps reading", async () => {
    const page = fakePage();
    page.defineHook(() => new Promise(() => undefined));
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 500 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(page.messages).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(page.messages).toEqual([{ kind: 'unavailable', reason: 'api-error' }]);
    const calls = page.calls();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(page.calls()).toBeGreaterThan(calls);
    stop();
  });

  it("says 'too-large' for a text past the limit", async () => {
    const page = fakePage();
    page.model.text = 'a'.repeat(MAX_TEXT_CHARS + 1);
    page.defineHook();
    const stop = startMainWorldBridge(page.win, ID, { pollMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    expect(page.messages).toEqual([{ kind: 'unavailable', reason: 'too-large' }]);
    stop();
  });

  it('never throws into the page, even from a hostile window', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        set() {
          throw new Error('no');
        },
      },
    );
    expect(() => startMainWorldBridge(hostile as Window, ID)()).not.toThrow();
  });
});

describe('helpers', () => {
  it('normalizeDocsText keeps every offset', () => {
    const raw = '\u0003Title\nLine\u000bsoft\u001cnext section\u0008x\ttab\n';
    const text = normalizeDocsText(raw);
    expect(text.length).toBe(raw.length);
    expect(text).toBe('\nTitle\nLine\nsoft\nnext section x\ttab\n');
    const plain = 'no controls\n';
    expect(normalizeDocsText(plain)).toBe(plain);
  });

  it('selectionOf reads start/end or anchor/focus, orders and clamps', () => {
    expect(selectionOf([{ start: 2, end: 5 }], 10)).toEqual({ start: 2, end: 5 });
    expect(selectionOf([{ anchor: 7, focus: 3 }], 10)).toEqual({ start: 3, end: 7 });
    expect(selectionOf([{ start: 2, end: 50 }], 10)).toEqual({ start: 2, end: 10 });
    expect(selectionOf([], 10)).toBeNull();
    expect(selectionOf(null, 10)).toBeNull();
    expect(selectionOf([{ start: -1, end: 2 }], 10)).toBeNull();
    expect(selectionOf([{ start: '1', end: 2 }], 10)).toBeNull();
  });
});
