import { en } from './en.ts';
import { type MessageKey, zh } from './zh.ts';

export type Lang = 'zh' | 'en';
export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function t(lang: Lang, key: MessageKey): string {
  return dictionaries[lang][key];
}

/** Picks the name in the current language from a record carrying both. */
export function nameIn(lang: Lang, name: { zh: string; en?: string }): string {
  return lang === 'en' && name.en ? name.en : name.zh;
}
