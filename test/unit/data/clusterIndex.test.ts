/**
 * The manifest's cluster index: our build writes it from the cluster files, the loader keeps it on
 * the dataset for the picker, and a bad entry is reported and left out without losing the manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestWithIndex, readBeside } from '../../../scripts/vite/clusterIndex.ts';
import { localizeProblem } from '../../../src/data/problemText.ts';
import { assembleMini, ROOT, readMini } from './helpers.ts';

const readText = (full: string) => readFileSync(full, 'utf8');

describe('manifestWithIndex', () => {
  it('lists every cluster file of our data with its id, names, kind, order and cities, in manifest order', () => {
    const manifestFile = join(ROOT, 'data', 'manifest.json');
    const out = JSON.parse(manifestWithIndex(readText(manifestFile), readBeside(manifestFile, readText)));
    const manifest = JSON.parse(readText(manifestFile));
    expect(out.clusterIndex).toHaveLength(manifest.files.clusters.length);
    expect(out.clusterIndex.map((c: { id: string }) => `clusters/${c.id}.json`)).toEqual(
      manifest.files.clusters,
    );
    const petrochem = JSON.parse(readText(join(ROOT, 'data', 'clusters', 'petrochem.json'))).cluster;
    expect(out.clusterIndex[1]).toEqual({
      id: 'petrochem',
      name: petrochem.name,
      nameVariants: petrochem.nameVariants,
      kind: 'pillar',
      order: 2,
      // Each city with its role alone: what the start page's map and matrix draw while files load.
      cities: petrochem.cities.map((c: { adcode: string; role: string }) => ({
        adcode: c.adcode,
        role: c.role,
      })),
    });
    // Everything else in the manifest is as it was.
    const { clusterIndex: _index, ...rest } = out;
    expect(rest).toEqual(manifest);
  });

  it('leaves out files it cannot read, and leaves alone what is not a manifest or already has an index', () => {
    const manifest = { files: { clusters: ['a.json', 'missing.json', 'broken.json'] } };
    const files: Record<string, string> = {
      'a.json': JSON.stringify({
        cluster: { id: 'a', name: { zh: '甲', en: 'A' }, kind: 'pillar', order: 1 },
      }),
      'broken.json': '{ not json',
    };
    const out = JSON.parse(manifestWithIndex(JSON.stringify(manifest), (p) => files[p] ?? null));
    expect(out.clusterIndex).toEqual([
      { id: 'a', name: { zh: '甲', en: 'A' }, nameVariants: [], kind: 'pillar', order: 1 },
    ]);
    for (const text of ['[1, 2]', '{ nope', JSON.stringify({ ...manifest, clusterIndex: [] })])
      expect(manifestWithIndex(text, () => null)).toBe(text);
  });
});

describe('a manifest with a cluster index', () => {
  const manifest = readMini('manifest.json');
  const entry = (id: string, order: number) => ({
    id,
    name: { zh: id, en: id },
    nameVariants: [],
    kind: 'pillar',
    order,
  });

  it('keeps the index on the dataset', () => {
    const index = [entry('petrochem', 2), entry('robotics', 3)];
    const { dataset, problems } = assembleMini({ 'manifest.json': { ...manifest, clusterIndex: index } });
    expect(problems).toEqual([]);
    expect(dataset?.meta.clusterIndex).toEqual(index);
  });

  it('reports a bad entry, leaves it out and still loads every cluster', () => {
    const bad = { ...entry('robotics', 3), order: 'three' };
    const { dataset, problems } = assembleMini({
      'manifest.json': { ...manifest, clusterIndex: [entry('petrochem', 2), bad] },
    });
    expect(dataset?.clusters.map((c) => c.id)).toEqual(['petrochem', 'robotics', 'new-energy']);
    expect(dataset?.meta.clusterIndex?.map((c) => c.id)).toEqual(['petrochem']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'manifest.json', where: 'clusterIndex[1].order' });
    expect(problems[0]?.fix).toMatch(/this entry \("robotics"\) was left out, the rest of the file is used$/);
    expect(localizeProblem(problems[0] as never, 'zh').fix).toMatch(/该索引条目（"robotics"）已略去/);
  });

  it('is optional: the fixture without one has none', () => {
    expect(assembleMini().dataset?.meta.clusterIndex).toBeUndefined();
  });
});
