/**
 * The one store of UI state (ids and cameras only; data lives in react-query). Created from the URL
 * before the first render, so a deep link never flashes the default view.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChainCamera, ChartView, Lang, MapCamera, Tab, TemplateId, ViewState } from './viewState.ts';

/** What the pointer or focus rests on in a chart: lit in every view, never written to the URL. */
export interface Preview {
  node: string | null;
  city: string | null;
}
export const NO_PREVIEW: Preview = Object.freeze({ node: null, city: null });

export interface Actions {
  selectCluster(id: string | null): void;
  /** Selecting a chain node clears a city selection (and the other way round): one selection at a time. */
  selectNode(id: string | null): void;
  selectCity(adcode: string | null): void;
  clearSelection(): void;
  setTab(tab: Tab): void;
  setView(view: ChartView): void;
  setPreview(preview: Preview): void;
  setTemplate(template: TemplateId): void;
  setLang(lang: Lang): void;
  setMapCamera(camera: MapCamera | null): void;
  setChainCamera(camera: ChainCamera | null): void;
  /** Replace the whole view (back/forward navigation). */
  applyView(view: ViewState): void;
}

export type AppState = ViewState & Actions & { preview: Preview };
export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: ViewState): AppStore {
  return createStore<AppState>()((set) => ({
    ...initial,
    preview: NO_PREVIEW,
    selectCluster: (cluster) =>
      set((s) =>
        s.cluster === cluster ? s : { cluster, node: null, chain: null, tab: s.tab, preview: NO_PREVIEW },
      ),
    selectNode: (node) => set(() => (node ? { node, city: null } : { node: null })),
    selectCity: (city) => set(() => (city ? { city, node: null } : { city: null })),
    clearSelection: () => set({ node: null, city: null }),
    setTab: (tab) => set({ tab }),
    setView: (view) => set({ view, preview: NO_PREVIEW }),
    setPreview: (preview) =>
      set((s) => (s.preview.node === preview.node && s.preview.city === preview.city ? s : { preview })),
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
