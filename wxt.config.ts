import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // WXT builds Firefox as MV2 by default; both browsers get MV3 so they share one code path.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Accord',
    description: 'Catches drift from the signed alignment document in briefs and partner emails.',
    // Minimal on purpose: checking runs locally and needs no host access of its own.
    permissions: ['storage'],
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
});
