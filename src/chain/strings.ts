/**
 * UI strings of the chain diagram. Kept local for now; the lead will move them into src/i18n.
 */
import type { LinkKind, NodeKind, Stage, Status, Tier } from '../data/schema.ts';

export type Lang = 'zh' | 'en';

interface ChainStrings {
  stage: Record<Stage, string>;
  kind: Record<NodeKind, string>;
  status: Record<Status, string>;
  tier: Record<Tier, string>;
  link: Record<LinkKind, string>;
  canvasLabel: string;
  canvasHelp: string;
  searchLabel: string;
  searchPlaceholder: string;
  noMatches: string;
  legendTitle: string;
  legendKinds: string;
  legendStatus: string;
  legendLinks: string;
  legendTiers: string;
  legendMarks: string;
  markGap: string;
  markCandidate: string;
  unverified: string;
  editorial: string;
}

export const CHAIN_STRINGS: Record<Lang, ChainStrings> = {
  zh: {
    stage: { upstream: '上游', midstream: '中游', downstream: '下游' },
    kind: {
      segment: '产业环节',
      product: '产品',
      technology: '技术',
      enterprise: '企业',
      institution: '科研机构',
      platform: '创新平台',
      project: '项目',
      policy: '政策',
    },
    status: { strong: '锻长板', weak: '补短板', missing: '补链', extension: '延链' },
    tier: {
      'chain-leader': '链主企业',
      leading: '龙头企业',
      'hidden-champion': '隐形冠军',
      specialized: '专精特新',
      other: '其他企业',
    },
    link: {
      supplies: '供给',
      part_of: '隶属环节',
      enables: '技术支撑',
      located_in: '所在地',
      applies_to: '政策适用',
      supports: '支撑服务',
    },
    canvasLabel: '产业链图谱',
    canvasHelp: '拖动平移，滚轮缩放，单击选择节点，双击聚焦邻域；键盘：+/- 缩放，方向键平移，Esc 取消选择',
    searchLabel: '搜索节点',
    searchPlaceholder: '搜索环节、企业、产品…',
    noMatches: '无匹配节点',
    legendTitle: '图例',
    legendKinds: '节点类型',
    legendStatus: '环节状态',
    legendLinks: '连线类型',
    legendTiers: '企业层级',
    legendMarks: '补链标记',
    markGap: '补链清单中的环节',
    markCandidate: '引入候选（对接）',
    unverified: '未经核实',
    editorial: '编者整理',
  },
  en: {
    stage: { upstream: 'Upstream', midstream: 'Midstream', downstream: 'Downstream' },
    kind: {
      segment: 'Chain segment',
      product: 'Product',
      technology: 'Technology',
      enterprise: 'Enterprise',
      institution: 'Research institution',
      platform: 'Innovation platform',
      project: 'Project',
      policy: 'Policy',
    },
    status: {
      strong: 'Strength to build on',
      weak: 'Weakness to fix',
      missing: 'Missing link',
      extension: 'Extension',
    },
    tier: {
      'chain-leader': 'Chain leader',
      leading: 'Leading firm',
      'hidden-champion': 'Hidden champion',
      specialized: 'Specialised SME',
      other: 'Other firm',
    },
    link: {
      supplies: 'Supplies',
      part_of: 'Part of segment',
      enables: 'Enables',
      located_in: 'Located in',
      applies_to: 'Policy applies to',
      supports: 'Supports',
    },
    canvasLabel: 'Industrial chain diagram',
    canvasHelp:
      'Drag to pan, wheel to zoom, click a node to select it, double-click to focus its neighbourhood; keys: +/- zoom, arrows pan, Esc clears the selection',
    searchLabel: 'Search nodes',
    searchPlaceholder: 'Search segments, firms, products…',
    noMatches: 'No matching node',
    legendTitle: 'Legend',
    legendKinds: 'Node kinds',
    legendStatus: 'Segment status',
    legendLinks: 'Link kinds',
    legendTiers: 'Enterprise tiers',
    legendMarks: 'Gap marks',
    markGap: 'on the gap list',
    markCandidate: 'candidate to bring in',
    unverified: 'unverified',
    editorial: 'editorial',
  },
};

export function chainStrings(lang: Lang): ChainStrings {
  return CHAIN_STRINGS[lang];
}
