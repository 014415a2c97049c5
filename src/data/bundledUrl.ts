/**
 * The manifest of the bundled data, relative to the page: `./data/manifest.json`. A module of its
 * own, with no imports, because the page's shell needs it before the data loader has arrived.
 */
export function bundledManifestUrl(baseUrl: string): string {
  return new URL('data/manifest.json', baseUrl).href;
}
