import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { uiText } from '@/components/i18n';
import type { Severity, UiLang } from '@/lib/engine/types';
import { ask } from '@/lib/messaging/client';
import { protocol, type ReportItem } from '@/lib/messaging/protocol';

const lang: UiLang = browser.i18n.getUILanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
const t = uiText(lang);
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLORS: Record<Severity, string> = { error: '#b91c1c', warning: '#b45309', info: '#1d4ed8' };

/**
 * The side panel: what the page in the active tab conflicts with, grouped by severity, each finding
 * naming what was agreed. The content scripts report their findings to the background; this reads them.
 */
export default function App() {
  const doc = useQuery({ queryKey: ['context'], queryFn: () => ask({ type: 'context' }, protocol().ContextReply) });
  const report = useQuery({
    queryKey: ['tab-report'],
    queryFn: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return { site: null, items: [] as ReportItem[] };
      return ask({ type: 'tab-report', tabId: tab.id }, protocol().TabReportReply);
    },
    refetchInterval: 1_500,
  });

  const items = report.data?.items ?? [];
  return (
    <main style={{ padding: 12, fontFamily: 'system-ui, sans-serif', fontSize: 13, lineHeight: 1.45, color: '#1f2937' }}>
      <h1 style={{ fontSize: 16, margin: '0 0 2px' }}>Accord</h1>
      {doc.data && (
        <p style={{ margin: '0 0 10px', color: '#6b7280' }}>
          {doc.data.doc.title} {t.withDoc(doc.data.doc.revision)}
        </p>
      )}
      {doc.data?.doc.problem && <p role="alert" style={{ color: COLORS.error }}>{doc.data.doc.problem}</p>}
      {report.isError && <p role="alert">{String(report.error)}</p>}
      {report.data && items.length === 0 && <p>{t.noConflicts}</p>}
      {SEVERITIES.map((sev) => {
        const group = items.filter((i) => i.severity === sev);
        if (group.length === 0) return null;
        return (
          <section key={sev} aria-label={t.severity[sev]}>
            <h2 style={{ fontSize: 13, color: COLORS[sev], margin: '12px 0 4px' }}>
              {t.severity[sev]} · {group.length}
            </h2>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {group.map((i, n) => (
                <li key={n} style={{ borderLeft: `3px solid ${COLORS[sev]}`, padding: '4px 8px', margin: '0 0 6px', background: '#fafafa' }}>
                  <div style={{ fontWeight: 600 }}>{i.message}</div>
                  <div>
                    <span style={{ color: '#6b7280' }}>{t.agreed}: </span>
                    {i.expected}
                  </div>
                  <div style={{ color: '#6b7280', fontSize: 12 }}>
                    {t.kind[i.kind][0]}
                    {i.market ? ` · ${i.market}` : ''} · {i.source}
                    {i.quoted ? ` · ${t.quoted}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
