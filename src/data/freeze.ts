/**
 * Deep freezing, all at once (normalize) or in slices that yield to the page between them (user
 * files): a 50 MB dataset holds millions of objects, and freezing them in one go would block the page
 * for a second. Freezing is post-order — children before their parent — so a frozen object always
 * means a frozen subtree and later passes skip it at once.
 */

type Obj = Record<string, unknown>;

/** Maps and Sets are frozen shallowly: their entries are the indexes' own values, frozen elsewhere. */
const isContainer = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

export function deepFreeze<T>(value: T): T {
  if (!isContainer(value) || Object.isFrozen(value)) return value;
  if (value instanceof Map || value instanceof Set) return Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

/** Time one slice may take before the page gets a turn. */
export const SLICE_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Freezes `value` deeply without recursion, yielding every SLICE_MS. Returns false (leaving the rest
 * unfrozen, which is harmless) if `signal` aborts meanwhile.
 */
export async function deepFreezeInSlices(value: unknown, signal?: AbortSignal): Promise<boolean> {
  if (!isContainer(value) || Object.isFrozen(value)) return true;
  // [object, children already pushed?]
  const stack: [Obj, boolean][] = [[value, false]];
  let start = performance.now();
  let n = 0;
  while (stack.length) {
    const top = stack[stack.length - 1] as [Obj, boolean];
    const [obj, expanded] = top;
    if (expanded || obj instanceof Map || obj instanceof Set) {
      stack.pop();
      Object.freeze(obj);
    } else {
      top[1] = true;
      for (const v of Object.values(obj)) if (isContainer(v) && !Object.isFrozen(v)) stack.push([v, false]);
    }
    if (++n % 2048 === 0 && performance.now() - start > SLICE_MS) {
      await nextTask();
      if (signal?.aborted) return false;
      start = performance.now();
    }
  }
  return true;
}
