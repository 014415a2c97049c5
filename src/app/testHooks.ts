/**
 * A small read-only window hook for the browser test suite and for people debugging an embed:
 * it exposes positions and rendered-label queries that the DOM cannot show (the map is a WebGL canvas).
 */
import type { MapController } from '../map/mapController.ts';

interface Hooks {
  map?: Pick<MapController, 'project' | 'renderedLabels'>;
}

declare global {
  interface Window {
    __chainatlas?: Hooks;
  }
}

export function exposeTestHooks(hooks: { map?: MapController }): void {
  const current = window.__chainatlas ?? {};
  if (hooks.map) {
    const m = hooks.map;
    current.map = { project: (code) => m.project(code), renderedLabels: () => m.renderedLabels() };
  }
  window.__chainatlas = current;
}
