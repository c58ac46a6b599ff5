import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { uiText } from '@/components/i18n';
import { protocol, type ErrorReply, type PanelEvent, type ReportRequest, type Request, type TabCommand } from '@/lib/messaging/protocol';
import { parseUiLangSetting, readUiLang, resolveUiLang, uiLangSettingItem, watchUiLang, type UiLangSetting } from '@/lib/ui-lang';
import { reportItem, uncheckedSummary } from '@/lib/messaging/report';
import { createCheckService, type CheckService } from '@/lib/service/check-service';
import { openSidePanel } from '@/lib/side-panel';
import { findingDirection } from '@/lib/drift/aggregate';
import { recordCheck, type DriftSite, type SourceKind } from '@/lib/drift/log';
import { shortHash } from '@/lib/drift/hash';
import type { Finding } from '@/lib/engine/types';
import { documentItem } from '@/lib/storage/items';
import { refreshTeamSources } from '@/lib/team-source';

/** The alarm that asks followed documents' team sources again, and how often. */
export const SOURCE_ALARM = 'accord-team-sources';
const SOURCE_PERIOD_MINUTES = 30;

/**
 * The background runs the checker for every tab: content scripts send the text of an email or a draft
 * and get findings back. Checking here keeps the engine's work off the page's main thread (Gmail never
 * sees a long task of ours) and keeps one compiled document for all tabs. Every message is parsed with
 * the protocol's zod schemas; anything else gets an error reply and nothing is done.
 */
export default defineBackground(() => {
  let service: Promise<CheckService> | null = null;
  const getService = () => (service ??= documentItem.getValue().then((stored) => createCheckService(stored)));
  // A new or edited document takes effect on the next check.
  documentItem.watch(() => {
    service = null;
  });

  /** What each tab last reported, for the side panel. */
  const reports = new Map<number, Omit<ReportRequest, 'type'> & { at: number }>();
  browser.tabs.onRemoved.addListener((tabId) => reports.delete(tabId));
  /** Keeps a tab's report, stamped now, and tells open panels. */
  const keepReport = (tabId: number, report: Omit<ReportRequest, 'type'>) => {
    reports.set(tabId, { ...report, at: Date.now() });
    notifyPanels(tabId);
  };

  async function handle(req: Request, sender: Browser.runtime.MessageSender): Promise<unknown> {
    switch (req.type) {
      case 'check': {
        const reply = (await getService()).check(req.stream, req.text, req.uiLang);
        const tabId = sender.tab?.id;
        if (req.report && tabId !== undefined) {
          const { site, route, source, note, idPrefix } = req.report;
          const items = reply.findings.map((f, i) => reportItem(f, source, idPrefix === null ? null : `${idPrefix}${i}`));
          // Notes are codes the panel writes in its language (components/i18n.ts, `note`), one per line.
          const notes = [note, reply.truncated ? 'truncated' : null].filter((n): n is string => n !== null);
          keepReport(tabId, { site, route, items, unchecked: uncheckedSummary(reply.unchecked), note: notes.length > 0 ? notes.join('\n') : null });
        }
        recordLater(req.stream, req.text, reply.findings, sender);
        return reply;
      }
      case 'report':
        if (sender.tab?.id === undefined) return fail('reports come from tabs');
        keepReport(sender.tab.id, { site: req.site, route: req.route, items: req.items, unchecked: req.unchecked, note: req.note });
        return { ok: true };
      case 'tab-report': {
        const r = reports.get(req.tabId);
        return { ok: true, site: r?.site ?? null, route: r?.route ?? null, items: r?.items ?? [], unchecked: r?.unchecked ?? [], note: r?.note ?? null, at: r?.at ?? null };
      }
      case 'locate':
        return relay(req.tabId, { type: 'locate', id: req.id });
      case 'refresh':
        return relay(req.tabId, { type: 'refresh' });
      case 'open-panel':
        return openPanel(sender.tab?.id, sender.tab?.windowId);
    }
  }

  // "Check with Accord" on selected text, on any page: the browser hands over the selection, so no host
  // access is needed; the findings go to the side panel as that tab's report. The item is titled in the
  // UI language in force and retitled when the setting changes (menus persist, so also at each start).
  browser.runtime.onInstalled.addListener(() => {
    void readUiLangSetting().then((setting) => browser.contextMenus.create({ id: MENU_CHECK_SELECTION, title: menuTitle(setting), contexts: ['selection'] }));
  });
  const retitleMenu = (setting: UiLangSetting) => {
    // Before the first install there is no item yet: it is made with the right title.
    Promise.resolve()
      .then(() => browser.contextMenus.update(MENU_CHECK_SELECTION, { title: menuTitle(setting) }))
      .catch(() => undefined);
  };
  void readUiLangSetting().then(retitleMenu);
  watchUiLang((_, setting) => retitleMenu(setting));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_CHECK_SELECTION || tab?.id === undefined || !info.selectionText) return;
    // First, while the click still counts as the user's: browsers open panels only then.
    void openPanel(tab.id, tab.windowId);
    const tabId = tab.id;
    const text = info.selectionText;
    void Promise.all([getService(), readUiLang()]).then(([service, uiLang]) => {
      // Findings' messages come from the engine in the UI language in force.
      const reply = service.check(`selection:${tabId}`, text, uiLang);
      recordLater(`selection:${tabId}`, text, reply.findings, { tab });
      const items = reply.findings.map((f) => reportItem(f, uiText(uiLang).source.selection, null));
      keepReport(tabId, { site: 'page', route: 'selection', items, unchecked: uncheckedSummary(reply.unchecked), note: null });
    });
  });

  // The keyboard shortcut (Firefox opens its sidebar itself with `_execute_sidebar_action`).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openPanel(tab?.id, tab?.windowId);
  });

  // Documents that follow a team's URL are asked again every half hour, also while no Accord page is open
  // (the options page asks more often while it is open). The alarm outlives this worker; it is made once.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SOURCE_ALARM) void readUiLang().then((lang) => refreshTeamSources({ lang }));
  });
  void browser.alarms.get(SOURCE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SOURCE_ALARM, { delayInMinutes: 1, periodInMinutes: SOURCE_PERIOD_MINUTES });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own contexts: content scripts and extension pages of this extension.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = protocol().Request.safeParse(raw);
    if (!parsed.success) return Promise.resolve(fail('malformed request'));
    return handle(parsed.data, sender).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
  });
});

