/**
 * What the views derive from the chosen cluster — its gaps, chain graph and region matrix — kept per
 * dataset and entry, so the workspace, the embed layout and an export all take the same objects
 * (with a person's 62,500 firms each is tens to hundreds of milliseconds to work out again).
 */
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import { drain, type Steps } from '../data/slices.ts';
import { type ChainViewGraph, chainGraphSteps, markGaps } from './chainGraph.ts';
import { gapContext } from './gapContext.ts';
import { analyseGaps, type GapEntry, gapNodeIds } from './gaps.ts';
import { type RegionMatrix, regionMatrix } from './regionMatrix.ts';

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
 * `derive` may be steps (data/slices.ts): `steps` runs them where the caller gives the page turns
 * (prepareClusterViews), the getter runs them at once.
 */
function perEntry<T>(derive: (dataset: Dataset, entry: ClusterEntry) => Steps<T>) {
  const kept = new WeakMap<Dataset, WeakMap<ClusterEntry, T>>();
  function* steps(dataset: Dataset, entry: ClusterEntry): Steps<T> {
    let byEntry = kept.get(dataset);
    if (!byEntry) {
      byEntry = new WeakMap();
      kept.set(dataset, byEntry);
    }
    if (byEntry.has(entry)) return byEntry.get(entry) as T;
    const value = yield* derive(dataset, entry);
    byEntry.set(entry, value);
    return value;
  }
  return Object.assign((dataset: Dataset, entry: ClusterEntry): T => drain(steps(dataset, entry)), {
    steps,
  });
}

/** Steps of a value worked out in one go. */
// biome-ignore lint/correctness/useYield: a computation quick enough to need no pause, as steps
function* now<T>(value: () => T): Steps<T> {
  return value();
}

/** The cluster's ranked 补链 list. */
export const gapsOf = perEntry((dataset, entry) =>
  now(() => analyseGaps(entry.cluster, gapContext(dataset))),
);

/** The cluster's chain graph with its gaps marked, and the gaps. */
export const clusterViewOf = perEntry(function* (dataset, entry): Steps<ClusterView> {
  const gaps = gapsOf(dataset, entry);
  const gapIds = gapNodeIds(gaps);
  const graph = yield* chainGraphSteps(entry.cluster);
  return { entry, graph: markGaps(graph, gapIds), gaps, gapIds };
});

/** The 区域分布 matrix: the cluster's segments by city. */
export const regionMatrixOf = perEntry((dataset, entry) =>
  now((): RegionMatrix => regionMatrix(entry.cluster, [...dataset.cities.values()])),
);
