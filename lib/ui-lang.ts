import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { UiLang } from './engine/types';

/** The browser's UI language as Accord's: Russian for `ru*`, English otherwise (and when it cannot be read). */
export function detectUiLang(): UiLang {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
  } catch {
    return 'en';
  }
}

/** The user's choice of UI language: `auto` follows the browser. */
export type UiLangSetting = 'auto' | UiLang;
export const UI_LANG_SETTINGS: readonly UiLangSetting[] = ['auto', 'en', 'ru'];

export const uiLangSettingItem = storage.defineItem<unknown>('local:uiLang', { fallback: 'auto' });

/** A stored setting of any shape as a setting: anything unknown is `auto`. */
export function parseUiLangSetting(value: unknown): UiLangSetting {
  return value === 'en' || value === 'ru' ? value : 'auto';
}

export function resolveUiLang(setting: UiLangSetting): UiLang {
  return setting === 'auto' ? detectUiLang() : setting;
}

/** The UI language in force: the user's setting, else the browser's. */
export async function readUiLang(): Promise<UiLang> {
  try {
    return resolveUiLang(parseUiLangSetting(await uiLangSettingItem.getValue()));
  } catch {
    return detectUiLang();
  }
}

export async function setUiLangSetting(setting: UiLangSetting): Promise<void> {
  await uiLangSettingItem.setValue(parseUiLangSetting(setting));
}

/** Calls `cb` with the UI language in force whenever the setting changes. */
export function watchUiLang(cb: (lang: UiLang, setting: UiLangSetting) => void): () => void {
  return uiLangSettingItem.watch((v) => {
    const setting = parseUiLangSetting(v);
    cb(resolveUiLang(setting), setting);
  });
}
