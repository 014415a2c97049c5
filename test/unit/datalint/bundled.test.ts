/** The bundled data/ passes every data lint, and the fixes of the "Data truth" review stay in. */
import { describe, expect, it } from 'vitest';
import { formatFinding, lintContext, readBodies, runLints } from '../../../src/datalint/index.ts';
import { bundled } from './helpers.ts';

const { dataset, bodiesJson } = bundled();
const bodies = readBodies(bodiesJson);
const source = (id: string) => dataset.sources.find((s) => s.id === id);
const cluster = (id: string) => {
  const c = dataset.clusters.find((x) => x.id === id);
  if (!c) throw new Error(`no cluster ${id}`);
  return c;
};

describe('bundled data/ and the data lints', () => {
  it('data/bodies.json is a valid registry', () => {
    expect(bodies.findings).toEqual([]);
    expect(bodies.registry.bodies.length).toBeGreaterThan(10);
  });

  it('passes every lint', () => {
    expect(runLints(lintContext(dataset, bodies.registry)).map(formatFinding)).toEqual([]);
  });

  it('keeps the review fixes', () => {
    expect(source('src-rmrb-2021-04-07')?.level).toBe('press');
    expect(source('src-yuefuhan-2020-82')?.level).not.toBe('official');
    for (const c of dataset.clusters) {
      const yijian = c.fiveOnes.policies.find((p) => p.docNo === '粤府函〔2020〕82号');
      expect(yijian?.date, c.id).toBe('2020-05-18');
      expect(yijian?.sources, c.id).toEqual(
        expect.arrayContaining(['src-southcn-2020-05-21', 'src-cserver-docno']),
      );
    }
    expect(cluster('semiconductors').fiveOnes.enterprises.find((e) => e.id === 'ent-smic')?.verified).toBe(
      false,
    );
  });
});
