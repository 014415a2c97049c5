/** The UI state that lives in the URL: ids and camera numbers only, never data. */
export const TABS = [
  'enterprises',
  'projects',
  'innovation',
  'policies',
  'consulting',
  'targets',
  'sources',
] as const;
export type Tab = (typeof TABS)[number];
export type Lang = 'zh' | 'en';
export type EmbedPart = 'both' | 'map' | 'chain';

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
  lang: 'zh',
  embed: false,
  embedPart: 'both',
};
