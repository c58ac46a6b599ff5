// @vitest-environment happy-dom
// What the browser draws itself is localized through @wxt-dev/i18n: the manifest names messages
// (`__MSG_name__`) that locales/<lang>.yml define, and the build writes them to
// _locales/<lang>/messages.json. Checked on wxt.config.ts and the locale files, without a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import type { ConfigEnv, TargetBrowser, UserManifest } from 'wxt';
import { describe, expect, it } from 'vitest';
import { uiText } from '../components/i18n';
import config from '../wxt.config';

const LOCALES = join(import.meta.dirname, '..', 'locales');
const LANGS = ['en', 'ru'] as const;

async function messages(lang: string): Promise<Map<string, string>> {
  const parsed = await parseMessagesFile(join(LOCALES, `${lang}.yml`));
  return new Map(parsed.map((m) => [m.key.join('_'), m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message]));
}

async function manifestFor(browser: TargetBrowser): Promise<UserManifest> {
  const env: ConfigEnv = { browser, manifestVersion: 3, mode: 'production', command: 'build' };
  const manifest = config.manifest;
  return typeof manifest === 'function' ? manifest(env) : ((await manifest) ?? {});
}

/** Every `__MSG_name__` in a manifest, by name. */
function messageNames(manifest: unknown): string[] {
  return [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
}

/** The `<meta name="manifest.title">` of an entrypoint's page, which WXT makes that entrypoint's title in the manifest. */
function manifestTitle(page: string): string | undefined {
  const html = readFileSync(join(import.meta.dirname, '..', 'entrypoints', page, 'index.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector('meta[name="manifest.title"]')?.getAttribute('content') ?? undefined;
}

describe('locales', () => {
  it("uses WXT's i18n module", () => {
    expect(config.modules).toContain('@wxt-dev/i18n/module');
  });

  it('has the same messages in English and Russian, none empty', async () => {
    const [en, ru] = await Promise.all(LANGS.map(messages));
    expect([...ru!.keys()].sort()).toEqual([...en!.keys()].sort());
    for (const [key, text] of [...en!, ...ru!]) expect(text.trim(), key).not.toBe('');
    // Chrome refuses a description longer than 132 characters.
    for (const m of [en!, ru!]) expect(m.get('extDescription')!.length).toBeLessThanOrEqual(132);
  });

  it("keeps the context menu's title equal to the in-page dictionary's, which stands in when the setting overrides the browser", async () => {
    for (const lang of LANGS) expect((await messages(lang)).get('checkSelection')).toBe(uiText(lang).checkSelection);
  });
});

describe('manifest', () => {
  it.each(['chrome', 'firefox'] as const)('%s: name, description and shortcut are messages every locale defines, English by default', async (browser) => {
    const manifest = await manifestFor(browser);
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(Object.values(manifest.commands ?? {}).map((c) => c.description)).toEqual(['__MSG_openSidePanel__']);
    for (const lang of LANGS) {
      const defined = await messages(lang);
      for (const name of messageNames(manifest)) expect(defined.has(name), `${name} in locales/${lang}.yml`).toBe(true);
    }
  });

  it("titles Firefox's sidebar with a message, not the page's <title>", async () => {
    expect(manifestTitle('sidepanel')).toBe('__MSG_extName__');
    for (const lang of LANGS) expect((await messages(lang)).has('extName')).toBe(true);
  });
});
