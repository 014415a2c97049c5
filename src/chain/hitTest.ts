/**
 * Spatial index for picking nodes under the pointer: a uniform grid in graph units.
 * (force-graph uses a hidden "shadow canvas" with one colour per object; a grid needs no second
 * canvas, works in Node/jsdom tests, and a rebuild at 10 k nodes takes about a millisecond.)
 */
import type { Bounds } from './viewport.ts';

export interface HitItem {
  id: string;
  x: number;
  y: number;
  /** Pick radius in graph units. */
  r: number;
}

export interface HitIndex {
  /** Node under (x, y) in graph units, within its radius + slop; the topmost (last) one wins ties. */
  hit(x: number, y: number, slop?: number): string | null;
  /** Ids whose centre lies in the rectangle. */
  inRect(b: Bounds): string[];
}

const OFFSET = 32768; // keeps cell coordinates positive inside the numeric key

export function createHitIndex(items: readonly HitItem[], cellSize = 32): HitIndex {
  const cells = new Map<number, number[]>();
  let maxR = 0;
  const key = (cx: number, cy: number) => (cx + OFFSET) * 65536 + (cy + OFFSET);
  items.forEach((it, i) => {
    if (!Number.isFinite(it.x) || !Number.isFinite(it.y)) return;
    if (it.r > maxR) maxR = it.r;
    const k = key(Math.floor(it.x / cellSize), Math.floor(it.y / cellSize));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  });

  function visit(b: Bounds, fn: (i: number) => void) {
    const cx0 = Math.floor(b.x0 / cellSize);
    const cx1 = Math.floor(b.x1 / cellSize);
    const cy0 = Math.floor(b.y0 / cellSize);
    const cy1 = Math.floor(b.y1 / cellSize);
    if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > cells.size) {
      // Huge rectangle (zoomed far out): walking the occupied cells is cheaper than the empty ones.
      items.forEach((it, i) => {
        if (it.x >= b.x0 && it.x <= b.x1 && it.y >= b.y0 && it.y <= b.y1) fn(i);
      });
      return;
    }
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = cells.get(key(cx, cy));
        if (list) for (const i of list) fn(i);
      }
    }
  }

  return {
    hit(x, y, slop = 0) {
      const reach = maxR + slop;
      let best = -1;
      let bestGap = Infinity;
      visit({ x0: x - reach, y0: y - reach, x1: x + reach, y1: y + reach }, (i) => {
        const it = items[i] as HitItem;
        const gap = Math.hypot(it.x - x, it.y - y) - it.r;
        if (gap > slop) return;
        // A node containing the point beats a merely near one; among containing nodes the one drawn
        // last (on top) wins; among near ones the nearest.
        const take = gap <= 0 ? bestGap > 0 || i > best : bestGap > 0 && gap < bestGap;
        if (take) {
          best = i;
          bestGap = gap;
        }
      });
      return best < 0 ? null : (items[best] as HitItem).id;
    },
    inRect(b) {
      const out: number[] = [];
      visit(b, (i) => {
        const it = items[i] as HitItem;
        if (it.x >= b.x0 && it.x <= b.x1 && it.y >= b.y0 && it.y <= b.y1) out.push(i);
      });
      return out.sort((a, c) => a - c).map((i) => (items[i] as HitItem).id);
    },
  };
}
