/**
 * TanStack Query options for the datasets (the `queryOptions` factory pattern: key and function
 * live together, every caller shares them). Data files do not change while the page is open, so
 * they never go stale; `retry: false` because the load functions never throw — a failure arrives as
 * Problems in the result, and retrying a missing local file only delays the message.
 * `structuralSharing: false`: a Dataset is immutable, Map-based and large; comparing it is waste.
 */
import { queryOptions } from '@tanstack/react-query';
import { loadDatasetFromUrl } from './load.ts';
import { loadUserUrl } from './userData.ts';

/** The browser's fetch, called as a plain function (a detached `fetch` throws "Illegal invocation"). */
const browserFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** The manifest of the bundled data, relative to the page: `./data/manifest.json`. */
export function bundledManifestUrl(baseUrl: string): string {
  return new URL('data/manifest.json', baseUrl).href;
}

/** The app's own dataset. `baseUrl`: the page's base (document.baseURI). */
export function bundledDatasetQuery(baseUrl: string) {
  const url = bundledManifestUrl(baseUrl);
  return queryOptions({
    queryKey: ['dataset', 'bundled', url] as const,
    queryFn: ({ signal }) => loadDatasetFromUrl(url, { fetch: browserFetch, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    structuralSharing: false,
  });
}

/**
 * A `?data=` address, after `classifyDataUrl` (and the person's confirmation for another origin).
 * Returns the user inputs, which `mergeUserInputs(bundled, load)` combines with the bundled dataset:
 * a whole dataset replaces it, a cluster file or CSV adds to it.
 */
export function urlDatasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', 'url', url] as const,
    queryFn: ({ signal }) => loadUserUrl(url, { fetch: browserFetch, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    structuralSharing: false,
  });
}
