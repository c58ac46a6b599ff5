import { useEffect } from 'react';
import { tabFromUrl } from '@/components/panel/env';
import { PanelApp } from '@/components/panel/PanelApp';
import { useUiLang } from '@/components/use-ui-lang';

const pinnedTabId = tabFromUrl(location.search);

/**
 * The side panel (Chrome `sidePanel`, Firefox `sidebar_action`); everything it shows lives in components/panel.
 * Its language is the setting's, else the browser's, and follows a change of the setting while it is open.
 */
export default function App() {
  const lang = useUiLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <PanelApp lang={lang} pinnedTabId={pinnedTabId} />;
}
