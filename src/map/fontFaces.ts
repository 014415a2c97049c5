/**
 * The font files we ship: subset Noto Sans SC in public/fonts/ (built by `npm run data:fonts`), one
 * Latin and one CJK file per weight. The page uses them through src/app/fonts.css (the map's labels
 * too: they are page text), the SVG and PNG exports embed them (src/export/fonts.ts).
 */

// Must match src/app/fonts.css and the FACES table in scripts/build-fonts.mjs (checked by
// test/unit/fonts.test.ts). The two ranges do not overlap, so each code point has one file: the
// browser loads a face only for the code points its range names.
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

/**
 * Paths relative to the app root (public/ is served there). No leading slash: they are resolved
 * against appBaseUrl(), so the app works from a sub-path.
 */
export function fontFilePath(face: 'latin' | 'cjk', weight: 400 | 700): string {
  return `fonts/chainatlas-${face}-${weight}.woff2`;
}

/**
 * The app root URL in the browser. BASE_URL is '/' in dev and './' in the build (vite.config.ts sets
 * `base: './'`); resolving it against the page keeps any sub-path the app is hosted under.
 */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}
