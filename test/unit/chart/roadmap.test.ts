// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { roadmapFigure } from '../../../src/chart/roadmapLayout.ts';
import type { Cluster, RoadmapItem, Target } from '../../../src/data/schema.ts';
import type { Item, TextItem } from '../../../src/export/displayList.ts';
import { roadmapModel } from '../../../src/model/roadmap.ts';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const src = ['src-test-official'];

function item(id: string, extra: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id,
    name: { zh: `条目${id}`, en: `Item ${id}` },
    kind: 'technology',
    targets: [],
    sources: src,
    ...extra,
  };
}

function target(id: string, year: number, extra: Partial<Target> = {}): Target {
  return {
    id,
    metric: { zh: `指标${id}`, en: `Metric ${id}` },
    value: 1,
    comparator: '=',
    unit: '亿元',
    year,
    kind: 'target',
    sources: src,
    ...extra,
  };
}

function cluster(roadmap: RoadmapItem[], targets: Target[] = []): Cluster {
  const c = makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Green petrochemicals');
  c.chain.nodes = [
    { id: 'seg-a', kind: 'segment', name: { zh: '甲环节', en: 'Segment A' }, cities: [], sources: src },
    { id: 'seg-b', kind: 'segment', name: { zh: '乙环节', en: 'Segment B' }, cities: [], sources: src },
  ];
  c.roadmap = roadmap;
  c.targets = targets;
  return c;
}

const SAMPLE = cluster(
  [
    item('undated-a', { status: 'chokepoint', node: 'seg-a' }),
    item('y2025', { status: 'mastered', year: 2025, node: 'seg-b' }),
    item('p2325', { status: 'catching-up', period: { from: 2023, to: 2025 }, statusEditorial: true }),
    item('p2125', {
      status: 'missing',
      period: { from: 2021, to: 2025 },
      node: 'seg-a',
      targets: ['t-2025'],
    }),
    item('y2021', { year: 2021 }),
    item('undated-b'),
  ],
  [
    target('t-2025', 2025, { segments: ['seg-a'] }),
    target('t-2030', 2030),
    target('t-base', 2020, { kind: 'baseline' }),
  ],
);

const OPTS = {
  lang: 'zh' as const,
  width: 900,
  selectedId: null,
  emphasisIds: null,
  gapIds: new Set<string>(),
};

function flat(items: readonly Item[]): Item[] {
  return items.flatMap((it) => (it.t === 'group' ? flat(it.items) : [it]));
}
const texts = (items: readonly Item[]) =>
  flat(items)
    .filter((it): it is TextItem => it.t === 'text')
    .map((it) => it.text);

describe('roadmapModel', () => {
  const m = roadmapModel(SAMPLE);

  it('sorts years and plan periods by start then end, with target-only years, and undated last', () => {
    expect(m.columns.map((c) => c.key)).toEqual([
      '2021',
      '2021-2025',
      '2023-2025',
      '2025',
      '2030',
      'undated',
    ]);
  });

  it('never guesses a year: items with neither year nor period are undated with when = null', () => {
    const undated = m.entries.filter((e) => e.column === 'undated').map((e) => e.id);
    expect(undated.sort()).toEqual(['undated-a', 'undated-b']);
    expect(m.entries.find((e) => e.id === 'undated-b')?.when).toBeNull();
    expect(m.entries.find((e) => e.id === 'p2125')?.when).toEqual({ from: 2021, to: 2025 });
  });

  it('puts items in status lanes in the fixed order, unknown status last', () => {
    expect(m.lanes.map((l) => l.lane)).toEqual([
      'chokepoint',
      'missing',
      'catching-up',
      'mastered',
      'unknown',
    ]);
    expect(m.entries.map((e) => [e.id, e.lane])).toEqual([
      ['undated-a', 'chokepoint'],
      ['p2125', 'missing'],
      ['p2325', 'catching-up'],
      ['y2025', 'mastered'],
      ['y2021', 'unknown'],
      ['undated-b', 'unknown'],
    ]);
  });

  it('carries node, targets, sources and the editorial flag', () => {
    const p = m.entries.find((e) => e.id === 'p2125');
    expect(p).toMatchObject({ nodeId: 'seg-a', targets: ['t-2025'], sources: src, editorial: false });
    expect(m.entries.find((e) => e.id === 'p2325')?.editorial).toBe(true);
    expect(m.entries.find((e) => e.id === 'y2021')?.nodeId).toBeUndefined();
  });

  it('counts an item backed only by editorial sources as editorial when source levels are known', () => {
    const c = cluster([item('ed', { sources: ['src-test-editorial'] })]);
    expect(roadmapModel(c).entries[0]?.editorial).toBe(false);
    const level = (id: string) => (id === 'src-test-editorial' ? 'editorial' : 'official');
    expect(roadmapModel(c, { sourceLevel: level }).entries[0]?.editorial).toBe(true);
  });

  it('places plan targets (not baselines) as milestones with their segments and the items serving them', () => {
    expect(m.milestones.map((x) => [x.targetId, x.year, x.column])).toEqual([
      ['t-2025', 2025, '2025'],
      ['t-2030', 2030, '2030'],
    ]);
    expect(m.milestones[0]).toMatchObject({ segments: ['seg-a'], servedBy: ['p2125'] });
    expect(m.milestones[1]?.segments).toEqual([]);
  });

  it('puts a target year inside a plan period on that period when there is no column of its own', () => {
    const c = cluster([item('p', { period: { from: 2021, to: 2025 } })], [target('t', 2025)]);
    const mm = roadmapModel(c);
    expect(mm.columns.map((x) => x.key)).toEqual(['2021-2025']);
    expect(mm.milestones[0]?.column).toBe('2021-2025');
  });
});

