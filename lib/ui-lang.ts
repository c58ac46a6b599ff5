import { browser } from 'wxt/browser';
import type { UiLang } from './engine/types';

/** The browser's UI language as Accord's: Russian for `ru*`, English otherwise (and when it cannot be read). */
export function detectUiLang(): UiLang {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
  } catch {
    return 'en';
  }
}
