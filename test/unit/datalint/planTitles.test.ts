import { describe, expect, it } from 'vitest';
import { isPlanRecord, lintPlanTitles, normalizePlanTitle } from '../../../src/datalint/planTitles.ts';
import { sampleCluster, sampleContext } from './helpers.ts';

const plan = (
  zh: string,
  kind: 'pillar' | 'emerging' = 'pillar',
  planVersion = '2021-2025',
  sources = ['src-plan'],
) =>
  sampleCluster((c) => {
    if (kind === 'emerging') c.name = { zh: '数字创意', en: 'Digital creative' };
    c.fiveOnes.policies = [{ id: 'pol-plan-2021', title: { zh, en: 'Plan' }, planVersion, sources }];
  }, kind);
const lint = (cluster: ReturnType<typeof plan>, extra: object[] = []) =>
  lintPlanTitles(sampleContext([cluster], extra));

describe('lintPlanTitles', () => {
  it('passes the series’ titles, with the UHD rider', () => {
    expect(lint(plan('广东省发展绿色石化战略性支柱产业集群行动计划（2021—2025年）'))).toEqual([]);
    expect(
      lint(plan('广东省培育数字创意战略性新兴产业集群行动计划（2023—2025年）', 'emerging', '2023-2025')),
    ).toEqual([]);
    expect(
      lint(
        plan('广东省发展绿色石化战略性支柱产业集群加快建设超高清视频产业发展试验区行动计划（2021—2025年）'),
      ),
    ).toEqual([]);
  });

  it('fires on a pillar title without 发展 (the sources’ titles all have it)', () => {
    const [f, ...rest] = lint(plan('广东省绿色石化战略性支柱产业集群行动计划（2021—2025年）'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'plan-title',
      record: 'pol-plan-2021',
      field: 'cluster.fiveOnes.policies[0].title.zh',
    });
    expect(f?.fix).toContain('广东省发展绿色石化战略性支柱产业集群行动计划（2021—2025年）');
  });

  it('fires on an emerging title with 发展 or 培育发展', () => {
    for (const zh of [
      '广东省发展数字创意战略性新兴产业集群行动计划（2021—2025年）',
      '广东省培育发展数字创意战略性新兴产业集群行动计划（2021—2025年）',
    ]) {
      const [f] = lint(plan(zh, 'emerging'));
      expect(f?.fix).toContain('广东省培育数字创意战略性新兴产业集群行动计划（2021—2025年）');
    }
  });

  it('fires on a descriptive title and suggests the series’ shape', () => {
    const [f] = lint(plan('数字创意战略性新兴产业集群行动计划（2021—2025年）', 'emerging'));
    expect(f?.message).toContain('descriptive title');
    expect(f?.fix).toContain('广东省培育数字创意战略性新兴产业集群行动计划（2021—2025年）');
  });

  it('fires on half-width punctuation, a wrong kind word and a period that differs from planVersion', () => {
    expect(lint(plan('广东省发展绿色石化战略性支柱产业集群行动计划(2021-2025年)'))[0]?.fix).toBe(
      'write "广东省发展绿色石化战略性支柱产业集群行动计划（2021—2025年）"',
    );
    expect(lint(plan('广东省发展绿色石化战略性新兴产业集群行动计划（2021—2025年）'))[0]?.message).toContain(
      '战略性新兴',
    );
    expect(lint(plan('广东省发展绿色石化战略性支柱产业集群行动计划（2023—2025年）'))[0]?.message).toContain(
      'planVersion',
    );
  });

  it('fires when a cited source gives the full title and the record differs', () => {
    const src = {
      id: 'src-notice',
      title: '关于印发广东省发展绿色石化战略性支柱产业集群行动计划(2021-2025年)的通知',
      publisher: '广东省工业和信息化厅',
      url: 'https://gdii.gd.gov.cn/y',
      level: 'official',
    };
    const wrong = plan(
      '广东省发展绿色石化产业战略性支柱产业集群行动计划（2021—2025年）',
      'pillar',
      '2021-2025',
      ['src-notice'],
    );
    const [f] = lint(wrong, [src]);
    expect(f?.message).toContain("src-notice gives the plan's title");
    expect(f?.fix).toBe('write "广东省发展绿色石化战略性支柱产业集群行动计划（2021—2025年）"');
    const right = plan('广东省发展绿色石化战略性支柱产业集群行动计划（2021—2025年）', 'pillar', '2021-2025', [
      'src-notice',
    ]);
    expect(lint(right, [src])).toEqual([]);
  });

  it('leaves drafts and other documents alone', () => {
    expect(lint(plan('广东省培育智能机器人产业集群行动计划（2021—2025年，征求意见稿）'))).toEqual([]);
    expect(
      lint(plan('广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见', 'pillar', 'other')),
    ).toEqual([]);
    expect(
      isPlanRecord({
        id: 'x',
        title: { zh: '某行动方案', en: 'x' },
        issuers: [],
        planVersion: '2021-2025',
        sources: ['s'],
      }),
    ).toBe(false);
    expect(normalizePlanTitle('《广东省发展甲行动计划(2021–2025年)》')).toBe(
      '广东省发展甲行动计划（2021—2025年）',
    );
  });
});
