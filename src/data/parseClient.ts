/**
 * Runs the parse of one file's bytes either right here (small files) or in our own module worker
 * (large ones), with progress and cancel. Cancel terminates the worker: papaparse and JSON.parse
 * cannot be interrupted otherwise. The worker is a same-origin module file emitted by Vite, which
 * our CSP allows; papaparse's own `worker: true` would need a blob: URL, which it does not.
 * The data loader's runners (ParseRunner) and the import's (SheetRunner) share the worker.
 */
import { WORKER_THRESHOLD_BYTES } from './limits.ts';
import {
  type AnyOutcome,
  failedOutcome,
  failedWorkbook,
  type ParseOutcome,
  type ParseRequest,
  parseNow,
  readSheetNow,
  requestBytes,
  type SheetRequest,
  unreadable,
  unreadableProblem,
  type WorkbookOutcome,
  type WorkerMessage,
  type WorkerRequest,
} from './parseBytes.ts';
import { type Problem, problem } from './problems.ts';
import { joinOutcome, type Part } from './transfer.ts';

export type { ParseOutcome, ParseRequest, SheetRequest, WorkbookOutcome } from './parseBytes.ts';

export interface ParseRunOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export type ParseRunner = (req: ParseRequest, opts: ParseRunOptions) => Promise<ParseOutcome>;

export type SheetOutcome = WorkbookOutcome | { format: 'cancelled' };
export type SheetRunner = (req: SheetRequest, opts: ParseRunOptions) => Promise<SheetOutcome>;

export const parseOnMainThread: ParseRunner = async (req, opts) => {
  if (opts.signal?.aborted) return { format: 'cancelled' };
  const bytes = await requestBytes(req);
  if (!bytes) return unreadable(req);
  if (opts.signal?.aborted) return { format: 'cancelled' };
  return parseNow({ ...req, bytes }, opts.onProgress);
};

export const readSheetOnMainThread: SheetRunner = async (req, opts) => {
  if (opts.signal?.aborted) return { format: 'cancelled' };
  const bytes = await requestBytes(req);
  if (!bytes) return failedWorkbook(req.name, unreadableProblem(req.name));
  if (opts.signal?.aborted) return { format: 'cancelled' };
  const outcome = await readSheetNow(bytes, req.name, opts.onProgress);
  return opts.signal?.aborted ? { format: 'cancelled' } : outcome;
};

/**
 * Posts one request to a fresh worker and resolves with its outcome. `failed` gives the outcome for
 * a worker that stopped without one.
 */
function inWorker(
  base: WorkerRequest,
  data: { bytes?: Uint8Array; blob?: Blob },
  opts: ParseRunOptions,
  failed: (p: Problem) => AnyOutcome,
): Promise<AnyOutcome> {
  return new Promise<AnyOutcome>((resolve) => {
    if (opts.signal?.aborted) {
      resolve({ format: 'cancelled' });
      return;
    }
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: AnyOutcome) => {
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
        failed(
          problem(
            base.name,
            '',
            'the file could not be read: the parser stopped unexpectedly',
            'reload the page and try again; if it persists, the file may be too complex',
          ),
        ),
      );
    worker.onerror = crashed;
    worker.onmessageerror = crashed;
    if (!data.bytes) {
      // The unread file: posting a Blob copies a reference, not its contents.
      worker.postMessage({ ...base, ...(data.blob ? { blob: data.blob } : {}) } satisfies WorkerRequest);
      return;
    }
    // Transfer, not copy, the bytes: hand over their own buffer when they fill it, otherwise a copy
    // of just the bytes.
    const whole = data.bytes.byteOffset === 0 && data.bytes.byteLength === data.bytes.buffer.byteLength;
    const buffer = (whole ? data.bytes.buffer : data.bytes.slice().buffer) as ArrayBuffer;
    worker.postMessage({ ...base, bytes: buffer } satisfies WorkerRequest, [buffer]);
  });
}

/** The worker answers a data request with a data outcome (parse.worker.ts: only `sheet` gives a workbook). */
export const parseInWorker: ParseRunner = (req, opts) =>
  inWorker(
    { format: req.format, name: req.name, inParts: true, ...(req.interpret ? { interpret: true } : {}) },
    req,
    opts,
    (p) => failedOutcome(req, p),
  ) as Promise<ParseOutcome>;

/** Likewise, a `sheet` request is answered with a workbook (or cancelled). */
export const readSheetInWorker: SheetRunner = (req, opts) =>
  inWorker({ format: 'sheet', name: req.name, inParts: true }, req, opts, (p) =>
    failedWorkbook(req.name, p),
  ) as Promise<SheetOutcome>;

const big = (req: { bytes?: Uint8Array; blob?: Blob }) =>
  (req.bytes?.length ?? req.blob?.size ?? 0) > WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined';

/** Large files go to the worker when the platform has one (not in Node or jsdom tests). */
export const parseAuto: ParseRunner = (req, opts) =>
  big(req) ? parseInWorker(req, opts) : parseOnMainThread(req, opts);

/** The same for the import's workbooks. */
export const readSheetAuto: SheetRunner = (req, opts) =>
  big(req) ? readSheetInWorker(req, opts) : readSheetOnMainThread(req, opts);
