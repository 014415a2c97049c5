/**
 * The chosen cluster's view for the render: its entry, chain graph and gap analysis. A big cluster
 * (a person's file can put tens of thousands of firms in one) is prepared a step per task first
 * (prepareClusterViews), and meanwhile the cluster shown before stays, marked as `preparing`:
 * worked out inside the render, picking a cluster with 62,500 firms was one task of about 550 ms
 * (browser suite, big-input). A small one is worked out in the render at once, as it takes a few
 * milliseconds.
 */
import { useEffect, useRef, useState } from 'react';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import { runInSlices } from '../data/slices.ts';
import type { Lang } from '../i18n/index.ts';
import type { GapEntry } from '../model/gaps.ts';
import { type ClusterView, clusterViewOf } from '../model/keptViews.ts';
import { isPrepared, prepareClusterViews } from './prepareViews.ts';

/** Records (chain nodes and 五个一 entries) above which a cluster is prepared before it is shown. */
export const PREPARE_ABOVE = 3000;

const NO_GAPS: readonly GapEntry[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

export interface ShownClusterView extends ClusterView {
  /** The chosen cluster is being prepared; what is shown is the one shown before it. */
  preparing: boolean;
}

function recordCount(entry: ClusterEntry): number {
  const { chain, fiveOnes } = entry.cluster;
  return (
    chain.nodes.length + fiveOnes.enterprises.length + fiveOnes.projects.length + fiveOnes.innovation.length
  );
}

export function useClusterView(
  dataset: Dataset | null,
  clusterId: string | null,
  lang: Lang,
): ShownClusterView {
  const entry = (clusterId && dataset?.clusters.get(clusterId)) || null;
  const ready = !entry || !dataset || recordCount(entry) <= PREPARE_ABOVE || isPrepared(dataset, entry);
  const [, setPrepared] = useState(0);
  const shown = useRef<ClusterView>({ entry: null, graph: null, gaps: NO_GAPS, gapIds: NO_IDS });
  useEffect(() => {
    if (ready || !dataset || !entry) return;
    const ctrl = new AbortController();
    // The render that shows it in a task of its own, apart from the last step's.
    void runInSlices(prepareClusterViews(dataset, entry.cluster.id, lang), {
      signal: ctrl.signal,
      endApart: true,
    }).then((r) => r.ok && setPrepared((n) => n + 1));
    return () => ctrl.abort();
  }, [ready, dataset, entry, lang]);
  if (!ready) return { ...shown.current, preparing: true };
  shown.current =
    entry && dataset ? clusterViewOf(dataset, entry) : { entry, graph: null, gaps: NO_GAPS, gapIds: NO_IDS };
  return { ...shown.current, preparing: false };
}
