/** UI strings of the computed 补链 gap list. */

import { fillSlots } from '../../i18n/fill.ts';
import type { Lang } from '../../i18n/index.ts';

const zh = {
  title: '补链清单',
  computed: '按缺口计算排序',
  count: '{n} 个环节',
  csv: '导出 CSV',
  csvTitle: '把补链清单导出为 CSV（Excel 可打开）',
  score: '得分',
  evidence: '依据',
  records: '记录',
  /** After the first few records' names: how many there are in all (zh) or how many more (en). */
  recordsMore: ' 等 {total} 条',
  sources: '来源',
  candidates: '可对接（引入候选）',
  none: '按本数据集计算，没有发现缺口。',
  legend: '图中红色虚线圈标出清单中的环节；虚线空心节点是引入候选。',
  more: '还有 {n} 个环节',
  less: '收起',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Gap list',
  computed: 'ranked by computed gaps',
  count: '{n} segments',
  csv: 'Export CSV',
  csvTitle: 'Export the gap list as CSV (opens in Excel)',
  score: 'score',
  evidence: 'Evidence',
  records: 'records',
  recordsMore: ' and {rest} more',
  sources: 'sources',
  candidates: 'Candidates to bring in',
  none: 'No gaps found in this dataset.',
  legend:
    'In the charts a red dashed ring marks the segments on this list; dashed hollow nodes are candidates to bring in.',
  more: '{n} more segments',
  less: 'Show fewer',
};

export function gapText(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const text: string = lang === 'en' ? en[key] : zh[key];
  return fillSlots(text, vars);
}
