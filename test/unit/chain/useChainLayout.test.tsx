import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/chain/layout.ts';
import { useChainLayout } from '../../../src/chain/useChainLayout.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import positions from '../../fixtures/chain/positions.json';

describe('useChainLayout', () => {
  const graph = buildChainGraph(fixtureCluster);

  it('is pending, then returns the layout; never shows positions of a previous graph', async () => {
    const { result, rerender } = renderHook(({ g }) => useChainLayout(g), { initialProps: { g: graph } });
    expect(result.current).toMatchObject({ positions: null, pending: true });
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.positions).toEqual(computeLayout(graph).positions);
    const next = buildChainGraph(fixtureCluster);
    rerender({ g: next });
    expect(result.current).toMatchObject({ positions: null, pending: true });
    await waitFor(() => expect(result.current.positions).not.toBeNull());
  });

  it('keeps the places of nodes already drawn when the graph grows', async () => {
    const { result, rerender } = renderHook(({ g }) => useChainLayout(g), { initialProps: { g: graph } });
    await waitFor(() => expect(result.current.pending).toBe(false));
    const before = result.current.positions ?? {};
    const first = graph.nodes[0];
    if (!first) throw new Error('fixture has no nodes');
    const added = { ...first, id: 'added-firm', kind: 'enterprise' as const, degree: 1 };
    const grown = {
      ...graph,
      nodes: [...graph.nodes, added],
      links: [...graph.links, { source: 'added-firm', target: first.id, kind: 'supplies' as const }],
    };
    rerender({ g: grown });
    await waitFor(() => expect(result.current.positions?.['added-firm']).toBeDefined());
    for (const [id, p] of Object.entries(before)) expect(result.current.positions?.[id]).toEqual(p);
  });

  it('uses precomputed positions as they are', async () => {
    const { result } = renderHook(() => useChainLayout(graph, positions));
    await waitFor(() => expect(result.current.positions).toEqual(positions));
  });

  it('returns nothing without a graph', () => {
    const { result } = renderHook(() => useChainLayout(null));
    expect(result.current).toEqual({ positions: null, pending: false, error: null });
  });
});
