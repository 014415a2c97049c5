/** The gap list as CSV: Excel-safe (BOM, CRLF), one row per reason, formula cells neutralised. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GapEntry } from '../../../src/model/gaps.ts';
import { gapsCsv, neutraliseCell } from '../../../src/model/gapsCsv.ts';

const entry: GapEntry = {
  rank: 1,
  nodeId: 'seg-x',
  name: { zh: '=HYPERLINK("http://evil")', en: '@SUM(A1)' },
  kind: 'segment',
  stage: 'upstream',
  score: 8,
  reasons: [
    {
      type: 'missing',
      weight: 5,
      text: { zh: '来源标为缺失环节（补链）', en: 'missing' },
      evidence: { ids: ['seg-x'], sources: ['s1'] },
    },
    {
      type: 'no-firm',
      weight: 3,
      text: { zh: '本数据集没有列出这一环节的广东企业', en: 'no firm' },
      evidence: { ids: ['seg-x'], sources: ['s1', 's2'] },
    },
  ],
  candidates: ['cand'],
};

describe('gap list CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'])
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    expect(neutraliseCell('减速器')).toBe('减速器');
    expect(neutraliseCell('1-2')).toBe('1-2');
  });

  it('writes a BOM, a header and one row per reason, with source titles and candidate names', () => {
    const text = gapsCsv([entry], 'zh', {
      clusterName: '测试集群',
      sourceTitle: (id) => (id === 's1' ? '来源一' : undefined),
      candidateName: () => '某研究院',
    });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]?.[0]).toBe('排名');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '1',
      '测试集群',
      `'=HYPERLINK("http://evil")`,
      'segment',
      'upstream',
      '8',
      '缺失',
      '5',
      '来源标为缺失环节（补链）',
      'seg-x',
      '来源一',
      '某研究院',
    ]);
    expect(rows[2]?.[10]).toBe('来源一；s2');
  });

  it('speaks English when asked', () => {
    const rows = Papa.parse<string[]>(
      gapsCsv([entry], 'en', { clusterName: 'Test', sourceTitle: () => undefined })
        .slice(1)
        .trim(),
    ).data;
    expect(rows[0]?.[0]).toBe('rank');
    expect(rows[1]?.[2]).toBe(`'@SUM(A1)`);
    expect(rows[1]?.[6]).toBe('missing');
    expect(rows[1]?.[11]).toBe('cand');
  });
});
