import { describe, expect, it } from 'vitest';
import { lintTiers, saysWord } from '../../../src/datalint/tiers.ts';
import { sampleCluster, sampleContext } from './helpers.ts';

const firm = (tier: string, sources: string[], note?: string) =>
  sampleCluster((c) => {
    c.fiveOnes.enterprises = [
      {
        id: 'ent-a',
        name: { zh: '甲公司', en: 'A Co' },
        tier,
        sources,
        ...(note ? { note: { zh: note } } : {}),
      },
    ];
  });
const LEADER_SOURCE = {
  id: 'src-leader',
  title: '甲公司为本地石化龙头',
  publisher: 'example.cn',
  url: 'https://example.cn/2',
  level: 'press',
};
const CHAIN_SOURCE = {
  id: 'src-chain',
  title: '甲公司被称为产业链“链主”',
  publisher: 'example.cn',
  url: 'https://example.cn/3',
  level: 'press',
};

describe('lintTiers', () => {
  it('fires when a source calls the firm 龙头 but its tier is other', () => {
    const [f, ...rest] = lintTiers(sampleContext([firm('other', ['src-leader'])], [LEADER_SOURCE]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'tier-words',
      record: 'ent-a',
      field: 'cluster.fiveOnes.enterprises[0].tier',
    });
    expect(f?.fix).toContain('"tier": "leading"');
  });

  it('fires when a source says 链主 but the tier is lower, and reads the firm’s own note', () => {
    expect(lintTiers(sampleContext([firm('leading', ['src-chain'])], [CHAIN_SOURCE]))[0]?.fix).toContain(
      'chain-leader',
    );
    expect(lintTiers(sampleContext([firm('other', ['src-plan'], '来源称其为龙头企业')]))[0]?.fix).toContain(
      'leading',
    );
  });

  it('fires on chain-leader without any 链主 in its sources', () => {
    const [f] = lintTiers(sampleContext([firm('chain-leader', ['src-leader'])], [LEADER_SOURCE]));
    expect(f?.message).toContain('链主');
  });

  it('passes matching tiers and negated words', () => {
    expect(lintTiers(sampleContext([firm('leading', ['src-leader'])], [LEADER_SOURCE]))).toEqual([]);
    expect(lintTiers(sampleContext([firm('chain-leader', ['src-chain'])], [CHAIN_SOURCE]))).toEqual([]);
    expect(lintTiers(sampleContext([firm('other', ['src-plan'], '并非龙头企业')]))).toEqual([]);
    expect(saysWord('并非龙头，而是龙头', '龙头')).toBe(true);
  });
});
