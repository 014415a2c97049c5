/**
 * Stands in for src/map/fontFaces.ts in the single-file build (scripts/vite/single/singleFilePlugin.ts
 * redirects imports of it here). maplibre downloads `font-faces` itself — with XMLHttpRequest for
 * file: URLs, which a page opened from disk may not read — so each face's URL becomes the font's
 * inlined data: URL. Everything else is the original module, unchanged.
 */

import { inlinedAssetUrl } from '../../../../src/data/inlined.ts';
import { fontFacesFor as hostedFontFacesFor } from '../../../../src/map/fontFaces.ts';
import { inlinedBundle } from './install.ts';

export * from '../../../../src/map/fontFaces.ts';

type FontFaces = ReturnType<typeof hostedFontFacesFor>;

export function fontFacesFor(baseUrl: string): FontFaces {
  const faces = hostedFontFacesFor(baseUrl);
  const bundle = inlinedBundle;
  if (!bundle) return faces;
  const out: FontFaces = {};
  for (const [family, spec] of Object.entries(faces))
    out[family] =
      typeof spec === 'string'
        ? inlinedAssetUrl(bundle, spec, baseUrl)
        : spec.map((face) => ({ ...face, url: inlinedAssetUrl(bundle, face.url, baseUrl) }));
  return out;
}
