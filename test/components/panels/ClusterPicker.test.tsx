import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ClusterPicker } from '../../../src/panels/ClusterPicker.tsx';
import { TWENTY } from '../../fixtures/panels/clusters.ts';

function groupButtons(heading: RegExp) {
  const list = screen.getByRole('list', { name: heading });
  return within(list).getAllByRole('button');
}

describe('ClusterPicker', () => {
  it('groups 10 pillar and 10 emerging clusters, each in its order', () => {
    render(<ClusterPicker clusters={TWENTY} selectedId={null} lang="zh" onSelect={() => {}} />);
    const pillar = groupButtons(/战略性支柱产业集群/);
    const emerging = groupButtons(/战略性新兴产业集群/);
    expect(pillar).toHaveLength(10);
    expect(emerging).toHaveLength(10);
    expect(pillar[0]).toHaveTextContent('新一代电子信息');
    expect(pillar[9]).toHaveTextContent('现代农业与食品');
    expect(emerging[0]).toHaveTextContent('半导体与集成电路');
    expect(screen.getByRole('button', { name: '全部集群' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('filters by Chinese name, name variant and English name', () => {
    render(<ClusterPicker clusters={TWENTY} selectedId="petrochem" lang="zh" onSelect={() => {}} />);
    const search = screen.getByLabelText('搜索集群');
    fireEvent.input(search, { target: { value: '石化' } });
    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(1);
    expect(screen.getByRole('button', { name: /绿色石化/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('list', { name: /新兴/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('找到 1 个集群');

    fireEvent.input(search, { target: { value: '半导体及' } });
    expect(screen.getByRole('button', { name: /半导体与集成电路/ })).toBeInTheDocument();
    fireEvent.input(search, { target: { value: 'ROBOTICS' } });
    expect(screen.getByRole('button', { name: /智能机器人/ })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /支柱/ })).toBeNull();

    fireEvent.input(search, { target: { value: '不存在的集群' } });
    expect(screen.getByText('没有与搜索词匹配的集群。')).toBeInTheDocument();
  });

  it('selects with clicks, Enter in the search box, and moves focus with arrow keys', () => {
    const onSelect = vi.fn();
    render(<ClusterPicker clusters={TWENTY} selectedId={null} lang="en" onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /Automotive/ }));
    expect(onSelect).toHaveBeenLastCalledWith('automotive');
    fireEvent.click(screen.getByRole('button', { name: 'All clusters' }));
    expect(onSelect).toHaveBeenLastCalledWith(null);

    const search = screen.getByLabelText('Search clusters');
    fireEvent.input(search, { target: { value: 'energy' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('new-energy');
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(search).toHaveValue('');

    const all = screen.getByRole('button', { name: 'All clusters' });
    all.focus();
    fireEvent.keyDown(all, { key: 'ArrowDown' });
    expect(document.activeElement).toHaveTextContent('Next-generation electronic information');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toHaveTextContent('Precision instruments and equipment');
  });

  it('lists clusters still loading but does not select them, by click or by Enter', () => {
    const onSelect = vi.fn();
    const pending = new Set(TWENTY.filter((c) => c.id !== 'robotics').map((c) => c.id));
    render(
      <ClusterPicker
        clusters={TWENTY}
        pending={pending}
        selectedId="robotics"
        lang="zh"
        onSelect={onSelect}
      />,
    );
    const petrochem = screen.getByRole('button', { name: /绿色石化/ });
    expect(petrochem).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(petrochem);
    fireEvent.input(screen.getByLabelText('搜索集群'), { target: { value: '石化' } });
    fireEvent.keyDown(screen.getByLabelText('搜索集群'), { key: 'Enter' });
    expect(onSelect).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('搜索集群'), { target: { value: '' } });
    const robotics = screen.getByRole('button', { name: /智能机器人/ });
    expect(robotics).not.toHaveAttribute('aria-disabled');
    fireEvent.click(robotics);
    expect(onSelect).toHaveBeenCalledWith('robotics');
  });
});
