import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { GapEntry } from '../../../src/model/gaps.ts';
import { GapList } from '../../../src/panels/gaps/GapList.tsx';

/** A segment a person's 企业名录 filled with 3,000 firms, none of them a lead firm. */
function crowdedGap(): GapEntry {
  const firms = Array.from({ length: 3000 }, (_, i) => `firm-${i + 1}`);
  return {
    rank: 1,
    nodeId: 'seg-refining',
    name: { zh: '炼油', en: 'Refining' },
    kind: 'segment',
    score: 3,
    reasons: [
      {
        type: 'weak',
        weight: 2,
        text: { zh: '有企业但没有链主', en: 'firms but no lead firm' },
        evidence: { ids: ['seg-refining', ...firms], sources: ['src-plan'] },
      },
    ],
    candidates: [],
  };
}

describe('GapList', () => {
  it('names the first few of a segment’s thousands of firms and counts them all', () => {
    render(
      <GapList
        entries={[crowdedGap()]}
        candidates={new Map()}
        lang="zh"
        selectedId={null}
        sourceTitle={(id) => (id === 'src-plan' ? '绿色石化行动计划' : undefined)}
        recordName={(id) => `企业${id.slice(5)}`}
        onSelect={vi.fn()}
        onPreview={vi.fn()}
        onCsv={vi.fn()}
      />,
    );
    const evidence = screen.getByText(/^依据：/);
    expect(evidence.textContent).toBe(
      '依据：记录 企业1、企业2、企业3、企业4、企业5、企业6、企业7、企业8、企业9、企业10 等 3,000 条；来源 绿色石化行动计划',
    );
  });
});
