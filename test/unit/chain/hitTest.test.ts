import { describe, expect, it } from 'vitest';
import { createHitIndex } from '../../../src/chain/hitTest.ts';

describe('createHitIndex', () => {
  const index = createHitIndex([
    { id: 'a', x: 0, y: 0, r: 10 },
    { id: 'b', x: 15, y: 0, r: 10 },
    { id: 'c', x: 200, y: -300, r: 5 },
    { id: 'nan', x: Number.NaN, y: 0, r: 5 },
  ]);

  it('finds the node under a point', () => {
    expect(index.hit(-5, 2)).toBe('a');
    expect(index.hit(201, -299)).toBe('c');
    expect(index.hit(100, 100)).toBeNull();
  });

  it('prefers the topmost (later) node where shapes overlap', () => {
    expect(index.hit(7, 0)).toBe('b');
  });

  it('accepts near misses within the slop, nearest first', () => {
    expect(index.hit(207, -300)).toBeNull();
    expect(index.hit(207, -300, 3)).toBe('c');
    expect(index.hit(-13, 0, 5)).toBe('a');
  });

  it('works across grid cells and negative coordinates', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 50) * 40 - 1000,
      y: Math.floor(i / 50) * 40 - 800,
      r: 6,
    }));
    const idx = createHitIndex(many);
    for (const probe of [0, 51, 777, 1999]) {
      const n = many[probe] as { id: string; x: number; y: number };
      expect(idx.hit(n.x + 2, n.y - 3)).toBe(n.id);
    }
  });

  it('lists ids inside a rectangle, in input order', () => {
    expect(index.inRect({ x0: -1, y0: -1, x1: 20, y1: 1 })).toEqual(['a', 'b']);
    expect(index.inRect({ x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 })).toEqual(['a', 'b', 'c']);
  });
});
