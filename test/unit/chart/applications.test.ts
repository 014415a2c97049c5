// @vitest-environment node
/**
 * The 应用领域图 model and layout: hand-built clusters for ordering, crossings, highlight and gaps,
 * and the bundled laser chain (loaded through the app's own loader) for its ten application fields.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicationsFigure } from '../../../src/chart/applicationsLayout.ts';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import type { ChainLink, ChainNode, Cluster, Stage } from '../../../src/data/schema.ts';
import type { Item, PathItem, RectItem, TextItem } from '../../../src/export/displayList.ts';
import { applicationsModel, countCrossings } from '../../../src/model/applications.ts';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const src = ['src-test-article'];
const node = (id: string, zh: string, kind: ChainNode['kind'] = 'product', stage?: Stage): ChainNode => ({
  id,
  kind,
  name: { zh, en: id },
  cities: [],
  sources: src,
  ...(stage ? { stage } : {}),
});
const link = (source: string, target: string, extra: Partial<ChainLink> = {}): ChainLink => ({
  source,
  target,
  kind: 'applies_to',
  sources: src,
  ...extra,
});
function cluster(nodes: ChainNode[], links: ChainLink[]): Cluster {
  return { ...makeCluster('test', 'emerging', 1, '测试', 'Test'), chain: { nodes, links } };
}

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const paths = (items: readonly Item[]) => items.filter((i): i is PathItem => i.t === 'path');
const texts = (items: readonly Item[]) =>
  items.filter((i): i is TextItem => i.t === 'text').map((t) => t.text);
const base = {
  lang: 'zh' as const,
  width: 900,
  selectedId: null,
  emphasisIds: null,
  gapIds: new Set<string>(),
};

// Left: two upstream products and a downstream technology; right: fields with 2, 1 and 1 flows.
const SMALL = cluster(
  [
    node('p-b', '乙产品', 'product', 'upstream'),
    node('p-a', '甲产品', 'product', 'upstream'),
    node('t-down', '丙技术', 'technology', 'downstream'),
    node('f-x', '领域X', 'segment', 'downstream'),
    node('f-y', '领域Y', 'segment', 'downstream'),
    node('f-z', '领域Z', 'segment', 'downstream'),
    node('other', '无关环节', 'segment', 'midstream'),
  ],
  [
    link('t-down', 'f-x'),
    link('p-a', 'f-y'),
    link('p-b', 'f-x'),
    link('p-b', 'f-z'),
    { source: 'p-a', target: 'other', kind: 'supplies', sources: src },
  ],
);

describe('applicationsModel', () => {
  it('puts applies_to sources left and targets right, ignoring other links', () => {
    const m = applicationsModel(SMALL);
    expect(new Set(ids(m.left))).toEqual(new Set(['p-a', 'p-b', 't-down']));
    expect(new Set(ids(m.right))).toEqual(new Set(['f-x', 'f-y', 'f-z']));
    expect(m.flows).toHaveLength(4);
    expect(m.right.find((n) => n.id === 'f-x')?.count).toBe(2);
  });

  it('orders the left column by stage, the right by flow count, and never adds crossings', () => {
    const initial = applicationsModel(SMALL, { sweeps: 0 });
    // Stage first, then name (code-point order: 乙 U+4E59 before 甲 U+7532); fields by count, then name.
    expect(ids(initial.left)).toEqual(['p-b', 'p-a', 't-down']);
    expect(ids(initial.right)).toEqual(['f-x', 'f-y', 'f-z']);
    const m = applicationsModel(SMALL);
    // Crossing reduction only reorders within a stage on the left.
    expect(m.left[m.left.length - 1]?.id).toBe('t-down');
    expect(countCrossings(initial)).toBe(3);
    expect(countCrossings(m)).toBeLessThan(countCrossings(initial));
  });

  it('removes a crossing the name order creates', () => {
    // Name order gives left 甲, 乙 and right X, Y with 甲→Y and 乙→X: one crossing, easily undone.
    const c = cluster(
      [
        node('a', '甲', 'product', 'upstream'),
        node('b', '乙', 'product', 'upstream'),
        node('x', 'X'),
        node('y', 'Y'),
      ],
      [link('a', 'y'), link('b', 'x')],
    );
    const m = applicationsModel(c);
    expect(countCrossings(m)).toBe(0);
    expect(countCrossings({ ...m, right: m.right.slice().reverse() })).toBe(1);
  });

  it('counts crossings only between flows with four distinct ends', () => {
    const n = (id: string) => ({ id, kind: 'product' as const, name: { zh: id, en: id }, count: 1 });
    const f = (source: string, target: string) => ({ source, target, sources: src, editorial: false });
    const m = {
      left: [n('a'), n('b')],
      right: [n('x'), n('y')],
      flows: [f('a', 'y'), f('a', 'x'), f('b', 'x')],
    };
    expect(countCrossings(m)).toBe(1);
  });

  it('merges repeated links, drops dangling ones and marks editorial flows', () => {
    const c = cluster(
      [node('a', '甲'), node('b', '乙'), node('x', 'X'), node('y', 'Y')],
      [
        link('a', 'x', { sources: ['s1'] }),
        link('a', 'x', { sources: ['s2', 's1'] }),
        link('a', 'ghost'),
        link('b', 'y', { verified: false }),
        link('b', 'x', { sources: ['ed'] }),
      ],
    );
    const m = applicationsModel(c, { sourceLevel: (id) => (id === 'ed' ? 'editorial' : 'article') });
    const flow = (s: string, t: string) => m.flows.find((x) => x.source === s && x.target === t);
    expect(m.flows).toHaveLength(3);
    expect(flow('a', 'x')?.sources).toEqual(['s1', 's2']);
    expect(flow('a', 'x')?.editorial).toBe(false);
    expect(flow('b', 'y')?.editorial).toBe(true);
    expect(flow('b', 'x')?.editorial).toBe(true);
    // Without source levels only `verified: false` can make a flow editorial.
    expect(applicationsModel(c).flows.find((x) => x.source === 'b' && x.target === 'x')?.editorial).toBe(
      false,
    );
  });

  it('draws a node that is both a source and a target in both columns', () => {
    const m = applicationsModel(
      cluster([node('a', '甲'), node('b', '乙'), node('c', '丙')], [link('a', 'b'), link('b', 'c')]),
    );
    expect(ids(m.left)).toContain('b');
    expect(ids(m.right)).toContain('b');
  });
});

describe('applicationsFigure', () => {
  it('draws headings, one band per flow, and one hit per node with its count', () => {
    const fig = applicationsFigure(SMALL, base);
    expect(texts(fig.items)).toEqual(expect.arrayContaining(['产品/技术', '应用领域', '乙产品', '领域X']));
    expect(paths(fig.items)).toHaveLength(4);
    expect(fig.hits.map((h) => h.id).sort()).toEqual(['f-x', 'f-y', 'f-z', 'p-a', 'p-b', 't-down']);
    expect(fig.hits.find((h) => h.id === 'p-b')?.label).toBe('乙产品：2 个应用领域');
    expect(fig.hits.find((h) => h.id === 'f-x')?.label).toBe('领域X：2 个产品/技术');
    const en = applicationsFigure(SMALL, { ...base, lang: 'en' });
    expect(en.hits.find((h) => h.id === 'f-y')?.label).toBe('f-y: 1 product or technology');
    expect(texts(en.items)).toContain('Application fields');
  });

  it('is deterministic and free of NaN, even for a silly width', () => {
    const a = applicationsFigure(SMALL, base);
    expect(applicationsFigure(SMALL, base)).toEqual(a);
    for (const width of [900, 0, Number.NaN, -5]) {
      const fig = applicationsFigure(SMALL, { ...base, width });
      expect(JSON.stringify(fig)).not.toMatch(/NaN|null,|Infinity/);
      expect(Number.isFinite(fig.width) && Number.isFinite(fig.height)).toBe(true);
    }
  });

  it('highlights the flows of the selected node and fades the rest', () => {
    const fig = applicationsFigure(SMALL, { ...base, selectedId: 'f-x' });
    const bands = paths(fig.items);
    const touching = bands.filter((p) => p.id?.endsWith('>f-x'));
    const others = bands.filter((p) => !p.id?.endsWith('>f-x'));
    expect(touching).toHaveLength(2);
    const min = Math.min(...touching.map((p) => p.opacity ?? 1));
    const max = Math.max(...others.map((p) => p.opacity ?? 1));
    expect(min).toBeGreaterThan(max);
    // Highlighted bands are drawn last so they sit on top.
    expect(bands.slice(-2).every((p) => p.id?.endsWith('>f-x'))).toBe(true);
    const plain = applicationsFigure(SMALL, base);
    expect(new Set(paths(plain.items).map((p) => p.opacity)).size).toBe(1);
  });

  it('dashes editorial flows, outlines gaps in red and lightens what is not emphasised', () => {
    const c = cluster(
      [node('a', '甲'), node('x', 'X'), node('y', 'Y')],
      [link('a', 'x', { verified: false }), link('a', 'y')],
    );
    const fig = applicationsFigure(c, { ...base, gapIds: new Set(['y']), emphasisIds: new Set(['a', 'x']) });
    const bands = paths(fig.items);
    expect(bands.find((p) => p.id === 'a>x')?.dash?.length).toBeGreaterThan(0);
    expect(bands.find((p) => p.id === 'a>y')?.dash).toBeUndefined();
    const rects = fig.items.filter((i): i is RectItem => i.t === 'rect');
    const gapRings = rects.filter((r) => r.stroke === '#9f1239' && r.dash?.length);
    expect(gapRings).toHaveLength(1);
    const bars = rects.filter((r) => r.fill);
    expect(new Set(bars.map((r) => r.fill)).size).toBeGreaterThan(1);
    const y = fig.hits.find((h) => h.id === 'y');
    const yBar = bars.find((r) => y && r.y >= y.y && r.y <= y.y + y.h && r.x >= y.x);
    expect(yBar?.fill).toBe('#cbd2db');
  });

  it('says plainly when the chain has no applies_to links', () => {
    const none = cluster(
      [node('a', '甲'), node('b', '乙')],
      [{ source: 'a', target: 'b', kind: 'supplies', sources: src }],
    );
    const zh = applicationsFigure(none, base);
    expect(zh.hits).toEqual([]);
    expect(texts(zh.items)).toEqual(['本链尚无有来源的应用领域关系']);
    expect(texts(applicationsFigure(none, { ...base, lang: 'en' }).items)).toEqual([
      'No sourced application fields for this chain yet',
    ]);
  });
});

describe('the bundled laser and additive manufacturing chain', () => {
  const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
  const read = (path: string) => JSON.parse(readFileSync(join(DATA, path), 'utf8'));
  const { dataset } = assembleDataset('manifest.json', read);
  if (!dataset) throw new Error('bundled data did not assemble');
  const ds = normalize(dataset);
  const laser = ds.clusters.get('laser-am')?.cluster;
  if (!laser) throw new Error('laser-am not loaded');
  const sourceLevel = (id: string) => ds.sources.get(id)?.level;

  it('shows its ten sourced application fields', () => {
    const m = applicationsModel(laser, { sourceLevel });
    expect(m.right).toHaveLength(10);
    expect(m.flows).toHaveLength(10);
    expect(m.flows.every((f) => f.sources.length > 0)).toBe(true);
    const fig = applicationsFigure(laser, base);
    expect(texts(fig.items)).toEqual(expect.arrayContaining(['航空航天', '汽车', '医疗器械', '文化创意']));
    expect(fig.hits).toHaveLength(m.left.length + m.right.length);
    expect(paths(fig.items)).toHaveLength(10);
    expect(countCrossings(m)).toBe(0);
  });
});
