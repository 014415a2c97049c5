/**
 * Where the page runs, as far as embedding is concerned. An iframe sandboxed without
 * `allow-same-origin` gives the page an opaque origin ("null"): its own scripts, data and the map's
 * worker then count as cross-origin and are refused (no CORS headers on a static host), and
 * localStorage throws. Detected once, so the shell can show a clear note instead of a broken page.
 */
export type Runtime = 'normal' | 'opaque-sandbox';

export function detectRuntime(win: Pick<Window, 'origin' | 'location'> = window): Runtime {
  const httpPage = win.location.protocol === 'http:' || win.location.protocol === 'https:';
  return httpPage && win.origin === 'null' ? 'opaque-sandbox' : 'normal';
}
