import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../src/data/schema.ts';
import { TargetsTable } from '../../../src/panels/TargetsTable.tsx';
import { lookup, richCluster } from '../../fixtures/panels/clusters.ts';

const COMPARATORS: Target['comparator'][] = ['=', '>', '>=', '<', '<=', '~'];

function allComparators(): Target[] {
  return COMPARATORS.map((comparator, i) => ({
    id: `t-${i}`,
    metric: { zh: `指标${i}`, en: `Metric ${i}` },
    value: 100 + i,
    ...(i === 3 ? { valueMax: 200 } : {}),
    comparator,
    unit: '亿元',
    year: 2025,
    kind: 'target' as const,
    sources: ['src-test-official'],
  }));
}

describe('TargetsTable', () => {
  it.each(['zh', 'en'] as const)('never prints the symbols the font lacks (%s)', (lang) => {
    const { container } = render(<TargetsTable targets={allComparators()} sources={lookup()} lang={lang} />);
    expect(container.textContent).not.toMatch(/[≥≤≈≲≳<>~]/);
  });

  it('writes comparators as words and ranges with 至 / to', () => {
    const { unmount } = render(<TargetsTable targets={allComparators()} sources={lookup()} lang="zh" />);
    const values = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[0]?.textContent);
    expect(values).toEqual(['100', '超过 101', '不低于 102', '低于 103 至 200', '不超过 104', '约 105']);
    unmount();
    render(<TargetsTable targets={allComparators()} sources={lookup()} lang="en" />);
    const en = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[0]?.textContent);
    expect(en).toEqual(['100', 'over 101', 'at least 102', 'under 103 to 200', 'at most 104', 'about 105']);
  });

  it('keeps conflicting values side by side, sorted by kind, year and metric', () => {
    render(<TargetsTable targets={richCluster().targets} sources={lookup()} lang="zh" />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['target', 'target', 'baseline']);
    expect(rows[0]).toHaveTextContent('超过 20,000');
    expect(rows[0]).toHaveTextContent('2021—2025年行动计划');
    expect(rows[1]).toHaveTextContent('不低于 21,000');
    expect(rows[1]).toHaveTextContent('2023—2025年行动计划');
    expect(rows[2]).toHaveTextContent('基数');
    expect(within(rows[2] as HTMLElement).getByRole('link')).toHaveAttribute('href', '#src-src-test-article');
  });

  it('shows an honest empty state', () => {
    render(<TargetsTable targets={[]} sources={lookup()} lang="en" />);
    expect(screen.getByText(/No quantified targets/)).toBeInTheDocument();
  });
});
