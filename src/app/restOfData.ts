/**
 * When the clusters' files may load that a deep link (the other nineteen) or the start page (all
 * twenty) does not show first. They are fetched and checked on the page's thread, and on two cores
 * that work held the map back (a deep link's by 130-370 ms, the start page's by 50-90 ms;
 * docs/performance.md), so they wait until the map has loaded (MapPane says so), or until a person
 * reaches for the cluster list (the picker says so) or presses anything, or at most MAP_WAIT_MS. A
 * layout without a map, or a map that cannot load (no WebGL), holds nothing back.
 */
import { useEffect, useState } from 'react';

/** The longest the other clusters wait, counted from when they could start. */
export const MAP_WAIT_MS = 1500;

let allowed = false;
const listeners = new Set<() => void>();

/** The map has loaded, or a person wants the other clusters: let them load now. */
export function allowRestOfData(): void {
  if (allowed) return;
  allowed = true;
  for (const listener of listeners) listener();
  listeners.clear();
}

/**
 * True once `allowRestOfData` was called, or `MAP_WAIT_MS` after `armed` turned true, or at once
 * when `wanted` is false (nothing to wait for).
 */
export function useRestOfDataAllowed(wanted: boolean, armed: boolean): boolean {
  const [done, setDone] = useState(!wanted || allowed);
  useEffect(() => {
    if (done || !wanted) return;
    if (allowed) {
      setDone(true);
      return;
    }
    const finish = () => setDone(true);
    listeners.add(finish);
    const timer = armed ? setTimeout(finish, MAP_WAIT_MS) : undefined;
    return () => {
      listeners.delete(finish);
      clearTimeout(timer);
    };
  }, [done, wanted, armed]);
  return done || !wanted;
}

/**
 * While `waiting`, any press or key on the page lets the other clusters load: what a person does
 * next (a city, an export, a tab) may need them, and it is rarely in the first second.
 */
export function useInputAllowsRestOfData(waiting: boolean): void {
  useEffect(() => {
    if (!waiting || allowed) return;
    const reach = () => allowRestOfData();
    document.addEventListener('pointerdown', reach, true);
    document.addEventListener('keydown', reach, true);
    return () => {
      document.removeEventListener('pointerdown', reach, true);
      document.removeEventListener('keydown', reach, true);
    };
  }, [waiting]);
}
