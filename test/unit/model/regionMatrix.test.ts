import { describe, expect, it } from 'vitest';
import type { City } from '../../../src/data/schema.ts';
import { columnCities, regionMatrix } from '../../../src/model/regionMatrix.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';

const city = (adcode: string, zh: string): City => ({
  adcode,
  name: { zh, en: zh },
  region: 'r',
  sources: ['fixture-source'],
});
const CITIES = [
  city('440100', '广州市'),
  city('440300', '深圳市'),
  city('440400', '珠海市'),
  city('440500', '汕头市'),
  city('440600', '佛山市'),
  city('441900', '东莞市'),
];

describe('regionMatrix (区域分布图)', () => {
  const m = regionMatrix(fixtureCluster, CITIES);
  const cell = (adcode: string, node: string) => {
    const c = m.columns.findIndex((col) => col.id === node);
    return m.rows.find((r) => r.adcode === adcode)?.cells[c];
  };

  it('has one column per segment, upstream first', () => {
    expect(m.columns.map((c) => c.id)).toEqual(['seg-a', 'seg-b', 'seg-c', 'seg-d']);
  });

  it('puts each firm, project and innovation body in the cells of its cities and segments', () => {
    expect(cell('440300', 'seg-b')).toMatchObject({
      firms: ['ent-leader'],
      innovation: ['centre-1'],
      located: true,
    });
    expect(cell('440100', 'seg-a')).toMatchObject({
      firms: ['ent-lead'],
      innovation: ['lab-1'],
      located: true,
    });
    expect(cell('440400', 'seg-d')?.projects).toEqual(['proj-1']);
    expect(cell('441900', 'seg-b')?.firms).toEqual(['firm-x']);
  });

  it('leaves out records whose segments do not exist, and cities with nothing', () => {
    // ent-ghost (汕头) names a segment that is not in the chain
    expect(m.rows.find((r) => r.adcode === '440500')).toBeUndefined();
  });

  it('orders rows by how much they hold, and lists a column’s cities for the map', () => {
    expect(m.rows[0]?.total).toBeGreaterThanOrEqual(m.rows[m.rows.length - 1]?.total ?? 0);
    expect(columnCities(m, 'seg-b').sort()).toEqual(['440300', '441900']);
    expect(columnCities(m, 'nope')).toEqual([]);
  });

  it('counts a firm once per cell, even with a city or segment named twice', () => {
    const twice = {
      ...fixtureCluster,
      fiveOnes: {
        ...fixtureCluster.fiveOnes,
        enterprises: [
          ...fixtureCluster.fiveOnes.enterprises,
          {
            id: 'ent-twice',
            name: { zh: '两次', en: 'Twice' },
            tier: 'other' as const,
            cities: ['440300', '440300'],
            segments: ['seg-b', 'seg-b'],
            sources: ['fixture-source'],
          },
        ],
      },
    };
    const c = regionMatrix(twice, CITIES);
    const col = c.columns.findIndex((x) => x.id === 'seg-b');
    const firms = c.rows.find((r) => r.adcode === '440300')?.cells[col]?.firms ?? [];
    expect(firms.filter((id) => id === 'ent-twice')).toHaveLength(1);
  });
});
