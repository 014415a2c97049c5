/**
 * The maplibre style's `font-faces`: the map has no glyphs URL, so labels are drawn from the subset
 * Noto Sans SC files in public/fonts/ (built by `npm run data:fonts`). Without them Chinese labels are
 * tofu on machines with no CJK font. The HTML side uses the same files via src/app/fonts.css.
 */
import type { MapOptions } from 'maplibre-gl';

type StyleSpec = Exclude<MapOptions['style'], string | undefined>;
export type FontFaces = NonNullable<StyleSpec['font-faces']>;

/** Use in `text-font`, e.g. `'text-font': [MAP_FONT]`. */
export const MAP_FONT = 'ChainAtlas Sans';
export const MAP_FONT_BOLD = 'ChainAtlas Sans Bold';

// Must match src/app/fonts.css and the FACES table in scripts/build-fonts.mjs (checked by
// test/unit/fonts.test.ts). The two ranges do not overlap: maplibre takes the first face that covers
// a code point, whether or not the file has the glyph.
export const LATIN_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
export const CJK_RANGE = ['U+3000-9FFF', 'U+F900-FAFF', 'U+FE30-FE6F', 'U+FF00-FFEF'];

/** Paths relative to the app root (public/ is served there). No leading slash: see fontFacesFor. */
export function fontFilePath(face: 'latin' | 'cjk', weight: 400 | 700): string {
  return `fonts/chainatlas-${face}-${weight}.woff2`;
}

/**
 * `font-faces` for a style. maplibre fetches the URLs itself, so they must be absolute; they are built
 * against `baseUrl` (the URL of the directory holding index.html) so the app works from a sub-path.
 */
export function fontFacesFor(baseUrl: string): FontFaces {
  const faces = (weight: 400 | 700) => [
    { url: new URL(fontFilePath('latin', weight), baseUrl).href, 'unicode-range': [...LATIN_RANGE] },
    { url: new URL(fontFilePath('cjk', weight), baseUrl).href, 'unicode-range': [...CJK_RANGE] },
  ];
  return { [MAP_FONT]: faces(400), [MAP_FONT_BOLD]: faces(700) };
}

/**
 * The app root URL in the browser. BASE_URL is '/' in dev and './' in the build (vite.config.ts sets
 * `base: './'`); resolving it against the page keeps any sub-path the app is hosted under.
 */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}
