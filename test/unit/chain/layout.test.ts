import { describe, expect, it } from 'vitest';
import { computeLayout, layoutEffort, type Positions } from '../../../src/chain/layout.ts';
import { buildChainGraph, type ChainViewGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import { syntheticGraph } from '../../fixtures/chain/synthetic.ts';

function meanX(graph: ChainViewGraph, positions: Positions, stage: string): number {
  const xs = graph.nodes.filter((n) => n.stage === stage).map((n) => (positions[n.id] as { x: number }).x);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

describe('computeLayout', () => {
  const fixture = buildChainGraph(fixtureCluster);

  it('is deterministic: same input, identical positions', () => {
    const a = computeLayout(fixture);
    const b = computeLayout(buildChainGraph(fixtureCluster));
    expect(b.positions).toEqual(a.positions);
    expect(b.ticks).toBe(a.ticks);
    const big = syntheticGraph(600);
    expect(computeLayout(big).positions).toEqual(computeLayout(syntheticGraph(600)).positions);
  });

  it('depends on the seed', () => {
    expect(computeLayout(fixture, { seed: 1 }).positions).not.toEqual(
      computeLayout(fixture, { seed: 2 }).positions,
    );
  });

  it('positions every node with finite coordinates', () => {
    const { positions } = computeLayout(fixture);
    expect(Object.keys(positions).sort()).toEqual(fixture.nodes.map((n) => n.id).sort());
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it.each([
    ['fixture', fixture],
    ['synthetic 400', syntheticGraph(400)],
    ['synthetic 2 000', syntheticGraph(2000)],
  ])('reads left to right, upstream → midstream → downstream (%s)', (_name, graph) => {
    const { positions } = computeLayout(graph);
    const up = meanX(graph, positions, 'upstream');
    const mid = meanX(graph, positions, 'midstream');
    const down = meanX(graph, positions, 'downstream');
    expect(up).toBeLessThan(mid);
    expect(mid).toBeLessThan(down);
  });

  it('keeps segments apart (collision by node size)', () => {
    const { positions } = computeLayout(fixture);
    const segs = fixture.nodes
      .filter((n) => n.kind === 'segment')
      .map((n) => positions[n.id] as { x: number; y: number });
    for (let i = 0; i < segs.length; i++)
      for (let j = i + 1; j < segs.length; j++) {
        const a = segs[i] as { x: number; y: number };
        const b = segs[j] as { x: number; y: number };
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
      }
  });

  it('skips the simulation when precomputed positions cover every node', () => {
    const { positions } = computeLayout(fixture);
    const r = computeLayout(fixture, { positions });
    expect(r.ticks).toBe(0);
    expect(r.positions).toEqual(positions);
    expect(r.positions).not.toBe(positions);
  });

  it('keeps known positions fixed and lays out only the rest', () => {
    const known = { 'seg-a': { x: -500, y: 40 }, 'seg-d': { x: 500, y: -40 } };
    const r = computeLayout(fixture, { positions: known });
    expect(r.ticks).toBeGreaterThan(0);
    expect(r.positions['seg-a']).toEqual(known['seg-a']);
    expect(r.positions['seg-d']).toEqual(known['seg-d']);
  });

  it('handles empty graphs, isolated nodes and dangling links', () => {
    expect(computeLayout({ nodes: [], links: [] }).positions).toEqual({});
    const r = computeLayout({
      nodes: [
        { id: 'a', kind: 'product' },
        { id: 'b', kind: 'segment', stage: 'upstream' },
      ],
      links: [{ source: 'a', target: 'ghost', kind: 'supplies' }],
    });
    expect(Object.keys(r.positions)).toEqual(['a', 'b']);
  });

  it('strides the charge on big graphs and stops once they have settled, inside the budget', () => {
    expect(layoutEffort(10_000).chargeEvery).toBeGreaterThan(1);
    const r = computeLayout(syntheticGraph(3000));
    // Stopped because nodes barely move any more (< 0.1 units per tick), not on the tick budget.
    expect(r.ticks).toBeLessThan(layoutEffort(3000).ticks);
    expect(r.lastMove).toBeLessThan(0.1);
  });
});
