/** What the workspace and the embed layout both derive from the view: the cluster and the page's meta. */
import { useEffect, useMemo } from 'react';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import type { Lang } from '../i18n/index.ts';
import { buildChainGraph, type ChainViewGraph } from '../model/chainGraph.ts';

/** The chosen cluster's entry and its chain graph; the graph is rebuilt only when the entry changes. */
export function useClusterView(
  dataset: Dataset | null,
  clusterId: string | null,
): { entry: ClusterEntry | null; graph: ChainViewGraph | null } {
  const entry = (clusterId && dataset?.clusters.get(clusterId)) || null;
  const graph = useMemo(() => (entry ? buildChainGraph(entry.cluster) : null), [entry]);
  return { entry, graph };
}

/** The `lang` attribute for the UI language. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The page's language and title follow the view (screen readers, tabs, bookmarks). */
export function useDocumentMeta(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = title;
  }, [lang, title]);
}
