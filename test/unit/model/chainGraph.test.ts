import { describe, expect, it } from 'vitest';
import type { City, Cluster } from '../../../src/data/schema.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { nodeCities, nodesInCity } from '../../../src/model/graphIndex.ts';
import { columnCities, regionMatrix } from '../../../src/model/regionMatrix.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';

describe('buildChainGraph', () => {
  const graph = buildChainGraph(fixtureCluster);
  const node = (id: string) => graph.nodes.find((n) => n.id === id);

  it('merges 五个一 records that name existing segments, and only those', () => {
    expect(node('ent-leader')).toMatchObject({
      kind: 'enterprise',
      tier: 'chain-leader',
      stage: 'midstream',
    });
    expect(node('proj-1')).toMatchObject({ kind: 'project', stage: 'downstream' });
    expect(node('lab-1')).toMatchObject({ kind: 'institution', stage: 'upstream' });
    expect(node('centre-1')).toMatchObject({ kind: 'platform', stage: 'midstream' });
    // no segments, or only segments that do not exist: left out of the diagram
    expect(node('ent-none')).toBeUndefined();
    expect(node('ent-ghost')).toBeUndefined();
    expect(node('proj-2')).toBeUndefined();
  });

  it('attaches each record to its segments with part_of links', () => {
    const partOf = graph.links.filter((l) => l.source === 'ent-lead');
    expect(partOf).toEqual([
      { source: 'ent-lead', target: 'seg-a', kind: 'part_of' },
      { source: 'ent-lead', target: 'seg-c', kind: 'part_of' },
    ]);
    // the first segment gives the stage
    expect(node('ent-lead')?.stage).toBe('upstream');
  });

  it('merges a record that is already a chain node instead of duplicating it', () => {
    expect(graph.nodes.filter((n) => n.id === 'firm-x')).toHaveLength(1);
    expect(node('firm-x')).toMatchObject({
      tier: 'leading',
      cities: ['440300', '441900'],
      stage: 'midstream',
    });
  });

  it('computes segment cities from the segment and everything attached to it', () => {
    expect(new Set(node('seg-a')?.cities)).toEqual(new Set(['440100', '440400']));
    expect(new Set(node('seg-b')?.cities)).toEqual(new Set(['440300', '441900']));
    // seg-c has no cities of its own: product (440700), Lead Co, Hidden Co
    expect(new Set(node('seg-c')?.cities)).toEqual(new Set(['440700', '440100', '440400', '440600']));
    expect(node('prod-1')?.cities).toEqual(['440100']);
  });

  it('drops duplicate links, counts degree and ranks importance', () => {
    expect(graph.links.filter((l) => l.source === 'seg-a' && l.target === 'seg-b')).toHaveLength(1);
    expect(node('seg-b')?.degree).toBe(7);
    const imp = (id: string) => node(id)?.importance ?? 0;
    expect(imp('seg-d')).toBeGreaterThan(imp('ent-leader'));
    expect(imp('ent-leader')).toBeGreaterThan(imp('ent-lead'));
    expect(imp('ent-lead')).toBeGreaterThan(imp('ent-hidden'));
  });

  it('keeps a link per direction and kind, once each, and never a node linked to itself', () => {
    const [first] = fixtureCluster.chain.links;
    if (!first) throw new Error('fixture has no links');
    const link = (source: string, target: string, kind: (typeof first)['kind']) => ({
      ...first,
      source,
      target,
      kind,
    });
    const cluster: Cluster = {
      ...fixtureCluster,
      chain: {
        ...fixtureCluster.chain,
        links: [
          link('seg-d', 'seg-c', 'supplies'),
          link('seg-d', 'seg-c', 'enables'),
          link('seg-c', 'seg-d', 'supplies'),
          link('seg-d', 'seg-c', 'supplies'),
          link('seg-d', 'seg-d', 'supplies'),
          link('seg-d', 'no-such-node', 'supplies'),
        ],
      },
    };
    const between = buildChainGraph(cluster).links.filter((l) =>
      [l.source, l.target].every((id) => id === 'seg-c' || id === 'seg-d'),
    );
    expect(between).toEqual([
      { source: 'seg-d', target: 'seg-c', kind: 'supplies' },
      { source: 'seg-d', target: 'seg-c', kind: 'enables' },
      { source: 'seg-c', target: 'seg-d', kind: 'supplies' },
    ]);
  });

  it('keeps provenance flags: unverified stays unverified, editorial defaults to false', () => {
    expect(node('tech-1')).toMatchObject({ verified: false, editorial: false });
    expect(node('seg-a')?.verified).toBe(true);
  });

  it('answers city questions', () => {
    expect(nodeCities(graph, 'prod-3')).toEqual(['440700']);
    expect(nodeCities(graph, 'nope')).toEqual([]);
    expect(nodesInCity(graph, '440600')).toEqual(new Set(['seg-c', 'seg-d', 'ent-hidden']));
    expect(nodesInCity(graph, '999999').size).toBe(0);
  });

  it('a segment carries the cities of records attached to its products: the map lights what the region chart counts', () => {
    // A project building 产品二 (part of seg-b) in 佛山, where neither the product nor the segment is placed.
    const cluster: Cluster = {
      ...fixtureCluster,
      fiveOnes: {
        ...fixtureCluster.fiveOnes,
        projects: [
          ...fixtureCluster.fiveOnes.projects,
          {
            ...(fixtureCluster.fiveOnes.projects[0] as Cluster['fiveOnes']['projects'][number]),
            id: 'proj-fs',
            cities: ['440600'],
            segments: ['prod-2'],
          },
        ],
      },
    };
    const g = buildChainGraph(cluster);
    expect(nodeCities(g, 'prod-2')).toContain('440600');
    expect(nodeCities(g, 'seg-b')).toContain('440600');
    const cities = ['440100', '440300', '440600', '440700', '441900'].map(
      (adcode) => ({ adcode, name: { zh: adcode, en: adcode }, region: 'r', sources: ['s'] }) as City,
    );
    const matrix = regionMatrix(cluster, cities);
    for (const seg of matrix.columns)
      for (const code of columnCities(matrix, seg.id))
        expect(nodeCities(g, seg.id), `${seg.id} ${code}`).toContain(code);
  });
});
