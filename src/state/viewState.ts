/** The UI state that lives in the URL: ids and camera numbers only, never data. */
export const TABS = [
  'enterprises',
  'projects',
  'innovation',
  'policies',
  'consulting',
  'targets',
  'sources',
  'template',
] as const;
export type Tab = (typeof TABS)[number];
export type Lang = 'zh' | 'en';
export type EmbedPart = 'both' | 'map' | 'chain';
/** The chain leader's four charts (the article's 产业链图, 区域分布图, 技术路线图, 应用领域图). */
export const CHART_VIEWS = ['chain', 'region', 'tech', 'apps'] as const;
export type ChartView = (typeof CHART_VIEWS)[number];
/** The provinces' templates a cluster's records can be read through. */
export const TEMPLATES = ['gd5', 'zj9', 'sd1n', 'hn4'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

export interface MapCamera {
  lng: number;
  lat: number;
  zoom: number;
}
export interface ChainCamera {
  x: number;
  y: number;
  k: number;
}

export interface ViewState {
  cluster: string | null;
  node: string | null;
  city: string | null;
  map: MapCamera | null;
  chain: ChainCamera | null;
  tab: Tab;
  /** Which of the four charts the chain pane shows. */
  view: ChartView;
  template: TemplateId;
  lang: Lang;
  embed: boolean;
  embedPart: EmbedPart;
}

export const DEFAULT_VIEW: ViewState = {
  cluster: null,
  node: null,
  city: null,
  map: null,
  chain: null,
  tab: 'enterprises',
  view: 'chain',
  template: 'gd5',
  lang: 'zh',
  embed: false,
  embedPart: 'both',
};
