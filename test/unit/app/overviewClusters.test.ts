/**
 * The start page's overview (the count map, the cluster × city matrix) is drawn from the manifest's
 * index while only the shared files are in, and from the clusters themselves once they are: the two
 * give the same cities and roles, so nothing on it changes when the files arrive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestWithIndex, readBeside } from '../../../scripts/vite/clusterIndex.ts';
import { overviewClusters } from '../../../src/app/datasetViews.ts';
import { loadDatasetFromUrl } from '../../../src/data/load.ts';
import { clusterCounts, strongestRole } from '../../../src/model/mapModel.ts';
import { APP, DATA, FIXTURES, fixtureFetch } from '../data/helpers.ts';

const manifestFile = join(FIXTURES, 'mini', 'manifest.json');
const indexed = manifestWithIndex(
  readFileSync(manifestFile, 'utf8'),
  readBeside(manifestFile, (f) => readFileSync(f, 'utf8')),
);
const fetchIndexed = () =>
  fixtureFetch({
    'manifest.json': () => new Response(indexed, { headers: { 'content-type': 'application/json' } }),
  });
const load = (extra = {}) =>
  loadDatasetFromUrl(`${DATA}manifest.json`, { fetch: fetchIndexed(), pageOrigin: APP, ...extra });

describe('overviewClusters', () => {
  it("draws the start page's overview from the index until the clusters are in, the same either way", async () => {
    const first = (await load({ noClusters: true })).dataset;
    const whole = (await load()).dataset;
    if (!first || !whole) throw new Error('the mini dataset did not load');
    expect(first.clusters.size).toBe(0);
    const early = overviewClusters(first);
    const late = overviewClusters(whole);
    expect(early.map((c) => c.id)).toEqual(late.map((c) => c.id));
    expect(early.length).toBeGreaterThan(0);
    expect(clusterCounts(early)).toEqual(clusterCounts(late));
    const adcodes = [...whole.cities.keys()];
    for (const [i, c] of early.entries())
      expect(adcodes.map((a) => strongestRole(c, a))).toEqual(
        adcodes.map((a) => strongestRole(late[i] as (typeof late)[number], a)),
      );
    // The whole dataset's overview is its clusters, not the index.
    expect(late).toEqual([...whole.clusters.values()].map((e) => e.cluster));
  });

  it('uses the clusters themselves when the manifest has no index', async () => {
    const first = (
      await loadDatasetFromUrl(`${DATA}manifest.json`, {
        fetch: fixtureFetch(),
        pageOrigin: APP,
        noClusters: true,
      })
    ).dataset;
    if (!first) throw new Error('the mini dataset did not load');
    expect(overviewClusters(first)).toEqual([]);
  });
});
