/**
 * The bundled data's downloads, started by the page's shell before the data loader's code has
 * arrived (the loader, zod and the panels come in a chunk of their own). The loader's fetch takes a
 * started response instead of asking again, so the files and the loader's code download side by
 * side rather than one after the other. Only our own bundled files, and only the ones the loader
 * asks for first: a deep link's cluster (with the shared files), or every file on the start page.
 * No validation here: the loader checks everything it takes, exactly as if it had fetched it.
 */
import { clusterFileOf, resolveDataPath } from './dataPaths.ts';

const started = new Map<string, Promise<Response>>();

/** Starts one download (once) for the loader, or another of our own fetches, to take later. */
export function startDownload(url: string): Promise<Response> {
  let res = started.get(url);
  if (!res) {
    res = globalThis.fetch(url);
    started.set(url, res);
  }
  return res;
}

const urlOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** fetch, but a GET of a started URL takes that response (once) instead of asking again. */
export const fetchTakingEarly: typeof fetch = (input, init) => {
  const url = urlOf(input);
  const early = (init?.method ?? 'GET') === 'GET' ? started.get(url) : undefined;
  if (early) {
    started.delete(url);
    return early;
  }
  return globalThis.fetch(input, init);
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Starts the manifest, then (once it is in) the files the loader will ask for first. Failures are
 * left for the loader to meet and report: a started request that fails fails the same way for it.
 */
export function startBundledDownloads(manifestUrl: string, linkedCluster: string | null): void {
  void startDownload(manifestUrl)
    .then((res) => (res.ok ? res.clone().json() : null))
    .then((manifest: unknown) => {
      if (!isObj(manifest) || !isObj(manifest.files)) return;
      const f = manifest.files;
      const clusters = Array.isArray(f.clusters) ? f.clusters.filter((p) => typeof p === 'string') : [];
      const first = linkedCluster === null ? clusters : clusterFileOf(clusters, linkedCluster);
      // The loader asks for a deep link's cluster only when it is listed once; otherwise nothing extra.
      if (linkedCluster !== null && first.length !== 1) return;
      for (const path of [f.sources, f.cities, f.framework, f.models, ...first]) {
        // Paths the loader would refuse (another site) are not started either.
        const url = typeof path === 'string' ? resolveDataPath(manifestUrl, path) : null;
        if (url) void startDownload(url);
      }
    })
    .catch(() => undefined);
}