/**
 * Notes a check in the drift log (lib/drift/log.ts), after the reply has gone: a task of its own, its
 * failures swallowed, so that the log never delays or breaks a check. What is recorded and as what:
 * a Gmail message (`gmail:msg:<id>`) is an email; a Gmail draft (`gmail:compose:<id>`) a draft, its key
 * made unique per page load (the content script numbers drafts from 1 on every load) by the sender's
 * document id where the browser gives one (Chrome), else its tab; a Google Doc (`docs:<id>`) a brief;
 * a context-menu selection a brief on a page, known by a hash of its text (the same selection checked
 * again counts once). Other streams are not recorded.
 */
function recordLater(stream: string, text: string, findings: Finding[], sender: { tab?: { id?: number }; documentId?: string }): void {
  setTimeout(() => {
    try {
      const source = driftSource(stream, text, sender);
      if (!source) return;
      void recordCheck({ ...source, findings, direction: findingDirection }).catch(() => undefined);
    } catch {
      // The drift log is an extra: a check never fails because of it.
    }
  }, 0);
}

function driftSource(
  stream: string,
  text: string,
  sender: { tab?: { id?: number }; documentId?: string },
): { site: DriftSite; sourceKind: SourceKind; sourceKey: string; streamKey?: string } | null {
  if (stream.startsWith('gmail:msg:')) return { site: 'gmail', sourceKind: 'email', sourceKey: stream };
  if (stream.startsWith('gmail:compose:')) {
    const page = sender.documentId ?? `tab-${sender.tab?.id ?? 'none'}`;
    return { site: 'gmail', sourceKind: 'draft', sourceKey: `${stream}@${page}`, streamKey: stream };
  }
  if (stream.startsWith('docs:')) return { site: 'docs', sourceKind: 'brief', sourceKey: stream };
  if (stream.startsWith('selection:')) return { site: 'page', sourceKind: 'brief', sourceKey: `selection:${shortHash(text.trim())}` };
  return null;
}

/** Passes a command to a tab's content script and its answer back; a tab without one answers with an error. */
async function relay(tabId: number, command: TabCommand): Promise<unknown> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, command);
    return answer ?? { ok: true };
  } catch {
    return fail('the page does not answer: reload it');
  }
}

const MENU_CHECK_SELECTION = 'accord-check-selection';

/**
 * The context menu item's title. While the setting follows the browser, the browser's own message
 * (locales/<lang>.yml through @wxt-dev/i18n, which falls back to English for other languages); a chosen
 * language overrides it, and `browser.i18n` cannot answer in another language, so that title comes from
 * the in-page dictionary (components/i18n.ts), which a test keeps equal to locales/.
 */
function menuTitle(setting: UiLangSetting): string {
  if (setting === 'auto') {
    try {
      const title = i18n.t('checkSelection');
      if (title) return title;
    } catch {
      // No browser message (a test's fake browser): the dictionary's, in the browser's language.
    }
  }
  return uiText(resolveUiLang(setting)).checkSelection;
}

async function readUiLangSetting(): Promise<UiLangSetting> {
  try {
    return parseUiLangSetting(await uiLangSettingItem.getValue());
  } catch {
    return 'auto';
  }
}

/** Tells open side panels that a tab's findings changed, so they need not wait for their next poll. */
function notifyPanels(tabId: number): void {
  const event: PanelEvent = { type: 'report-updated', tabId };
  // No panel open: nobody receives it, which is fine.
  browser.runtime.sendMessage(event).catch(() => undefined);
}

function fail(error: string): ErrorReply {
  return { ok: false, error };
}

/** Opens the side panel; browsers allow it only in answer to a user's click, which the card's button is. */
async function openPanel(tabId: number | undefined, windowId: number | undefined): Promise<unknown> {
  try {
    await openSidePanel({ tabId, windowId });
    return { ok: true };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}
