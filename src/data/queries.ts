/**
 * TanStack Query options for the datasets (the `queryOptions` factory pattern: key and function
 * live together, every caller shares them). Data files do not change while the page is open, so
 * they never go stale; `retry: false` because the load functions never throw — a failure arrives as
 * Problems in the result, and retrying a missing local file only delays the message.
 * `structuralSharing: false`: a Dataset is immutable, Map-based and large; comparing it is waste.
 */
import { queryOptions } from '@tanstack/react-query';
import { markOnce } from '../perf/marks.ts';
import { bundledManifestUrl } from './bundledUrl.ts';
import { fetchTakingEarly } from './earlyFetch.ts';
import { loadDatasetFromUrl } from './load.ts';

/**
 * The browser's fetch, called as a plain function (a detached `fetch` throws "Illegal invocation"),
 * taking the bundled files the page's shell has already started (earlyFetch.ts).
 */
export const browserFetch: typeof fetch = fetchTakingEarly;

export { bundledManifestUrl };

/** The app's own dataset. `baseUrl`: the page's base (document.baseURI). */
/**
 * A deep link's cluster alone (with the shared sources, cities and framework), to show it before
 * the other clusters' files have arrived. Empty when the manifest has no `<id>.json` for it.
 */
export function bundledClusterQuery(baseUrl: string, clusterId: string | null) {
  const url = bundledManifestUrl(baseUrl);
  return queryOptions({
    queryKey: ['dataset', 'bundled-cluster', url, clusterId] as const,
    queryFn: ({ signal }) =>
      loadDatasetFromUrl(url, { fetch: browserFetch, signal, onlyCluster: clusterId ?? '' }),
    enabled: clusterId !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    structuralSharing: false,
  });
}

export function bundledDatasetQuery(baseUrl: string) {
  const url = bundledManifestUrl(baseUrl);
  return queryOptions({
    queryKey: ['dataset', 'bundled', url] as const,
    queryFn: async ({ signal }) => {
      const result = await loadDatasetFromUrl(url, { fetch: browserFetch, signal });
      // For `npm run bench`: when the bundled data is validated and ready to show.
      markOnce('chainatlas:dataset-ready');
      return result;
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    structuralSharing: false,
  });
}
