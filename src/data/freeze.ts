/**
 * Deep freezing, all at once (normalize) or as steps that can run in slices (user files, merges): a
 * 50 MB dataset holds millions of objects, and freezing them in one go would block the page for a
 * second. Freezing is post-order — children before their parent — so a frozen object always means a
 * frozen subtree and later passes skip it at once.
 */
import { runInSlices, type Steps } from './slices.ts';

type Obj = Record<string, unknown>;

/** Maps and Sets are frozen shallowly: their entries are the indexes' own values, frozen elsewhere. */
const isContainer = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

export function deepFreeze<T>(value: T): T {
  if (!isContainer(value) || Object.isFrozen(value)) return value;
  if (value instanceof Map || value instanceof Set) return Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

/** Objects frozen between two yields. */
const STEP = 2048;

/** Freezes `value` deeply without recursion (a hostile file may nest deeply), yielding now and then. */
export function* deepFreezeSteps(value: unknown): Steps<void> {
  if (!isContainer(value) || Object.isFrozen(value)) return;
  // [object, children already pushed?]
  const stack: [Obj, boolean][] = [[value, false]];
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
    if (++n % STEP === 0) yield;
  }
}

/**
 * Freezes `value` deeply a slice at a time. Returns false (leaving the rest unfrozen, which is
 * harmless) if `signal` aborts meanwhile.
 */
export async function deepFreezeInSlices(value: unknown, signal?: AbortSignal): Promise<boolean> {
  return (await runInSlices(deepFreezeSteps(value), signal ? { signal } : {})).ok;
}
