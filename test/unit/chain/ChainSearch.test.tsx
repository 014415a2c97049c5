import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChainSearch } from '../../../src/chain/ChainSearch.tsx';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';

const graph = buildChainGraph(fixtureCluster);

describe('ChainSearch', () => {
  it('lists matches by name and picks one with the keyboard', () => {
    const onPick = vi.fn();
    render(<ChainSearch graph={graph} lang="en" onPick={onPick} />);
    const box = screen.getByRole('combobox', { name: 'Search nodes' });
    fireEvent.input(box, { target: { value: 'segment' } });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(4);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]?.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' }); // wraps to the last
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('seg-d');
    expect(box).toHaveValue('Segment D');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('matches Chinese names from the English UI and picks with the mouse', () => {
    const onPick = vi.fn();
    render(<ChainSearch graph={graph} lang="en" onPick={onPick} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: '链主' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: /链主公司/ }));
    expect(onPick).toHaveBeenCalledWith('ent-leader');
  });

  it('says so when nothing matches, and Escape closes then clears', () => {
    render(<ChainSearch graph={graph} lang="zh" onPick={() => {}} />);
    const box = screen.getByRole('combobox', { name: '搜索节点' });
    fireEvent.input(box, { target: { value: 'zzz' } });
    expect(screen.getByText('无匹配节点')).toBeInTheDocument();
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveValue('');
  });

  it('renders hostile names as text', () => {
    const evil = {
      ...graph,
      nodes: graph.nodes.map((n) =>
        n.id === 'seg-a' ? { ...n, name: { zh: '<b>x</b>', en: '<img src=x onerror=alert(1)>' } } : n,
      ),
    };
    const { container } = render(<ChainSearch graph={evil} lang="en" onPick={() => {}} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: '<img' } });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
