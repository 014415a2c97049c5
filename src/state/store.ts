/**
 * The one store of UI state (ids and cameras only; data lives in react-query). Created from the URL
 * before the first render, so a deep link never flashes the default view.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChainCamera, ChartView, Lang, MapCamera, Tab, TemplateId, ViewState } from './viewState.ts';

export interface Actions {
  selectCluster(id: string | null): void;
  /** Selecting a chain node clears a city selection (and the other way round): one selection at a time. */
  selectNode(id: string | null): void;
  selectCity(adcode: string | null): void;
  clearSelection(): void;
  setTab(tab: Tab): void;
  setView(view: ChartView): void;
  setTemplate(template: TemplateId): void;
  setLang(lang: Lang): void;
  setMapCamera(camera: MapCamera | null): void;
  setChainCamera(camera: ChainCamera | null): void;
  /** Replace the whole view (back/forward navigation). */
  applyView(view: ViewState): void;
}

export type AppState = ViewState & Actions;
export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: ViewState): AppStore {
  return createStore<AppState>()((set) => ({
    ...initial,
    selectCluster: (cluster) =>
      set((s) => (s.cluster === cluster ? s : { cluster, node: null, chain: null, tab: s.tab })),
    selectNode: (node) => set(() => (node ? { node, city: null } : { node: null })),
    selectCity: (city) => set(() => (city ? { city, node: null } : { city: null })),
    clearSelection: () => set({ node: null, city: null }),
    setTab: (tab) => set({ tab }),
    setView: (view) => set({ view }),
    setTemplate: (template) => set({ template }),
    setLang: (lang) => set({ lang }),
    setMapCamera: (map) => set({ map }),
    setChainCamera: (chain) => set({ chain }),
    applyView: (view) => set({ ...view }),
  }));
}

export function viewOf(s: AppState): ViewState {
  return {
    cluster: s.cluster,
    node: s.node,
    city: s.city,
    map: s.map,
    chain: s.chain,
    tab: s.tab,
    view: s.view,
    template: s.template,
    lang: s.lang,
    embed: s.embed,
    embedPart: s.embedPart,
  };
}
