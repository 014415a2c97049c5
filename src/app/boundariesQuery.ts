/** Loads the map boundaries the manifest names (ours, or a dataset's own with the same adcodes). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import { fetchTakingEarly } from '../data/earlyFetch.ts';
import type { Dataset } from '../data/normalize.ts';
import { boundariesFromTopology } from '../map/geo.ts';
import { BUNDLED_GEO_PATH, BUNDLED_MANIFEST_URL } from './config.ts';

export function boundariesQuery(manifestUrl: string, geoPath: string) {
  return queryOptions({
    queryKey: ['boundaries', manifestUrl, geoPath],
    // No abort signal: the loading page that asks first gives way to the workspace, which asks for
    // the same boundaries; with a signal the query would cancel the download and start it again.
    queryFn: async () => {
      const url = new URL(geoPath, manifestUrl).href;
      const res = await fetchTakingEarly(url);
      if (!res.ok) throw new Error(`${geoPath}: HTTP ${res.status}`);
      return boundariesFromTopology((await res.json()) as Topology);
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The boundaries the dataset names, or ours: what the map and the export both draw. */
export function useBoundaries(dataset: Dataset) {
  return useQuery(boundariesQuery(BUNDLED_MANIFEST_URL, dataset.meta.geo?.boundaries ?? BUNDLED_GEO_PATH));
}

/**
 * Our boundaries, asked for at once (useDataset calls this on its first render), beside the
 * dataset rather than after it: the map's first paint then waits for one download instead of two
 * in a row. A dataset with its own boundaries still gets them through useBoundaries; ours are then
 * fetched for nothing (one 40 kB gzip file).
 */
export function useBundledBoundaries() {
  return useQuery(boundariesQuery(BUNDLED_MANIFEST_URL, BUNDLED_GEO_PATH));
}
