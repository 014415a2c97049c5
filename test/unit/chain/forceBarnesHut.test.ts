import { forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceBarnesHut } from '../../../src/chain/forceBarnesHut.ts';
import { lcg } from '../../../src/chain/random.ts';

interface P extends SimulationNodeDatum {
  charge: number;
}

function cloud(n: number, seed = 3): P[] {
  const r = lcg(seed);
  return Array.from({ length: n }, (_, i) => ({
    index: i,
    x: (r() - 0.5) * 2000,
    y: (r() - 0.5) * 1200,
    vx: 0,
    vy: 0,
    charge: i % 7 === 0 ? -120 : -30,
  }));
}

const copy = (ps: P[]) => ps.map((p) => ({ ...p }));

/** One pass of a force over fresh copies; the velocities it gave. */
function pass(
  ps: P[],
  make: () => ((alpha: number) => void) & { initialize?: (n: P[], r: () => number) => void },
) {
  const nodes = copy(ps);
  const f = make();
  f.initialize?.(nodes, lcg(9));
  f(0.5);
  return nodes.map((d) => [d.vx as number, d.vy as number] as const);
}

const d3Force =
  (theta: number, distanceMax = Number.POSITIVE_INFINITY) =>
  () =>
    forceManyBody<P>()
      .strength((d) => d.charge)
      .theta(theta)
      .distanceMax(distanceMax) as unknown as ((alpha: number) => void) & {
      initialize: (n: P[], r: () => number) => void;
    };
const ours =
  (theta: number, distanceMax = Number.POSITIVE_INFINITY) =>
  () =>
    forceBarnesHut<P>({ strength: (d) => d.charge, theta, distanceMax });

function relError(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]) {
  let num = 0;
  let den = 0;
  a.forEach(([x, y], i) => {
    const [u, v] = b[i] ?? [0, 0];
    num += (x - u) ** 2 + (y - v) ** 2;
    den += u * u + v * v;
  });
  return Math.sqrt(num / den);
}

describe('forceBarnesHut', () => {
  const ps = cloud(3000);

  it('gives the exact all-pairs charge when θ is 0, as d3 does', () => {
    expect(relError(pass(ps, ours(0)), pass(ps, d3Force(0)))).toBeLessThan(1e-9);
  });

  it('approximates as closely as d3’s Barnes–Hut at the same θ', () => {
    const exact = pass(ps, d3Force(0));
    for (const theta of [0.9, 1.5]) {
      const ourError = relError(pass(ps, ours(theta)), exact);
      const d3Error = relError(pass(ps, d3Force(theta)), exact);
      expect(ourError).toBeLessThan(Math.max(2 * d3Error, 0.01));
      expect(ourError).toBeGreaterThan(0);
    }
  });

  it('honours the cut-off distance: far nodes do not feel each other', () => {
    const two: P[] = [
      { index: 0, x: 0, y: 0, vx: 0, vy: 0, charge: -30 },
      { index: 1, x: 500, y: 0, vx: 0, vy: 0, charge: -30 },
    ];
    expect(pass(two, ours(0.9, 400))).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const [a, b] = pass(two, ours(0.9, 600));
    expect(a?.[0]).toBeLessThan(0);
    expect(b?.[0]).toBeGreaterThan(0);
    expect(pass(two, ours(0.9, 600))).toEqual(pass(two, d3Force(0.9, 600)).map(([x, y]) => [x, y]));
  });

  it('pushes coincident nodes apart without NaN, the same way every run', () => {
    const same: P[] = Array.from({ length: 5 }, (_, i) => ({
      index: i,
      x: 10,
      y: 10,
      vx: 0,
      vy: 0,
      charge: -30,
    }));
    const a = pass(same, ours(0.9));
    for (const [x, y] of a) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(a.some(([x, y]) => x !== 0 || y !== 0)).toBe(true);
    expect(pass(same, ours(0.9))).toEqual(a);
  });

  it('builds again on every pass, following the nodes as they move', () => {
    const nodes = copy(cloud(200));
    const f = ours(0.9)();
    f.initialize(nodes, lcg(1));
    f(1);
    for (const d of nodes) {
      d.x = (d.x as number) * 3;
      d.vx = 0;
      d.vy = 0;
    }
    const before = copy(nodes);
    f(0.5);
    const moved = nodes.map((d) => [d.vx as number, d.vy as number] as const);
    expect(relError(moved, pass(before, d3Force(0)))).toBeLessThan(0.05);
  });
});
