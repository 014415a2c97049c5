/**
 * The layout worker's packed messages carry the graph, the options and the result without loss:
 * unpacked, the worker lays out exactly the graph the page has, and the page gets exactly the
 * positions the worker computed.
 */
import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutGraph } from '../../../src/chain/layout.ts';
import {
  packRequest,
  packResult,
  requestTransfer,
  unpackRequest,
  unpackResult,
} from '../../../src/chain/layoutWire.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';

const slim = (g: LayoutGraph): LayoutGraph => ({
  nodes: g.nodes.map(({ id, kind, stage, tier }) => ({
    id,
    kind,
    ...(stage ? { stage } : {}),
    ...(tier ? { tier } : {}),
  })),
  links: g.links.map(({ source, target, kind }) => ({ source, target, kind })),
});

describe('layout wire', () => {
  const graph = slim(buildChainGraph(fixtureCluster));

  it('gives the worker the same graph and options, a dangling link included', () => {
    const withDangling: LayoutGraph = {
      ...graph,
      links: [...graph.links, { source: 'seg-a', target: 'not-a-node', kind: 'supplies' }],
    };
    const first = graph.nodes[0];
    if (!first) throw new Error('empty fixture');
    const options = { seed: 7, maxTicks: 40, positions: { [first.id]: { x: 1.5, y: -2 } } };
    const { graph: back, options: opts } = unpackRequest(packRequest(withDangling, options));
    expect(back).toEqual(withDangling);
    expect(opts).toEqual(options);
    expect(computeLayout(back, opts)).toMatchObject({
      positions: computeLayout(withDangling, options).positions,
    });
  });

  it('hands the typed arrays over rather than copying them', () => {
    const request = packRequest(graph, { positions: {} });
    const buffers = requestTransfer(request);
    expect(buffers).toHaveLength(6);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
  });

  it('brings the positions back as computed', () => {
    const result = computeLayout(graph);
    const back = unpackResult(
      packResult(result, graph) as Extract<ReturnType<typeof packResult>, { ok: true }>,
      graph,
    );
    expect(back).toEqual(result);
    expect(Object.keys(back.positions)).toEqual(Object.keys(result.positions));
  });
});
