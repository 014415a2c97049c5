import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/data/normalize.ts';
import { miniDataset, miniRaw } from './helpers.ts';

describe('normalize', () => {
  const ds = miniDataset();

  it('indexes clusters (in display order), sources, regions, cities by adcode and nodes by id', () => {
    expect([...ds.clusters.keys()]).toEqual(['petrochem', 'robotics', 'new-energy']);
    expect(ds.cities.get('440900')?.name.zh).toBe('茂名市');
    expect(ds.regions.get('coastal-west')?.cities).toEqual(['440800', '440900']);
    expect(ds.sources.get('src-petrochem-fixture')?.level).toBe('press');
    expect(ds.clusters.get('petrochem')?.nodes.get('ethylene')?.name.zh).toBe('乙烯');
    expect(ds.meta.id).toBe('mini-fixture');
  });

  it('orders pillar clusters before emerging ones whatever the file order', () => {
    const raw = miniRaw();
    const reversed = normalize({ ...raw, clusters: [...raw.clusters].reverse() });
    expect([...reversed.clusters.keys()]).toEqual(['petrochem', 'robotics', 'new-energy']);
  });

  it('builds the city profile: 440900 茂名 lists the clusters whose cities include it', () => {
    const maoming = ds.cityProfiles.get('440900') ?? [];
    expect(maoming.map((p) => p.clusterId)).toEqual(['petrochem', 'new-energy']);
    const petro = maoming[0];
    expect(petro?.roles.map((r) => [r.role, r.roleLabel?.zh])).toEqual([['core', '沿海石化产业带']]);
    expect(petro?.belts).toEqual(['coastal-belt']);
    expect(petro?.nodes).toEqual(['ethylene']);
    expect(petro?.records).toEqual(['firm-a']);
    expect(maoming[1]?.roles.map((r) => r.roleLabel?.zh)).toEqual(['氢能']);
    expect(ds.cityProfiles.get('440300')?.map((p) => p.clusterId)).toEqual(['robotics']);
    expect(ds.cityProfiles.get('441900')).toBeUndefined();
  });

  it('indexes, per source, the records citing it', () => {
    const refs = ds.citations.get('src-petrochem-fixture') ?? [];
    expect(refs.map((r) => [r.clusterId, r.path, r.id])).toEqual([
      ['petrochem', 'chain.nodes[2]', 'materials'],
      ['petrochem', 'fiveOnes.enterprises[0]', 'firm-a'],
    ]);
    expect(refs[1]?.name?.zh).toBe('测试企业甲');
    const geo = ds.citations.get('src-fixture')?.find((r) => r.path === 'geo');
    expect(geo?.clusterId).toBeNull();
  });

  it('counts unverified and editorial records', () => {
    expect(ds.counts.unverified).toBe(1); // firm-a
    // 3 links citing only src-editorial, ethylene (stageEditorial), firm-a (segmentsEditorial)
    expect(ds.records.filter((r) => r.editorial).map((r) => `${r.clusterId}:${r.path}`)).toEqual([
      'petrochem:chain.nodes[1]',
      'petrochem:chain.links[0]',
      'petrochem:chain.links[1]',
      'petrochem:fiveOnes.enterprises[0]',
      'robotics:chain.links[0]',
    ]);
    expect(ds.counts.editorial).toBe(5);
    expect(ds.counts.user).toBe(0);
    expect(ds.counts.records).toBe(ds.records.length);
  });

  it('marks everything as bundled when no user file is involved', () => {
    expect(ds.origin).toEqual({ source: 'bundled', replaced: false, files: [] });
    expect(ds.clusters.get('robotics')?.origin).toEqual({ kind: 'bundled' });
  });

  it('is immutable', () => {
    const cluster = ds.clusters.get('petrochem')?.cluster;
    expect(Object.isFrozen(cluster)).toBe(true);
    expect(Object.isFrozen(cluster?.chain.nodes)).toBe(true);
    expect(() => {
      (cluster as { order: number }).order = 5;
    }).toThrow(TypeError);
    expect(Object.isFrozen(ds)).toBe(true);
  });
});
