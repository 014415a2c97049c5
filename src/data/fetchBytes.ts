/**
 * The network boundary. Turns every way a download can fail into one Problem with a next step:
 * cancelled, network or CORS, HTTP status, too big (Content-Length first, then the running byte
 * count, so a server that lies or streams forever is cut off). Never throws.
 */
import { formatBytes, MAX_FILE_BYTES } from './limits.ts';
import { problem, type Result } from './problems.ts';

export interface FetchOptions {
  fetch: typeof fetch;
  signal?: AbortSignal;
  maxBytes?: number;
  /** Bytes so far and the expected total (null when the server does not say). */
  onProgress?: (loaded: number, total: number | null) => void;
  /** The page's origin, to tell a CORS refusal from a network failure; defaults to location.origin. */
  pageOrigin?: string;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string;
}

function isAbort(e: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (e instanceof Error && e.name === 'AbortError');
}

export function cancelledProblem(file: string) {
  return problem(file, '', 'loading was cancelled', 'load the file again when you are ready');
}

export function tooBigProblem(file: string, size: number, max = MAX_FILE_BYTES) {
  // Just over the limit, both sizes round alike ("50 MB; the limit is 50 MB"): then give bytes.
  const near = formatBytes(size) === formatBytes(max);
  const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;
  const sizeText = near ? bytes(size) : formatBytes(size);
  const maxText = near ? `${bytes(max)} = ${formatBytes(max)}` : formatBytes(max);
  return problem(
    file,
    '',
    `the file is too big (${sizeText}; the limit is ${maxText})`,
    'split it into smaller files (one per cluster), or leave out what you do not need',
  );
}

function networkProblem(url: string, file: string, pageOrigin: string | undefined) {
  let target: URL | null = null;
  try {
    target = new URL(url);
  } catch {
    // reported below as a generic failure
  }
  if (target?.protocol === 'file:' || pageOrigin === 'null' || pageOrigin?.startsWith('file:'))
    return problem(
      file,
      '',
      'the browser does not let a page opened from a file:// address read data files',
      'open the app through a web server (for example `npm run preview`), not by double-clicking index.html',
    );
  if (target && pageOrigin && target.origin !== pageOrigin)
    return problem(
      file,
      '',
      `could not read it from ${target.origin}: the server did not allow this page to read it (CORS), or could not be reached`,
      `the site must send an Access-Control-Allow-Origin header for this page — or download the file and drop it here instead`,
    );
  return problem(
    file,
    '',
    'could not reach the server (network error)',
    'check the connection and that the server is running, then reload the page',
  );
}

function statusProblem(status: number, url: string, file: string) {
  if (status === 404 || status === 410)
    return problem(
      file,
      '',
      `not found on the server (HTTP ${status}) at ${url}`,
      'check the path or address; the file may have been moved or not deployed',
    );
  if (status === 401 || status === 403)
    return problem(
      file,
      '',
      `the server refused access (HTTP ${status})`,
      'the file must be readable without signing in; ask its owner to publish it',
    );
  if (status >= 500)
    return problem(
      file,
      '',
      `the server failed (HTTP ${status})`,
      'try again later; if it persists, tell the site owner',
    );
  return problem(file, '', `the server answered HTTP ${status} instead of the file`, 'check the address');
}

export async function fetchBytes(url: string, file: string, opts: FetchOptions): Promise<Result<Fetched>> {
  const max = opts.maxBytes ?? MAX_FILE_BYTES;
  const pageOrigin = opts.pageOrigin ?? globalThis.location?.origin;
  let res: Response;
  try {
    res = await opts.fetch(url, opts.signal ? { signal: opts.signal } : {});
  } catch (e) {
    return {
      ok: false,
      problems: [isAbort(e, opts.signal) ? cancelledProblem(file) : networkProblem(url, file, pageOrigin)],
    };
  }
  if (!res.ok) return { ok: false, problems: [statusProblem(res.status, url, file)] };
  const contentType = res.headers.get('content-type') ?? '';
  const declared = Number(res.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > max) {
    void res.body?.cancel().catch(() => undefined);
    return { ok: false, problems: [tooBigProblem(file, total, max)] };
  }
  try {
    if (!res.body) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.length > max) return { ok: false, problems: [tooBigProblem(file, bytes.length, max)] };
      return { ok: true, value: { bytes, contentType } };
    }
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.length;
      if (loaded > max) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problems: [tooBigProblem(file, loaded, max)] };
      }
      chunks.push(value);
      opts.onProgress?.(loaded, total);
    }
    const bytes = new Uint8Array(loaded);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    return { ok: true, value: { bytes, contentType } };
  } catch (e) {
    return {
      ok: false,
      problems: [isAbort(e, opts.signal) ? cancelledProblem(file) : networkProblem(url, file, pageOrigin)],
    };
  }
}
