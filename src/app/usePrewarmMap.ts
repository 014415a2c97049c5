/**
 * The map's code and worker start as soon as our boundaries are in rather than when the map first
 * mounts, which waits for the dataset to be validated: by then the workspace's own code has arrived,
 * so on a slow link maplibre does not compete with it. `wanted`: an embed that shows no map says no.
 */
import { useEffect } from 'react';
import { prewarmMap } from '../map/prewarm.ts';
import { useBundledBoundaries } from './boundariesQuery.ts';

export function usePrewarmMap(wanted: boolean): void {
  const boundariesIn = useBundledBoundaries().isSuccess;
  useEffect(() => {
    if (wanted && boundariesIn) prewarmMap();
  }, [wanted, boundariesIn]);
}
