import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NodeDetails } from '../../../src/panels/NodeDetails.tsx';
import { lookup } from '../../fixtures/panels/clusters.ts';

const node = {
  id: 'seg-a',
  kind: 'segment' as const,
  name: { zh: '甲环节', en: 'Segment A' },
  stage: 'upstream' as const,
  status: 'weak' as const,
  dependency: { level: 'high' as const, sources: ['src-test-official'] },
  description: { zh: '测试说明' },
  sources: ['src-test-editorial'],
  verified: false,
  stageEditorial: true,
};

describe('NodeDetails', () => {
  it('shows kind, stage, status with its policy term, dependency, cities and sources', () => {
    const onClose = vi.fn();
    render(
      <NodeDetails
        node={node}
        cities={[
          { adcode: '440100', name: '广州市', role: 'core' },
          { adcode: '440300', name: '深圳市', role: '芯片设计' },
          { adcode: '440800', name: '湛江市' },
        ]}
        sources={lookup()}
        lang="zh"
        onClose={onClose}
      />,
    );
    expect(screen.getByRole('heading', { name: '甲环节' })).toBeInTheDocument();
    expect(screen.getByText('环节')).toBeInTheDocument();
    expect(screen.getByText('上游')).toBeInTheDocument();
    expect(screen.getByText('补短板')).toBeInTheDocument();
    expect(screen.getByText('高')).toBeInTheDocument();
    expect(screen.getByText('测试说明')).toBeInTheDocument();
    expect(screen.getByText('核心')).toBeInTheDocument();
    expect(screen.getByText('芯片设计')).toBeInTheDocument();
    expect(screen.getByText('未核实')).toBeInTheDocument();
    // Stage placed by us, and only editorial sources: both flagged as 编辑整理.
    expect(screen.getAllByText('编辑整理')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('falls back to Chinese for description text without English', () => {
    render(<NodeDetails node={node} cities={[]} sources={lookup()} lang="en" onClose={() => {}} />);
    expect(screen.getByText('测试说明')).toBeInTheDocument();
    expect(screen.getByText('weak link to shore up (补短板)')).toBeInTheDocument();
    expect(screen.getByText('No cities recorded')).toBeInTheDocument();
  });
});
