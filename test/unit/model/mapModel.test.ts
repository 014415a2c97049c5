import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/data/schema.ts';
import {
  ABSENT_FILL,
  beltFeatures,
  cityFills,
  clusterCounts,
  ROLE_FILLS,
} from '../../../src/model/mapModel.ts';

const base = {
  nameVariants: [],
  kind: 'pillar',
  order: 1,
  description: { zh: '测试' },
  focusAreas: [],
  governance: {
    chiefChainLeader: { role: { zh: '省长', en: 'Governor' }, sources: ['s'] },
    linkedLeader: null,
    leadDepartments: [],
    supportingDepartments: [],
  },
  targets: [],
  chain: { nodes: [], links: [] },
  fiveOnes: { enterprises: [], projects: [], innovation: [], policies: [], consulting: [] },
  sources: ['s'],
} as const;

const a = {
  ...base,
  id: 'a',
  name: { zh: '甲', en: 'A' },
  cities: [
    { adcode: '440800', role: 'supporting', sources: ['s'] },
    { adcode: '440800', role: 'core', sources: ['s'] },
    { adcode: '440900', role: 'manufacturing', sources: ['s'] },
  ],
  belts: [
    {
      id: 'belt',
      name: { zh: '沿海带', en: 'Coastal belt' },
      kind: 'belt',
      cities: ['440800', '440900', '440100'],
      sites: [{ name: { zh: '茂名基地', en: 'Maoming base' }, adcode: '440900', sources: ['s'] }],
      sources: ['s'],
    },
  ],
} as unknown as Cluster;
const b = {
  ...base,
  id: 'b',
  name: { zh: '乙', en: 'B' },
  cities: [{ adcode: '440800', role: 'member', sources: ['s'] }],
  belts: [],
} as unknown as Cluster;

describe('map model', () => {
  it('colours a chosen cluster by the strongest role of each city, others as absent', () => {
    const fills = cityFills(['440800', '440900', '440100'], [a, b], a);
    expect(fills['440800']).toBe(ROLE_FILLS.core);
    expect(fills['440900']).toBe(ROLE_FILLS.manufacturing);
    expect(fills['440100']).toBe(ABSENT_FILL);
  });

  it('with no cluster chosen, shows how many clusters each city hosts (darker = more)', () => {
    expect(clusterCounts([a, b]).get('440800')).toBe(2);
    const fills = cityFills(['440800', '440900', '440100'], [a, b], null);
    expect(fills['440100']).toBe(ABSENT_FILL);
    expect(fills['440800']).not.toBe(fills['440900']);
  });

  it('draws a belt as a line through its cities in order, with its sites and one label', () => {
    const points = new Map<string, [number, number]>([
      ['440800', [110.3, 21.2]],
      ['440900', [110.9, 21.7]],
      ['440100', [113.3, 23.1]],
    ]);
    const fc = beltFeatures(a, points, 'zh');
    const line = fc.features.find((f) => f.geometry.type === 'LineString');
    expect(line?.geometry.coordinates).toEqual([
      [110.3, 21.2],
      [110.9, 21.7],
      [113.3, 23.1],
    ]);
    expect(fc.features.filter((f) => f.properties?.kind === 'site')).toHaveLength(1);
    expect(fc.features.find((f) => f.properties?.kind === 'label')?.properties?.label).toBe('沿海带');
  });
});
