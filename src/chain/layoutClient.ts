/**
 * Runs the chain layout where it hurts least: synchronously for small graphs (a few ms), in a module
 * Web Worker above WORKER_THRESHOLD nodes so the page stays responsive (2-core VM: ≈0.6 s at 2 k
 * nodes, ≈2 s at 10 k). Falls back to the main thread where Worker is missing (jsdom, Node).
 */
import { computeLayout, type LayoutGraph, type LayoutOptions, type LayoutResult } from './layout.ts';
import type { LayoutRequest, LayoutResponse } from './layout.worker.ts';
import { packRequest, requestTransfer, unpackResult } from './layoutWire.ts';

export const WORKER_THRESHOLD = 300;

export interface LayoutJob {
  promise: Promise<LayoutResult>;
  /** Stops the worker; the promise then rejects with an AbortError. No-op once settled. */
  cancel(): void;
}

export interface LayoutClientOptions extends LayoutOptions {
  threshold?: number;
  /** Injected in tests; default creates the bundled module worker. */
  createWorker?: () => Worker;
}

function defaultWorker(): Worker {
  // Literal `new URL(..., import.meta.url)` so Vite bundles the worker as its own chunk.
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

const abortError = () => new DOMException('layout cancelled', 'AbortError');

/**
 * Finished default layouts per graph object. The layout is deterministic and graphs are immutable,
 * so a second request for the same graph (an export after the diagram drew it) reuses the result
 * instead of running the worker again: about 2 s at 10 k nodes.
 */
const finished = new WeakMap<LayoutGraph, LayoutResult>();

export function requestLayout(graph: LayoutGraph, opts: LayoutClientOptions = {}): LayoutJob {
  const { threshold = WORKER_THRESHOLD, createWorker, ...options } = opts;
  const known = options.positions;
  const allKnown = !!known && graph.nodes.every((d) => known[d.id]);
  const canWork = typeof Worker !== 'undefined' || !!createWorker;
  const cacheable = Object.keys(options).length === 0;
  const done = cacheable ? finished.get(graph) : undefined;
  const keep = (r: LayoutResult) => {
    if (cacheable) finished.set(graph, r);
    return r;
  };
  if (done || allKnown || graph.nodes.length <= threshold || !canWork) {
    let cancelled = false;
    const promise = new Promise<LayoutResult>((resolve, reject) => {
      // Still asynchronous, so callers handle both paths the same way and cancel() can win.
      queueMicrotask(() => {
        if (cancelled) reject(abortError());
        else {
          try {
            resolve(done ?? keep(computeLayout(graph, options)));
          } catch (err) {
            reject(err);
          }
        }
      });
    });
    return {
      promise,
      cancel: () => {
        cancelled = true;
      },
    };
  }

  let worker: Worker | null = null;
  let rejectJob: (e: unknown) => void = () => {};
  const promise = new Promise<LayoutResult>((resolve, reject) => {
    rejectJob = reject;
    try {
      worker = (createWorker ?? defaultWorker)();
    } catch {
      // e.g. a CSP without worker-src: lay out on the main thread rather than not at all.
      resolve(keep(computeLayout(graph, options)));
      return;
    }
    const w = worker;
    w.onmessage = (e: MessageEvent<LayoutResponse>) => {
      w.terminate();
      worker = null;
      if (e.data.ok) resolve(keep(unpackResult(e.data, graph)));
      else reject(new Error(e.data.error));
    };
    w.onerror = (e: ErrorEvent) => {
      w.terminate();
      worker = null;
      reject(new Error(e.message || 'layout worker failed'));
    };
    // Only what the layout reads crosses the thread boundary (names, cities etc. stay behind).
    const request: LayoutRequest = packRequest(graph, options);
    w.postMessage(request, requestTransfer(request));
  });
  return {
    promise,
    cancel: () => {
      if (!worker) return;
      worker.terminate();
      worker = null;
      rejectJob(abortError());
    },
  };
}
