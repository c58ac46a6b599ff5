import { browser } from 'wxt/browser';
import type { UiLang } from '@/lib/engine/types';

/** The browser's UI language as the panel's: Russian for `ru*`, English otherwise (and when it cannot be read). */
export function detectUiLang(): UiLang {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
  } catch {
    return 'en';
  }
}

/** `?tab=<id>` in the panel's URL (tests and some openers pin the panel to a tab), or null. */
export function tabFromUrl(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
