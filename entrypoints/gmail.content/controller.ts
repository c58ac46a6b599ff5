import { browser } from 'wxt/browser';
import { detectUiLang, readUiLang, watchUiLang } from '@/lib/ui-lang';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CARD_SCRIPT_PATH, loadCardApi, type CardView } from '@/components/card-api';
import type { CardFinding } from '@/components/FindingCard';
import { uiText } from '@/components/i18n';
import { renderBadge, renderBanner } from '@/components/summary';
import { rangeFor, type TextMap } from '@/lib/dom/text-map';
import type { Finding, UiLang } from '@/lib/engine/types';
import { createHighlighter, UI_ATTR, type Mark } from '@/lib/highlight/highlighter';
import { ask } from '@/lib/messaging/client';
import { reportItem, uncheckedSummary } from '@/lib/messaging/report';
import { protocol, type CheckReply, type DocSummary, type ReportItem } from '@/lib/messaging/protocol';
import { composeText, findComposes, findMessages, isPartner, messageText } from '@/lib/sites/gmail/adapter';
import { addIntentional, dismiss, dismissalsItem, documentItem, findingKey, readDismissals } from '@/lib/storage/items';

/**
 * The Gmail side of Accord. One debounced MutationObserver notices opened messages and drafts; each is
 * a target whose text (as the adapter extracts it) goes to the background checker whenever it changes.
 * Findings come back with offsets into that text and become DOM ranges through the adapter's text map,
 * painted with the CSS Custom Highlight API: Gmail's DOM, and so what it sends, is never changed. A
 * banner above partner mail, a badge beside drafts and one card (hover or click on a highlight) are
 * React in shadow roots.
 */

/** Quiet time after the last DOM change before the page is read again. */
export const DEBOUNCE_MS = 200;
/** Longest stretch of reading the page in one task before yielding to Gmail. */
const SLICE_MS = 12;

interface ShownFinding {
  finding: Finding;
  card: CardFinding;
}

interface Target {
  key: string;
  kind: 'message' | 'compose';
  /** Where the banner or badge goes: before a message's body, after a draft's editor. */
  anchor: Element;
  /** Reads the current text and its map to the DOM. */
  read(): TextMap;
  subject: string | null;
  /** The sender's address, for messages. */
  sender: string | null;
  /** The text last sent for checking, and the answer for it. */
  sent: string | null;
  reply: CheckReply | null;
  map: TextMap | null;
  shown: ShownFinding[];
  marks: Mark<MarkData>[];
  ui: ShadowRootContentScriptUi<HTMLElement> | null;
  uiPending: boolean;
}

interface MarkData {
  target: string;
  index: number;
}

