/**
 * The provinces' templates over a cluster's records: the rule behind each state, and every template
 * over every bundled cluster (data/clusters/*.json) with the right number of items.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import type { Cluster } from '../../../src/data/schema.ts';
import {
  allTemplateReports,
  ITEM_STATES,
  selectableRecord,
  type TemplateItem,
  templateHead,
  templateReport,
} from '../../../src/model/templates.ts';
import { TEMPLATES, type TemplateId } from '../../../src/state/viewState.ts';
import { makeCluster, richCluster } from '../../fixtures/panels/clusters.ts';

const S = ['src-test-article'];
const bare = () => makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Green petrochemicals');
const item = (c: Cluster, t: TemplateId, key: string): TemplateItem => {
  const found = templateReport(c, t).items.find((i) => i.key === key);
  if (!found) throw new Error(`no item ${t}.${key}`);
  return found;
};
const firm = (id: string, tier: Cluster['fiveOnes']['enterprises'][number]['tier']) => ({
  id,
  name: { zh: id, en: id },
  tier,
  cities: [],
  segments: [],
  sources: S,
});
const node = (id: string, status?: 'strong' | 'weak' | 'missing') => ({
  id,
  kind: 'segment' as const,
  name: { zh: id, en: id },
  cities: [],
  sources: S,
  ...(status ? { status } : {}),
});
const dept = (zh: string) => ({ name: { zh, en: zh }, sources: S });
const policy = (id: string, planVersion?: '2021-2025' | 'other') => ({
  id,
  title: { zh: id, en: id },
  issuers: [],
  sources: S,
  ...(planVersion ? { planVersion } : {}),
});
const innovation = (id: string, kind: Cluster['fiveOnes']['innovation'][number]['kind']) => ({
  id,
  name: { zh: id, en: id },
  kind,
  cities: [],
  segments: [],
  sources: S,
});

describe('templateReport rules', () => {
  it('五个一 firm table: filled with a leader and a hidden champion, partial with one, empty with none', () => {
    const c = bare();
    expect(item(c, 'gd5', 'firms')).toMatchObject({ state: 'empty', count: 0, recordIds: [] });
    c.fiveOnes.enterprises = [firm('ent-x', 'other')];
    expect(item(c, 'gd5', 'firms').state).toBe('empty');
    c.fiveOnes.enterprises.push(firm('ent-a', 'chain-leader'), firm('ent-b', 'leading'));
    const partial = item(c, 'gd5', 'firms');
    expect(partial).toMatchObject({ state: 'partial', count: 2, recordIds: ['ent-a', 'ent-b'] });
    expect(partial.detail.zh).toBe('链主/龙头企业 2；缺“隐形冠军”企业');
    expect(partial.detail.en).toBe('chain-leader or leading firms: 2; no hidden champions');
    c.fiveOnes.enterprises.push(firm('ent-h', 'hidden-champion'));
    expect(item(c, 'gd5', 'firms')).toMatchObject({ state: 'filled', count: 3 });
    c.fiveOnes.enterprises = [firm('ent-h', 'hidden-champion')];
    expect(item(c, 'gd5', 'firms').state).toBe('partial');
  });

  it('五个一 innovation system needs two kinds; one kind is partial', () => {
    const c = bare();
    expect(item(c, 'gd5', 'innovation').state).toBe('empty');
    c.fiveOnes.innovation = [innovation('inn-p1', 'park'), innovation('inn-p2', 'park')];
    expect(item(c, 'gd5', 'innovation')).toMatchObject({ state: 'partial', count: 2 });
    c.fiveOnes.innovation.push(innovation('inn-lab', 'lab'));
    const filled = item(c, 'gd5', 'innovation');
    expect(filled).toMatchObject({ state: 'filled', count: 3 });
    expect(filled.detail.zh).toBe('创新载体 3（2 类）');
  });

  it('plan items: an action plan fills them, other policy documents alone are partial', () => {
    const c = bare();
    for (const [t, k] of [
      ['zj9', 'plan'],
      ['hn4', 'plan'],
    ] as const)
      expect(item(c, t, k).state).toBe('empty');
    c.fiveOnes.policies = [policy('pol-other', 'other')];
    expect(item(c, 'zj9', 'plan')).toMatchObject({ state: 'partial', recordIds: ['pol-other'] });
    expect(item(c, 'zj9', 'policies')).toMatchObject({ state: 'filled', recordIds: ['pol-other'] });
    c.fiveOnes.policies = [policy('pol-plan', '2021-2025')];
    expect(item(c, 'hn4', 'plan')).toMatchObject({ state: 'filled', recordIds: ['pol-plan'] });
    expect(item(c, 'zj9', 'policies').state).toBe('partial');
    expect(item(c, 'gd5', 'policies')).toMatchObject({ state: 'filled', count: 1 });
  });

  it('space and layout: a belt or a park fills them, cities alone are partial', () => {
    const c = bare();
    expect(item(c, 'zj9', 'space').state).toBe('empty');
    expect(item(c, 'sd1n', 'layout').state).toBe('empty');
    c.cities = [{ adcode: '440100', role: 'core', sources: S }];
    expect(item(c, 'zj9', 'space')).toMatchObject({ state: 'partial', recordIds: ['440100'] });
    expect(item(c, 'sd1n', 'layout').state).toBe('partial');
    c.fiveOnes.innovation = [innovation('inn-park', 'park')];
    expect(item(c, 'zj9', 'space')).toMatchObject({ state: 'filled', recordIds: ['inn-park'] });
    expect(item(c, 'sd1n', 'layout').state).toBe('partial');
    c.belts = [
      {
        id: 'belt-a',
        name: { zh: '甲带', en: 'Belt A' },
        kind: 'belt',
        cities: ['440100'],
        sites: [],
        sources: S,
      },
    ];
    expect(item(c, 'sd1n', 'layout')).toMatchObject({ state: 'filled', recordIds: ['belt-a'] });
  });

  it('common-technology platform: a platform or centre fills it, other bodies are partial', () => {
    const c = bare();
    c.fiveOnes.innovation = [innovation('inn-lab', 'lab')];
    expect(item(c, 'zj9', 'common-tech').state).toBe('partial');
    c.fiveOnes.innovation.push(innovation('inn-centre', 'centre'));
    expect(item(c, 'zj9', 'common-tech')).toMatchObject({ state: 'filled', recordIds: ['inn-centre'] });
  });

  it('governance: an unnamed 链长 is not public, never guessed; departments are counted once by name', () => {
    const c = bare();
    expect(item(c, 'zj9', 'commissioner')).toMatchObject({ state: 'not-public', count: 0 });
    expect(item(c, 'zj9', 'responsibility').state).toBe('empty');
    expect(item(c, 'hn4', 'team').state).toBe('empty');
    c.governance.leadDepartments = [dept('工信厅'), dept('工信厅')];
    expect(item(c, 'zj9', 'responsibility')).toMatchObject({ state: 'partial', count: 1 });
    const team = item(c, 'hn4', 'team');
    expect(team).toMatchObject({ state: 'partial', count: 1 });
    expect(team.detail.zh).toBe('牵头部门 1；链长未公开');
    c.governance.supportingDepartments = [dept('科技厅'), dept('商务厅')];
    expect(item(c, 'zj9', 'responsibility')).toMatchObject({ state: 'filled', count: 3 });
    c.governance.linkedLeader = {
      name: { zh: '某某', en: 'Someone' },
      title: { zh: '副省长', en: 'Vice governor' },
      sources: S,
    };
    expect(item(c, 'zj9', 'commissioner')).toMatchObject({ state: 'filled', count: 1 });
    expect(item(c, 'zj9', 'commissioner').detail).toEqual({
      zh: '链长：某某（副省长）',
      en: 'chain leader: Someone (Vice governor)',
    });
    expect(item(c, 'hn4', 'team')).toMatchObject({ state: 'filled', count: 2 });
  });

  it('items with no field in our format, and 河南’s four unnamed lists', () => {
    const c = richCluster();
    for (const key of ['investment-team', 'annual-plan']) {
      expect(item(c, 'zj9', key)).toMatchObject({ state: 'no-field', count: 0, recordIds: [] });
      expect(item(c, 'zj9', key).detail).toEqual({ zh: '本数据格式无此项', en: 'Not in our data format' });
    }
    const lists = item(c, 'hn4', 'lists');
    expect(lists).toMatchObject({ state: 'not-public', count: 0, recordIds: [] });
    expect(lists.detail.zh).toContain('未公开');
    expect(lists.detail.en).toContain('Not public');
  });

  it('山东 chain map, strong and weak lists, suppliers and roadmap', () => {
    const c = bare();
    expect(item(c, 'sd1n', 'chain-map').state).toBe('empty');
    c.chain.nodes = [node('seg-a', 'strong'), node('seg-b', 'weak'), node('seg-c', 'missing'), node('seg-d')];
    expect(item(c, 'sd1n', 'chain-map')).toMatchObject({ state: 'partial', count: 4 });
    c.chain.links = [{ source: 'seg-a', target: 'seg-b', kind: 'supplies', sources: S }];
    expect(item(c, 'sd1n', 'chain-map').state).toBe('filled');
    expect(item(c, 'sd1n', 'strong')).toMatchObject({ state: 'filled', recordIds: ['seg-a'] });
    const weak = item(c, 'sd1n', 'weak');
    expect(weak).toMatchObject({ state: 'filled', recordIds: ['seg-b', 'seg-c'] });
    expect(weak.detail.zh).toBe('标为补短板/补链的节点 2（1 个节点未标状态）');
    c.chain.nodes = [node('seg-d')];
    expect(item(c, 'sd1n', 'strong').state).toBe('empty');

    c.fiveOnes.enterprises = [firm('ent-o', 'other')];
    expect(item(c, 'sd1n', 'suppliers')).toMatchObject({ state: 'partial', recordIds: ['ent-o'] });
    c.fiveOnes.enterprises.push(firm('ent-s', 'specialized'));
    expect(item(c, 'sd1n', 'suppliers')).toMatchObject({ state: 'filled', recordIds: ['ent-s'] });

    expect(item(c, 'sd1n', 'tech').state).toBe('empty');
    const road = (id: string, status?: 'mastered' | 'chokepoint') => ({
      id,
      name: { zh: id, en: id },
      kind: 'technology' as const,
      targets: [],
      sources: S,
      ...(status ? { status } : {}),
    });
    c.roadmap = [road('rm-a', 'mastered'), road('rm-b')];
    expect(item(c, 'sd1n', 'tech')).toMatchObject({ state: 'partial', count: 2 });
    c.roadmap.push(road('rm-c', 'chokepoint'));
    expect(item(c, 'sd1n', 'tech')).toMatchObject({ state: 'filled', recordIds: ['rm-c'] });
  });

  it('对接 candidates by kind', () => {
    const c = bare();
    const cand = (id: string, kind: 'enterprise' | 'institution' | 'fund') => ({
      id,
      name: { zh: id, en: id },
      kind,
      segments: [],
      sources: S,
    });
    c.candidates = [cand('cand-e', 'enterprise'), cand('cand-f', 'fund')];
    expect(item(c, 'sd1n', 'cand-firms')).toMatchObject({ state: 'filled', recordIds: ['cand-e'] });
    expect(item(c, 'sd1n', 'cand-institutions').state).toBe('empty');
    expect(item(c, 'sd1n', 'cand-funds')).toMatchObject({ state: 'filled', recordIds: ['cand-f'] });
  });

  it('summary counts every item once; names and places come with the report', () => {
    const c = richCluster();
    for (const r of allTemplateReports(c)) {
      const total = ITEM_STATES.reduce((n, s) => n + r.summary[s], 0);
      expect(total).toBe(r.items.length);
      expect(r.name).toEqual(templateHead(r.id).name);
    }
    expect(templateReport(c, 'gd5').summary).toEqual({
      filled: 1,
      partial: 1,
      empty: 3,
      'not-public': 0,
      'no-field': 0,
    });
    expect(allTemplateReports(c).map((r) => r.id)).toEqual([...TEMPLATES]);
  });

  it('selects the first record that is a chain node, firm, project or innovation item', () => {
    const c = richCluster();
    expect(selectableRecord(c, item(c, 'gd5', 'firms'))).toBe('ent-a');
    expect(selectableRecord(c, item(c, 'sd1n', 'chain-map'))).toBe('seg-a');
    // Policies, cities and departments are not selectable in the diagram.
    expect(selectableRecord(c, item(c, 'gd5', 'policies'))).toBeNull();
    expect(selectableRecord(c, item(c, 'sd1n', 'layout'))).toBeNull();
    expect(selectableRecord(c, item(c, 'zj9', 'responsibility'))).toBeNull();
  });
});

describe('every template over every bundled cluster', () => {
  const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
  const read = (path: string) => JSON.parse(readFileSync(join(DATA, path), 'utf8'));
  const { dataset } = assembleDataset('manifest.json', read);
  if (!dataset) throw new Error('bundled data did not assemble');
  const ds = normalize(dataset);
  const files = readdirSync(join(DATA, 'clusters')).filter((f) => f.endsWith('.json'));
  const SIZES: Record<TemplateId, number> = { gd5: 5, zj9: 9, sd1n: 11, hn4: 4 };

  it('covers every cluster file', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(ds.clusters.size).toBe(files.length);
  });

  it.each(files.map((f) => f.replace(/\.json$/, '')))('%s: 5, 9, 11 and 4 items, all well formed', (id) => {
    const cluster = ds.clusters.get(id)?.cluster;
    if (!cluster) throw new Error(`cluster ${id} not loaded`);
    for (const r of allTemplateReports(cluster)) {
      expect(r.items).toHaveLength(SIZES[r.id]);
      expect(new Set(r.items.map((i) => i.key)).size).toBe(r.items.length);
      for (const i of r.items) {
        expect(ITEM_STATES).toContain(i.state);
        expect(i.detail.zh.length).toBeGreaterThan(0);
        expect(i.detail.en.length).toBeGreaterThan(0);
        expect(i.count).toBeGreaterThanOrEqual(0);
        if (i.state === 'empty' || i.state === 'not-public' || i.state === 'no-field')
          expect(i.recordIds).toEqual([]);
      }
      // The sources name no 链长 for any Guangdong cluster: never shown as filled.
      if (!cluster.governance.linkedLeader)
        expect(templateReport(cluster, 'zj9').items[6]?.state).toBe('not-public');
    }
  });

  it('item labels follow the models in data/models.json', () => {
    const models = read('models.json').models as { id: string; elements: { zh: string }[] }[];
    const elements = (id: string) => models.find((m) => m.id === id)?.elements.map((e) => e.zh) ?? [];
    const any = ds.clusters.values().next().value?.cluster as Cluster;
    expect(templateReport(any, 'sd1n').items.map((i) => i.label.zh)).toEqual(elements('model-shandong-2021'));
    expect(templateReport(any, 'gd5').items).toHaveLength(elements('model-guangdong-2021').length);
    expect(templateReport(any, 'zj9').items).toHaveLength(elements('model-zhejiang-2019').length);
    expect(elements('model-henan-2020').join()).toContain('四个清单');
  });
});
