// The current UI language as React context, and a hook returning it with its strings.
import { createContext, useContext } from 'react';
import { STRINGS, type Lang, type Strings } from './strings.ts';

export const LangContext = createContext<Lang>('zh');

export function useLang(): { lang: Lang; t: Strings } {
  const lang = useContext(LangContext);
  return { lang, t: STRINGS[lang] };
}

const STORAGE_KEY = 'kg-explorer-lang';

/** The language chosen last time in this browser, Chinese otherwise. */
export function initialLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}
