import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/data/jsonText.ts';
import { assembleBundleJson } from '../../../src/data/load.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import type { Json } from './helpers.ts';
import { assembleMini, miniBundle, readMini } from './helpers.ts';

const PETRO = 'clusters/petrochem.json';

function withPetrochem(edit: (file: Json) => void) {
  const file = readMini(PETRO);
  edit(file);
  return assembleMini({ [PETRO]: file });
}

describe('assembleDataset: each malformed case gives its own message', () => {
  it('accepts the fixture with zero problems', () => {
    const { dataset, problems } = assembleMini();
    expect(problems).toEqual([]);
    expect(dataset?.clusters.map((c) => c.id)).toEqual(['petrochem', 'robotics', 'new-energy']);
    expect(dataset?.at.clusters.get('robotics')).toEqual({
      file: 'clusters/robotics.json',
      where: 'cluster',
    });
  });

  it('wrong type', () => {
    const { problems } = withPetrochem((f) => {
      f.cluster.order = 'two';
    });
    expect(problems).toEqual([
      {
        file: PETRO,
        where: 'cluster.order',
        message: 'Invalid input: expected number, received string',
        fix: expect.stringMatching(/expected type/),
      },
    ]);
  });

  it('unknown field', () => {
    const { problems } = withPetrochem((f) => {
      f.cluster.colour = 'red';
    });
    expect(problems[0]).toMatchObject({ where: 'cluster', message: 'unknown field "colour"' });
  });

  it('unknown city', () => {
    const { problems, brokenClusters } = withPetrochem((f) => {
      f.cluster.cities[0].adcode = '449999';
    });
    expect(problems).toEqual([
      {
        file: PETRO,
        where: 'cluster.cities[0].adcode',
        message: 'unknown city adcode "449999"',
        fix: 'use one of the adcodes listed in cities.json',
      },
    ]);
    expect([...brokenClusters]).toEqual(['petrochem']);
  });

  it('dangling link', () => {
    const { problems } = withPetrochem((f) => {
      f.cluster.chain.links[1].target = 'nope';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        where: 'cluster.chain.links[1].target',
        message: 'link points to node "nope", which does not exist',
      }),
    ]);
  });

  it('duplicate id', () => {
    const { problems } = withPetrochem((f) => {
      f.cluster.chain.nodes[2].id = 'crude';
    });
    expect(problems.map((p) => p.message)).toContain(
      'duplicate id "crude" (already used at cluster.chain.nodes[0])',
    );
  });

  it('missing source (a source id that is not defined)', () => {
    const { problems } = withPetrochem((f) => {
      f.cluster.fiveOnes.enterprises[0].sources = ['src-nowhere'];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        where: 'cluster.fiveOnes.enterprises[0].sources[0]',
        message: 'source "src-nowhere" is not defined',
      }),
    ]);
  });

  it('a record with no source at all', () => {
    const { problems } = withPetrochem((f) => {
      f.cluster.chain.nodes[0].sources = [];
    });
    expect(problems[0]).toMatchObject({
      where: 'cluster.chain.nodes[0].sources',
      message: 'every record needs at least one source id',
    });
  });

  it('duplicate source id across files', () => {
    const { problems } = withPetrochem((f) => {
      f.sources.push({ id: 'src-fixture', title: 't', publisher: 'p', level: 'press' });
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: PETRO,
        where: 'sources[1]',
        message: 'duplicate source id "src-fixture" (also in sources.json)',
      }),
    ]);
  });

  it('1e999 read from the JSON text', () => {
    const parsed = parseJsonText(
      JSON.stringify(readMini(PETRO)).replace('"order":2', '"order":1e999'),
      PETRO,
    );
    if (!parsed.ok) throw new Error('fixture did not parse');
    const { problems } = assembleMini({ [PETRO]: parsed.value });
    expect(problems[0]).toMatchObject({
      where: 'cluster.order',
      message: expect.stringMatching(/too large/),
    });
  });

  it('a city in an unknown region, a region listing an unknown city', () => {
    const cities = readMini('cities.json');
    cities.cities[0].region = 'nowhere';
    cities.regions[0].cities.push('449999');
    const { problems } = assembleMini({ 'cities.json': cities });
    expect(problems.map(formatProblem)).toEqual([
      'cities.json › regions[0].cities[2]: unknown city adcode "449999" — list only adcodes of cities in this file',
      'cities.json › cities[0].region: region "nowhere" is not defined — use the id of one of the regions in this file',
    ]);
  });

  it('a file that could not be read adds no schema noise', () => {
    const { problems } = assembleMini({ 'clusters/robotics.json': undefined });
    expect(problems).toEqual([]);
  });
});

describe('single-file dataset (BundleFile)', () => {
  it('assembles with the same checks and bundle paths', () => {
    const bundle = miniBundle();
    expect(assembleBundleJson(bundle, 'mine.json').problems).toEqual([]);
    bundle.clusters[1].cities[0].adcode = '449999';
    const { problems, brokenClusters } = assembleBundleJson(bundle, 'mine.json');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'mine.json', where: 'clusters[1].cities[0].adcode' }),
    ]);
    expect([...brokenClusters]).toEqual(['robotics']);
  });

  it('names schema problems by their path in the bundle', () => {
    const bundle = miniBundle();
    bundle.clusters[2].kind = 'other';
    expect(assembleBundleJson(bundle, 'mine.json').problems[0]).toMatchObject({ where: 'clusters[2].kind' });
  });
});
