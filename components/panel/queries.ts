import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { ask } from '@/lib/messaging/client';
import { protocol } from '@/lib/messaging/protocol';
import { readActiveDocument, watchActiveDocument } from '@/lib/storage/document';

/** How often the panel asks for the tab's report while it is visible. */
export const REPORT_INTERVAL_MS = 1_000;

export const panelKeys = {
  activeTab: ['panel', 'active-tab'] as const,
  report: (tabId: number) => ['panel', 'tab-report', tabId] as const,
  document: ['panel', 'document'] as const,
};

/**
 * The tab the panel speaks of: the one pinned by `?tab=`, else the active tab of the panel's window,
 * followed as the user switches tabs. Also re-asks for a tab's report as soon as the tab changes
 * (a navigation, a reload) rather than at the next tick.
 */
export function useTargetTab(pinned: number | null) {
  const client = useQueryClient();
  const active = useQuery({
    queryKey: panelKeys.activeTab,
    queryFn: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    enabled: pinned === null,
  });

  useEffect(() => {
    const onActivated = () => void client.invalidateQueries({ queryKey: panelKeys.activeTab });
    const onUpdated = (tabId: number) => void client.invalidateQueries({ queryKey: panelKeys.report(tabId) });
    if (pinned === null) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      if (pinned === null) browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [client, pinned]);

  if (pinned !== null) return { tabId: pinned, pending: false, error: null };
  return { tabId: active.data ?? null, pending: active.isPending, error: active.error };
}

/**
 * The background tells open panels when a tab's report changes (`report-updated`): ask again at once
 * rather than at the next poll. Other runtime messages (content scripts talking to the background) are
 * not for the panel; it never answers them.
 */
export function useReportUpdates() {
  const client = useQueryClient();
  useEffect(() => {
    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
      const event = protocol().PanelEvent.safeParse(raw);
      if (event.success) void client.invalidateQueries({ queryKey: panelKeys.report(event.data.tabId) });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [client]);
}

/** What the tab's content script last reported to the background, every second while the panel is visible. */
export function useTabReport(tabId: number | null) {
  return useQuery({
    queryKey: panelKeys.report(tabId ?? -1),
    queryFn: () => ask({ type: 'tab-report', tabId: tabId ?? -1 }, protocol().TabReportReply),
    enabled: tabId !== null,
    refetchInterval: REPORT_INTERVAL_MS,
    // Not while the panel is hidden (a collapsed sidebar, a background window).
    refetchIntervalInBackground: false,
    retry: 1,
    retryDelay: 250,
  });
}

/** The alignment document in force, read again whenever the stored one changes. */
export function useActiveDocument() {
  const client = useQueryClient();
  useEffect(() => watchActiveDocument(() => void client.invalidateQueries({ queryKey: panelKeys.document })), [client]);
  return useQuery({ queryKey: panelKeys.document, queryFn: readActiveDocument, staleTime: Infinity });
}

/** Shows a finding in the tab. */
export function locateFinding(tabId: number, id: string) {
  return ask({ type: 'locate', tabId, id }, protocol().OkReply);
}

/** Asks the tab for a fresh read of the saved version. */
export function refreshTab(tabId: number) {
  return ask({ type: 'refresh', tabId }, protocol().OkReply);
}
