// @vitest-environment happy-dom
// The Gmail controller's language: the UI-language setting's (else the browser's), for the badge it
// draws and for the checks it asks for, so that the findings' messages come in it too; a change of
// the setting redraws the badge and checks again.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGmail } from '../../../entrypoints/gmail.content/controller';
import type { CheckRequest, ReportRequest, Request } from '../../../lib/messaging/protocol';
import { createCheckService } from '../../../lib/service/check-service';
import { setUiLangSetting } from '../../../lib/ui-lang';
import { ownPage } from './fixtures';

const DRAFT = 'For the US we will offer a 50% discount.';

let checks: CheckRequest[] = [];
let reports: ReportRequest[] = [];
let stop: (() => void) | null = null;
let ctx: ContentScriptContext | null = null;

function start(): void {
  ctx = new ContentScriptContext('gmail');
  stop = startGmail(ctx);
}

/** A background answering checks with the real checker over the built-in document. */
function background(): void {
  const service = createCheckService(null);
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const req = raw as Request;
    if (req.type === 'check') {
      checks.push(req);
      return Promise.resolve(service.check(req.stream, req.text, req.uiLang));
    }
    if (req.type === 'report') reports.push(req);
    return Promise.resolve({ ok: true });
  });
}

/** The compose fixture with a draft typed into its editor, on the page. */
function openDraft(): void {
  const page = ownPage('compose.html');
  const editor = page.querySelector<HTMLElement>('.Am[contenteditable]');
  if (!editor) throw new Error('compose.html: no editor');
  editor.textContent = DRAFT;
  document.body.append(page);
}

/** The draft's badge (a button in Accord's shadow root), once drawn. */
function badge(): HTMLButtonElement | null {
  const host = document.querySelector('[data-accord-ui="badge"]');
  return host?.shadowRoot?.querySelector<HTMLButtonElement>('button.badge') ?? null;
}

beforeEach(() => {
  fakeBrowser.reset();
  checks = [];
  reports = [];
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
  background();
  openDraft();
});

afterEach(() => {
  stop?.();
  ctx?.abort();
  stop = null;
  ctx = null;
  document.body.replaceChildren();
});

describe('Gmail controller language', () => {
  it('follows the browser while the setting is auto', async () => {
    start();
    await expect.poll(() => badge()?.title).toMatch(/^1 conflict with the alignment document \(rev\. \d+\): 1 red line/);
    expect(checks.map((c) => c.uiLang)).toEqual(['en']);
  });

  it('checks and draws in the language the setting picks, from the first check', async () => {
    await setUiLangSetting('ru');
    start();
    await expect.poll(() => badge()?.title).toMatch(/^1 расхождение с документом о согласовании \(ред\. \d+\): 1 красная линия/);
    expect(checks.map((c) => c.uiLang)).toEqual(['ru']);
    await expect.poll(() => reports.at(-1)?.items[0]?.source).toBe('Черновик: Sova launch: RU copy deck');
    expect(reports.at(-1)?.items[0]?.message).toMatch(/[а-яё]/i);
  });

  it('redraws the badge and checks again when the setting changes', async () => {
    start();
    await expect.poll(() => badge()?.getAttribute('aria-label')).toMatch(/^Accord: 1 conflict /);
    await expect.poll(() => reports.at(-1)?.items[0]?.message).toMatch(/^[^а-яё]+$/i);

    await setUiLangSetting('ru');
    await expect.poll(() => badge()?.getAttribute('aria-label')).toMatch(/^Accord: 1 расхождение /);
    await expect.poll(() => checks.map((c) => c.uiLang)).toEqual(['en', 'ru']);
    // The side panel's copy of the findings comes in the new language too.
    await expect.poll(() => reports.at(-1)?.items[0]?.message).toMatch(/[а-яё]/i);
    expect(reports.at(-1)?.items[0]?.source).toBe('Черновик: Sova launch: RU copy deck');
  });
});
