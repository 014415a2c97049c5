/** Small samples for the data-lint tests, built through the real schema so defaults apply. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleDataset, type RawDataset } from '../../../src/data/assemble.ts';
import { parseJsonBytes } from '../../../src/data/parseBytes.ts';
import { type Cluster, ClusterFile, Source } from '../../../src/data/schema.ts';
import { type Body, bodyRegistry, type LintContext, readBodies } from '../../../src/datalint/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DATA = join(ROOT, 'data');

// biome-ignore lint/suspicious/noExplicitAny: samples are written loosely and parsed by the schema
type Json = any;

export const BODIES: Body[] = [
  {
    id: 'gd-miit',
    zh: '广东省工业和信息化厅',
    en: 'Department of Industry and Information Technology of Guangdong Province',
    short: ['省工业和信息化厅', '省工信厅'],
  },
  {
    id: 'gd-drc',
    zh: '广东省发展和改革委员会',
    en: 'Guangdong Development and Reform Commission',
    short: ['省发展改革委'],
  },
];

export const SOURCES: Json[] = [
  {
    id: 'src-plan',
    title: '某行动计划要点（转载）',
    publisher: 'example.cn',
    url: 'https://example.cn/1',
    level: 'secondary',
  },
  { id: 'src-no-url', title: '某报道', publisher: '某日报', level: 'press' },
  { id: 'src-note', title: 'ChainAtlas 研究笔记', publisher: 'ChainAtlas', level: 'editorial' },
];

/** A valid emerging or pillar cluster with one segment; `patch` edits the raw JSON before parsing. */
export function sampleCluster(
  patch: (c: Json) => void = () => {},
  kind: 'pillar' | 'emerging' = 'pillar',
): Cluster {
  const c: Json = {
    id: 'sample',
    name: { zh: '绿色石化', en: 'Green petrochemicals' },
    kind,
    order: 1,
    description: { zh: '示例。' },
    governance: {
      chiefChainLeader: { role: { zh: '省长', en: 'Governor' }, sources: ['src-plan'] },
      linkedLeader: null,
      leadDepartments: [],
    },
    chain: {
      nodes: [{ id: 'seg-a', kind: 'segment', name: { zh: '甲', en: 'A' }, sources: ['src-plan'] }],
      links: [],
    },
    fiveOnes: {},
    sources: ['src-plan'],
  };
  patch(c);
  return ClusterFile.parse({ schemaVersion: 1, cluster: c }).cluster;
}

export function sampleContext(
  clusters: Cluster[],
  extraSources: Json[] = [],
  bodies: Body[] = BODIES,
): LintContext {
  const all = [...SOURCES, ...extraSources].map((s) => Source.parse(s));
  return {
    sources: new Map(all.map((s, i) => [s.id, { source: s, file: 'sources.json', where: `sources[${i}]` }])),
    clusters: clusters.map((cluster) => ({ cluster, file: `clusters/${cluster.id}.json`, base: 'cluster' })),
    bodies: bodyRegistry(bodies),
  };
}

/** The bundled dataset, read like `npm run data:check` does. */
export function bundled(): { dataset: RawDataset; bodiesJson: unknown } {
  const read = (path: string) => {
    const parsed = parseJsonBytes(readFileSync(join(DATA, path)), path);
    return parsed.ok ? parsed.value : undefined;
  };
  const { dataset, problems } = assembleDataset('manifest.json', read);
  if (!dataset || problems.length)
    throw new Error(`bundled data does not assemble: ${JSON.stringify(problems)}`);
  return { dataset, bodiesJson: read('bodies.json') };
}

export function bundledBodies() {
  return readBodies(bundled().bodiesJson);
}
