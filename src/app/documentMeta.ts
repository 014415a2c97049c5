/** The page's meta (language and title), for the workspace and the embed layout. */
import { useEffect } from 'react';
import type { Lang } from '../i18n/index.ts';

/** The `lang` attribute for the UI language. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The page's language and title follow the view (screen readers, tabs, bookmarks). */
export function useDocumentMeta(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = title;
  }, [lang, title]);
}
