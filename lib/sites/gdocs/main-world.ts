/**
 * The main-world half of the Google Docs live route. A WXT content script with `world: 'MAIN'` and
 * `runAt: 'document_start'` calls `startMainWorldBridge(window, EXTENSION_ID)`; it runs in the page's
 * own JavaScript world, so it can see Docs' globals, and it talks to the isolated content script only
 * through the DOM events of ./bridge.ts.
 *
 * What Docs offers, as public code that uses it shows (see the report of this work for sources):
 * - `window._docs_annotate_canvas_by_ext = '<extension id>'`, set before Docs' scripts run, asks Docs
 *   to render an SVG layer of `rect[aria-label]` text runs over its canvas tiles (./canvas.ts) and to
 *   define `window._docs_annotate_getAnnotatedText`. Whether Docs still honours only allow-listed ids is
 *   disputed; this script works either way and says 'unavailable' when the hook never appears.
 * - `_docs_annotate_getAnnotatedText(…)` returns a promise of an object with `getText(): string` (the
 *   whole document, not just the rendered pages: ETX U+0003 first, `\n` between paragraphs, other
 *   control characters for section breaks and inline objects) and `getSelection()`: an array whose first
 *   entry has `start`/`end` (some builds: `anchor`/`focus`). The object is a snapshot taken at the call,
 *   so it is called afresh for every read and never cached.
 *
 * Never throws into the page (every entry point is guarded) and never logs: the text is the user's.
 */
import { encode, EVENT_REQUEST, EVENT_TEXT, MAX_TEXT_CHARS, type BridgeMessage } from './bridge';
import { queryFirst } from '../dom-query';
import { TEXT_EVENT_IFRAME } from './selectors';

export interface MainWorldOptions {
  /** How often the text is read while nothing else asks, in ms. Default 500. */
  pollMs?: number;
  /** How long to wait for Docs to define the hook before reporting 'unavailable', in ms. Default 5,000. */
  giveUpMs?: number;
}

/** The flag Docs reads at start-up and the hook it then defines, as seen from the page's window. */
interface DocsGlobals {
  _docs_annotate_canvas_by_ext?: unknown;
  _docs_annotate_getAnnotatedText?: unknown;
}

/** Control characters Docs uses between blocks (text start, sections, page/column breaks, soft line breaks). */
const BLOCK_CONTROLS = new Set([0x03, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e]);

/**
 * Docs' text with every C0 control character except tab and line feed replaced by one character, so
 * offsets (the selection's, the layer's alignment) stay valid: the ones that separate blocks by "\n",
 * the rest (inline objects and unknown markers) by a space. Everything else is left as Docs gave it.
 */
export function normalizeDocsText(raw: string): string {
  // Fast path: most of a document has no control characters but the leading ETX.
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000b-\u001f]/.test(raw)) return raw;
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u0008\u000b-\u001f]/g, (c) => (BLOCK_CONTROLS.has(c.charCodeAt(0)) ? '\n' : ' '));
}

/** A hook that never settles counts as failing after this long (a read in flight blocks the next ones). */
const HOOK_TIMEOUT_MS = 3_000;

/** `value` awaited, or a rejection after `ms`. */
function settleWithin(win: Window, value: unknown, ms: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = win.setTimeout(() => reject(new Error('timed out')), ms);
    Promise.resolve(value).then(
      (v) => {
        win.clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        win.clearTimeout(timer);
        reject(e instanceof Error ? e : new Error('rejected'));
      },
    );
  });
}

