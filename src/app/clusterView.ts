/** What the workspace and the embed layout both derive from the view: the cluster and the page's meta. */
import { useEffect, useMemo } from 'react';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import type { Lang } from '../i18n/index.ts';
import { buildChainGraph, type ChainViewGraph, markGaps } from '../model/chainGraph.ts';
import { gapContext } from '../model/gapContext.ts';
import { analyseGaps, type GapEntry, gapNodeIds } from '../model/gaps.ts';

const NO_GAPS: readonly GapEntry[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

export interface ClusterView {
  entry: ClusterEntry | null;
  /** The chain graph with the gap analysis's nodes marked. */
  graph: ChainViewGraph | null;
  /** The computed 补链 list, ranked. */
  gaps: readonly GapEntry[];
  gapIds: ReadonlySet<string>;
}

/**
 * The chosen cluster's entry, its chain graph and its gap analysis; all are rebuilt only when the
 * entry changes.
 */
export function useClusterView(dataset: Dataset | null, clusterId: string | null): ClusterView {
  const entry = (clusterId && dataset?.clusters.get(clusterId)) || null;
  return useMemo(() => {
    if (!entry || !dataset) return { entry, graph: null, gaps: NO_GAPS, gapIds: NO_IDS };
    const gaps = analyseGaps(entry.cluster, gapContext(dataset));
    const gapIds = gapNodeIds(gaps);
    return { entry, graph: markGaps(buildChainGraph(entry.cluster), gapIds), gaps, gapIds };
  }, [entry, dataset]);
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
