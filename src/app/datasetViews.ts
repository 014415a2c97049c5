/** Small derived views of a Dataset that several panes need; computed once per dataset. */
import type { Dataset } from '../data/normalize.ts';
import type { Cluster } from '../data/schema.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import type { ClusterOverview } from '../model/mapModel.ts';

const clusterLists = new WeakMap<Dataset, readonly Cluster[]>();

/** The clusters in display order (pillar, then emerging). Same array for the same dataset. */
export function clusterList(dataset: Dataset): readonly Cluster[] {
  let list = clusterLists.get(dataset);
  if (!list) {
    list = [...dataset.clusters.values()].map((e) => e.cluster);
    clusterLists.set(dataset, list);
  }
  return list;
}

const overviews = new WeakMap<Dataset, readonly ClusterOverview[]>();

/**
 * The clusters as the overview draws them (the count map, the cluster × city matrix): while only
 * part of the dataset is in (`meta.partial`), the manifest's index, which lists every cluster with
 * its cities and roles; otherwise the clusters themselves. Same array for the same dataset.
 */
export function overviewClusters(dataset: Dataset): readonly ClusterOverview[] {
  let list = overviews.get(dataset);
  if (!list) {
    const index = dataset.meta.partial ? dataset.meta.clusterIndex : undefined;
    list = index?.length
      ? index.map((c) => ({ id: c.id, name: c.name, kind: c.kind, order: c.order, cities: c.cities ?? [] }))
      : clusterList(dataset);
    overviews.set(dataset, list);
  }
  return list;
}

const cityNamers = new WeakMap<Dataset, Map<Lang, (adcode: string) => string>>();

/**
 * City name by adcode in the current language (the adcode itself if unknown). The same function for
 * the same dataset and language, so tables that sort by city can keep their sorted rows.
 */
export function cityNameOf(dataset: Dataset, lang: Lang): (adcode: string) => string {
  let byLang = cityNamers.get(dataset);
  if (!byLang) {
    byLang = new Map();
    cityNamers.set(dataset, byLang);
  }
  let namer = byLang.get(lang);
  if (!namer) {
    namer = (code) => {
      const c = dataset.cities.get(code);
      return c ? nameIn(lang, c.name) : code;
    };
    byLang.set(lang, namer);
  }
  return namer;
}
