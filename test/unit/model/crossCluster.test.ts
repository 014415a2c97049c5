/**
 * Cross-cluster sharing: name normalisation, firms and segments found in two or more clusters, their
 * order, the cluster pairs — on a hand-built dataset, then a smoke run over the bundled data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset, type RawDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import type { City, Cluster } from '../../../src/data/schema.ts';
import { clusterLinks, firmKey, segmentKey, sharedAcrossClusters } from '../../../src/model/crossCluster.ts';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const S = ['src-test-article'];
const firm = (id: string, zh: string, cities: string[] = []) => ({
  id,
  name: { zh, en: zh },
  tier: 'leading' as const,
  cities,
  segments: [],
  sources: S,
});
const node = (
  id: string,
  zh: string,
  kind: 'segment' | 'product' | 'technology' | 'enterprise' = 'segment',
) => ({
  id,
  kind,
  name: { zh, en: `${zh} (en)` },
  cities: ['440300'],
  sources: S,
});
const city = (adcode: string, zh: string): City => ({
  adcode,
  name: { zh, en: zh },
  region: 'r',
  sources: S,
});

function dataset(clusters: Cluster[]) {
  const raw: RawDataset = {
    meta: {
      id: 'test',
      name: { zh: '测试', en: 'Test' },
      province: { adcode: '440000', name: { zh: '广东省', en: 'Guangdong' } },
      geo: null,
    },
    manifest: null,
    sources: [],
    regions: [],
    cities: [city('440100', '广州市'), city('440300', '深圳市'), city('440600', '佛山市')],
    clusters,
    models: [],
    framework: null,
    at: { meta: 't', cities: 't', models: 't', framework: 't', sources: new Map(), clusters: new Map() },
  };
  return normalize(raw);
}

function clusters() {
  const electronics = makeCluster('electronics', 'pillar', 1, '新一代电子信息', 'Electronics');
  electronics.fiveOnes.enterprises = [
    firm('ent-tcl', 'TCL科技集团股份有限公司', ['440600']),
    firm('ent-hw', '华为'),
  ];
  electronics.chain.nodes = [node('seg-content', '内容制作'), node('seg-chips', '芯片')];
  const appliances = makeCluster('smart-appliances', 'pillar', 3, '智能家电', 'Appliances');
  appliances.fiveOnes.enterprises = [
    firm('firm-tcl', 'ＴＣＬ科技', ['440300']),
    firm('firm-tcl-ac', 'TCL空调'),
    firm('firm-midea', '美的集团'),
  ];
  appliances.chain.nodes = [node('n-chips', ' 芯片 ', 'product')];
  const display = makeCluster('uhd-display', 'pillar', 8, '超高清视频显示', 'Display');
  display.fiveOnes.enterprises = [firm('e-tcl', 'TCL 科技 有限公司', ['440300', '440100'])];
  display.chain.nodes = [node('n-content', '内容制作', 'technology'), node('n-hw', '华为', 'enterprise')];
  // Shuffled: display order (pillar order 1, 3, 8) is the dataset's, not the input's.
  return [display, appliances, electronics];
}

describe('name keys', () => {
  it('folds width and spaces and strips legal-form endings, keeping a stem', () => {
    expect(firmKey('ＴＣＬ科技集团股份有限公司')).toBe('tcl科技');
    expect(firmKey(' 美的集团 ')).toBe('美的');
    expect(firmKey('广东粤海（集团）有限公司')).toBe('广东粤海');
    expect(firmKey('集团')).toBe('集团');
    // Telling words stay: a branch or a plant is a firm of its own.
    expect(firmKey('中国石化广州分公司')).toBe('中国石化广州分公司');
    expect(firmKey('TCL空调')).not.toBe(firmKey('TCL'));
    expect(segmentKey(' 内容　制作 ')).toBe('内容制作');
  });
});

describe('sharedAcrossClusters', () => {
  const items = sharedAcrossClusters(dataset(clusters()));
  const find = (kind: string, key: string) => items.find((i) => i.kind === kind && i.key === key);

  it('finds a firm listed in several clusters under different spellings', () => {
    const tcl = find('firm', 'tcl科技');
    expect(tcl?.clusters).toEqual([
      { clusterId: 'electronics', recordId: 'ent-tcl' },
      { clusterId: 'smart-appliances', recordId: 'firm-tcl' },
      { clusterId: 'uhd-display', recordId: 'e-tcl' },
    ]);
    expect(tcl?.name.zh).toBe('TCL科技集团股份有限公司');
    // Cities in the dataset's order, each once.
    expect(tcl?.cities).toEqual(['440100', '440300', '440600']);
  });

  it('matches a firm drawn as a chain node, and segments across node kinds', () => {
    expect(find('firm', '华为')?.clusters.map((c) => c.recordId)).toEqual(['ent-hw', 'n-hw']);
    expect(find('segment', '内容制作')?.clusters.map((c) => c.clusterId)).toEqual([
      'electronics',
      'uhd-display',
    ]);
    expect(find('segment', '芯片')?.clusters.map((c) => c.recordId)).toEqual(['seg-chips', 'n-chips']);
  });

  it('leaves out what only one cluster names', () => {
    expect(find('firm', 'tcl空调')).toBeUndefined();
    expect(find('firm', '美的')).toBeUndefined();
    expect(items).toHaveLength(4);
  });

  it('sorts by number of clusters, then by name', () => {
    expect(items[0]?.key).toBe('tcl科技');
    const rest = items.slice(1).map((i) => i.clusters.length);
    expect(rest).toEqual([2, 2, 2]);
    const names = items.slice(1).map((i) => i.name.zh);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  });

  it('counts what each pair of clusters shares', () => {
    const links = clusterLinks(items);
    const pair = (a: string, b: string) => links.find((l) => l.a === a && l.b === b);
    expect(pair('electronics', 'uhd-display')).toEqual({
      a: 'electronics',
      b: 'uhd-display',
      firms: 2,
      segments: 1,
    });
    expect(pair('electronics', 'smart-appliances')).toEqual({
      a: 'electronics',
      b: 'smart-appliances',
      firms: 1,
      segments: 1,
    });
    expect(pair('smart-appliances', 'uhd-display')).toMatchObject({ firms: 1, segments: 0 });
    expect(links[0]).toMatchObject({ a: 'electronics', b: 'uhd-display' });
    expect(links).toHaveLength(3);
  });

  it('returns nothing for a dataset without overlaps', () => {
    expect(sharedAcrossClusters(dataset([makeCluster('petrochem', 'pillar', 2, '绿色石化', 'P')]))).toEqual(
      [],
    );
    expect(clusterLinks([])).toEqual([]);
  });
});

describe('the bundled data', () => {
  it('shares firms such as 比亚迪 between clusters', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'data');
    const { dataset: raw } = assembleDataset('manifest.json', (p) =>
      JSON.parse(readFileSync(join(dir, p), 'utf8')),
    );
    if (!raw) throw new Error('bundled data did not assemble');
    const items = sharedAcrossClusters(normalize(raw));
    const byd = items.find((i) => i.kind === 'firm' && i.key === '比亚迪');
    expect(byd?.clusters.map((c) => c.clusterId).sort()).toEqual(['automotive', 'new-energy']);
    for (const item of items)
      expect(new Set(item.clusters.map((c) => c.clusterId)).size).toBeGreaterThanOrEqual(2);
  });
});
