import { describe, expect, it } from 'vitest';
import { lintUnaddressedFirms } from '../../../src/datalint/unverified.ts';
import { sampleCluster, sampleContext } from './helpers.ts';

const firm = (sources: string[], verified?: boolean) =>
  sampleCluster((c) => {
    c.fiveOnes.enterprises = [
      {
        id: 'ent-a',
        name: { zh: '甲公司', en: 'A Co' },
        tier: 'leading',
        sources,
        ...(verified === undefined ? {} : { verified }),
      },
    ];
  });
const UNNAMED = {
  id: 'src-unnamed',
  title: '某规划中的甲公司（二手转述）',
  publisher: '未记录的二手来源',
  level: 'secondary',
};

describe('lintUnaddressedFirms', () => {
  it('fires when every source of a firm lacks a url and it is not marked unverified', () => {
    const findings = lintUnaddressedFirms(sampleContext([firm(['src-unnamed'])], [UNNAMED]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'unaddressed-firm',
      record: 'ent-a',
      field: 'cluster.fiveOnes.enterprises[0].verified',
    });
    expect(findings[0]?.fix).toContain('"verified": false');
    expect(lintUnaddressedFirms(sampleContext([firm(['src-no-url', 'src-note'])]))).toHaveLength(1);
  });

  it('passes a firm marked unverified, or with one addressed source', () => {
    expect(lintUnaddressedFirms(sampleContext([firm(['src-unnamed'], false)], [UNNAMED]))).toEqual([]);
    expect(lintUnaddressedFirms(sampleContext([firm(['src-no-url', 'src-plan'])]))).toEqual([]);
  });
});
