import { useId } from 'react';
import { setUiLangSetting, UI_LANG_SETTINGS, type UiLangSetting } from '@/lib/ui-lang';
import { useUiLangSetting } from '../use-ui-lang';
import type { OptionsText } from './text';

/** Language names are written in their own language, so a reader can always find theirs. */
const NATIVE: Record<Exclude<UiLangSetting, 'auto'>, string> = { en: 'English', ru: 'Русский' };

/** "Language: Auto / English / Русский" — the whole extension's UI language (lib/ui-lang.ts). */
export function LangSelect({ t }: { t: OptionsText }) {
  const setting = useUiLangSetting();
  const id = useId();
  return (
    <div className="opt-lang">
      <label htmlFor={id}>{t.language}</label>
      <select id={id} data-testid="lang-select" value={setting} onChange={(e) => void setUiLangSetting(e.target.value as UiLangSetting)}>
        {UI_LANG_SETTINGS.map((s) => (
          <option key={s} value={s}>
            {s === 'auto' ? t.langAuto : NATIVE[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
