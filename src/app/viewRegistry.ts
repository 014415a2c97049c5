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
  /**
   * Once the diagram's scene is the one for what it was last given: a big graph's scene is built a
   * slice at a time, and until it is in, `chainCanvas` would draw the one before.
   */
  async chainReady(): Promise<void> {
    await chain?.whenSceneReady();
  },
  /** The chain diagram's current view at `scale` device pixels per CSS pixel. */
  chainCanvas(scale: number): HTMLCanvasElement | null {
    return chain ? chain.toCanvas(scale) : null;
  },
  chainView() {
    return chain?.getView() ?? null;
  },
};
