/** UI strings of the 应用领域图 (products/technologies → application fields) and its list twin. */
import type { Lang } from '../i18n/index.ts';

const zh = {
  title: '应用领域图',
  leftHeading: '产品/技术',
  rightHeading: '应用领域',
  legendFlow: '每条带：一条有来源的“应用于”关系',
  legendEditorial: '虚线：编辑整理或未核实',
  legendGap: '红色虚线框：补链缺口',
  empty: '本链尚无有来源的应用领域关系',
  listCaption: '应用领域关系（每行一条）',
  colSource: '产品/技术',
  colField: '应用领域',
  colSources: '来源',
  colEditorial: '编辑整理',
  yes: '是',
  no: '否',
  gap: '缺口',
  scroll: '应用领域图（可横向滚动）',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Application fields',
  leftHeading: 'Products / technologies',
  rightHeading: 'Application fields',
  legendFlow: 'Each band: one sourced “applies to” relation',
  legendEditorial: 'Dashed: editorial or unverified',
  legendGap: 'Red dashed box: a gap to fill',
  empty: 'No sourced application fields for this chain yet',
  listCaption: 'Application relations (one per row)',
  colSource: 'Product / technology',
  colField: 'Application field',
  colSources: 'Sources',
  colEditorial: 'Editorial',
  yes: 'yes',
  no: 'no',
  gap: 'gap',
  scroll: 'Application fields (scrolls sideways)',
};

export function appsText(lang: Lang, key: Key): string {
  return lang === 'en' ? en[key] : zh[key];
}

/** What a screen reader hears on a node: its name and how many nodes it links to across. */
export function appsHitLabel(lang: Lang, side: 'left' | 'right', name: string, count: number): string {
  if (lang === 'en') {
    const what = side === 'left' ? 'application field' : 'product or technology';
    const plural = side === 'left' ? 'application fields' : 'products or technologies';
    return `${name}: ${count} ${count === 1 ? what : plural}`;
  }
  return `${name}：${count} 个${side === 'left' ? '应用领域' : '产品/技术'}`;
}
