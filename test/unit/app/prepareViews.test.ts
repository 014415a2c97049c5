/**
 * A person's big file is shown only after the chosen cluster's views are worked out a step per
 * task (prepareClusterViews): the render then takes the same objects as they are, and the work
 * gives the page turns between its steps instead of one long task.
 */
import { describe, expect, it } from 'vitest';
import { prepareClusterViews } from '../../../src/app/prepareViews.ts';
import { drain, runInSlices, type Steps } from '../../../src/data/slices.ts';
import { buildChainGraph, markGaps } from '../../../src/model/chainGraph.ts';
import { gapContext } from '../../../src/model/gapContext.ts';
import { analyseGaps, gapNodeIds } from '../../../src/model/gaps.ts';
import { clusterViewOf, gapsOf, regionMatrixOf } from '../../../src/model/keptViews.ts';
import { regionMatrix } from '../../../src/model/regionMatrix.ts';
import { miniWithFirms } from '../data/helpers.ts';

/** Runs `steps` to the end, counting its pauses. */
function pausesOf(steps: Steps<void>): number {
  let pauses = 0;
  while (!steps.next().done) pauses++;
  return pauses;
}

describe('prepareClusterViews', () => {
  it('leaves the views the render reads, equal to ones worked out afresh', async () => {
    const dataset = await miniWithFirms(500);
    const entry = dataset.clusters.get('petrochem');
    if (!entry) throw new Error('no petrochem in the mini dataset');
    drain(prepareClusterViews(dataset, 'petrochem', 'zh'));
    const view = clusterViewOf(dataset, entry);
    // The render's calls get the prepared objects, not new ones.
    expect(clusterViewOf(dataset, entry)).toBe(view);
    expect(gapsOf(dataset, entry)).toBe(view.gaps);
    expect(regionMatrixOf(dataset, entry)).toBe(regionMatrixOf(dataset, entry));
    const gaps = analyseGaps(entry.cluster, gapContext(dataset));
    expect(view.gaps).toEqual(gaps);
    expect(view.graph).toEqual(markGaps(buildChainGraph(entry.cluster), gapNodeIds(gaps)));
    expect(regionMatrixOf(dataset, entry)).toEqual(regionMatrix(entry.cluster, [...dataset.cities.values()]));
  });

  it('works the views out again for another dataset holding the same cluster', async () => {
    const a = await miniWithFirms(10);
    const b = await miniWithFirms(10);
    const entry = a.clusters.get('petrochem');
    if (!entry) throw new Error('no petrochem in the mini dataset');
    expect(clusterViewOf(b, entry)).not.toBe(clusterViewOf(a, entry));
    expect(clusterViewOf(b, entry)).toEqual(clusterViewOf(a, entry));
  });

  it('pauses between its steps, so that runInSlices can give the page a turn after each', async () => {
    const dataset = await miniWithFirms(200);
    const pauses = pausesOf(prepareClusterViews(dataset, 'petrochem', 'en'));
    // gaps | chain graph | city index and region matrix | firms by name | sources
    expect(pauses).toBe(4);
    const done = await runInSlices(prepareClusterViews(await miniWithFirms(200), 'petrochem', 'en'), {
      sliceMs: 0,
    });
    expect(done.ok).toBe(true);
  });

  it("pauses inside the steps of a big cluster: its chain graph and its firms' name order", async () => {
    const dataset = await miniWithFirms(9000);
    expect(pausesOf(prepareClusterViews(dataset, 'petrochem', 'zh'))).toBeGreaterThan(10);
    const entry = dataset.clusters.get('petrochem');
    if (!entry) throw new Error('no petrochem in the mini dataset');
    const view = clusterViewOf(dataset, entry);
    expect(view.graph).toEqual(markGaps(buildChainGraph(entry.cluster), gapNodeIds(view.gaps)));
  });

  it('does nothing for no cluster or one the dataset does not have', async () => {
    const dataset = await miniWithFirms(1);
    expect(drain(prepareClusterViews(dataset, null, 'zh'))).toBeUndefined();
    expect(drain(prepareClusterViews(dataset, 'no-such-cluster', 'zh'))).toBeUndefined();
  });
});
