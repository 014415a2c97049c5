/**
 * UI strings of the panels (zh default, en complete) and the small label maps every panel shares.
 * Data text is never looked up here: records carry their own zh/en names.
 */
import type { CityRole } from '../data/schema.ts';
import type { Lang } from '../i18n/index.ts';
import { en } from './strings/en.ts';
import { type PanelKey, zh } from './strings/zh.ts';

export type { PanelKey };

const dictionaries: Record<Lang, Record<PanelKey, string>> = { zh, en };

export function panelText(lang: Lang, key: PanelKey): string {
  return dictionaries[lang][key] ?? zh[key];
}

/** Fills `{name}` slots; numbers are formatted for the language. */
export function panelFormat(lang: Lang, key: PanelKey, vars: Record<string, string | number>): string {
  return panelText(lang, key).replace(/\{(\w+)\}/g, (slot, name: string) => {
    const v = vars[name];
    return v === undefined ? slot : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** Made once per language: building an Intl formatter costs far more than using one. */
export function formatNumber(lang: Lang, value: number): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 4 });
    numberFormats.set(lang, f);
  }
  return f.format(value);
}

/** Label of a city role; a ClusterCity's own wording (roleLabel) wins when the caller has one. */
export function roleLabel(lang: Lang, role: CityRole, own?: { zh: string; en?: string }): string {
  if (own) return lang === 'en' && own.en ? own.en : own.zh;
  return panelText(lang, `role.${role}`);
}

export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(panelText(lang, 'list.sep'));
}
