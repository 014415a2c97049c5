/** Loads the map boundaries the manifest names (ours, or a dataset's own with the same adcodes). */
import { queryOptions } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import { boundariesFromTopology } from '../map/geo.ts';

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
