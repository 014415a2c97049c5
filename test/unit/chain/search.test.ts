import { describe, expect, it } from 'vitest';
import { normalizeQuery, searchNodes, warmSearch } from '../../../src/chain/search.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import { syntheticGraph } from '../../fixtures/chain/synthetic.ts';

describe('searchNodes', () => {
  const graph = buildChainGraph(fixtureCluster);
  const ids = (q: string, lang: 'zh' | 'en' = 'en') => searchNodes(graph, q, lang).map((h) => h.node.id);

  it('matches English names case-insensitively and ranks prefix before substring', () => {
    // equal rank: the better-connected segment first
    expect(ids('segment')).toEqual(['seg-b', 'seg-c', 'seg-a', 'seg-d']);
    expect(ids('co')[0]).toBe('ent-leader'); // "Leader Co": word prefix, most important
    expect(ids('lead').sort()).toEqual(['ent-lead', 'ent-leader']);
    expect(ids('lead co')).toEqual(['ent-lead']); // exact name
  });

  it('matches Chinese names, also from the English UI, and labels hits in the matching language', () => {
    expect(ids('环节', 'zh')).toEqual(['seg-b', 'seg-c', 'seg-a', 'seg-d']);
    expect(ids('环节甲', 'zh')).toEqual(['seg-a']);
    const hits = searchNodes(graph, '链主', 'en');
    expect(hits.map((h) => [h.node.id, h.label])).toEqual([['ent-leader', '链主公司']]);
    expect(searchNodes(graph, 'leader', 'zh')[0]?.label).toBe('Leader Co');
  });

  it('folds full-width characters and whitespace, ignores empty queries, limits results', () => {
    expect(normalizeQuery('  ＳＥＧＭＥＮＴ   a ')).toBe('segment a');
    expect(ids('ＳＥＧＭＥＮＴ a')).toEqual(['seg-a']);
    expect(ids('   ')).toEqual([]);
    expect(searchNodes(graph, 'e', 'en', 3)).toHaveLength(3);
    expect(ids('nothing like this')).toEqual([]);
  });

  it('treats regex metacharacters as text', () => {
    expect(() => searchNodes(graph, '(*[', 'en')).not.toThrow();
  });
});

describe('searchNodes on a big graph', () => {
  it('returns the same best hits, in the same order, as ranking every match', () => {
    const big = syntheticGraph(3000);
    for (const n of big.nodes) n.name = { zh: `企业${n.id}`, en: `Firm ${n.id}` };
    const collator = new Intl.Collator('zh-CN');
    for (const q of ['1', '12', 'n2', '企业n3', '9']) {
      const all = big.nodes
        .map((node) => {
          const t = normalizeQuery(node.name.zh);
          const rank = t === q ? 0 : t.startsWith(q) ? 1 : t.includes(q) ? 3 : Number.POSITIVE_INFINITY;
          return { node, rank };
        })
        .filter((h) => h.rank !== Number.POSITIVE_INFINITY)
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            b.node.importance - a.node.importance ||
            collator.compare(a.node.name.zh, b.node.name.zh),
        )
        .slice(0, 12)
        .map((h) => h.node.id);
      expect(searchNodes(big, q, 'zh').map((h) => h.node.id)).toEqual(all);
    }
  });

  it('gives the same hits while typing on and back, in either language, as a search afresh', () => {
    const big = syntheticGraph(3000);
    for (const n of big.nodes) n.name = { zh: `企业${n.id}`, en: `Firm ${n.id.toUpperCase()}` };
    // A graph object of its own has no earlier query to narrow from.
    const afresh = (q: string, lang: 'zh' | 'en') =>
      searchNodes({ ...big, nodes: [...big.nodes] }, q, lang).map((h) => [h.node.id, h.label]);
    const steps: [string, 'zh' | 'en'][] = [
      ['1', 'zh'],
      ['12', 'zh'],
      ['12', 'en'],
      ['n12', 'en'],
      ['12', 'en'],
      ['1', 'zh'],
      ['企业', 'zh'],
      ['企业n2', 'en'],
    ];
    for (const [q, lang] of steps)
      expect(
        searchNodes(big, q, lang).map((h) => [h.node.id, h.label]),
        `${q} (${lang})`,
      ).toEqual(afresh(q, lang));
    // After a query that matched nothing, a shorter one is not narrowed to nothing.
    expect(searchNodes(big, 'n1zz', 'en')).toEqual([]);
    expect(searchNodes(big, 'n1', 'en').length).toBe(12);
  });

  it('gives the same hits once warmed (names ordered ahead) as comparing names with the collator', async () => {
    const big = syntheticGraph(6000);
    // Names whose pinyin order is not their code-point order, many with the same importance.
    const heads = ['中山', '阿里', '广州', '佛山', '北京', '东莞', '珠海', '惠州'];
    big.nodes.forEach((n, i) => {
      n.name = { zh: `${heads[(i * 5) % 8]}企业${i % 97}`, en: `Firm ${heads[i % 8]} ${i % 89}` };
    });
    const cold = (q: string, lang: 'zh' | 'en') =>
      searchNodes({ ...big, nodes: [...big.nodes] }, q, lang).map((h) => h.node.id);
    const queries: [string, 'zh' | 'en'][] = [
      ['企', 'zh'],
      ['1', 'zh'],
      ['企业2', 'zh'],
      ['firm', 'en'],
      ['山', 'en'],
    ];
    const expected = queries.map(([q, lang]) => cold(q, lang));
    await new Promise<void>((resolve) => warmSearch(big, 'zh', resolve));
    await new Promise<void>((resolve) => warmSearch(big, 'en', resolve));
    for (const [k, [q, lang]] of queries.entries())
      expect(
        searchNodes(big, q, lang).map((h) => h.node.id),
        `${q} (${lang})`,
      ).toEqual(expected[k]);
    expect(expected[0]).toHaveLength(12);
  });
});
