import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  fitView,
  interpolateView,
  MAX_K,
  toGraph,
  toScreen,
  visibleBounds,
  zoomAt,
} from '../../../src/chain/viewport.ts';

describe('viewport maths', () => {
  const v = { x: 100, y: 50, k: 2 };

  it('maps graph ↔ screen both ways', () => {
    expect(toScreen(v, { x: 10, y: -5 })).toEqual({ x: 120, y: 40 });
    expect(toGraph(v, 120, 40)).toEqual({ x: 10, y: -5 });
  });

  it('zooms around the pointer and clamps the scale', () => {
    const z = zoomAt(v, 300, 200, 1.5);
    expect(toGraph(z, 300, 200)).toEqual(toGraph(v, 300, 200));
    expect(z.k).toBe(3);
    expect(zoomAt(v, 0, 0, 1e9).k).toBe(MAX_K);
  });

  it('fits bounds into a viewport with padding', () => {
    const b = boundsOf({ a: { x: -100, y: -50 }, b: { x: 300, y: 150 } });
    expect(b).toEqual({ x0: -100, y0: -50, x1: 300, y1: 150 });
    const f = fitView(b as NonNullable<typeof b>, { width: 500, height: 300 }, 50);
    expect(f.k).toBe(1);
    expect(toScreen(f, { x: 100, y: 50 })).toEqual({ x: 250, y: 150 });
    expect(boundsOf({})).toBeNull();
  });

  it('reports the visible graph rectangle and interpolates flights', () => {
    expect(visibleBounds({ x: 0, y: 0, k: 2 }, { width: 200, height: 100 }, 10)).toEqual({
      x0: -5,
      y0: -5,
      x1: 105,
      y1: 55,
    });
    const a = { x: 0, y: 0, k: 1 };
    const b = { x: -100, y: 0, k: 4 };
    const size = { width: 200, height: 200 };
    expect(interpolateView(a, b, size, 0)).toEqual(a);
    const end = interpolateView(a, b, size, 1);
    expect(end.k).toBeCloseTo(4);
    expect(end.x).toBeCloseTo(b.x);
    expect(interpolateView(a, b, size, 0.5).k).toBeCloseTo(2);
  });
});
