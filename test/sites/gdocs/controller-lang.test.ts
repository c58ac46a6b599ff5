// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit" }
// The Docs controller's language: each check asks for the UI-language setting's (else the browser's),
// so the side panel's findings come in it, and a change of the setting checks the document again.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDocs } from '../../../entrypoints/gdocs.content/controller';
import type { CheckRequest, Request } from '../../../lib/messaging/protocol';
import { createCheckService } from '../../../lib/service/check-service';
import { encode, EVENT_TEXT } from '../../../lib/sites/gdocs/bridge';
import { setUiLangSetting } from '../../../lib/ui-lang';

const TEXT = '\nLaunch brief\nFor the US we will offer a 50% discount.';

let checks: CheckRequest[] = [];
let stop: (() => void) | null = null;
let ctx: ContentScriptContext | null = null;

function start(): void {
  ctx = new ContentScriptContext('gdocs');
  stop = startDocs(ctx);
  // What the main-world script sends when it reads the document.
  document.dispatchEvent(new CustomEvent(EVENT_TEXT, { detail: encode({ kind: 'text', text: TEXT, selection: null, seq: 1 }) }));
}

beforeEach(() => {
  fakeBrowser.reset();
  checks = [];
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
  const service = createCheckService(null);
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const req = raw as Request;
    if (req.type !== 'check') return Promise.resolve({ ok: true });
    checks.push(req);
    return Promise.resolve(service.check(req.stream, req.text, req.uiLang));
  });
});

afterEach(() => {
  stop?.();
  ctx?.abort();
  stop = null;
  ctx = null;
});

describe('Docs controller language', () => {
  it('asks for the setting’s language from the first check', async () => {
    await setUiLangSetting('ru');
    start();
    await expect.poll(() => checks.map((c) => c.uiLang)).toEqual(['ru']);
  });

  it('checks the document again in the new language when the setting changes', async () => {
    start();
    await expect.poll(() => checks.map((c) => c.uiLang)).toEqual(['en']);
    await setUiLangSetting('ru');
    await expect.poll(() => checks.map((c) => [c.uiLang, c.text])).toEqual([
      ['en', TEXT],
      ['ru', TEXT],
    ]);
    // A setting that resolves to the language in force already checks nothing again.
    await setUiLangSetting('ru');
    await new Promise((r) => setTimeout(r, 50));
    expect(checks).toHaveLength(2);
  });
});
