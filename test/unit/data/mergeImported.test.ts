// @vitest-environment node
/**
 * Firms reviewed in the import wizard join the dataset like any person's file: added to their
 * cluster, marked as the person's own with the file's name, their provenance note kept; a firm whose
 * cluster, node or city is not in the dataset is listed and left out, the rest still join.
 */
import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../src/data/schema.ts';
import { mergeUserInputs } from '../../../src/data/userData.ts';
import { miniDataset } from './helpers.ts';

const base = miniDataset();
const [cluster] = [...base.clusters.values()].map((e) => e.cluster);
const node = cluster?.chain.nodes.find((n) => n.kind === 'segment')?.id as string;
const city = [...base.cities.keys()][0] as string;

const firm = (id: string, over: Partial<Enterprise> = {}): Enterprise => ({
  id,
  name: { zh: `示例企业${id}`, en: `示例企业${id}` },
  tier: 'other',
  cities: [city],
  segments: [node],
  segmentsEditorial: true,
  verified: false,
  sources: ['src-import-list'],
  note: { zh: `名录.xlsx › Sheet1 › 第${id.slice(-1)}行`, en: `名录.xlsx › Sheet1 › row ${id.slice(-1)}` },
  ...over,
});

describe('merging an imported list', () => {
  it('adds the reviewed firms to their cluster, marked as the person’s own', () => {
    const { dataset, problems } = mergeUserInputs(base, {
      inputs: [
        {
          kind: 'enterprises',
          file: '名录.xlsx',
          additions: [
            { clusterId: cluster?.id as string, enterprise: firm('u-list-3'), row: 3 },
            {
              clusterId: cluster?.id as string,
              enterprise: firm('u-list-4', { segments: ['no-such-node'] }),
              row: 4,
            },
            { clusterId: 'no-such-cluster', enterprise: firm('u-list-5'), row: 5 },
          ],
          sources: [{ id: 'src-import-list', title: '名录.xlsx', publisher: '本人导入', level: 'editorial' }],
        },
      ],
      problems: [],
      cancelled: false,
    });
    const merged = dataset?.clusters.get(cluster?.id as string)?.cluster;
    const added = merged?.fiveOnes.enterprises.filter((e) => e.id.startsWith('u-list-')) ?? [];
    expect(added.map((e) => e.id)).toEqual(['u-list-3']);
    expect(added[0]?.note?.zh).toBe('名录.xlsx › Sheet1 › 第3行');
    expect(dataset?.marks.records.get(`${cluster?.id}/u-list-3`)).toBe('名录.xlsx');
    expect(dataset?.origin.source === 'user' || dataset?.marks.files.includes('名录.xlsx')).toBe(true);
    expect(problems.map((p) => p.where)).toEqual(['row 4', 'row 5']);
  });
});
