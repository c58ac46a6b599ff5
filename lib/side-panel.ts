/**
 * Opens Accord's side panel: Chrome's `sidePanel` (for a tab, else a window) or Firefox's sidebar.
 * Browsers allow it only in answer to a user's action (a click, a menu item, a shortcut), so callers
 * call it first, before awaiting anything. Rejects when the browser has no panel or refuses.
 */
interface PanelApis {
  chrome?: { sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

export async function openSidePanel(where: { tabId?: number; windowId?: number }): Promise<void> {
  const g = globalThis as PanelApis;
  if (g.chrome?.sidePanel) return g.chrome.sidePanel.open(where.tabId !== undefined ? { tabId: where.tabId } : { windowId: where.windowId });
  if (g.browser?.sidebarAction) return g.browser.sidebarAction.open();
  throw new Error('this browser has no side panel');
}
