/**
 * Which part of the diagram an export shows, and how large. "As on screen": the part of the diagram
 * the live view shows (its bounds cut to the live viewport), enlarged to fill the export's box — by
 * at most MAX_MAGNIFY, so an 8-node chain does not turn into giant shapes. The SVG draws it through
 * renderSvg with `view`; the PNG copies the same region from the live canvas redrawn at `magnify`.
 * Pure.
 */
import { buildScene, sceneBounds } from '../chain/scene.ts';
import { type Bounds, fitView, type Size, type View, visibleBounds } from '../chain/viewport.ts';
import type { ChainPart } from './figureInput.ts';

export const MAX_MAGNIFY = 2;
/** Room around the diagram for labels that stick out of the lanes, in live screen px. */
const PAD = 40;

export interface DiagramFrame {
  /** Camera for an export box of the given size. */
  view: View;
  /** Export px per live CSS px (1 when there is no live view). */
  magnify: number;
}

export function diagramFrame(chain: ChainPart, box: Size): DiagramFrame | null {
  if (!chain.positions) return null;
  const all = sceneBounds(buildScene(chain.graph, chain.positions));
  if (!all) return null;
  const live = chain.view;
  if (!live || !chain.liveSize) return { view: fitView(all, box, 16), magnify: 1 };
  const pad = PAD / live.k;
  const seen = visibleBounds(live, chain.liveSize);
  const r: Bounds = {
    x0: Math.max(all.x0 - pad, seen.x0),
    y0: Math.max(all.y0 - pad, seen.y0),
    x1: Math.min(all.x1 + pad, seen.x1),
    y1: Math.min(all.y1 + pad, seen.y1),
  };
  // Panned off the diagram entirely: show the (empty) viewport as it is.
  const shown = r.x1 > r.x0 && r.y1 > r.y0 ? r : seen;
  const k = Math.min(
    box.width / (shown.x1 - shown.x0),
    box.height / (shown.y1 - shown.y0),
    live.k * MAX_MAGNIFY,
  );
  return {
    view: {
      k,
      x: box.width / 2 - ((shown.x0 + shown.x1) / 2) * k,
      y: box.height / 2 - ((shown.y0 + shown.y1) / 2) * k,
    },
    magnify: k / live.k,
  };
}

/** The live canvas's CSS-px rectangle that lands on an export box drawn with `frame`. */
export function liveSourceRect(
  frame: DiagramFrame,
  live: View,
  box: Size,
): { x: number; y: number; w: number; h: number } {
  const toLive = (sx: number, sy: number) => ({
    x: ((sx - frame.view.x) / frame.view.k) * live.k + live.x,
    y: ((sy - frame.view.y) / frame.view.k) * live.k + live.y,
  });
  const a = toLive(0, 0);
  return { x: a.x, y: a.y, w: box.width / frame.magnify, h: box.height / frame.magnify };
}
