/** Loads the map boundaries the manifest names (ours, or a dataset's own with the same adcodes). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../data/normalize.ts';
import { boundariesFromTopology } from '../map/geo.ts';
import { BUNDLED_GEO_PATH, BUNDLED_MANIFEST_URL } from './config.ts';

export function boundariesQuery(manifestUrl: string, geoPath: string) {
  return queryOptions({
    queryKey: ['boundaries', manifestUrl, geoPath],
    queryFn: async ({ signal }) => {
      const url = new URL(geoPath, manifestUrl).href;
      const res = await fetch(url, { signal });
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
