/**
 * The new 技术路线图 / 对接 / target-segment fields fail soft: a bad record is reported with its file,
 * record and field, and dropped; the cluster and the rest of the dataset still load.
 */
import { describe, expect, it } from 'vitest';
import { assembleBundleJson, finish } from '../../../src/data/load.ts';
import { assembleMini, type Json, miniBundle, readMini } from './helpers.ts';

const good = {
  id: 'rm-good',
  name: { zh: '乙烯裂解技术（测试）', en: 'Cracking (test)' },
  node: 'ethylene',
  status: 'catching-up',
  sources: ['src-fixture'],
};

function petrochemWith(extra: Json): Json {
  const file = readMini('clusters/petrochem.json');
  Object.assign(file.cluster, extra);
  return file;
}

function load(extra: Json) {
  return finish(assembleMini({ 'clusters/petrochem.json': petrochemWith(extra) }));
}

describe('soft fields', () => {
  it('keeps good roadmap items and candidates', () => {
    const { dataset, problems } = load({
      roadmap: [good],
      candidates: [
        {
          id: 'cand-1',
          name: { zh: '某研究所（测试）', en: 'Institute (test)' },
          kind: 'institution',
          segments: ['crude'],
          sources: ['src-fixture'],
        },
      ],
    });
    expect(problems).toEqual([]);
    const cluster = dataset?.clusters.get('petrochem')?.cluster;
    expect(cluster?.roadmap.map((r) => r.id)).toEqual(['rm-good']);
    expect(cluster?.candidates[0]?.segments).toEqual(['crude']);
  });

  it('drops a roadmap item with a bad status, names file, record and field, and still shows the cluster', () => {
    const { dataset, problems } = load({ roadmap: [good, { ...good, id: 'rm-bad', status: 'great' }] });
    const cluster = dataset?.clusters.get('petrochem')?.cluster;
    expect(cluster?.roadmap.map((r) => r.id)).toEqual(['rm-good']);
    expect(cluster?.chain.nodes.length).toBe(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'clusters/petrochem.json',
      where: 'cluster.roadmap[1].status',
    });
    expect(problems[0]?.fix).toContain('the rest of the cluster is shown');
  });

  it('a roadmap that is not a list is reported and ignored', () => {
    const { dataset, problems } = load({ roadmap: 'soon' });
    expect(dataset?.clusters.get('petrochem')?.cluster.roadmap).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ where: 'cluster.roadmap', message: '"roadmap" is not a list' }),
    ]);
  });

  it('unknown node, target, segment and source references are reported and dropped, not fatal', () => {
    const { dataset, problems } = load({
      roadmap: [
        { ...good, node: 'no-such-node', targets: ['no-such-target'] },
        { ...good, id: 'rm-unsourced', sources: ['src-missing'] },
      ],
      candidates: [
        {
          id: 'cand-1',
          name: { zh: '基金（测试）', en: 'Fund (test)' },
          kind: 'fund',
          segments: ['crude', 'ghost'],
          sources: ['src-fixture'],
        },
      ],
    });
    const cluster = dataset?.clusters.get('petrochem')?.cluster;
    expect(cluster).toBeDefined();
    expect(cluster?.roadmap.map((r) => [r.id, r.node, r.targets])).toEqual([['rm-good', undefined, []]]);
    expect(cluster?.candidates[0]?.segments).toEqual(['crude']);
    expect(problems.map((p) => p.where).sort()).toEqual([
      'cluster.candidates[0].segments[1]',
      'cluster.roadmap[0].node',
      'cluster.roadmap[0].targets[0]',
      'cluster.roadmap[1].sources',
    ]);
  });

  it('a malformed node dependency or target segment list is ignored with a message', () => {
    const file = petrochemWith({});
    file.cluster.chain.nodes[0].dependency = { level: 'extreme', sources: ['src-fixture'] };
    const { dataset, problems } = finish(assembleMini({ 'clusters/petrochem.json': file }));
    const node = dataset?.clusters.get('petrochem')?.nodes.get('crude');
    expect(node).toBeDefined();
    expect(node?.dependency).toBeUndefined();
    expect(problems[0]?.where).toBe('cluster.chain.nodes[0].dependency.level');
  });

  it('works the same in a single-file dataset', () => {
    const bundle = miniBundle();
    bundle.clusters[0].roadmap = [good, { ...good, id: 'rm-x', name: 'not localized' }];
    const { dataset, problems } = finish(assembleBundleJson(bundle, 'mine.json'));
    expect(dataset?.clusters.size).toBe(3);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'mine.json', where: 'clusters[0].roadmap[1].name' }),
    ]);
  });
});
