import { describe, expect, it, vi } from 'vitest';
import { computeLayout } from '../../../src/chain/layout.ts';
import type { LayoutRequest, LayoutResponse } from '../../../src/chain/layout.worker.ts';
import { requestLayout, WORKER_THRESHOLD } from '../../../src/chain/layoutClient.ts';
import { packResult, unpackRequest } from '../../../src/chain/layoutWire.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import { syntheticGraph } from '../../fixtures/chain/synthetic.ts';

/** A stand-in Worker that answers like layout.worker.ts, on a later tick. */
function fakeWorker() {
  const w = {
    onmessage: null as ((e: MessageEvent<LayoutResponse>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminated: false,
    posted: null as LayoutRequest | null,
    postMessage(req: LayoutRequest) {
      w.posted = req;
      setTimeout(() => {
        if (w.terminated) return;
        const { graph, options } = unpackRequest(req);
        const data = packResult(computeLayout(graph, options), graph);
        w.onmessage?.({ data } as MessageEvent<LayoutResponse>);
      }, 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

describe('requestLayout', () => {
  const small = buildChainGraph(fixtureCluster);

  it('lays out small graphs on the main thread (jsdom has no Worker)', async () => {
    expect(typeof Worker).toBe('undefined');
    const r = await requestLayout(small).promise;
    expect(r.positions).toEqual(computeLayout(small).positions);
  });

  it('falls back to the main thread for big graphs when Worker is unavailable', async () => {
    const big = syntheticGraph(WORKER_THRESHOLD + 50);
    const r = await requestLayout(big).promise;
    expect(Object.keys(r.positions)).toHaveLength(big.nodes.length);
  });

  it('uses a worker above the threshold and sends only what the layout needs', async () => {
    const big = syntheticGraph(WORKER_THRESHOLD + 50);
    const w = fakeWorker();
    const r = await requestLayout(big, { createWorker: () => w as unknown as Worker }).promise;
    expect(w.posted?.graph.nodeCount).toBe(big.nodes.length);
    expect(w.posted?.graph.ids.slice(0, 3)).toEqual(big.nodes.slice(0, 3).map((d) => d.id));
    const firstName = (big.nodes[0] as { name?: { zh: string } }).name?.zh;
    if (firstName) expect(JSON.stringify(w.posted)).not.toContain(firstName);
    expect(r.positions).toEqual(computeLayout(big).positions);
    expect(w.terminated).toBe(true);
  });

  it('lays out the same graph once: a second request (an export) reuses the result', async () => {
    const big = syntheticGraph(WORKER_THRESHOLD + 50);
    const first = await requestLayout(big, { createWorker: () => fakeWorker() as unknown as Worker }).promise;
    const createWorker = vi.fn(() => fakeWorker() as unknown as Worker);
    const again = await requestLayout(big, { createWorker }).promise;
    expect(createWorker).not.toHaveBeenCalled();
    expect(again).toBe(first);
    // A different seed is a different layout: not taken from the cache.
    const other = await requestLayout(big, { seed: 7, createWorker }).promise;
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(other.positions).not.toEqual(first.positions);
  });

  it('cancels: the worker is terminated and the promise rejects with AbortError', async () => {
    const w = fakeWorker();
    const job = requestLayout(syntheticGraph(WORKER_THRESHOLD + 50), {
      createWorker: () => w as unknown as Worker,
    });
    job.cancel();
    expect(w.terminated).toBe(true);
    await expect(job.promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('cancels a synchronous job before it runs', async () => {
    const job = requestLayout(small);
    job.cancel();
    await expect(job.promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports worker errors', async () => {
    const w = fakeWorker();
    w.postMessage = () =>
      setTimeout(() => w.onmessage?.({ data: { ok: false, error: 'boom' } } as MessageEvent<LayoutResponse>));
    const job = requestLayout(syntheticGraph(WORKER_THRESHOLD + 1), {
      createWorker: () => w as unknown as Worker,
    });
    await expect(job.promise).rejects.toThrow('boom');
  });

  it('skips both worker and simulation when every position is known', async () => {
    const positions = computeLayout(small).positions;
    const createWorker = vi.fn();
    const r = await requestLayout(small, { positions, threshold: 0, createWorker }).promise;
    expect(createWorker).not.toHaveBeenCalled();
    expect(r.ticks).toBe(0);
  });
});
