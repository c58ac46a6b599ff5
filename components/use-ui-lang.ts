import { useEffect, useState } from 'react';
import type { UiLang } from '@/lib/engine/types';
import { detectUiLang, parseUiLangSetting, readUiLang, uiLangSettingItem, watchUiLang, type UiLangSetting } from '@/lib/ui-lang';

/**
 * The UI language in force for a React page, following the setting live. Starts from the browser's language
 * (known synchronously), so the first paint never waits for storage.
 */
export function useUiLang(): UiLang {
  const [lang, setLang] = useState<UiLang>(detectUiLang);
  useEffect(() => {
    let live = true;
    void readUiLang().then((l) => live && setLang(l));
    const unwatch = watchUiLang((l) => setLang(l));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return lang;
}

/** The stored setting itself (`auto`, `en`, `ru`), for the control that changes it. */
export function useUiLangSetting(): UiLangSetting {
  const [setting, setSetting] = useState<UiLangSetting>('auto');
  useEffect(() => {
    let live = true;
    void uiLangSettingItem.getValue().then((v) => live && setSetting(parseUiLangSetting(v)));
    const unwatch = watchUiLang((_, s) => setSetting(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return setting;
}
