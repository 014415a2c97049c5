/**
 * Where export and embed code finds the live renderers without reaching into React: the map
 * controller and the chain view register themselves when they are ready and unregister on unmount.
 */
import type { ChainViewHandle } from '../chain/ChainView.tsx';
import type { MapController } from '../map/mapController.ts';

let map: MapController | null = null;
let chain: ChainViewHandle | null = null;

export const viewRegistry = {
  setMap(c: MapController | null) {
    map = c;
  },
  setChain(c: ChainViewHandle | null) {
    chain = c;
  },
  /** The map as it is on screen, copied inside a render callback (the WebGL buffer is not preserved). */
  async mapCanvas(pixelRatio?: number): Promise<HTMLCanvasElement | null> {
    return map ? map.snapshot(pixelRatio) : null;
  },
  /** The chain diagram's current view at `scale` device pixels per CSS pixel. */
  chainCanvas(scale: number): HTMLCanvasElement | null {
    return chain ? chain.toCanvas(scale) : null;
  },
  chainView() {
    return chain?.getView() ?? null;
  },
};
