/**
 * Builds, ahead of the render that shows a new dataset, what that render derives for the chosen
 * cluster: its gap analysis, its chain graph and the graph's city index, its region matrix, its
 * firms in name order and the sources it cites. Each is kept per (frozen) dataset and entry, so the
 * render takes them as they are. As a generator with a `yield` after each, run by runInSlices, the
 * work comes a step per task when it is big: with a person's 12,500 firms in one cluster the steps
 * take 20–60 ms each, and done inside the render they were one task of 180–210 ms (`npm run bench`,
 * list phase).
 */
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import type { Steps } from '../data/slices.ts';
import type { Lang } from '../i18n/index.ts';
import { indexGraph } from '../model/graphIndex.ts';
import { clusterViewOf, gapsOf, regionMatrixOf } from '../model/keptViews.ts';
import { collectSourceIds } from '../panels/common/collectSourceIds.ts';
import { firmsByNameSteps } from '../panels/fiveOnes/enterpriseSort.ts';
import type { AppStore } from '../state/store.ts';

const prepared = new WeakMap<Dataset, WeakSet<ClusterEntry>>();

/** Whether prepareClusterViews has run to its end for this cluster of this dataset. */
export function isPrepared(dataset: Dataset, entry: ClusterEntry): boolean {
  return prepared.get(dataset)?.has(entry) ?? false;
}

export function* prepareClusterViews(dataset: Dataset, clusterId: string | null, lang: Lang): Steps<void> {
  const entry = clusterId ? dataset.clusters.get(clusterId) : undefined;
  if (!entry) return;
  gapsOf(dataset, entry);
  yield;
  const { graph } = yield* clusterViewOf.steps(dataset, entry);
  yield;
  if (graph) indexGraph(graph);
  regionMatrixOf(dataset, entry);
  yield;
  yield* firmsByNameSteps(entry.cluster.fiveOnes.enterprises, lang);
  yield;
  collectSourceIds(entry.cluster);
  let done = prepared.get(dataset);
  if (!done) {
    done = new WeakSet();
    prepared.set(dataset, done);
  }
  done.add(entry);
}

/** The preparation for the cluster and language the store holds once a merged dataset is in. */
export function prepareChosenCluster(store: AppStore): (dataset: Dataset) => Steps<void> {
  return (dataset) => {
    const { cluster, lang } = store.getState();
    return prepareClusterViews(dataset, cluster, lang);
  };
}
