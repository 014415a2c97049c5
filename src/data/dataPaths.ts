/**
 * Where a dataset's files are, as URLs: no imports, so the page's shell (which starts the bundled
 * downloads, earlyFetch.ts) and the loader (load.ts) resolve paths the same way without the shell
 * pulling in the loader and its validation.
 */

/** The manifest of the bundled data, relative to the page: `./data/manifest.json`. */
export function bundledManifestUrl(baseUrl: string): string {
  return new URL('data/manifest.json', baseUrl).href;
}

/**
 * A path from a manifest, resolved against it. Paths may not leave the manifest's site: a dataset
 * loaded from one origin never makes the app fetch from another.
 */
export function resolveDataPath(baseUrl: string, path: string): string | null {
  try {
    const base = new URL(baseUrl);
    const url = new URL(path, base);
    return url.origin === base.origin && url.protocol === base.protocol ? url.href : null;
  } catch {
    return null;
  }
}

/** The cluster file a deep link loads first: `<id>.json`, in any folder of the manifest's list. */
export function clusterFileOf(paths: readonly string[], clusterId: string): string[] {
  const wanted = `${clusterId}.json`;
  return paths.filter((p) => p === wanted || p.endsWith(`/${wanted}`));
}
