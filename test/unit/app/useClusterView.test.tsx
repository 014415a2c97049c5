/**
 * Picking a cluster with thousands of a person's firms: the views go on showing the cluster before
 * it, marked as preparing, until its views are worked out a step per task; then the new one shows.
 * A small cluster shows at once.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PREPARE_ABOVE, useClusterView } from '../../../src/app/useClusterView.ts';
import { parseOnMainThread } from '../../../src/data/parseClient.ts';
import { mergeUserInputs, readUserFiles } from '../../../src/data/userData.ts';
import { miniDataset } from '../data/helpers.ts';

async function withFirms(rows: number) {
  const lines = ['name,city,cluster,segment,tier,source'];
  for (let i = 0; i < rows; i++) lines.push(`测试企业${i},湛江,petrochem,,其他,src-fixture`);
  const file = new File([`${lines.join('\n')}\n`], 'firms.csv', { type: 'text/csv' });
  const load = await readUserFiles([file], { runner: parseOnMainThread });
  const { dataset } = mergeUserInputs(miniDataset(), load);
  if (!dataset) throw new Error('the merge gave no dataset');
  return dataset;
}

describe('useClusterView', () => {
  it('shows a small cluster at once', async () => {
    const dataset = await withFirms(10);
    const { result } = renderHook(() => useClusterView(dataset, 'petrochem', 'zh'));
    expect(result.current.preparing).toBe(false);
    expect(result.current.entry?.cluster.id).toBe('petrochem');
    expect(result.current.graph?.nodes.length).toBeGreaterThan(0);
  });

  it('keeps the cluster shown before while a big one is prepared, then shows it', async () => {
    const dataset = await withFirms(PREPARE_ABOVE + 500);
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
