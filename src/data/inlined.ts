/**
 * The single-file build (`npm run build:single`) carries the bundled files inside the page, in
 * `<script type="application/json" id="chainatlas-data">` (written by scripts/vite/single/, escaped so
 * no string in it can close the element). This module reads that block and answers `fetch` calls for
 * exactly those files from it, so the data loader runs its usual path — bytes → decode → depth guard
 * → JSON → migrate → schema → assemble — on the inlined text, with no server and no network.
 * Pure: no React, no renderer; the DOM only where a Document is passed in.
 */

export const INLINED_DATA_ID = 'chainatlas-data';

export interface InlinedBundle {
  version: 1;
  /** Text files by path relative to the page (e.g. `data/manifest.json`). */
  files: Record<string, string>;
  /** Binary assets (fonts) as data: URLs, by path relative to the page (e.g. `fonts/x.woff2`). */
  assets: Record<string, string>;
}

function stringRecord(value: unknown, dataUrls: boolean): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string' && (!dataUrls || v.startsWith('data:')));
}

/** The block's text → bundle, or null when it is not one (never throws). */
export function parseInlinedBundle(text: string): InlinedBundle | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const { version, files, assets } = json as Record<string, unknown>;
  if (version !== 1 || !stringRecord(files, false) || !stringRecord(assets, true)) return null;
  return { version, files, assets };
}

/** The page's inlined bundle, or null on a normal (hosted) page. */
export function readInlinedBundle(doc: Document): InlinedBundle | null {
  const el = doc.getElementById(INLINED_DATA_ID);
  if (el?.tagName !== 'SCRIPT' || el.getAttribute('type') !== 'application/json') return null;
  return parseInlinedBundle(el.textContent ?? '');
}

/** Absolute URL → file text, resolved against the page's base URL. */
export function inlinedFileUrls(bundle: InlinedBundle, baseUrl: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of Object.entries(bundle.files)) out.set(new URL(path, baseUrl).href, text);
  return out;
}

/** An asset's data: URL in place of its address, or the address itself when it is not inlined. */
export function inlinedAssetUrl(bundle: InlinedBundle, url: string, baseUrl: string): string {
  for (const [path, dataUrl] of Object.entries(bundle.assets))
    if (new URL(path, baseUrl).href === url) return dataUrl;
  return url;
}

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

function contentType(url: string): string {
  return url.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
}

/**
 * A fetch that answers GETs for the inlined files (by absolute URL, query and hash ignored) and hands
 * everything else to `fallback`. Honours an already-aborted signal like fetch does.
 */
export function createInlinedFetch(files: ReadonlyMap<string, string>, fallback: typeof fetch): typeof fetch {
  return (input, init) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    let key: string | null = null;
    try {
      const url = new URL(requestUrl(input), globalThis.location?.href);
      url.search = '';
      url.hash = '';
      key = url.href;
    } catch {
      key = null;
    }
    const text = key !== null && method === 'GET' ? files.get(key) : undefined;
    if (text === undefined || key === null) return fallback(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : null);
    if (signal?.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    return Promise.resolve(
      new Response(text, { status: 200, headers: { 'content-type': contentType(key) } }),
    );
  };
}
