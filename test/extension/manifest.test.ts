// The extension's shape as the browsers see it: the manifest WXT builds from wxt.config.ts, the
// icons it picks up from public/icon, and the fake browser that every other unit test relies on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigEnv, TargetBrowser, UserManifest } from 'wxt';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ICON_DIR = join(import.meta.dirname, '..', '..', 'public', 'icon');

async function manifestFor(browser: TargetBrowser): Promise<UserManifest> {
  const env: ConfigEnv = { browser, manifestVersion: 3, mode: 'production', command: 'build' };
  const manifest = config.manifest;
  return typeof manifest === 'function' ? manifest(env) : ((await manifest) ?? {});
}

/** Width and height from a PNG's IHDR chunk (https://www.w3.org/TR/png/#11IHDR). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest', () => {
  it('builds MV3 for every browser', () => {
    expect(config.manifestVersion).toBe(3);
  });

  it.each(['chrome', 'firefox'] as const)('asks %s for storage, a context menu and the active tab, and no host access up front', async (browser) => {
    const manifest = await manifestFor(browser);
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    // A team source's origin is asked for when the user adds it, one origin at a time, https only.
    expect((manifest as { optional_host_permissions?: string[] }).optional_host_permissions).toEqual(['https://*/*']);
  });

  it('pins the Chrome extension id with a key, and opens the side panel from a shortcut in both browsers', async () => {
    const chrome = await manifestFor('chrome');
    const firefox = await manifestFor('firefox');
    expect(typeof chrome.key).toBe('string');
    expect((firefox as { key?: unknown }).key).toBeUndefined();
    expect(Object.keys(chrome.commands ?? {})).toEqual(['open-side-panel']);
    expect(Object.keys(firefox.commands ?? {})).toEqual(['_execute_sidebar_action']);
  });

  it('gives Firefox a fixed add-on id and declares no data collection', async () => {
    const gecko = (await manifestFor('firefox')).browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('accord@accord.example');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('keeps Firefox-only keys out of the Chrome manifest', async () => {
    expect((await manifestFor('chrome')).browser_specific_settings).toBeUndefined();
  });
});

describe('icons', () => {
  // WXT finds public/icon/<size>.png by name and lists them in the manifest, so the name must be the size.
  it('has 16, 32, 48 and 128 px PNGs, each as large as its name says', () => {
    const files = readdirSync(ICON_DIR).filter((name) => name.endsWith('.png'));
    expect(files.map((name) => Number.parseInt(name, 10)).sort((a, b) => a - b)).toEqual([16, 32, 48, 128]);
    for (const name of files) {
      const size = Number.parseInt(name, 10);
      expect(pngSize(join(ICON_DIR, name)), name).toEqual({ width: size, height: size });
    }
  });
});

describe('fake browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('backs the auto-imported `browser` and `storage` in unit tests', async () => {
    await browser.storage.local.set({ probe: 1 });
    expect(await fakeBrowser.storage.local.get('probe')).toEqual({ probe: 1 });

    const item = storage.defineItem<number>('local:probe', { fallback: 0 });
    expect(await item.getValue()).toBe(1);
  });
});
