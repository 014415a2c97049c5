/** Words printed on exported figures (PNG, SVG, print), in both languages. */
import { type Lang, t } from '../i18n/index.ts';

export interface FigureStrings {
  brand: string;
  sources: string;
  /** "{n}" = number of sources left out of a full source line. */
  more: string;
  boundaries: string;
  reviewNumber: string;
  defaultNote: string;
  exported: string;
  link: string;
  city: string;
  chainEmpty: string;
  mapEmpty: string;
  listSep: string;
  colon: string;
  /** Heading of the computed 补链 list on the figure. */
  gaps: string;
  /** "{n}" = entries in the whole gap list when the figure shows only the first ones. */
  gapsMore: string;
}

const FIGURE_STRINGS: Record<Lang, FigureStrings> = {
  zh: {
    brand: '链图 ChainAtlas',
    sources: '来源',
    more: '…（共 {n} 项，完整列表见链接）',
    boundaries: '边界数据',
    reviewNumber: '审图号',
    defaultNote: t('zh', 'map.schematic'),
    exported: '导出日期',
    link: '链接',
    city: '城市',
    chainEmpty: '请选择一个产业集群，查看它的“一链一图”。',
    mapEmpty: '地图加载中…',
    listSep: '；',
    colon: '：',
    gaps: '补链清单（按缺口计算）',
    gapsMore: '…（共 {n} 个环节，完整清单见 CSV）',
  },
  en: {
    brand: 'ChainAtlas 链图',
    sources: 'Sources',
    more: '… ({n} in all; full list at the link)',
    boundaries: 'Boundaries',
    reviewNumber: 'Map review no.',
    defaultNote: t('en', 'map.schematic'),
    exported: 'Exported',
    link: 'Link',
    city: 'City',
    chainEmpty: 'Pick a cluster to see its chain diagram.',
    mapEmpty: 'Loading the map…',
    listSep: '; ',
    colon: ': ',
    gaps: 'Gap list (computed)',
    gapsMore: '… ({n} segments in all; full list in the CSV)',
  },
};

export function figureStrings(lang: Lang): FigureStrings {
  return FIGURE_STRINGS[lang];
}
