// The end-to-end test build (ACCORD_E2E=1, test/e2e) differs from a release build only in where
// its content scripts run and where it is written; a release build has neither change.
import type { Browser } from 'wxt/browser';
import type { UserConfig, Wxt } from 'wxt';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** wxt.config.ts as a build with (or without) ACCORD_E2E=1 reads it. */
async function configWith(e2e: boolean): Promise<UserConfig> {
  vi.stubEnv('ACCORD_E2E', e2e ? '1' : '');
  vi.resetModules();
  return (await import('../../wxt.config')).default;
}

type ManifestHook = (wxt: Wxt, manifest: Browser.runtime.Manifest) => void | Promise<void>;

function sampleManifest(): Browser.runtime.Manifest {
  return {
    manifest_version: 3,
    name: 'Accord',
    version: '0.0.0',
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/gmail.js'] }],
    web_accessible_resources: [{ resources: ['content-scripts/gmail.css'], matches: ['https://mail.google.com/*'] }],
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('e2e test build', () => {
  it('is off by default: release builds keep their output folder and their manifest', async () => {
    const config = await configWith(false);
    expect(config.outDirTemplate).toBeUndefined();
    expect(config.hooks).toBeUndefined();
  });

  it('with ACCORD_E2E=1, goes to .output/e2e/ and also runs on pages served from 127.0.0.1', async () => {
    const config = await configWith(true);
    expect(config.outDirTemplate).toBe('e2e/{{browser}}-mv{{manifestVersion}}');
    const hook = (config.hooks as Record<string, ManifestHook> | undefined)?.['build:manifestGenerated'];
    expect(hook).toBeTypeOf('function');

    const manifest = sampleManifest();
    await hook?.({} as Wxt, manifest);
    const both = ['https://mail.google.com/*', 'http://127.0.0.1/*'];
    expect(manifest.content_scripts?.map((script) => script.matches)).toEqual([both]);
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['content-scripts/gmail.css'], matches: both }]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toBeUndefined();
  });
});