/** A finite integer offset from a selection field, or null. */
function offset(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** The first selection range of `getSelection()`'s answer, ordered and clamped to the text, or null. */
export function selectionOf(answer: unknown, length: number): { start: number; end: number } | null {
  const first: unknown = Array.isArray(answer) ? answer[0] : answer;
  if (!first || typeof first !== 'object') return null;
  const r = first as Record<string, unknown>;
  for (const [a, b] of [
    ['start', 'end'],
    ['anchor', 'focus'],
  ] as const) {
    const x = offset(r[a]);
    const y = offset(r[b]);
    if (x !== null && y !== null) return { start: Math.min(x, y, length), end: Math.min(Math.max(x, y), length) };
  }
  return null;
}

/**
 * Sets the annotate flag at once, then reads Docs' text on a poll, on typing and on request, and reports
 * it on `win.document` as EVENT_TEXT messages (only when text or selection changed). Returns a stop
 * function that removes every timer and listener (the flag stays: Docs has read it by then).
 */
export function startMainWorldBridge(win: Window, extensionId: string, opts: MainWorldOptions = {}): () => void {
  const pollMs = Math.max(10, opts.pollMs ?? 500);
  const giveUpMs = Math.max(0, opts.giveUpMs ?? 5_000);
  const globals = win as unknown as DocsGlobals;

  // First, before anything can fail: Docs reads the flag once, when its own scripts start. Another
  // extension's id already there is left alone (Docs renders the layer for it, which serves us too);
  // ours is never replaced by a borrowed one.
  try {
    const current = globals._docs_annotate_canvas_by_ext;
    if (extensionId && !(typeof current === 'string' && current.length > 0)) {
      globals._docs_annotate_canvas_by_ext = extensionId;
    }
  } catch {
    // A frozen window property: nothing more to do than report 'unavailable' later.
  }

  const startedAt = Date.now();
  let stopped = false;
  let seq = 0;
  let lastText: string | null = null;
  let lastSelection = '';
  /** The last report was 'unavailable' (and which), so it is not repeated on every poll. */
  let unavailable: string | null = null;
  let reading = false;
  let readAgain = false;
  let watchedFrameDoc: Document | null = null;

  const dispatch = (message: BridgeMessage): void => {
    try {
      const Ctor = (win as unknown as { CustomEvent: typeof CustomEvent }).CustomEvent;
      win.document.dispatchEvent(new Ctor(EVENT_TEXT, { detail: encode(message) }));
    } catch {
      // The document is gone (navigation); the next poll will not find it either.
    }
  };

  const reportUnavailable = (reason: string): void => {
    if (unavailable === reason) return;
    unavailable = reason;
    // After an outage the next good read is reported even if the text did not change.
    lastText = null;
    dispatch({ kind: 'unavailable', reason });
  };

  /** One read: the hook's snapshot → text and selection → an event when either changed. */
  const readOnce = async (): Promise<void> => {
    const hook = globals._docs_annotate_getAnnotatedText;
    if (typeof hook !== 'function') {
      if (Date.now() - startedAt >= giveUpMs) reportUnavailable('api-missing');
      return;
    }
    let raw: unknown;
    let selection: unknown;
    try {
      const annotated: unknown = await settleWithin(win, (hook as () => unknown).call(win), HOOK_TIMEOUT_MS);
      if (!annotated || typeof annotated !== 'object') throw new Error('no annotated text');
      const api = annotated as { getText?: unknown; getSelection?: unknown };
      if (typeof api.getText !== 'function') throw new Error('no getText');
      raw = (api.getText as () => unknown).call(api);
      if (typeof raw !== 'string') throw new Error('getText gave no string');
      try {
        selection = typeof api.getSelection === 'function' ? (api.getSelection as () => unknown).call(api) : null;
      } catch {
        selection = null; // The text is still good without a caret.
      }
    } catch {
      reportUnavailable('api-error');
      return;
    }
    if (stopped) return;
    if (raw.length > MAX_TEXT_CHARS) {
      reportUnavailable('too-large');
      return;
    }
    const text = normalizeDocsText(raw);
    const sel = selectionOf(selection, text.length);
    const selKey = sel ? `${sel.start}:${sel.end}` : '';
    if (text === lastText && selKey === lastSelection) return;
    lastText = text;
    lastSelection = selKey;
    unavailable = null;
    seq += 1;
    dispatch({ kind: 'text', text, selection: sel, seq });
  };

  /** Reads now, or once more right after the read in flight (reads never overlap; bursts coalesce). */
  const requestRead = (): void => {
    if (stopped) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    readOnce()
      .catch(() => undefined)
      .finally(() => {
        reading = false;
        if (readAgain && !stopped) {
          readAgain = false;
          requestRead();
        }
      });
  };

  const onTyping = (): void => requestRead();
  // A request is answered even when nothing changed: the content script asking may have missed the last text.
  const onRequest = (): void => {
    lastText = null;
    requestRead();
  };

  /** Docs (re)creates the keystroke iframe after start-up; follow it to its current document. */
  const watchFrame = (): void => {
    let doc: Document | null = null;
    try {
      const frame = queryFirst<HTMLIFrameElement>(win.document, TEXT_EVENT_IFRAME);
      doc = frame?.contentDocument ?? null;
    } catch {
      doc = null; // Cross-origin or sandboxed: typing there is caught by the poll instead.
    }
    if (doc === watchedFrameDoc) return;
    unwatchFrame();
    if (!doc) return;
    try {
      doc.addEventListener('input', onTyping, true);
      doc.addEventListener('keyup', onTyping, true);
      watchedFrameDoc = doc;
    } catch {
      watchedFrameDoc = null;
    }
  };

  const unwatchFrame = (): void => {
    if (!watchedFrameDoc) return;
    try {
      watchedFrameDoc.removeEventListener('input', onTyping, true);
      watchedFrameDoc.removeEventListener('keyup', onTyping, true);
    } catch {
      // Its window is gone.
    }
    watchedFrameDoc = null;
  };

  const tick = (): void => {
    try {
      watchFrame();
      requestRead();
    } catch {
      // Never into the page.
    }
  };

  let timer: number | null = null;
  try {
    win.document.addEventListener('input', onTyping, true);
    win.document.addEventListener('keyup', onTyping, true);
    win.document.addEventListener(EVENT_REQUEST, onRequest);
    timer = win.setInterval(tick, pollMs);
  } catch {
    // Without a document there is nothing to bridge.
  }

  return () => {
    if (stopped) return;
    stopped = true;
    try {
      if (timer !== null) win.clearInterval(timer);
      win.document.removeEventListener('input', onTyping, true);
      win.document.removeEventListener('keyup', onTyping, true);
      win.document.removeEventListener(EVENT_REQUEST, onRequest);
      unwatchFrame();
    } catch {
      // As above.
    }
  };
}
