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
 * A <meta> policy cannot carry frame-ancestors, sandbox or report-to; HEADER_ONLY lists what a host
 * that can send headers should add.
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

export function formatCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
