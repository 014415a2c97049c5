// @vitest-environment node
/**
 * A cluster with a person's imported firms, written back as our cluster file and our enterprise CSV:
 * each loads again through the ordinary loader and brings the same firms back, and a formula-like
 * name cannot run in a spreadsheet.
 */
import { describe, expect, it } from 'vitest';
import { clusterFileJson, enterprisesCsv } from '../../../src/data/exportData.ts';
import { parseCsvBytes } from '../../../src/data/parseBytes.ts';
import { mergeUserInputs } from '../../../src/data/userData.ts';
import { inputFromJsonSync } from '../../../src/data/userInput.ts';
import { miniDataset } from './helpers.ts';

const base = miniDataset();
const cluster = [...base.clusters.values()][0]?.cluster;
if (!cluster) throw new Error('mini dataset has no cluster');
const node = cluster.chain.nodes.find((n) => n.kind === 'segment')?.id as string;
const city = [...base.cities.keys()][0] as string;

const withImport = mergeUserInputs(base, {
  inputs: [
    {
      kind: 'enterprises',
      file: '名录.xlsx',
      additions: [
        {
          clusterId: cluster.id,
          row: 3,
          enterprise: {
            id: 'u-list-3',
            name: { zh: '=示例企业', en: '=示例企业' },
            tier: 'leading',
            cities: [city],
            segments: [node],
            segmentsEditorial: true,
            verified: false,
            sources: ['u-list-src'],
          },
        },
      ],
      sources: [{ id: 'u-list-src', title: '名录.xlsx', publisher: '本人导入', level: 'editorial' }],
    },
  ],
  problems: [],
  cancelled: false,
}).dataset;
const shown = withImport?.clusters.get(cluster.id)?.cluster;

describe('writing a cluster back in our formats', () => {
  it('a cluster file that loads again with the imported firm and the sources it cites', () => {
    if (!withImport || !shown) throw new Error('merge failed');
    const text = clusterFileJson(withImport, shown);
    const { input, problems } = inputFromJsonSync(JSON.parse(text), 'export.json');
    expect(problems).toEqual([]);
    expect(input?.kind).toBe('cluster');
    if (input?.kind !== 'cluster') return;
    expect(input.cluster.fiveOnes.enterprises.map((e) => e.id)).toContain('u-list-3');
    expect(input.sources.map((s) => s.id)).toContain('u-list-src');
  });

  it('an enterprise CSV in our columns that the CSV loader reads back, formulas neutralised', () => {
    if (!withImport || !shown) throw new Error('merge failed');
    const text = enterprisesCsv(withImport, shown);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`'=示例企业`);
    const parsed = parseCsvBytes(new TextEncoder().encode(text), 'export.csv');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = mergeUserInputs(base, {
      inputs: [{ kind: 'csv', file: 'export.csv', table: parsed.value.table }],
      problems: [],
      cancelled: false,
    });
    const back = merged.dataset?.clusters.get(cluster.id)?.cluster.fiveOnes.enterprises ?? [];
    const firm = back.find((e) => e.name.zh === `'=示例企业`);
    expect(firm?.segments).toEqual([node]);
    expect(firm?.cities).toEqual([city]);
    expect(firm?.verified).toBe(false);
    expect(merged.problems.filter((p) => p.file === 'export.csv').map((p) => p.message)).toEqual([]);
  });
});
