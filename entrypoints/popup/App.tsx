import { useEffect, useState } from 'react';
import { parseSiteSwitches, setSiteOn, siteSwitchesItem, SITE_IDS, type SiteId, type SiteSwitches } from '@/lib/storage/items';

const SITE_NAMES: Record<SiteId, string> = { gmail: 'Gmail', docs: 'Google Docs' };

/** The popup: which sites Accord checks. (The KPI lookup and the document status come with their own issue.) */
export default function App() {
  const [sites, setSites] = useState<SiteSwitches | null>(null);
  useEffect(() => {
    void siteSwitchesItem.getValue().then((v) => setSites(parseSiteSwitches(v)));
    return siteSwitchesItem.watch((v) => setSites(parseSiteSwitches(v)));
  }, []);

  return (
    <main style={{ width: 320, padding: 16, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>Accord</h1>
      <p style={{ margin: '0 0 12px', lineHeight: 1.4 }}>Accord checks briefs and emails against your alignment document, on this computer.</p>
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
