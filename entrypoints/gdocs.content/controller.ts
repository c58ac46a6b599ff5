import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { uiText } from '@/components/i18n';
import { detectUiLang, readUiLang, watchUiLang } from '@/lib/ui-lang';
import type { UiLang } from '@/lib/engine/types';
import { createBoxOverlay, type BoxMark } from '@/lib/highlight/box-overlay';
import { ask } from '@/lib/messaging/client';
import { protocol, type CheckReply } from '@/lib/messaging/protocol';
import { decode, EVENT_REQUEST, EVENT_TEXT } from '@/lib/sites/gdocs/bridge';
import { hasAnnotatedLayer, mapCanvas, type CanvasMap } from '@/lib/sites/gdocs/canvas';
import { accountFromUrl, docIdFromUrl, fetchSavedText } from '@/lib/sites/gdocs/export';
import { EDITOR } from '@/lib/sites/gdocs/selectors';
import { queryFirst } from '@/lib/sites/dom-query';

/**
 * The Google Docs side of Accord. Two routes to the document's text:
 * - live: the main-world script (entrypoints/gdocs-main.content.ts) reads it through Docs' annotation
 *   hook and sends it here as DOM events, on every change; findings are drawn as boxes over the
 *   annotated canvas layer and reported to the side panel;
 * - saved: where the hook does not work, the document's last saved version, exported as Markdown from
 *   the same origin with the user's own session; findings then show in the side panel only.
 * The text goes to the background checker and nowhere else.
 */
export function startDocs(ctx: ContentScriptContext): () => void {
  // The UI language in force (the setting's, else the browser's): findings' messages in the side panel come
  // from the engine in the language each check asks for. Every check waits for the setting to be read.
  let lang: UiLang = detectUiLang();
  const docId = docIdFromUrl(location.href);
  // Not a document (a Docs home or template page): nothing to read.
  if (docId === null) return () => undefined;
  const langRead = readUiLang().then((l) => {
    lang = l;
  });
  const id: string = docId;
  const stream = `docs:${id}`;
  const overlay = createBoxOverlay<number>(document);
  let stopped = false;
  let route: 'live' | 'saved' | null = null;
  let note: string | null = null;
  let lastSeq = -1;
  /** The annotated layer changed (or scrolled) since the canvas was last mapped. */
  let layerChanged = true;
  /** The text being checked, and the newest one waiting for it: at most one check is in flight. */
  let inFlight: string | null = null;
  let waiting: string | null = null;
  /** The newest text to check (in flight, waiting or done): checked again in another UI language. */
  let lastText: string | null = null;

  function check(text: string): void {
    lastText = text;
    if (inFlight !== null) {
      waiting = text;
      return;
    }
    inFlight = text;
    // The background reports the findings to the side panel itself, as soon as they are known.
    const live = route === 'live' && hasAnnotatedLayer(document);
    const title = document.title.replace(/ - Google Docs$/, '').slice(0, 200);
    const report = { site: 'docs' as const, route, note, idPrefix: live ? 'docs#' : null };
    langRead
      .then(() => ask({ type: 'check', stream, text, uiLang: lang, report: { ...report, source: title || uiText(lang).source.document } }, protocol().CheckReply))
      .then((reply) => {
        if (!stopped) show(text, reply, live);
      })
      .catch((e: unknown) => {
        if (!stopped) console.warn(`[accord] check failed: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => {
        inFlight = null;
        const next = waiting;
        waiting = null;
        if (next !== null && !stopped) check(next);
      });
  }

  /** `live`: as decided when the check was sent, so the boxes and the report's locate ids agree. */
  function show(text: string, reply: CheckReply, live: boolean): void {
    // One map of the visible part of the canvas serves every finding until the layer changes or scrolls.
    layerChanged = true;
    let map: CanvasMap | null = null;
    const current = () => {
      if (!map || layerChanged) {
        map = mapCanvas(document, text, { visibleOnly: true });
        layerChanged = false;
      }
      return map;
    };
    overlay.set(live ? reply.findings.map((f, i): BoxMark<number> => ({ severity: f.severity, data: i, rects: () => current().rectsForRange(f.start, f.end) })) : []);
  }

  // ---------------------------------------------------------------------------------------------
  // Live route: text from the main world

  const onText = (e: Event) => {
    const message = decode((e as CustomEvent<unknown>).detail);
    if (!message || stopped) return;
    if (message.kind === 'unavailable') {
      if (route !== 'live') void readSaved(`live-unavailable:${message.reason}`);
      return;
    }
    if (message.seq <= lastSeq) return;
    lastSeq = message.seq;
    route = 'live';
    note = hasAnnotatedLayer(document) ? null : 'no-layer';
    check(message.text);
  };
  ctx.addEventListener(document, EVENT_TEXT as keyof DocumentEventMap, onText);

  // ---------------------------------------------------------------------------------------------
  // Saved route: the exported Markdown

  async function readSaved(why: string): Promise<void> {
    route = 'saved';
    note = why;
    const saved = await fetchSavedText((input, init) => fetch(input, init), location.origin, id, accountFromUrl(location.href));
    if (stopped) return;
    if (!saved.ok) {
      note = `unreadable:${saved.reason}`;
      void ask({ type: 'report', site: 'docs', route, items: [], unchecked: [], note }, protocol().OkReply).catch(() => undefined);
      return;
    }
    check(saved.text);
  }

  // ---------------------------------------------------------------------------------------------
  // Commands from the side panel

  const onCommand = (raw: unknown) => {
    const cmd = protocol().TabCommand.safeParse(raw);
    if (!cmd.success) return undefined;
    if (cmd.data.type === 'refresh') {
      if (route === 'saved') void readSaved(note ?? 'live-unavailable:api-missing');
      else document.dispatchEvent(new CustomEvent(EVENT_REQUEST, { detail: '' }));
      return Promise.resolve({ ok: true });
    }
    const index = Number(cmd.data.id.replace(/^docs#/, ''));
    const mark = overlay.marks().find((m) => m.data === index);
    if (!mark) return Promise.resolve({ ok: false, error: route === 'saved' ? 'the saved version cannot be pointed at in the page' : 'that finding is no longer in the document' });
    overlay.flash(mark, queryFirst(document, EDITOR));
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onCommand);

  // The canvas re-renders as the document scrolls or changes: boxes follow.
  const onLayerChange = () => {
    layerChanged = true;
    overlay.refresh();
  };
  const observer = new MutationObserver(onLayerChange);
  ctx.addEventListener(document, 'scroll', onLayerChange, { capture: true, passive: true });
  const editor = queryFirst(document, EDITOR);
  if (editor) observer.observe(editor, { childList: true, subtree: true, attributes: true, attributeFilter: ['transform', 'x', 'y'] });

  // Another UI language: the document is checked again, so that the side panel's findings come in it.
  const unwatchUiLang = watchUiLang((next) => {
    if (stopped || next === lang) return;
    lang = next;
    if (lastText !== null) check(lastText);
  });

  // Ask for a read now (the main world may have sent its first text before this script listened).
  document.dispatchEvent(new CustomEvent(EVENT_REQUEST, { detail: '' }));

  return () => {
    stopped = true;
    unwatchUiLang();
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onCommand);
    overlay.destroy();
    void ask({ type: 'report', site: 'docs', route, items: [], unchecked: [], note: null }, protocol().OkReply).catch(() => undefined);
  };
}
