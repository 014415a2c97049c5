/** UI strings of the 区域分布图 (city × segment matrix). */
import type { Lang } from '../../i18n/index.ts';

const zh = {
  caption: '区域分布图：城市 × 产业链环节（格内：企业 · 项目 · 创新载体；• 来源标明该环节在此城市）',
  corner: '城市 \\ 环节',
  firms: '企',
  projects: '项',
  innovation: '创',
  located: '•',
  firmsLong: '家企业',
  projectsLong: '个项目',
  innovationLong: '个创新载体',
  locatedLong: '来源标明该环节位于此城市',
  empty: '无',
  gap: '缺口',
  noRows: '本数据集没有把该集群的任何记录落到城市上。',
  noColumns: '该产业链没有环节节点。',
  listTitle: '各环节所在城市',
  listNone: '未落到任何城市',
  scroll: '区域分布图（可横向滚动）',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  caption:
    'Regional distribution: cities × chain segments (in each cell: firms · projects · innovation bodies; • a source places the segment in the city)',
  corner: 'City \\ segment',
  firms: 'F',
  projects: 'P',
  innovation: 'I',
  located: '•',
  firmsLong: 'firms',
  projectsLong: 'projects',
  innovationLong: 'innovation bodies',
  locatedLong: 'a source places the segment in this city',
  empty: 'none',
  gap: 'gap',
  noRows: 'This dataset places none of the cluster’s records in a city.',
  noColumns: 'This chain has no segment nodes.',
  listTitle: 'Cities of each segment',
  listNone: 'not placed in any city',
  scroll: 'Regional distribution (scrolls sideways)',
};

export function regionText(lang: Lang, key: Key): string {
  return lang === 'en' ? en[key] : zh[key];
}
