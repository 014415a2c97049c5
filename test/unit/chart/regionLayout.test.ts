import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionFigure } from '../../../src/chart/regionLayout.ts';
import { type City, ClusterFile } from '../../../src/data/schema.ts';
import { regionMatrix } from '../../../src/model/regionMatrix.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const cluster = ClusterFile.parse(
  JSON.parse(readFileSync(join(root, 'data/clusters/new-energy.json'), 'utf8')),
).cluster;
const cities: City[] = JSON.parse(readFileSync(join(root, 'data/cities.json'), 'utf8')).cities;

describe('区域分布图 figure', () => {
  it('keeps English column heads whole words, with a smaller size where a word is wider than its column', () => {
    const matrix = regionMatrix(cluster, cities);
    const fig = regionFigure(matrix, { lang: 'en', width: 900, selectedId: null, gapIds: new Set() });
    const words = new Set(matrix.columns.flatMap((c) => c.name.en.split(/\s+/)));
    const heads = fig.items.filter(
      (it): it is Extract<typeof it, { t: 'text' }> => it.t === 'text' && it.y < 60 && it.x >= 84,
    );
    expect(heads.length).toBeGreaterThan(matrix.columns.length);
    // A head cut after three lines ends in "…": that last token is the start of a word.
    const whole = (token: string) =>
      words.has(token) || (token.endsWith('…') && [...words].some((w) => w.startsWith(token.slice(0, -1))));
    for (const h of heads) for (const token of h.text.split(' ')) expect(whole(token), h.text).toBe(true);
  });
});
