/**
 * UI strings of the "shared across clusters" section (zh default, en complete). Kept beside the panel
 * rather than in strings/zh.ts so the section can be added without touching the shared dictionaries.
 */
import { fillSlots } from '../i18n/fill.ts';
import type { Lang } from '../i18n/index.ts';

const zh = {
  heading: '跨集群共享',
  intro:
    '同一家企业、或同名的产业链环节出现在两个及以上集群中。按中文名称匹配：忽略空格与全角半角之别，企业名去掉“有限公司”“集团”等后缀。',
  caption: '跨集群共享的企业与环节',
  colName: '名称',
  colKind: '类别',
  colClusters: '集群',
  colCities: '城市',
  'kind.firm': '企业',
  'kind.segment': '环节',
  pick: '在“{cluster}”中查看“{name}”',
  pickCity: '查看{city}',
  noCity: '未载明',
  pairs: '集群之间的共享',
  pair: '{a} — {b}',
  'count.firm.one': '{n} 家企业',
  'count.firm.other': '{n} 家企业',
  'count.segment.one': '{n} 个环节',
  'count.segment.other': '{n} 个环节',
  sep: '、',
  showAll: '显示全部（{n} 项）',
  showFewer: '只显示前 {n} 项',
  none: '各集群之间未发现共享的企业或环节。',
} as const;

export type SharedKey = keyof typeof zh;

const en: Record<SharedKey, string> = {
  heading: 'Shared across clusters',
  intro:
    'The same firm, or a chain segment of the same name, appearing in two or more clusters. Matched on the Chinese name, ignoring spaces and full-width forms; firm names drop endings such as 有限公司 and 集团.',
  caption: 'Firms and segments shared across clusters',
  colName: 'Name',
  colKind: 'Kind',
  colClusters: 'Clusters',
  colCities: 'Cities',
  'kind.firm': 'Firm',
  'kind.segment': 'Segment',
  pick: 'Show {name} in {cluster}',
  pickCity: 'Show {city}',
  noCity: 'not stated',
  pairs: 'Shared between clusters',
  pair: '{a} — {b}',
  'count.firm.one': '{n} firm',
  'count.firm.other': '{n} firms',
  'count.segment.one': '{n} segment',
  'count.segment.other': '{n} segments',
  sep: ', ',
  showAll: 'Show all {n}',
  showFewer: 'Show the first {n}',
  none: 'No firm or segment is shared between clusters.',
};

const dictionaries: Record<Lang, Record<SharedKey, string>> = { zh, en };

export function sharedText(lang: Lang, key: SharedKey): string {
  return dictionaries[lang][key];
}

/** Fills `{name}` slots. */
export function sharedFormat(lang: Lang, key: SharedKey, vars: Record<string, string | number>): string {
  return fillSlots(sharedText(lang, key), vars);
}

/** "2 firms, 1 segment" / "2 家企业、1 个环节"; a zero count is left out. */
export function sharedCounts(lang: Lang, firms: number, segments: number): string {
  const part = (kind: 'firm' | 'segment', n: number) =>
    sharedFormat(lang, n === 1 ? `count.${kind}.one` : `count.${kind}.other`, { n });
  const parts = [firms > 0 && part('firm', firms), segments > 0 && part('segment', segments)];
  return parts.filter((p): p is string => typeof p === 'string').join(sharedText(lang, 'sep'));
}
