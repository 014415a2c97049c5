/**
 * Long pure computations (merging a 500,000-row CSV, freezing millions of objects) are written as
 * generators that `yield` every few hundred items. The same generator runs to the end at once
 * (`drain`: Node, tests, the parse worker) or a slice at a time on the page (`runInSlices`), which
 * gives the page a turn whenever a slice has taken SLICE_MS, so no task blocks input or painting for
 * long. A yield may carry the fraction done (0–1), for a progress bar.
 */

/** A computation that pauses at its `yield`s and ends with a T. */
export type Steps<T> = Generator<number | undefined, T, void>;

/** Time one slice may take before the page gets a turn. */
export const SLICE_MS = 12;

/** Runs `steps` to the end, now. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * A new task soon. A MessageChannel message, not `setTimeout(0)`: browsers clamp nested timeouts to
 * 4 ms, a third of every slice spent waiting.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Fraction done, 0–1, as the computation reports it. */
  onProgress?: (fraction: number) => void;
  sliceMs?: number;
  /**
   * Settle in a task of its own after the last slice, so that what the caller does with the value
   * (a render, a first picture) is not added to that slice's task; an abort meanwhile still counts.
   */
  endApart?: boolean;
}

export type Sliced<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs `steps` a slice at a time. `{ ok: false }` if `signal` aborts before it ends; it is then
 * left unfinished, which must be harmless (it only ever builds new values).
 */
export async function runInSlices<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<Sliced<T>> {
  const budget = opts.sliceMs ?? SLICE_MS;
  // The signal is looked at between slices only: a computation that fits in one slice just ends.
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) {
      if (!opts.endApart) return { ok: true, value: r.value };
      await nextTask();
      return opts.signal?.aborted ? { ok: false } : { ok: true, value: r.value };
    }
    if (r.value !== undefined) opts.onProgress?.(r.value);
    if (performance.now() - start > budget) {
      await nextTask();
      if (opts.signal?.aborted) return { ok: false };
      start = performance.now();
    }
  }
}
