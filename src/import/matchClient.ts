/**
 * Runs step 3 of the import (mapping and matching, matchRows.ts) for the wizard: a short list right
 * here, a long one in our own module worker (match.worker.ts), with progress and cancel. Where
 * there is no worker (Node, jsdom tests) or it fails to start, a long list runs here in slices with
 * a yield between them. Cancel (the signal) terminates the worker, or stops at the next slice; a
 * cancelled request never resolves with rows, so a stale result cannot overwrite a newer one.
 * The worker is a same-origin module file emitted by Vite, which our CSP allows (as parseClient.ts).
 */
import {
  dataRows,
  type MatchRequest,
  type MatchResult,
  type MatchWorkerMessage,
  type MatchWorkerRequest,
  matchAll,
  matchSlices,
} from './matchRows.ts';
import type { ReviewRow } from './types.ts';

/** Below this many data rows the whole sheet is read and matched at once (tens of milliseconds). */
export const INLINE_ROWS = 2000;
/** Rows per slice on the page's thread: a slice stays well under 50 ms. */
export const MAIN_SLICE_ROWS = 1000;
/** Sheet rows per message to the worker: serializing one stays a few milliseconds. */
export const SEND_ROWS = 4000;

/** `failed`: the matching itself threw (a bug, not the file); `message` says what. */
export type MatchOutcome =
  | ({ kind: 'done' } & MatchResult)
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const failed = (e: unknown): MatchOutcome => ({
  kind: 'failed',
  message: e instanceof Error ? e.message : String(e),
});

export interface MatchRunOptions {
  /** Sheet rows read and matched so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export type MatchRunner = (req: MatchRequest, opts?: MatchRunOptions) => Promise<MatchOutcome>;

/** Lets the page paint and handle input before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** On this thread: at once when short, otherwise a slice per task. */
export const matchOnMainThread: MatchRunner = async (req, opts = {}) => {
  const cancelled = () => opts.signal?.aborted === true;
  if (cancelled()) return { kind: 'cancelled' };
  try {
    if (dataRows(req) <= INLINE_ROWS) return { kind: 'done', ...matchAll(req) };
    const slices = matchSlices(req, MAIN_SLICE_ROWS);
    const rows: ReviewRow[] = [];
    for (let next = slices.next(); ; next = slices.next()) {
      if (next.done) return { kind: 'done', rows, problems: next.value };
      for (const r of next.value.rows) rows.push(r);
      opts.onProgress?.(next.value.done, next.value.total);
      await nextTask();
      if (cancelled()) return { kind: 'cancelled' };
    }
  } catch (e) {
    return failed(e);
  }
};

/**
 * Rows cloned from the worker come back with Object.prototype on their cells; mappedRows.ts gives
 * them none, so that a `constructor` or `__proto__` column reads as any other.
 */
function ownCells(rows: ReviewRow[]): ReviewRow[] {
  for (const r of rows) Object.setPrototypeOf(r.cells, null);
  return rows;
}

/** In a fresh worker; if it cannot start or stops unexpectedly (no answer), on this thread instead. */
export const matchInWorker: MatchRunner = (req, opts = {}) =>
  new Promise<MatchOutcome>((resolve) => {
    const { signal } = opts;
    if (signal?.aborted) {
      resolve({ kind: 'cancelled' });
      return;
    }
    const worker = new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module' });
    let settled = false;
    const finish = (outcome: MatchOutcome | null) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome ?? matchOnMainThread(req, opts));
    };
    const onAbort = () => finish({ kind: 'cancelled' });
    signal?.addEventListener('abort', onAbort, { once: true });
    const rows: ReviewRow[] = [];
    worker.onmessage = (e: MessageEvent<MatchWorkerMessage>) => {
      const msg = e.data;
      if (settled) return;
      if (msg.type === 'slice') {
        for (const r of ownCells(msg.rows)) rows.push(r);
        opts.onProgress?.(msg.done, msg.total);
      } else if (msg.type === 'done') finish({ kind: 'done', rows, problems: msg.problems });
      else finish({ kind: 'failed', message: msg.message });
    };
    worker.onerror = () => finish(null);
    worker.onmessageerror = () => finish(null);
    void send(worker, req, () => settled);
  });

/** The request, then the sheet's rows a few thousand per message, a task each. */
async function send(worker: Worker, req: MatchRequest, stopped: () => boolean): Promise<void> {
  const { sheet, ...rest } = req;
  const start: MatchWorkerRequest = {
    type: 'start',
    request: { ...rest, sheet: { name: sheet.name } },
    count: sheet.rows.length,
  };
  worker.postMessage(start);
  for (let at = 0; at < sheet.rows.length; at += SEND_ROWS) {
    if (stopped()) return;
    worker.postMessage({
      type: 'rows',
      rows: sheet.rows.slice(at, at + SEND_ROWS),
    } satisfies MatchWorkerRequest);
    await nextTask();
  }
}

/** Long lists go to the worker when the platform has one. */
export const matchAuto: MatchRunner = (req, opts) =>
  dataRows(req) > INLINE_ROWS && typeof Worker !== 'undefined'
    ? matchInWorker(req, opts)
    : matchOnMainThread(req, opts);
