/**
 * Firms hung on a segment by their only link fill a disc around it instead of piling up at the
 * link's length: a dozen keep the plain length (the bundled clusters' pictures), thousands spread
 * out, 链主 and 骨干 nearest; and a layout of such a list settles without the pile-up.
 */
import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  type LayoutGraph,
  type LayoutLink,
  type LayoutNode,
} from '../../../src/chain/layout.ts';
import { leafLinkDistances } from '../../../src/chain/leafDistances.ts';
import { nodeRadius } from '../../../src/chain/sizes.ts';

function star(firms: number, tierOf: (i: number) => LayoutNode['tier'] = () => 'other'): LayoutGraph {
  const nodes: LayoutNode[] = [
    { id: 'seg-a', kind: 'segment', stage: 'midstream' },
    { id: 'seg-b', kind: 'segment', stage: 'downstream' },
  ];
  const links: LayoutLink[] = [{ source: 'seg-a', target: 'seg-b', kind: 'supplies' }];
  for (let i = 0; i < firms; i++) {
    nodes.push({ id: `f${i}`, kind: 'enterprise', tier: tierOf(i) });
    links.push({ source: `f${i}`, target: 'seg-a', kind: 'part_of' });
  }
  return { nodes, links };
}

const BASE = 28;
const SPACING = 13;
const distances = (g: LayoutGraph) =>
  leafLinkDistances(
    g,
    (k) => (g.links[k]?.kind === 'part_of' ? BASE : 70),
    () => SPACING,
  );

describe('leafLinkDistances', () => {
  it('keeps the plain lengths for a dozen firms on a segment', () => {
    expect([...distances(star(12))]).toEqual([70, ...Array(12).fill(BASE)]);
  });

  it('spreads thousands of firms over a disc, 链主 and 骨干 nearest, never nearer than the plain length', () => {
    const g = star(5000, (i) => (i === 4000 ? 'chain-leader' : i === 3000 ? 'leading' : 'other'));
    const d = distances(g);
    const firm = (i: number) => d[i + 1] as number;
    expect(firm(4000)).toBe(BASE);
    expect(firm(3000)).toBe(BASE);
    expect(Math.min(...d.subarray(1))).toBe(BASE);
    // The farthest ring holds all 5,000 at ~80 % packing: radius √(5000 / (0.8π)) spacings.
    expect(Math.max(...d)).toBeCloseTo(0.63 * SPACING * Math.sqrt(4999.5), 0);
    // In the data's order otherwise.
    expect(firm(10)).toBeLessThan(firm(11));
    expect(d[0]).toBe(70);
  });

  it('leaves links between linked nodes alone, and firms with two segments', () => {
    const one = star(100);
    const g = { ...one, links: [...one.links, { source: 'f0', target: 'seg-b', kind: 'part_of' as const }] };
    const d = distances(g);
    expect(d[1]).toBe(BASE); // f0 now has two links: not a leaf
    expect(d[0]).toBe(70);
    expect(d.at(-1)).toBe(BASE);
  });
});

describe('a layout of a long firm list on one segment', () => {
  it('settles with the firms side by side, not piled on the segment', () => {
    const g = star(3000);
    const r = computeLayout(g);
    expect(r.lastMove).toBeLessThan(0.1);
    // Overlaps: pairs of firms closer than their two radii (a grid of buckets keeps this quick).
    const pts = g.nodes.map((d) => ({
      ...(r.positions[d.id] as { x: number; y: number }),
      r: nodeRadius(d),
    }));
    const cell = 20;
    const buckets = new Map<string, number[]>();
    pts.forEach((p, i) => {
      const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      buckets.set(key, [...(buckets.get(key) ?? []), i]);
    });
    let overlapping = 0;
    pts.forEach((p, i) => {
      const cx = Math.floor(p.x / cell);
      const cy = Math.floor(p.y / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of buckets.get(`${cx + dx},${cy + dy}`) ?? []) {
            const q = pts[j] as { x: number; y: number; r: number };
            if (j > i && Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r) overlapping++;
          }
    });
    expect(overlapping / pts.length).toBeLessThan(0.01);
  });
});