export function startGmail(ctx: ContentScriptContext): () => void {
  // The UI language in force: the setting's, else the browser's (read before the first check, below), and
  // followed when the setting changes. Findings' messages come from the engine in the language each
  // check asks for.
  let lang: UiLang = detectUiLang();
  let t = uiText(lang);
  const highlighter = createHighlighter<MarkData>(document);
  const targets = new Map<string, Target>();
  let dismissed: Record<string, string[]> = {};
  let stopped = false;
  let composing = false;
  let timer = 0;
  /** Counts scans: a slice of an older scan stops when a newer one has started. */
  let scans = 0;

  // ---------------------------------------------------------------------------------------------
  // Reading the page

  function schedule(delay = DEBOUNCE_MS): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = window.setTimeout(scan, delay);
  }

  function scan(): void {
    if (stopped) return;
    const seen = new Set<string>();
    const due: Target[] = [];
    for (const m of findMessages(document)) {
      const key = `msg:${m.id}`;
      seen.add(key);
      due.push(upsert(key, 'message', { anchor: m.body, read: () => messageText(m), subject: m.subject, sender: m.sender }));
    }
    for (const c of findComposes(document)) {
      const key = `compose:${c.id}`;
      seen.add(key);
      const target = upsert(key, 'compose', { anchor: c.editor, read: () => composeText(c), subject: c.subject, sender: null });
      // Words are not checked half-typed: an IME composition in progress waits for its end.
      if (!composing) due.push(target);
    }
    for (const [key, target] of targets) if (!seen.has(key)) drop(target);
    // Drafts first: the user is looking at what they type. Reading many long messages is spread over
    // several tasks, so that a long thread never blocks Gmail for more than a frame or so.
    due.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'compose' ? -1 : 1));
    const generation = ++scans;
    const work = () => {
      const started = performance.now();
      while (due.length > 0 && generation === scans && !stopped) {
        const target = due.shift()!;
        if (targets.get(target.key) === target) refresh(target);
        if (performance.now() - started > SLICE_MS && due.length > 0) {
          setTimeout(work, 0);
          return;
        }
      }
      report();
    };
    work();
  }

  /** The target under `key`, made or brought up to date with what the page shows now. */
  function upsert(key: string, kind: Target['kind'], now: Pick<Target, 'anchor' | 'read' | 'subject' | 'sender'>): Target {
    const known = targets.get(key);
    if (known) return Object.assign(known, now);
    const target: Target = { key, kind, ...now, sent: null, reply: null, map: null, shown: [], marks: [], ui: null, uiPending: false };
    targets.set(key, target);
    return target;
  }

  /** The highlight of a target's `index`-th shown finding, if it could be placed in the page. */
  function markOf(targetKey: string, index: number): Mark<MarkData> | undefined {
    return targets.get(targetKey)?.marks.find((m) => m.data.index === index);
  }

  /** Re-reads a target; asks for a check when its text changed, else re-maps the findings it has. */
  function refresh(target: Target): void {
    const map = target.read();
    if (map.text === target.sent) {
      // Same text; Gmail may have re-rendered the nodes under it, so the ranges are rebuilt.
      if (target.reply && !sameNodes(target.map, map)) apply(target, map, target.reply);
      return;
    }
    target.sent = map.text;
    if (map.text.trim() === '') {
      target.reply = null;
      apply(target, map, null);
      return;
    }
    const text = map.text;
    ask({ type: 'check', stream: `gmail:${target.key}`, text, uiLang: lang }, protocol().CheckReply)
      .then((reply) => {
        // A newer text was sent meanwhile: its answer will come.
        if (stopped || target.sent !== text || targets.get(target.key) !== target) return;
        target.reply = reply;
        // The page may have changed while the checker ran; ranges are taken from the map of the checked text.
        apply(target, map, reply);
        report();
      })
      .catch((e: unknown) => {
        // Never the text: only why the check failed.
        if (!stopped) console.warn(`[accord] check failed: ${e instanceof Error ? e.message : String(e)}`);
        target.sent = null;
      });
  }

  function apply(target: Target, map: TextMap, reply: CheckReply | null): void {
    target.map = map;
    const gone = new Set(dismissed[messageKey(target)] ?? []);
    target.shown = (reply?.findings ?? [])
      .filter((f) => !gone.has(findingKey(f)))
      .map((f) => ({ finding: f, card: toCard(f, reply!) }));
    target.marks = [];
    target.shown.forEach((s, index) => {
      const range = rangeFor(map, s.finding.start, s.finding.end);
      if (range) target.marks.push({ range, severity: s.finding.severity, quoted: s.finding.quoted, data: { target: target.key, index } });
    });
    highlighter.set(target.key, target.marks);
    renderSummary(target);
    if (card.open?.target === target.key) renderCard();
  }

  function toCard(f: Finding, reply: CheckReply): CardFinding {
    return {
      kind: f.kind,
      severity: f.severity,
      ruleId: f.ruleId,
      marketName: f.market ? (reply.doc.markets.find((m) => m.id === f.market)?.name ?? f.market) : null,
      message: f.message,
      actual: f.actual,
      expected: f.expected,
      quoted: f.quoted,
      source: reply.sources[f.ruleId] ?? null,
    };
  }

  function drop(target: Target): void {
    targets.delete(target.key);
    highlighter.clear(target.key);
    target.ui?.remove();
    if (card.open?.target === target.key) closeCard();
  }

  // ---------------------------------------------------------------------------------------------
  // Banner above partner mail, badge beside drafts

  function renderSummary(target: Target): void {
    const partner = target.kind === 'message' && target.reply !== null && isPartner([target.sender], partnerDomains(target.reply.doc));
    const wanted = target.kind === 'compose' ? target.reply !== null : partner && target.shown.length > 0;
    if (!wanted) {
      target.ui?.remove();
      target.ui = null;
      return;
    }
    const findings = target.shown.map((s) => s.finding);
    const revision = target.reply?.doc.revision ?? 0;
    const signed = target.reply?.doc.signed ?? true;
    const truncated = target.reply?.truncated === true;
    const draw = (container: HTMLElement) =>
      target.kind === 'compose'
        ? renderBadge(container, { t, findings, revision, signed, truncated, onReview: () => openCard(target.key, 0, true) })
        : renderBanner(container, { t, findings, revision, signed, truncated, onReview: () => openCard(target.key, 0, true), onOpenPanel: () => void openPanel() });
    if (target.ui?.mounted && target.ui.shadowHost.isConnected) {
      draw(target.ui.mounted);
      return;
    }
    if (target.uiPending) return;
    target.ui?.remove();
    target.uiPending = true;
    // The banner goes before the message body; the badge right after the editor, never inside it.
    void createShadowRootUi<HTMLElement>(ctx, {
      name: target.kind === 'compose' ? 'accord-badge' : 'accord-banner',
      position: 'inline',
      anchor: target.anchor,
      append: target.kind === 'compose' ? 'after' : 'before',
      onMount(container, _shadow, host) {
        host.setAttribute(UI_ATTR, target.kind === 'compose' ? 'badge' : 'banner');
        // Styled inside the shadow root: WXT resets the host itself with `all: initial !important`.
        if (target.kind === 'compose') Object.assign(container.style, { display: 'flex', justifyContent: 'flex-end', padding: '2px 8px' });
        return container;
      },
    }).then((ui) => {
      target.uiPending = false;
      if (stopped || targets.get(target.key) !== target) return;
      target.ui = ui;
      ui.mount();
      renderSummary(target);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The card

  const card: {
    open: { target: string; index: number; focus: boolean; pinned: boolean } | null;
    ui: ShadowRootContentScriptUi<HTMLElement> | null;
    view: CardView | null;
    returnFocus: Element | null;
  } = { open: null, ui: null, view: null, returnFocus: null };
  let hideTimer = 0;

  const cardUi = createShadowRootUi<HTMLElement>(ctx, {
    name: 'accord-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      host.setAttribute(UI_ATTR, 'card');
      // Positioned inside the shadow root: WXT resets the host itself with `all: initial !important`.
      Object.assign(container.style, { position: 'fixed', zIndex: '2147483600', top: '0', left: '0', display: 'none' });
      host.addEventListener('mouseenter', () => clearTimeout(hideTimer));
      host.addEventListener('mouseleave', () => {
        if (!card.open?.pinned) hideSoon();
      });
      return container;
    },
    onRemove() {
      card.view?.unmount();
      card.view = null;
    },
  }).then((ui) => {
    if (stopped) return null;
    ui.mount();
    card.ui = ui;
    return ui;
  });

  /** The card's React, loaded the first time a card opens. */
  let cardLoad: Promise<void> | null = null;
  function ensureCardView(): void {
    cardLoad ??= Promise.all([cardUi, loadCardApi(browser.runtime.getURL(CARD_SCRIPT_PATH))])
      .then(([ui, api]) => {
        if (stopped || !ui?.mounted) return;
        card.view = api.mount(ui.mounted);
        renderCard();
      })
      .catch((e: unknown) => {
        cardLoad = null;
        console.warn(`[accord] the card could not load: ${e instanceof Error ? e.message : String(e)}`);
      });
  }

  function openCard(targetKey: string, index: number, focus: boolean): void {
    clearTimeout(hideTimer);
    if (focus && !card.open) card.returnFocus = deepActiveElement();
    // Opened from the keyboard (banner, badge, previous/next): bring the flagged words into view first.
    if (focus) markOf(targetKey, index)?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    card.open = { target: targetKey, index, focus, pinned: focus || card.open?.pinned === true };
    renderCard();
  }

  function closeCard(): void {
    const back = card.open?.focus ? card.returnFocus : null;
    card.open = null;
    card.returnFocus = null;
    renderCard();
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  }

  function hideSoon(): void {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(closeCard, 400);
  }

  function renderCard(): void {
    const open = card.open;
    const target = open ? targets.get(open.target) : undefined;
    const shown = target?.shown[open?.index ?? -1];
    if (open && !card.view) {
      ensureCardView();
      return;
    }
    const ui = card.ui;
    const view = card.view;
    if (!ui || !view) return;
    const host = ui.uiContainer;
    if (!open || !target || !shown) {
      if (open) card.open = null;
      host.style.display = 'none';
      view.render(null);
      return;
    }
    host.style.display = 'block';
    placeCard(host, markOf(target.key, open.index)?.range ?? null);
    view.render({
        t,
        finding: shown.card,
        index: open.index,
        total: target.shown.length,
        autoFocus: open.focus,
        onStep: (d) => openCard(target.key, (open.index + d + target.shown.length) % target.shown.length, open.focus),
        onClose: closeCard,
        onOpenPanel: openPanel,
        onDismiss: () => {
          const key = messageKey(target);
          (dismissed[key] ??= []).push(findingKey(shown.finding));
          void dismiss(key, findingKey(shown.finding));
          closeCard();
          if (target.map && target.reply) apply(target, target.map, target.reply);
          report();
        },
        onIntentional: (note) =>
          addIntentional({
            id: crypto.randomUUID(),
            at: new Date().toISOString(),
            site: 'gmail',
            where: messageKey(target),
            subject: target.subject,
            kind: shown.finding.kind,
            severity: shown.finding.severity,
            ruleId: shown.finding.ruleId,
            market: shown.finding.market,
            actual: shown.finding.actual,
            expected: shown.finding.expected,
            revision: shown.finding.revision,
            note,
          }),
    });
  }

  /** Below the flagged words when there is room, else above; kept inside the viewport. */
  function placeCard(host: HTMLElement, range: Range | null): void {
    const r = range?.getBoundingClientRect();
    const width = Math.min(340, window.innerWidth - 24);
    const left = Math.max(12, Math.min((r?.left ?? 12), window.innerWidth - width - 12));
    const below = (r?.bottom ?? 12) + 6;
    host.style.left = `${left}px`;
    host.style.top = `${below}px`;
    requestAnimationFrame(() => {
      const h = host.getBoundingClientRect().height;
      if (r && below + h > window.innerHeight - 8 && r.top - h - 6 > 8) host.style.top = `${r.top - h - 6}px`;
    });
  }

  async function openPanel(): Promise<boolean> {
    try {
      await ask({ type: 'open-panel' }, protocol().OkReply);
      return true;
    } catch {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pointer and keyboard

  let moveFrame = 0;
  let lastMove: { x: number; y: number } | null = null;
  function onMouseMove(e: MouseEvent): void {
    lastMove = { x: e.clientX, y: e.clientY };
    if (moveFrame) return;
    moveFrame = requestAnimationFrame(() => {
      moveFrame = 0;
      if (!lastMove) return;
      const hit = highlighter.hitTest(lastMove.x, lastMove.y);
      if (hit) {
        clearTimeout(hideTimer);
        const o = card.open;
        if (!o || o.target !== hit.data.target || o.index !== hit.data.index) {
          if (!o?.pinned) openCard(hit.data.target, hit.data.index, false);
        }
      } else if (card.open && !card.open.pinned) {
        hideSoon();
      }
    });
  }

  function onClick(e: MouseEvent): void {
    if (isOurs(e.target)) return;
    const hit = highlighter.hitTest(e.clientX, e.clientY);
    if (hit) {
      // Opened and kept open, without taking the caret from an editor the user is typing in.
      card.open = { target: hit.data.target, index: hit.data.index, focus: false, pinned: true };
      renderCard();
    } else if (card.open) {
      closeCard();
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && card.open) {
      closeCard();
    }
  }

  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    schedule();
  };

  // ---------------------------------------------------------------------------------------------
  // Wiring

  const observer = new MutationObserver((records) => {
    // Accord's own banners, badges and card change the DOM too; those changes alone are not news.
    if (records.every(isOwnChange)) return;
    schedule();
    highlighter.refresh();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(document, 'mousemove', onMouseMove, { passive: true });
  ctx.addEventListener(document, 'click', onClick, { capture: true });
  ctx.addEventListener(document, 'keydown', onKeyDown, { capture: true });
  ctx.addEventListener(document, 'compositionstart', onCompositionStart, { capture: true });
  ctx.addEventListener(document, 'compositionend', onCompositionEnd, { capture: true });
  const unwatchDismissed = dismissalsItem.watch(() => {
    void readDismissals().then((d) => {
      dismissed = d;
      for (const target of targets.values()) if (target.map && target.reply) apply(target, target.map, target.reply);
    });
  });

  // The side panel's "locate": scroll to the finding and open its card.
  const onCommand = (raw: unknown) => {
    const cmd = protocol().TabCommand.safeParse(raw);
    if (!cmd.success || cmd.data.type !== 'locate') return undefined;
    const [key, index] = splitId(cmd.data.id);
    const mark = key === null ? undefined : markOf(key, index);
    if (key === null || !mark) return Promise.resolve({ ok: false, error: 'that finding is no longer on the page' });
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    card.open = { target: key, index, focus: false, pinned: true };
    renderCard();
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onCommand);

  // A new or edited alignment document: everything is checked again.
  const unwatchDocument = documentItem.watch(() => {
    for (const target of targets.values()) target.sent = null;
    schedule(0);
  });

  // Another UI language: banners, badges and an open card are redrawn in it at once, and everything is
  // checked again so that the findings' messages come in it too.
  const unwatchUiLang = watchUiLang((next) => {
    if (stopped || next === lang) return;
    useLang(next);
    for (const target of targets.values()) {
      target.sent = null;
      renderSummary(target);
    }
    renderCard();
    schedule(0);
  });

  function useLang(next: UiLang): void {
    lang = next;
    t = uiText(next);
  }


  // ---------------------------------------------------------------------------------------------
  // The side panel's view of this tab

  let reportTimer = 0;
  /** Whether this page ever had a message or draft: a page that never had one reports nothing. */
  let reported = false;
  function report(): void {
    if (targets.size === 0 && !reported) return;
    reported = true;
    clearTimeout(reportTimer);
    reportTimer = window.setTimeout(() => {
      const items: ReportItem[] = [];
      for (const target of targets.values()) {
        const source = target.kind === 'compose' ? t.source.draft(target.subject) : (target.subject ?? t.source.message);
        for (const [index, s] of target.shown.entries()) items.push(reportItem(s.finding, source, `${target.key}#${index}`));
      }
      const unchecked = uncheckedSummary([...targets.values()].flatMap((target) => target.reply?.unchecked ?? []));
      void ask({ type: 'report', site: 'gmail', route: 'live', items: items.slice(0, 2000), unchecked, note: null }, protocol().OkReply).catch(() => undefined);
    }, 300);
  }

  // The first read happens as soon as the dismissals and the UI language are known; later ones after the page settles.
  void Promise.all([
    readDismissals().then((d) => {
      dismissed = d;
    }),
    readUiLang().then(useLang),
  ]).finally(scan);

  return () => {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(hideTimer);
    clearTimeout(reportTimer);
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onCommand);
    unwatchDismissed();
    unwatchDocument();
    unwatchUiLang();
    for (const target of targets.values()) target.ui?.remove();
    targets.clear();
    highlighter.destroy();
    void cardUi.then((ui) => ui?.remove());
    void ask({ type: 'report', site: 'gmail', route: 'live', items: [], unchecked: [], note: null }, protocol().OkReply).catch(() => undefined);
  };
}

/** The focused element, inside shadow roots too (a banner's button, not the banner's host). */
function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** `msg:abc#2` → [`msg:abc`, 2]. */
function splitId(id: string): [string | null, number] {
  const at = id.lastIndexOf('#');
  return at < 0 ? [null, -1] : [id.slice(0, at), Number(id.slice(at + 1))];
}

function messageKey(target: Target): string {
  return `gmail:${target.key}`;
}

function isOurs(node: EventTarget | Node | null): boolean {
  if (!(node instanceof Node)) return false;
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest(`[${UI_ATTR}]`) != null;
}

/** A change inside Accord's UI, or one that only adds or removes Accord's UI. */
function isOwnChange(r: MutationRecord): boolean {
  if (isOurs(r.target)) return true;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return r.type === 'childList' && nodes.length > 0 && nodes.every(isOurs);
}

function sameNodes(a: TextMap | null, b: TextMap): boolean {
  if (!a || a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, i) => s.node === b.segments[i]!.node && s.offset === b.segments[i]!.offset);
}

/** Domains of the other side: every party but the one the signed-in account belongs to. */
function partnerDomains(doc: DocSummary): string[] {
  const account = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/.exec(document.title)?.[1]?.toLowerCase();
  const own = account ? doc.parties.find((p) => p.domains.some((d) => account === d.toLowerCase() || account.endsWith(`.${d.toLowerCase()}`))) : undefined;
  return doc.parties.filter((p) => p !== own).flatMap((p) => p.domains);
}
