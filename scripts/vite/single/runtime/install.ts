/**
 * Browser code that only the single-file build contains (its entry imports this first). The page has
 * no server behind it, so it answers the app's requests for its own bundled files — the dataset and the
 * map boundaries — from the inlined block, the way a service worker would for an offline app; every
 * other request goes to the real fetch (and, offline, fails as it should). Hosted builds never load it.
 */
import {
  createInlinedFetch,
  type InlinedBundle,
  inlinedFileUrls,
  readInlinedBundle,
} from '../../../../src/data/inlined.ts';

export const inlinedBundle: InlinedBundle | null = readInlinedBundle(document);

if (inlinedBundle) {
  const network = globalThis.fetch.bind(globalThis);
  globalThis.fetch = createInlinedFetch(inlinedFileUrls(inlinedBundle, document.baseURI), network);
} else {
  console.error('chainatlas: the single-file page has no inlined data block');
}
