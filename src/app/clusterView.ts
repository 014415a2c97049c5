/**
 * What the workspace and the embed layout both derive from the chosen cluster (its gaps, chain graph
 * and region matrix, each kept per dataset and entry), and the page's meta.
 */
import { useEffect } from 'react';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import type { Lang } from '../i18n/index.ts';
import { buildChainGraph, type ChainViewGraph, markGaps } from '../model/chainGraph.ts';
import { gapContext } from '../model/gapContext.ts';
import { analyseGaps, type GapEntry, gapNodeIds } from '../model/gaps.ts';
import { type RegionMatrix, regionMatrix } from '../model/regionMatrix.ts';

export interface ClusterView {
  entry: ClusterEntry | null;
  /** The chain graph with the gap analysis's nodes marked. */
  graph: ChainViewGraph | null;
  /** The computed 补链 list, ranked. */
  gaps: readonly GapEntry[];
  gapIds: ReadonlySet<string>;
}

/**
 * A value derived from a cluster entry in its dataset, kept for both (datasets and their entries are
 * frozen). The dataset matters as well as the entry: the gap analysis reads its sources and cities.
 */
function perEntry<T>(derive: (dataset: Dataset, entry: ClusterEntry) => T) {
  const kept = new WeakMap<Dataset, WeakMap<ClusterEntry, T>>();
  return (dataset: Dataset, entry: ClusterEntry): T => {
    let byEntry = kept.get(dataset);
    if (!byEntry) {
      byEntry = new WeakMap();
      kept.set(dataset, byEntry);
    }
    if (byEntry.has(entry)) return byEntry.get(entry) as T;
    const value = derive(dataset, entry);
    byEntry.set(entry, value);
    return value;
  };
}

/** The cluster's ranked 补链 list. */
export const gapsOf = perEntry((dataset, entry) => analyseGaps(entry.cluster, gapContext(dataset)));

/** The cluster's chain graph with its gaps marked, and the gaps. */
export const clusterViewOf = perEntry((dataset, entry): ClusterView => {
  const gaps = gapsOf(dataset, entry);
  const gapIds = gapNodeIds(gaps);
  return { entry, graph: markGaps(buildChainGraph(entry.cluster), gapIds), gaps, gapIds };
});

/** The 区域分布 matrix: the cluster's segments by city. */
export const regionMatrixOf = perEntry(
  (dataset, entry): RegionMatrix => regionMatrix(entry.cluster, [...dataset.cities.values()]),
);

/** The `lang` attribute for the UI language. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The page's language and title follow the view (screen readers, tabs, bookmarks). */
export function useDocumentMeta(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = title;
  }, [lang, title]);
}
