import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseSiteSwitches, setSiteOn, siteSwitchesItem, SITE_IDS, type SiteId, type SiteSwitches } from '@/lib/storage/items';

const SITE_NAMES: Record<SiteId, string> = { gmail: 'Gmail', docs: 'Google Docs' };

/** The popup: which sites Accord checks. (The KPI lookup and the document status come with their own issue.) */
export default function App() {
  const [sites, setSites] = useState<SiteSwitches | null>(null);
  // Known before the click: the side panel opens only inside the click itself, with no await before it.
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  useEffect(() => {
    void siteSwitchesItem.getValue().then((v) => setSites(parseSiteSwitches(v)));
    return siteSwitchesItem.watch((v) => setSites(parseSiteSwitches(v)));
  }, []);

  return (
    <main style={{ width: 320, padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>Accord</h1>
      <p style={{ margin: '0 0 12px', lineHeight: 1.4 }}>Accord checks briefs and emails against your alignment document, on this computer.</p>
      <button type="button" onClick={() => openSidePanel(windowId)} style={{ marginBottom: 12 }}>
        Open side panel
      </button>
      <fieldset style={{ border: '1px solid #e5e7eb', borderRadius: 6, padding: '6px 10px' }}>
        <legend>Check on</legend>
        {SITE_IDS.map((site) => (
          <label key={site} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '3px 0' }}>
            <input
              type="checkbox"
              name={`site-${site}`}
              checked={sites?.[site] ?? true}
              disabled={!sites}
              onChange={(e) => void setSiteOn(site, e.currentTarget.checked)}
            />
            {SITE_NAMES[site]}
          </label>
        ))}
      </fieldset>
    </main>
  );
}

interface PanelApis {
  chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

function openSidePanel(windowId: number | undefined): void {
  const g = globalThis as PanelApis;
  if (g.chrome?.sidePanel && windowId !== undefined) void g.chrome.sidePanel.open({ windowId }).then(() => window.close());
  else if (g.browser?.sidebarAction) void g.browser.sidebarAction.open().then(() => window.close());
}
