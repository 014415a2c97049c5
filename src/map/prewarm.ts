/**
 * The map's code (maplibre, a megabyte of JavaScript) and its worker, started as soon as the
 * boundaries are in rather than when the map first mounts, which waits for the dataset to be
 * validated. By then the workspace's own code has arrived, so on a slow link maplibre does not
 * compete with it; on a fast one the map is ready a few hundred milliseconds sooner.
 */
import { useEffect } from 'react';
import { useBundledBoundaries } from '../app/boundariesQuery.ts';

let started = false;

export function prewarmMap(): void {
  if (started) return;
  started = true;
  void import('./mapController.ts').then((m) => m.prewarmWorkers());
}

/** Prewarms once our boundaries are in, when `wanted` (an embed that shows no map does not). */
export function usePrewarmMap(wanted: boolean): void {
  const boundariesIn = useBundledBoundaries().isSuccess;
  useEffect(() => {
    if (wanted && boundariesIn) prewarmMap();
  }, [wanted, boundariesIn]);
}
