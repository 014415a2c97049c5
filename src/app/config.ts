import { bundledManifestUrl } from '../data/dataPaths.ts';

/** Where the bundled dataset lives, relative to the page (works from any sub-path of a static host). */
export const BUNDLED_MANIFEST_URL = bundledManifestUrl(document.baseURI);
/** The bundled map boundaries, used when a dataset names none of its own. */
export const BUNDLED_GEO_PATH = 'geo/guangdong.topo.json';
/** Credit for those boundaries when the dataset does not name its geo sources. */
export const BUNDLED_GEO_CREDIT = 'Apache ECharts 4.9.0';

/** The cluster a deep link names (`?c=`), read from the address the page was opened with. */
export function linkedCluster(): string | null {
  return new URLSearchParams(window.location.search).get('c');
}
