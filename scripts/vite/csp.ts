/**
 * The Content-Security-Policy of the hosted build: one table, written into dist/index.html as a <meta>
 * (cspPlugin.ts), sent as a header by the browser-test server, and copied into public/_headers and
 * docs/nginx.conf.example (test/unit/single/csp.test.ts keeps those in step).
 *
 * Exactly what the app needs, found by running the whole browser suite with a violation recorder:
 * - everything it loads is its own file: scripts, the stylesheet, the fonts, the data JSON, and the
 *   maplibre worker, which mapController hands to maplibre as a same-origin URL (setWorkerUrl), so
 *   maplibre 6 starts it directly and never launders it through a blob: URL;
 * - img-src data: is for the page's empty favicon (`<link rel="icon" href="data:,">`); maplibre draws
 *   no raster images here (no sprites, no raster tiles), so it needs no blob: images;
 * - no 'unsafe-inline' (React's style={{…}} goes through CSSOM, which style-src does not govern) and no
 *   'unsafe-eval' (zod runs jitless, CSV uses csvParseRows).
 * A <meta> policy cannot carry frame-ancestors, sandbox or report-to (browsers ignore them there);
 * HEADER_CSP adds frame-ancestors for hosts that can send headers (public/_headers, nginx example).
 */
export type Directives = Readonly<Record<string, readonly string[]>>;

export const APP_CSP: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The header policy: the same plus who may frame the app. `*` keeps the feature working (the app is
 * made to be embedded in briefings; it has no session and no action a hidden frame could trigger);
 * public/_headers explains how to narrow it to the sites that embed it.
 */
export const HEADER_CSP: Directives = { ...APP_CSP, 'frame-ancestors': ['*'] };

export function formatCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The single-file build's policy (dist-single/chainatlas.html, opened from disk): nothing from anywhere
 * — the page is its own only source — except what it carries inline, allowed by hash, and data:/blob:
 * URLs it makes itself:
 * - script-src / style-src: the sha256 of each inline <script type="module"> and <style>;
 * - font-src data: the fonts are data: URLs in the inlined CSS;
 * - connect-src data: maplibre fetch()es its worker source and the map fonts, both data: URLs here;
 * - worker-src data: a page with an opaque origin (every file:// page) makes maplibre start its
 *   worker from a data: URL it builds from that source (maplibre 6 `createWorker`);
 * - img-src data: the empty favicon.
 */
export function singleFileCsp(scriptHashes: readonly string[], styleHashes: readonly string[]): Directives {
  return {
    'default-src': ["'none'"],
    'script-src': scriptHashes,
    'style-src': styleHashes,
    'img-src': ['data:'],
    'font-src': ['data:'],
    'connect-src': ['data:'],
    'worker-src': ['data:', 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}
