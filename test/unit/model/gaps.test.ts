/**
 * The 补链 gap analysis on small made-up chains: every gap type fires on the record that should
 * trigger it and not on one that should not, reasons carry their evidence, and the ranking puts
 * stated gaps above thin-data signals. Then over the bundled data: every cluster gets a list whose
 * evidence points at records and sources that exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import type { ChainNode, Cluster, Enterprise } from '../../../src/data/schema.ts';
import { gapContext } from '../../../src/model/gapContext.ts';
import {
  analyseGaps,
  GAP_WEIGHTS,
  type GapContext,
  gapNodeIds,
  gapTypeLabel,
} from '../../../src/model/gaps.ts';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const LEVELS: Record<string, 'official' | 'editorial' | 'article'> = {
  'src-off': 'official',
  'src-ed': 'editorial',
  'src-art': 'article',
};
const ctx: GapContext = {
  sourceLevel: (id) => LEVELS[id],
  cityName: (code) => (code === '440300' ? { zh: '深圳市', en: 'Shenzhen' } : undefined),
};

const node = (id: string, extra: Partial<ChainNode> = {}): ChainNode => ({
  id,
  kind: 'segment',
  name: { zh: `环节${id}`, en: `Segment ${id}` },
  cities: [],
  sources: ['src-off'],
  ...extra,
});
const firm = (
  id: string,
  segments: string[],
  cities: string[],
  extra: Partial<Enterprise> = {},
): Enterprise => ({
  id,
  name: { zh: `企业${id}`, en: `Firm ${id}` },
  tier: 'leading',
  cities,
  segments,
  sources: ['src-off'],
  ...extra,
});

function chain(nodes: ChainNode[], enterprises: Enterprise[] = [], patch: Partial<Cluster> = {}): Cluster {
  const c = makeCluster('test', 'emerging', 1, '测试', 'Test');
  c.chain.nodes = nodes;
  c.fiveOnes.enterprises = enterprises;
  return { ...c, ...patch };
}
const typesOf = (c: Cluster, id: string) =>
  analyseGaps(c, ctx)
    .find((e) => e.nodeId === id)
    ?.reasons.map((r) => r.type) ?? [];

describe('each gap type', () => {
  it('a segment the sources mark missing or weak says so, citing the node’s sources', () => {
    const c = chain(
      [node('a', { status: 'missing' }), node('b', { status: 'weak' })],
      [
        firm('f1', ['a'], ['440100']),
        firm('f2', ['a'], ['440300']),
        firm('f3', ['b'], ['440100']),
        firm('f4', ['b'], ['440300']),
      ],
    );
    const [a, b] = analyseGaps(c, ctx);
    expect(a?.nodeId).toBe('a');
    expect(a?.reasons.map((r) => r.type)).toEqual(['missing']);
    expect(a?.reasons[0]?.evidence).toEqual({ ids: ['a'], sources: ['src-off'] });
    expect(b?.reasons.map((r) => r.type)).toEqual(['weak']);
    expect(b?.reasons[0]?.text.zh).toContain('补短板');
  });

  it('no Guangdong firm: fires on an empty segment, not on one whose product has a firm', () => {
    const c = chain(
      [node('seg'), node('prod', { kind: 'product' }), node('empty')],
      [firm('f', ['prod'], ['440100', '440300'])],
    );
    c.chain.links = [{ source: 'prod', target: 'seg', kind: 'part_of', sources: ['src-off'] }];
    expect(typesOf(c, 'empty')).toEqual(['no-firm']);
    expect(typesOf(c, 'seg')).toEqual([]);
    // the product inside a segment is covered by its segment, never flagged for firms on its own
    expect(typesOf(c, 'prod')).toEqual([]);
  });

  it('a technology is judged by its status and roadmap, not by the firms the sources name', () => {
    const c = chain(
      [
        node('seg'),
        node('tech', { kind: 'technology' }),
        node('weak-tech', { kind: 'technology', status: 'weak' }),
      ],
      [firm('f1', ['seg'], ['440100']), firm('f2', ['seg'], ['440300'])],
    );
    c.chain.links = [{ source: 'tech', target: 'seg', kind: 'enables', sources: ['src-off'] }];
    expect(analyseGaps(c, ctx).map((e) => [e.nodeId, e.reasons.map((r) => r.type)])).toEqual([
      ['weak-tech', ['weak']],
    ]);
  });

  it('a strong segment with no firm is a data hole, weighted low and worded as such', () => {
    const c = chain([node('s', { status: 'strong' })]);
    const [e] = analyseGaps(c, ctx);
    expect(e?.reasons[0]?.type).toBe('no-firm');
    expect(e?.reasons[0]?.weight).toBeLessThan(GAP_WEIGHTS['no-firm']);
    expect(e?.reasons[0]?.text.en).toContain('strength');
  });

  it('firms in one city only names the city and lists the firms as evidence', () => {
    const c = chain([node('s')], [firm('f1', ['s'], ['440300']), firm('f2', ['s'], ['440300'])]);
    const [e] = analyseGaps(c, ctx);
    expect(e?.reasons.map((r) => r.type)).toEqual(['one-city']);
    expect(e?.reasons[0]?.text.zh).toBe('已列出的 2 家企业都在深圳市');
    expect(e?.reasons[0]?.evidence.ids).toEqual(['f1', 'f2']);
  });

  it('counts a firm placed in a segment and its product once, in the order the list gives', () => {
    const c = chain(
      [node('s'), node('p', { kind: 'product' })],
      [
        firm('f3', ['p'], ['440300']),
        firm('f1', ['other', 'p', 'p'], ['440300']),
        firm('f2', ['s', 'p'], ['440300']),
      ],
    );
    c.chain.links = [{ source: 'p', target: 's', kind: 'part_of', sources: ['src-off'] }];
    const [e] = analyseGaps(c, ctx);
    expect(e?.reasons[0]?.text.zh).toBe('已列出的 3 家企业都在深圳市');
    expect(e?.reasons[0]?.evidence.ids).toEqual(['f3', 'f1', 'f2']);
  });

  it('only editorial or unverified support: fires unless a checkable source backs the node or a firm', () => {
    const thin = chain(
      [node('s', { sources: ['src-ed'] })],
      [firm('f', ['s'], ['440100', '440300'], { segmentsEditorial: true })],
    );
    expect(typesOf(thin, 's')).toEqual(['editorial-only']);
    const unverified = chain(
      [node('s', { verified: false })],
      [firm('f', ['s'], ['440100', '440300'], { verified: false })],
    );
    expect(typesOf(unverified, 's')).toEqual(['editorial-only']);
    const backedByFirm = chain(
      [node('s', { sources: ['src-ed'] })],
      [firm('f', ['s'], ['440100', '440300'])],
    );
    expect(typesOf(backedByFirm, 's')).toEqual([]);
    const articleIsASource = chain(
      [node('s', { sources: ['src-art'] })],
      [firm('f', ['s'], ['440100', '440300'])],
    );
    expect(typesOf(articleIsASource, 's')).toEqual([]);
  });

  it('external dependency: high and medium count, low does not', () => {
    const firms = ['h', 'm', 'l'].flatMap((id) => [
      firm(`${id}1`, [id], ['440100']),
      firm(`${id}2`, [id], ['440300']),
    ]);
    const c = chain(
      [
        node('h', { dependency: { level: 'high', sources: ['src-art'] } }),
        node('m', { dependency: { level: 'medium', sources: ['src-art'] } }),
        node('l', { dependency: { level: 'low', sources: ['src-art'] } }),
      ],
      firms,
    );
    const list = analyseGaps(c, ctx);
    expect(list.map((e) => e.nodeId)).toEqual(['h', 'm']);
    expect(list[0]?.reasons[0]?.evidence.sources).toEqual(['src-art']);
    expect(list[0]?.score).toBeGreaterThan(list[1]?.score ?? 0);
  });

  it('a plan target with no project on the segment; a project on a product of it answers the target', () => {
    const target = {
      id: 't1',
      metric: { zh: '产能', en: 'Capacity' },
      value: 10,
      comparator: '=' as const,
      unit: '万吨',
      year: 2025,
      kind: 'target' as const,
      segments: ['s'],
      sources: ['src-off'],
    };
    const firms = [firm('f1', ['s'], ['440100']), firm('f2', ['s'], ['440300'])];
    const bare = chain([node('s'), node('p', { kind: 'product' })], firms, { targets: [target] });
    bare.chain.links = [{ source: 'p', target: 's', kind: 'part_of', sources: ['src-off'] }];
    const [e] = analyseGaps(bare, ctx);
    expect(e?.reasons.map((r) => r.type)).toEqual(['target-no-project']);
    expect(e?.reasons[0]?.text.zh).toContain('产能');
    expect(e?.reasons[0]?.evidence.ids).toEqual(['t1']);
    bare.fiveOnes.projects = [
      {
        id: 'pr',
        name: { zh: '项目', en: 'Project' },
        cities: [],
        status: 'unknown',
        segments: ['p'],
        sources: ['src-off'],
      },
    ];
    expect(analyseGaps(bare, ctx)).toEqual([]);
  });

  it('a 卡脖子 or missing roadmap item on a node becomes its reason, with the item as evidence', () => {
    const firms = [firm('f1', ['s'], ['440100']), firm('f2', ['s'], ['440300'])];
    const c = chain([node('s')], firms, {
      roadmap: [
        {
          id: 'r1',
          name: { zh: 'EDA', en: 'EDA' },
          kind: 'technology',
          node: 's',
          status: 'chokepoint',
          targets: [],
          sources: ['src-art'],
        },
        {
          id: 'r2',
          name: { zh: '光刻', en: 'Lithography' },
          kind: 'technology',
          node: 's',
          status: 'missing',
          targets: [],
          sources: ['src-off'],
        },
      ],
    });
    const [e] = analyseGaps(c, ctx);
    expect(e?.reasons.map((r) => r.type)).toEqual(['missing', 'chokepoint']);
    expect(e?.reasons[1]?.text.zh).toBe('技术路线图列为“卡脖子”：EDA');
    expect(e?.reasons[1]?.evidence).toEqual({ ids: ['r1'], sources: ['src-art'] });
  });

  it('an application field the chain serves is not judged by its firms', () => {
    const c = chain(
      [node('s'), node('field', { stage: 'downstream' })],
      [firm('f1', ['s'], ['440100']), firm('f2', ['s'], ['440300'])],
    );
    c.chain.links = [{ source: 's', target: 'field', kind: 'applies_to', sources: ['src-off'] }];
    expect(analyseGaps(c, ctx)).toEqual([]);
  });
});

describe('ranking and candidates', () => {
  it('ranks by score, stated gaps above thin data, and ranks are 1..n', () => {
    const c = chain(
      [node('thin', { sources: ['src-ed'] }), node('gone', { status: 'missing' }), node('none')],
      [firm('f1', ['thin'], ['440100', '440300'], { segmentsEditorial: true })],
    );
    const list = analyseGaps(c, ctx);
    expect(list.map((e) => e.nodeId)).toEqual(['gone', 'none', 'thin']);
    expect(list.map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(list[0]?.score).toBe(GAP_WEIGHTS.missing + GAP_WEIGHTS['no-firm']);
    expect([...gapNodeIds(list)].sort()).toEqual(['gone', 'none', 'thin']);
  });

  it('lists the 对接 candidates that would fill a gap', () => {
    const c = chain([node('gone', { status: 'missing' })], [], {
      candidates: [
        {
          id: 'cand',
          name: { zh: '某研究院', en: 'An institute' },
          kind: 'institution',
          segments: ['gone'],
          sources: ['src-off'],
        },
        {
          id: 'other',
          name: { zh: '别处', en: 'Elsewhere' },
          kind: 'fund',
          segments: ['x'],
          sources: ['src-off'],
        },
      ],
    });
    expect(analyseGaps(c, ctx)[0]?.candidates).toEqual(['cand']);
  });

  it('labels every type in both languages', () => {
    expect(gapTypeLabel('zh', 'chokepoint')).toBe('卡脖子');
    expect(gapTypeLabel('en', 'no-firm')).toBe('no Guangdong firm');
  });
});

describe('over the bundled data', () => {
  const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
  const read = (p: string) => JSON.parse(readFileSync(join(DATA, p), 'utf8'));
  const { dataset } = assembleDataset('manifest.json', read);
  const ds = normalize(dataset as NonNullable<typeof dataset>);

  it('every cluster gets a ranked list whose evidence names records and sources that exist', () => {
    for (const [id, entry] of ds.clusters) {
      const c = entry.cluster;
      const list = analyseGaps(c, gapContext(ds));
      const known = new Set([
        ...c.chain.nodes.map((n) => n.id),
        ...c.fiveOnes.enterprises.map((e) => e.id),
        ...c.targets.map((t) => t.id),
        ...c.roadmap.map((r) => r.id),
      ]);
      for (const e of list)
        for (const r of e.reasons) {
          for (const rec of r.evidence.ids) expect(known.has(rec), `${id}: ${rec}`).toBe(true);
          for (const src of r.evidence.sources) expect(ds.sources.has(src), `${id}: ${src}`).toBe(true);
        }
      for (let i = 1; i < list.length; i++)
        expect(list[i - 1]?.score).toBeGreaterThanOrEqual(list[i]?.score ?? 0);
    }
  });

  it('robotics: the components the article says to break through rank first, as weak with a stated dependency', () => {
    const list = analyseGaps(ds.clusters.get('robotics')?.cluster as Cluster, gapContext(ds));
    const top = list.slice(0, 4).map((e) => e.name.zh);
    expect(top).toEqual(expect.arrayContaining(['减速器', '伺服电机和系统', '控制器']));
    const reducer = list.find((e) => e.name.zh === '减速器');
    expect(reducer?.reasons.map((r) => r.type)).toEqual(expect.arrayContaining(['weak', 'dependency']));
  });
});
