import { browser } from 'wxt/browser';
import type { DocSummary } from '@/lib/messaging/protocol';
import type { UiText } from '../i18n';

interface Props {
  t: UiText;
  summary: DocSummary | undefined;
}

/** "Accord", the document in force and its revision, and why the team's document is not in force when it is not. */
export function PanelHeader({ t, summary }: Props) {
  return (
    <header className="panel-header">
      {/* Laid out here rather than in panel.css, which this link's change does not own. */}
      <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 8 }}>
        <h1 className="brand">Accord</h1>
        <a className="report-link" style={{ fontSize: 12 }} href="/report.html" target="_blank" rel="noopener" data-testid="open-report" onClick={openReport}>
          {t.panel.report}
        </a>
      </div>
      {summary && (
        <p className="doc-line" data-testid="doc-title">
          <span className="doc-title">{summary.title}</span> <span className="rev">{t.panel.rev(summary.revision)}</span>
          {!summary.signed && (
            <>
              {' '}
              <span className="badge badge-stale" data-testid="unsigned-badge">
                {t.notSignedOff}
              </span>
            </>
          )}
        </p>
      )}
      {summary?.problem != null && (
        <div className="state state-error" role="alert" data-testid="state-doc-problem">
          <p className="state-title">{t.panel.docProblem}</p>
          <p className="state-body">{summary.problem}</p>
        </div>
      )}
    </header>
  );
}

/** The report opens in a tab of its own: a side panel's link would otherwise navigate the panel. */
function openReport(e: React.MouseEvent): void {
  e.preventDefault();
  void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
}
