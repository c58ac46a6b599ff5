import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openSidePanel } from '@/lib/side-panel';
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
      <button type="button" onClick={() => openPanel(windowId)} style={{ marginBottom: 12 }}>
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

/** Opens the side panel, then closes the popup; a refusal (no window known yet) leaves the popup open. */
function openPanel(windowId: number | undefined): void {
  void openSidePanel({ windowId }).then(
    () => window.close(),
    () => undefined,
  );
}
