import { describe, expect, it } from 'vitest';
import { lintSourceLevels } from '../../../src/datalint/sourceLevels.ts';
import { sampleCluster, sampleContext } from './helpers.ts';

const rules = (extra: object[]) =>
  lintSourceLevels(sampleContext([sampleCluster()], extra)).map((f) => f.rule);

describe('lintSourceLevels', () => {
  it('fires on an official source with neither url nor docNo', () => {
    const findings = lintSourceLevels(
      sampleContext(
        [sampleCluster()],
        [
          {
            id: 'src-opinion',
            title: '某意见',
            publisher: '广东省人民政府',
            date: '2020-05-18',
            level: 'official',
          },
        ],
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'official-needs-address',
      file: 'sources.json',
      record: 'src-opinion',
      field: 'sources[3].level',
    });
    expect(findings[0]?.fix).toMatch(/url|docNo/);
  });

  it('accepts an official source with a url, or with a docNo only', () => {
    expect(
      rules([
        {
          id: 'src-a',
          title: '某通知',
          publisher: '广东省工业和信息化厅',
          url: 'https://gdii.gd.gov.cn/x',
          level: 'official',
        },
        {
          id: 'src-b',
          title: '某通知',
          publisher: '广东省工业和信息化厅',
          docNo: '粤工信装备〔2020〕112号',
          level: 'official',
        },
      ]),
    ).toEqual([]);
  });

  it('fires on a People’s Daily report marked official, even on a government site', () => {
    const rmrb = {
      id: 'src-rmrb',
      title: '广东实施“链长制” 省长任“总链长”（人民日报，转载于粤企政策通）',
      publisher: '人民日报 / 粤企政策通 sqzc.gd.gov.cn',
      url: 'https://sqzc.gd.gov.cn/rdzt/cyjq/cyfc/content/post_3256777.html',
      level: 'official',
    };
    expect(rules([rmrb])).toEqual(['official-is-press']);
    expect(rules([{ ...rmrb, level: 'press' }])).toEqual([]);
  });
});
