/**
 * Runs the parse of one file's bytes either right here (small files) or in our own module worker
 * (large ones), with progress and cancel. Cancel terminates the worker: papaparse and JSON.parse
 * cannot be interrupted otherwise. The worker is a same-origin module file emitted by Vite, which
 * our CSP allows; papaparse's own `worker: true` would need a blob: URL, which it does not.
 */
import { WORKER_THRESHOLD_BYTES } from './limits.ts';
import {
  failedOutcome,
  type ParseOutcome,
  type ParseRequest,
  parseNow,
  requestBytes,
  unreadable,
  type WorkerMessage,
  type WorkerRequest,
} from './parseBytes.ts';
import { problem } from './problems.ts';
import { joinOutcome, type Part } from './transfer.ts';

export type { ParseOutcome, ParseRequest } from './parseBytes.ts';

export interface ParseRunOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export type ParseRunner = (req: ParseRequest, opts: ParseRunOptions) => Promise<ParseOutcome>;

export const parseOnMainThread: ParseRunner = async (req, opts) => {
  if (opts.signal?.aborted) return { format: 'cancelled' };
  const bytes = await requestBytes(req);
  if (!bytes) return unreadable(req);
  if (opts.signal?.aborted) return { format: 'cancelled' };
  return parseNow({ ...req, bytes }, opts.onProgress);
};

export const parseInWorker: ParseRunner = (req, opts) =>
  new Promise<ParseOutcome>((resolve) => {
    if (opts.signal?.aborted) {
      resolve({ format: 'cancelled' });
      return;
    }
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: ParseOutcome) => {
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => finish({ format: 'cancelled' });
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    // Each part is its own message, so the page deserializes a big result in many short tasks.
    const parts: Part[] = [];
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const msg = e.data;
      if (msg.type === 'progress') opts.onProgress?.(msg.fraction);
      else if (msg.type === 'part') parts.push(msg);
      else finish(joinOutcome(msg.outcome, parts));
    };
    const crashed = () =>
      finish(
        failedOutcome(
          req,
          problem(
            req.name,
            '',
            'the file could not be read: the parser stopped unexpectedly',
            'reload the page and try again; if it persists, the file may be too complex',
          ),
        ),
      );
    worker.onerror = crashed;
    worker.onmessageerror = crashed;
    const base: WorkerRequest = {
      format: req.format,
      name: req.name,
      inParts: true,
      ...(req.interpret ? { interpret: true } : {}),
    };
    if (!req.bytes) {
      // The unread file: posting a Blob copies a reference, not its contents.
      worker.postMessage({ ...base, ...(req.blob ? { blob: req.blob } : {}) } satisfies WorkerRequest);
      return;
    }
    // Transfer, not copy, the bytes: hand over their own buffer when they fill it, otherwise a copy
    // of just the bytes.
    const whole = req.bytes.byteOffset === 0 && req.bytes.byteLength === req.bytes.buffer.byteLength;
    const buffer = (whole ? req.bytes.buffer : req.bytes.slice().buffer) as ArrayBuffer;
    worker.postMessage({ ...base, bytes: buffer } satisfies WorkerRequest, [buffer]);
  });

/** Large files go to the worker when the platform has one (not in Node or jsdom tests). */
export const parseAuto: ParseRunner = (req, opts) =>
  (req.bytes?.length ?? req.blob?.size ?? 0) > WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined'
    ? parseInWorker(req, opts)
    : parseOnMainThread(req, opts);