describe('roadmapFigure', () => {
  const fig = roadmapFigure(SAMPLE, OPTS);

  it('labels lanes, columns (undated last) and the target row', () => {
    const t = texts(fig.items);
    for (const s of [
      '卡脖子',
      '缺失',
      '追赶',
      '已掌握',
      '状态未载明',
      '未公开年份',
      '规划目标',
      '2021—2025',
      '2030',
    ])
      expect(t).toContain(s);
    expect(t).toContain('编');
    expect(t).toContain('指标t-2025');
    expect(t).not.toContain('指标t-base');
  });

  it('has one hit per item, with the node id when there is one', () => {
    expect(fig.hits.map((h) => h.id)).toEqual(['seg-a', 'seg-a', 'p2325', 'seg-b', 'y2021', 'undated-b']);
    expect(fig.hits[0]?.label).toContain('未公开年份');
    // The undated column is the last one: its chips sit right of every dated chip.
    const undatedX = fig.hits.find((h) => h.id === 'undated-b')?.x ?? 0;
    for (const h of fig.hits.filter((x) => x.id !== 'undated-b' && x.id !== 'seg-a'))
      expect(h.x).toBeLessThan(undatedX);
  });

  it('uses only finite numbers and is deterministic', () => {
    const nums = JSON.stringify(fig).match(/-?\d+(\.\d+)?(e[+-]?\d+)?|NaN|Infinity/g) ?? [];
    expect(nums).not.toContain('NaN');
    expect(nums).not.toContain('Infinity');
    expect(Number.isFinite(fig.width) && Number.isFinite(fig.height)).toBe(true);
    expect(roadmapFigure(SAMPLE, OPTS)).toEqual(fig);
  });

  it('grows wider than the pane rather than squeezing many columns', () => {
    const many = cluster(Array.from({ length: 12 }, (_, i) => item(`y${i}`, { year: 2020 + i })));
    expect(roadmapFigure(many, OPTS).width).toBeGreaterThan(900);
  });

  it('outlines the selected item thick and gap nodes dashed', () => {
    const plain = flat(fig.items).filter((it) => it.t === 'path' && it.strokeWidth === 3);
    expect(plain).toHaveLength(0);
    const sel = roadmapFigure(SAMPLE, { ...OPTS, selectedId: 'seg-b' });
    expect(flat(sel.items).filter((it) => it.t === 'path' && it.strokeWidth === 3)).toHaveLength(1);
    const gap = roadmapFigure(SAMPLE, { ...OPTS, gapIds: new Set(['seg-a']) });
    const dashed = flat(gap.items).filter(
      (it) => it.t === 'path' && it.stroke === '#9f1239' && it.dash?.length,
    );
    expect(dashed).toHaveLength(2);
  });

  it('draws items whose node is not emphasised lighter', () => {
    const em = roadmapFigure(SAMPLE, { ...OPTS, emphasisIds: new Set(['seg-b']) });
    const faded = flat(em.items).filter((it) => it.t === 'path' && it.opacity === 0.3);
    expect(faded).toHaveLength(5);
  });

  it('says so when there are no roadmap items, in both languages', () => {
    const empty = cluster([], [target('t', 2025)]);
    const zh = roadmapFigure(empty, OPTS);
    expect(texts(zh.items)).toEqual(['本链尚无有来源的技术路线图条目']);
    expect(zh.hits).toEqual([]);
    expect(texts(roadmapFigure(empty, { ...OPTS, lang: 'en' }).items)).toEqual([
      'No sourced roadmap items for this chain yet',
    ]);
  });

  it('writes English labels and period ranges with an en dash', () => {
    const t = texts(roadmapFigure(SAMPLE, { ...OPTS, lang: 'en' }).items);
    expect(t).toContain('Year not given');
    expect(t).toContain('2021–2025');
    expect(t).toContain('ed.');
  });
});
