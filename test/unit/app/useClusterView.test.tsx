/**
 * Picking a cluster with thousands of a person's firms: the views go on showing the cluster before
 * it, marked as preparing, until its views are worked out a step per task; then the new one shows.
 * A small cluster shows at once.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREPARE_ABOVE, useClusterView } from '../../../src/app/useClusterView.ts';
import { miniWithFirms } from '../data/helpers.ts';

describe('useClusterView', () => {
  it('shows a small cluster at once', async () => {
    const dataset = await miniWithFirms(10);
    const { result } = renderHook(() => useClusterView(dataset, 'petrochem', 'zh'));
    expect(result.current.preparing).toBe(false);
    expect(result.current.entry?.cluster.id).toBe('petrochem');
    expect(result.current.graph?.nodes.length).toBeGreaterThan(0);
  });

  it('keeps the cluster shown before while a big one is prepared, then shows it', async () => {
    const dataset = await miniWithFirms(PREPARE_ABOVE + 500);
    const other = [...dataset.clusters.keys()].find((id) => id !== 'petrochem');
    if (!other) throw new Error('the mini dataset has one cluster');
    const { result, rerender } = renderHook(({ id }) => useClusterView(dataset, id, 'zh'), {
      initialProps: { id: other },
    });
    expect(result.current).toMatchObject({ preparing: false, entry: { cluster: { id: other } } });
    rerender({ id: 'petrochem' });
    expect(result.current).toMatchObject({ preparing: true, entry: { cluster: { id: other } } });
    await waitFor(() => expect(result.current.preparing).toBe(false));
    expect(result.current.entry?.cluster.id).toBe('petrochem');
    expect(result.current.graph?.nodes.some((n) => n.kind === 'enterprise')).toBe(true);
  });
});
