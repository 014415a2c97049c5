/** UI strings of the 技术路线图 (status lanes × time columns), for the live chart, its list and the export. */
import type { Lang } from '../i18n/index.ts';
import type { RoadmapColumn, RoadmapLane, RoadmapWhen } from '../model/roadmap.ts';

const zh = {
  chokepoint: '卡脖子',
  missing: '缺失',
  catchingUp: '追赶',
  mastered: '已掌握',
  unknown: '状态未载明',
  undated: '未公开年份',
  targets: '规划目标',
  editorialMark: '编',
  editorialShort: '编辑判断',
  gap: '缺口',
  editorialLong: '状态为编辑根据来源措辞所作的判断，或仅有编辑整理支持',
  gapLong: '虚线外框：缺口分析列出的环节',
  selectedLong: '粗框：当前选中的环节',
  dimmedLong: '淡色：不在所选城市的条目',
  milestoneLong: '目标标记：规划目标所在年份',
  legend: '图例',
  label: '技术路线图：按掌握程度分行，按年份或规划期分列',
  scroll: '技术路线图（可横向滚动）',
  empty: '本链尚无有来源的技术路线图条目',
  listCaption: '技术路线图条目',
  colName: '条目',
  colStatus: '掌握程度',
  colWhen: '年份 / 规划期',
  colTargets: '服务的目标',
  colNode: '对应环节',
  colSources: '来源',
  milestonesCaption: '规划目标节点',
  colYear: '年份',
  colMetric: '指标',
  colSegments: '涉及环节',
  colServedBy: '相关条目',
  wholeChain: '全链',
  none: '—',
  more: '另有 {n} 项',
  unverified: '未核实',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  chokepoint: 'Chokepoint',
  missing: 'Missing',
  catchingUp: 'Catching up',
  mastered: 'Mastered',
  unknown: 'Status not given',
  undated: 'Year not given',
  targets: 'Plan targets',
  editorialMark: 'ed.',
  editorialShort: 'editorial reading',
  gap: 'gap',
  editorialLong: 'The status is our reading of the source’s wording, or only editorial notes back it',
  gapLong: 'Dashed outer outline: a segment the gap analysis lists',
  selectedLong: 'Thick outline: the selected segment',
  dimmedLong: 'Pale: not in the selected city',
  milestoneLong: 'Target mark: the year of a plan target',
  legend: 'Legend',
  label: 'Technology roadmap: rows by how far the chain has the technology, columns by year or plan period',
  scroll: 'Technology roadmap (scrolls sideways)',
  empty: 'No sourced roadmap items for this chain yet',
  listCaption: 'Technology roadmap items',
  colName: 'Item',
  colStatus: 'Status',
  colWhen: 'Year / period',
  colTargets: 'Targets served',
  colNode: 'Chain node',
  colSources: 'Sources',
  milestonesCaption: 'Plan target milestones',
  colYear: 'Year',
  colMetric: 'Metric',
  colSegments: 'Segments',
  colServedBy: 'Roadmap items',
  wholeChain: 'whole chain',
  none: '—',
  more: '{n} more',
  unverified: 'unverified',
};

export type RoadmapTextKey = Key;

export function roadmapText(lang: Lang, key: Key): string {
  return lang === 'en' ? en[key] : zh[key];
}

const LANE_KEY: Record<RoadmapLane, Key> = {
  chokepoint: 'chokepoint',
  missing: 'missing',
  'catching-up': 'catchingUp',
  mastered: 'mastered',
  unknown: 'unknown',
};

export function laneLabel(lang: Lang, lane: RoadmapLane): string {
  return roadmapText(lang, LANE_KEY[lane]);
}

function range(lang: Lang, from: number, to: number): string {
  // Chinese plans write 2021—2025年; English uses an en dash.
  return lang === 'en' ? `${from}–${to}` : `${from}—${to}`;
}

export function columnLabel(lang: Lang, c: RoadmapColumn): string {
  if (c.kind === 'year') return String(c.year);
  if (c.kind === 'period') return range(lang, c.from, c.to);
  return roadmapText(lang, 'undated');
}

/** An item's date as the source gives it (year and period both, when it gives both). */
export function whenLabel(lang: Lang, when: RoadmapWhen | null): string {
  if (!when) return roadmapText(lang, 'undated');
  const parts: string[] = [];
  if (when.year !== undefined) parts.push(String(when.year));
  if (when.from !== undefined && when.to !== undefined) parts.push(range(lang, when.from, when.to));
  return parts.join(lang === 'en' ? '; ' : '；');
}
