import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UiLang } from '@/lib/engine/types';
import type { TabReportReply } from '@/lib/messaging/protocol';
import { uiText } from '../i18n';
import { AgreedTab } from './AgreedTab';
import { FindingsTab } from './FindingsTab';
import { localName } from './format';
import { PanelHeader } from './PanelHeader';
import { locateFinding, panelKeys, refreshTab, useActiveDocument, useReportUpdates, useTabReport, useTargetTab } from './queries';
import { StateMessage } from './StateMessage';
import { Tabs } from './Tabs';

interface Props {
  lang: UiLang;
  /** The tab pinned by `?tab=<id>`, or null to follow the active tab. */
  pinnedTabId: number | null;
}

type View = 'findings' | 'agreed';

/** What a window without a tab to check (or a tab with nothing to report) shows: the unsupported-page state. */
const NOTHING: TabReportReply = { ok: true, site: null, route: null, items: [], unchecked: [], note: null, at: null };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The side panel: the container that fetches (react-query) and hands plain data to the tabs. */
export function PanelApp({ lang, pinnedTabId }: Props) {
  const t = uiText(lang);
  const client = useQueryClient();
  const [view, setView] = useState<View>('findings');

  const target = useTargetTab(pinnedTabId);
  const report = useTabReport(target.tabId);
  useReportUpdates();
  const active = useActiveDocument();

  const { tabId } = target;
  let data: TabReportReply | undefined;
  let error: string | null = null;
  if (target.error) error = message(target.error);
  else if (!target.pending && tabId === null) data = NOTHING;
  else {
    data = report.data;
    if (report.isError) error = message(report.error);
  }

  const doc = active.data?.doc;
  const markets = (doc?.markets ?? []).map((m) => ({ id: m.id, name: localName(m.name, lang, m.id) }));

  const onLocate = tabId === null ? undefined : (id: string) => locateFinding(tabId, id);
  const onRefresh =
    tabId === null
      ? undefined
      : async () => {
          await refreshTab(tabId);
          await client.invalidateQueries({ queryKey: panelKeys.report(tabId) });
        };

  return (
    <main className="panel">
      <PanelHeader t={t} summary={active.data?.summary} />
      <Tabs<View>
        label={t.panel.tabs}
        selected={view}
        onSelect={setView}
        tabs={[
          {
            key: 'findings',
            label: t.panel.findingsTab,
            panel: (
              <FindingsTab t={t} lang={lang} report={data} error={error} doc={active.data?.summary} markets={markets} onLocate={onLocate} onRefresh={onRefresh} />
            ),
          },
          {
            key: 'agreed',
            label: t.panel.agreedTab,
            panel: doc ? (
              <AgreedTab t={t} lang={lang} doc={doc} />
            ) : active.isError ? (
              <StateMessage name="doc-error" tone="error" role="alert" title={t.panel.docError}>
                <p>{message(active.error)}</p>
              </StateMessage>
            ) : (
              <StateMessage name="loading" title={t.panel.loading} />
            ),
          },
        ]}
      />
    </main>
  );
}
