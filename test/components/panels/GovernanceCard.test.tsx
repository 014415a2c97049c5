import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GovernanceCard } from '../../../src/panels/GovernanceCard.tsx';
import { lookup, makeCluster } from '../../fixtures/panels/clusters.ts';

describe('GovernanceCard', () => {
  it('shows 未公开 and the note when no source names the linked leader', () => {
    const cluster = makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Green petrochemicals');
    render(<GovernanceCard cluster={cluster} sources={lookup()} lang="zh" />);
    const cell = screen.getByTestId('linked-leader');
    expect(cell).toHaveTextContent('未公开');
    expect(cell).toHaveTextContent('未见公开来源载明（测试）');
    expect(screen.getByText('总链长')).toBeInTheDocument();
    expect(screen.getAllByText('来源未列明')).toHaveLength(2);
  });

  it('says "Not public" in English', () => {
    const cluster = makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Green petrochemicals');
    render(<GovernanceCard cluster={cluster} sources={lookup()} lang="en" />);
    expect(screen.getByTestId('linked-leader')).toHaveTextContent('Not public');
  });

  it('shows a named leader, lead departments with plan version, citations and the unverified badge', () => {
    const cluster = makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Green petrochemicals');
    cluster.governance.linkedLeader = {
      name: { zh: '测试人', en: 'Test Person' },
      title: { zh: '副省长', en: 'Vice governor' },
      sources: ['src-test-official'],
    };
    cluster.governance.leadDepartments = [
      {
        name: { zh: '测试厅', en: 'Test Dept' },
        planVersion: '2023-2025',
        sources: ['src-test-official'],
        verified: false,
      },
    ];
    render(<GovernanceCard cluster={cluster} sources={lookup()} lang="zh" />);
    expect(screen.getByTestId('linked-leader')).toHaveTextContent('测试人');
    expect(screen.getByTestId('linked-leader')).not.toHaveTextContent('未公开');
    const dept = screen.getByText('测试厅').closest('li') as HTMLElement;
    expect(dept).toHaveTextContent('2023—2025年行动计划');
    expect(within(dept).getByText('未核实')).toBeInTheDocument();
    const ref = within(dept).getByRole('link');
    expect(ref).toHaveAttribute('href', '#src-src-test-official');
    expect(ref).toHaveAttribute('title', '测试官方文件 · 测试发布者 · 2021-04-05');
  });
});
