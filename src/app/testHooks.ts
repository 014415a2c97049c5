/**
 * A small read-only window hook for the browser test suite and for people debugging an embed:
 * it exposes what the canvases cannot show in the DOM (the map is WebGL, the diagram a 2D canvas):
 * positions to click at, rendered labels, and the derived state each renderer was given.
 */
import type { MapController } from '../map/mapController.ts';

export interface MapState {
  fills: Record<string, string>;
  highlighted: string[];
  belts: number;
}
export interface ChainState {
  selected: string | null;
  emphasis: string[] | null;
  focus: string | null;
  /** Which of the four charts is shown (`view=`). */
  view?: string;
  /** Page-independent position of a node inside the diagram element, or null when off-screen. */
  project(id: string): { x: number; y: number } | null;
}

interface Hooks {
  map?: Pick<MapController, 'project' | 'renderedLabels'>;
  mapState?: () => MapState;
  chain?: () => ChainState;
}

declare global {
  interface Window {
    __chainatlas?: Hooks;
  }
}

export function exposeTestHooks(hooks: {
  map?: MapController;
  mapState?: () => MapState;
  chain?: () => ChainState;
}): void {
  const current = window.__chainatlas ?? {};
  if (hooks.map) {
    const m = hooks.map;
    current.map = { project: (code) => m.project(code), renderedLabels: () => m.renderedLabels() };
  }
  if (hooks.mapState) current.mapState = hooks.mapState;
  if (hooks.chain) current.chain = hooks.chain;
  window.__chainatlas = current;
}
