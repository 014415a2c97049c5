import { describe, expect, it } from 'vitest';
import { crossingsPer1000, overlapShare, stress } from '../../../scripts/bench/quality.ts';

// Two links forming an X, and two parallel links: the X crosses, the parallel pair does not.
const X = { xy: [0, 0, 10, 10, 0, 10, 10, 0], links: [0, 1, 2, 3], radius: [1, 1, 1, 1] };
const PARALLEL = { xy: [0, 0, 10, 0, 0, 5, 10, 5], links: [0, 1, 2, 3], radius: [1, 1, 1, 1] };

describe('bench layout quality', () => {
  it('counts a crossing pair and not a parallel one', () => {
    expect(crossingsPer1000(X, 100)).toBe(1000);
    expect(crossingsPer1000(PARALLEL, 100)).toBe(0);
  });

  it('never counts links that share an end point', () => {
    const star = { xy: [0, 0, 10, 0, 0, 10, -10, 0], links: [0, 1, 0, 2, 0, 3], radius: [1, 1, 1, 1] };
    expect(crossingsPer1000(star, 100)).toBe(0);
  });

  it('gives a path drawn straight zero stress and a folded one more, at any scale', () => {
    const straight = { xy: [0, 0, 1, 0, 2, 0, 3, 0], links: [0, 1, 1, 2, 2, 3], radius: [0, 0, 0, 0] };
    const big = { ...straight, xy: straight.xy.map((v) => v * 40) };
    const folded = { ...straight, xy: [0, 0, 1, 0, 1, 1, 0, 1] };
    expect(stress(straight)).toBeCloseTo(0, 10);
    expect(stress(big)).toBeCloseTo(0, 10);
    expect(stress(folded)).toBeGreaterThan(0.01);
  });

  it('finds overlapping discs at the same density, whatever the drawing scale', () => {
    // A 10 × 10 grid, one node per 40 × 40 units once scaled; discs of radius 10 are apart…
    const grid = Array.from({ length: 100 }, (_, i) => [(i % 10) * 3, Math.floor(i / 10) * 3]).flat();
    const apart = { xy: grid, links: [0, 1], radius: new Array(100).fill(10) };
    expect(overlapShare(apart)).toBe(0);
    expect(overlapShare({ ...apart, xy: grid.map((v) => v * 1000) })).toBe(0);
    // …and two nodes moved onto their neighbours overlap them (4 of 100 nodes).
    const close = [...grid];
    close[2] = 0.3;
    close[2 * 55] = (close[2 * 54] as number) + 0.3;
    expect(overlapShare({ ...apart, xy: close })).toBeCloseTo(0.04, 5);
  });
});
