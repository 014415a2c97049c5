/**
 * TanStack Query options for the datasets (the `queryOptions` factory pattern: key and function
 * live together, every caller shares them). Data files do not change while the page is open, so
 * they never go stale; `retry: false` because the load functions never throw — a failure arrives as
 * Problems in the result, and retrying a missing local file only delays the message.
 * `structuralSharing: false`: a Dataset is immutable, Map-based and large; comparing it is waste.
 */
import { queryOptions } from '@tanstack/react-query';
import { markOnce } from '../perf/marks.ts';
import { bundledManifestUrl } from './dataPaths.ts';
import { fetchTakingEarly } from './earlyFetch.ts';
import { loadDatasetFromUrl } from './load.ts';

/**
 * The browser's fetch, called as a plain function (a detached `fetch` throws "Illegal invocation"),
 * taking the bundled files the page's shell has already started (earlyFetch.ts).
 */
export const browserFetch: typeof fetch = fetchTakingEarly;

/**
 * After the browser's next paint (or 100 ms, for a tab in the background that paints nothing): the
 * bundled files are often all in when the workspace first renders, and checking them at once would
 * hold back the map preview's first picture by that long.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/**
 * What the page shows before the clusters' files have all arrived: a deep link's cluster alone (with
 * the shared sources, cities and framework; empty when the manifest has no `<id>.json` for it), or,
 * for the start page (`clusterId` null), the shared files alone, its map and matrix drawn from the
 * manifest's index.
 */
export function bundledFirstQuery(baseUrl: string, clusterId: string | null, enabled = true) {
  const url = bundledManifestUrl(baseUrl);
  return queryOptions({
    queryKey: ['dataset', 'bundled-first', url, clusterId] as const,
    queryFn: ({ signal }) =>
      loadDatasetFromUrl(url, {
        fetch: browserFetch,
        signal,
        ...(clusterId === null ? { noClusters: true } : { onlyCluster: clusterId }),
      }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    structuralSharing: false,
  });
}

/**
 * The app's own dataset. `baseUrl`: the page's base (document.baseURI). `first`: it is what the page shows first (no deep link), so checking its
 * twenty files waits for the map preview's paint. A deep link's own cluster is a few files, checked
 * at once; holding it back a frame only delayed the diagram and the map.
 */
export function bundledDatasetQuery(baseUrl: string, first = true) {
  const url = bundledManifestUrl(baseUrl);
  return queryOptions({
    queryKey: ['dataset', 'bundled', url] as const,
    queryFn: async ({ signal }) => {
      const result = await loadDatasetFromUrl(url, {
        fetch: browserFetch,
        signal,
        ...(first ? { beforeAssembly: afterNextPaint } : {}),
      });
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
