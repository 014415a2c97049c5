import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/chain/layout.ts';
import { carriedPositions } from '../../../src/chain/stableLayout.ts';
import { moves, withNewFirms } from '../../fixtures/chain/grow.ts';
import { syntheticGraph } from '../../fixtures/chain/synthetic.ts';

describe('stable layout when a chain grows by 10 %', () => {
  const base = syntheticGraph(600);
  const first = computeLayout(base).positions;
  const bigger = withNewFirms(base);

  it('keeps every node already drawn where it was and places the new ones near their neighbours', () => {
    const known = carriedPositions(first, bigger);
    expect(known).not.toBeNull();
    const after = computeLayout(bigger, { positions: known ?? {} }).positions;
    expect(moves(first, after).largest).toBeLessThanOrEqual(0.05);
    for (const l of bigger.links.filter((l) => l.source.startsWith('new-'))) {
      const a = after[l.source];
      const b = after[l.target];
      expect(a && b && Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(400);
    }
  });

  it('is needed: laid out afresh, the same growth moves old nodes across the picture', () => {
    expect(moves(first, computeLayout(bigger).positions).largest).toBeGreaterThan(0.05);
  });

  it('lays out a different graph afresh (another cluster shares few nodes)', () => {
    expect(carriedPositions(first, { nodes: [{ id: 'other', kind: 'segment' }], links: [] })).toBeNull();
    expect(carriedPositions(null, bigger)).toBeNull();
  });
});
