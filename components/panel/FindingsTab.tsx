import { useState } from 'react';
import type { UiLang } from '@/lib/engine/types';
import type { TabReportReply } from '@/lib/messaging/protocol';
import type { UiText } from '../i18n';
import { FindingList } from './FindingList';
import { languageName } from './format';
import { filterByMarket } from './group';
import { MarketFilter } from './MarketFilter';
import { RouteNote } from './RouteNote';
import { StateMessage } from './StateMessage';

export interface FindingsTabProps {
  t: UiText;
  lang: UiLang;
  /** The tab's last report; undefined until the first one arrives. */
  report: TabReportReply | undefined;
  /** Why the background did not answer the last time it was asked, or null. */
  error: string | null;
  /** The document in force, for "No conflicts with <title> (rev. N)". */
  doc: { title: string; revision: number } | undefined;
  /** The document's markets, for the filter and for naming a finding's market. */
  markets: readonly { id: string; name: string }[];
  onLocate?: (id: string) => Promise<unknown>;
  onRefresh?: () => Promise<unknown>;
}

/**
 * The findings in the tab, or a designed state saying why there are none: loading, the background
 * not answering, a page Accord does not check, nothing in conflict, nothing for the chosen market.
 * Notes about the report (saved version, a selection, unchecked languages, the page's note) go above.
 */
export function FindingsTab({ t, lang, report, error, doc, markets, onLocate, onRefresh }: FindingsTabProps) {
  const [market, setMarket] = useState('');

  if (report === undefined) {
    if (error !== null) {
      return (
        <StateMessage name="error" tone="error" role="alert" title={t.panel.errorTitle}>
          <p>{t.panel.errorBody(error)}</p>
        </StateMessage>
      );
    }
    return <StateMessage name="loading" title={t.panel.loading} />;
  }

  const stale = error !== null && (
    <StateMessage name="stale" tone="warn" role="alert">
      <p>{t.panel.stale(error)}</p>
    </StateMessage>
  );

  if (report.site === null) {
    return (
      <>
        {stale}
        <StateMessage name="unsupported" title={t.panel.unsupportedTitle}>
          <p>{t.panel.unsupportedBody}</p>
        </StateMessage>
      </>
    );
  }

  const marketName = (id: string) => markets.find((m) => m.id === id)?.name ?? id;
  const shown = filterByMarket(report.items, market);

  let body;
  if (report.items.length === 0) {
    body = <StateMessage name="no-findings" tone="ok" title={doc ? t.panel.noFindings(doc.title, doc.revision) : t.noConflicts} />;
  } else if (shown.length === 0) {
    body = <StateMessage name="filtered-empty" title={t.panel.filteredEmpty(marketName(market), report.items.length)} />;
  } else {
    body = <FindingList t={t} items={shown} marketName={marketName} onLocate={onLocate} />;
  }

  return (
    <>
      {stale}
      <RouteNote t={t} route={report.route} onRefresh={onRefresh} />
      {report.note !== null && report.note.trim() !== '' && (
        <StateMessage name="note">
          <p>{t.panel.note(report.note)}</p>
        </StateMessage>
      )}
      {report.unchecked.length > 0 && (
        <StateMessage name="unchecked" tone="warn">
          {report.unchecked.map((u) => (
            <p key={u.lang}>{t.panel.unchecked(languageName(u.lang, lang, t.panel))}</p>
          ))}
        </StateMessage>
      )}
      {report.items.length > 0 && markets.length > 1 && <MarketFilter t={t} markets={markets} value={market} onChange={setMarket} />}
      {body}
    </>
  );
}
