import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DocLine } from '@/components/popup/DocLine';
import { KpiLookup } from '@/components/popup/KpiLookup';
import { POPUP_TEXT } from '@/components/popup/text';
import { useLookupDoc } from '@/components/popup/use-lookup-doc';
import { useUiLang } from '@/components/use-ui-lang';
import { openSidePanel } from '@/lib/side-panel';
import { parseSiteSwitches, setSiteOn, siteSwitchesItem, SITE_IDS, type SiteId, type SiteSwitches } from '@/lib/storage/items';

const SITE_NAMES: Record<SiteId, string> = { gmail: 'Gmail', docs: 'Google Docs' };

/** The popup: the quick KPI lookup on top, then the side panel button and which sites Accord checks. */
export default function App() {
  const lang = useUiLang();
  const t = POPUP_TEXT[lang];
  const source = useLookupDoc();
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
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <main className="popup">
      <header>
        <h1>Accord</h1>
        <DocLine t={t} source={source} />
      </header>
      <KpiLookup t={t} lang={lang} source={source} />
      <p className="muted small intro">{t.intro}</p>
      <button type="button" onClick={() => openPanel(windowId)}>
        {t.openPanel}
      </button>
      <button type="button" data-testid="open-report" onClick={openReport}>
        {t.report}
      </button>
      <fieldset className="sites">
        <legend>{t.checkOn}</legend>
        {SITE_IDS.map((site) => (
          <label key={site}>
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

/** Opens the weekly check-in report in a new tab; the popup closes as the tab takes focus. */
function openReport(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
}

/** Opens the side panel, then closes the popup; a refusal (no window known yet) leaves the popup open. */
function openPanel(windowId: number | undefined): void {
  void openSidePanel({ windowId }).then(
    () => window.close(),
    () => undefined,
  );
}
