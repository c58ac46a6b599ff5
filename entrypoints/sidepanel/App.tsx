import { detectUiLang, tabFromUrl } from '@/components/panel/env';
import { PanelApp } from '@/components/panel/PanelApp';

const lang = detectUiLang();
const pinnedTabId = tabFromUrl(location.search);
document.documentElement.lang = lang;

/** The side panel (Chrome `sidePanel`, Firefox `sidebar_action`); everything it shows lives in components/panel. */
export default function App() {
  return <PanelApp lang={lang} pinnedTabId={pinnedTabId} />;
}
