// The UI language the planner chose: remembered in this browser, set on <html lang>, switched by the header.
import { useEffect, useState } from 'react';
import { initialLang, rememberLang } from './lang-context.ts';
import type { Lang } from './strings.ts';

export function useLangChoice(): { readonly lang: Lang; readonly toggleLang: () => void } {
  const [lang, setLang] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  function toggleLang() {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    rememberLang(next);
  }

  return { lang, toggleLang };
}
