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

  it('uses precomputed positions as they are', async () => {
    const { result } = renderHook(() => useChainLayout(graph, positions));
    await waitFor(() => expect(result.current.positions).toEqual(positions));
  });

  it('returns nothing without a graph', () => {
    const { result } = renderHook(() => useChainLayout(null));
    expect(result.current).toEqual({ positions: null, pending: false, error: null });
  });
});
