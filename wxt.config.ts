import { defineConfig } from 'wxt';
import { MANIFEST_KEY } from './lib/extension-id';

/**
 * `ACCORD_E2E=1` makes the end-to-end test build (test/e2e): every content script also runs on
 * pages the tests serve from 127.0.0.1 (and may load its web-accessible resources there), and the
 * build goes to .output/e2e/ so it never replaces a release build. Release builds match only their
 * real sites.
 */
const E2E = process.env.ACCORD_E2E === '1';
/** Any port: match patterns without a port match every port. */
const E2E_PAGES = 'http://127.0.0.1/*';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // @wxt-dev/i18n builds locales/<lang>.yml into _locales/<lang>/messages.json, for what the browser draws
  // itself: `__MSG_name__` below, and the titles WXT takes from a page's `<meta name="manifest.title">`
  // (Firefox's sidebar). Accord's own pages and cards use components/i18n.ts.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // WXT builds Firefox as MV2 by default; both browsers get MV3 so they share one code path.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal on purpose: checking runs locally and needs no host access of its own. `contextMenus` and
    // `activeTab` serve "Check with Accord" on a selection, on any page, without broad host access.
    // `unlimitedStorage`: every revision of every document is kept (history, restore).
    // `alarms`: a document that follows a team's URL is asked again every half hour.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab'],
    // A document may follow a file on the team's server: only that URL's origin is requested, when the user adds it.
    optional_host_permissions: ['https://*/*'],
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_openSidePanel__' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_openSidePanel__' } },
    // The finding card's React, imported by the Gmail content script the first time a card opens.
    web_accessible_resources: [{ resources: ['gmail-card.js'], matches: ['https://mail.google.com/*'] }],
    // Pins the Chrome extension id (lib/extension-id.ts): the Docs main-world script names it to Docs.
    ...(browser !== 'firefox' && { key: MANIFEST_KEY }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Firefox MV3 needs a fixed id for browser.storage to work in temporary installs and tests.
          id: 'accord@accord.example',
          // Accord collects nothing: https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  ...(E2E && {
    outDirTemplate: 'e2e/{{browser}}-mv{{manifestVersion}}',
    hooks: {
      'build:manifestGenerated': (_wxt, manifest) => {
        const addE2ePages = (matches: string[] = []) => [...new Set([...matches, E2E_PAGES])];
        for (const script of manifest.content_scripts ?? []) script.matches = addE2ePages(script.matches);
        // What content scripts load into the page (a shadow-root UI's CSS) must be reachable there too.
        for (const resource of manifest.web_accessible_resources ?? []) {
          if (typeof resource === 'object') resource.matches = addE2ePages(resource.matches);
        }
      },
    },
  }),
});
