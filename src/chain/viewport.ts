/**
 * Pan/zoom transform maths. A view {x, y, k} maps graph units to CSS pixels:
 * screen = graph · k + (x, y). Pure functions, shared by renderer, export and tests.
 */
import type { Point, Positions } from './layout.ts';

export interface View {
  x: number;
  y: number;
  k: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const MIN_K = 0.02;
export const MAX_K = 8;
/** fit() never zooms in beyond this: a 5-node chain should not fill the screen with giant shapes. */
export const FIT_MAX_K = 1.6;

export const clampK = (k: number) => Math.min(MAX_K, Math.max(MIN_K, k));

export function toScreen(v: View, p: Point): Point {
  return { x: p.x * v.k + v.x, y: p.y * v.k + v.y };
}
export function toGraph(v: View, sx: number, sy: number): Point {
  return { x: (sx - v.x) / v.k, y: (sy - v.y) / v.k };
}

/** Zoom by `factor` keeping the graph point under (sx, sy) fixed. */
export function zoomAt(v: View, sx: number, sy: number, factor: number): View {
  const k = clampK(v.k * factor);
  const g = toGraph(v, sx, sy);
  return { k, x: sx - g.x * k, y: sy - g.y * k };
}

export function panBy(v: View, dx: number, dy: number): View {
  return { k: v.k, x: v.x + dx, y: v.y + dy };
}

export function boundsOf(positions: Positions, ids?: Iterable<string>): Bounds | null {
  let b: Bounds | null = null;
  const keys = ids ?? Object.keys(positions);
  for (const id of keys) {
    const p = positions[id];
    if (!p) continue;
    if (!b) b = { x0: p.x, y0: p.y, x1: p.x, y1: p.y };
    else {
      if (p.x < b.x0) b.x0 = p.x;
      if (p.y < b.y0) b.y0 = p.y;
      if (p.x > b.x1) b.x1 = p.x;
      if (p.y > b.y1) b.y1 = p.y;
    }
  }
  return b;
}

/** View that shows `b` centred in `size` with `padding` CSS px on every side. */
export function fitView(b: Bounds, size: Size, padding = 48, maxK = FIT_MAX_K): View {
  const w = Math.max(1, b.x1 - b.x0);
  const h = Math.max(1, b.y1 - b.y0);
  const k = clampK(Math.min(maxK, (size.width - 2 * padding) / w, (size.height - 2 * padding) / h) || MIN_K);
  return { k, x: size.width / 2 - ((b.x0 + b.x1) / 2) * k, y: size.height / 2 - ((b.y0 + b.y1) / 2) * k };
}

export function centerOn(size: Size, p: Point, k: number): View {
  return { k, x: size.width / 2 - p.x * k, y: size.height / 2 - p.y * k };
}

/** Graph-space rectangle visible in the viewport, grown by `margin` CSS px. */
export function visibleBounds(v: View, size: Size, margin = 0): Bounds {
  const a = toGraph(v, -margin, -margin);
  const b = toGraph(v, size.width + margin, size.height + margin);
  return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
}

/** Smooth camera path: the centre moves linearly, the scale geometrically. */
export function interpolateView(a: View, b: View, size: Size, t: number): View {
  const ca = toGraph(a, size.width / 2, size.height / 2);
  const cb = toGraph(b, size.width / 2, size.height / 2);
  const k = a.k * (b.k / a.k) ** t;
  return centerOn(size, { x: ca.x + (cb.x - ca.x) * t, y: ca.y + (cb.y - ca.y) * t }, k);
}

export function sameView(a: View, b: View): boolean {
  return a.x === b.x && a.y === b.y && a.k === b.k;
}
