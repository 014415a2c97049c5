import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RoadmapChart, type RoadmapChartProps } from '../../../src/chart/RoadmapChart.tsx';
import type { Cluster } from '../../../src/data/schema.ts';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const src = ['src-test-official'];

function sample(): Cluster {
  const c = makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Green petrochemicals');
  c.chain.nodes = [
    { id: 'seg-a', kind: 'segment', name: { zh: '甲环节', en: 'Segment A' }, cities: [], sources: src },
  ];
  c.targets = [
    {
      id: 't-1',
      metric: { zh: '炼油能力', en: 'Refining capacity' },
      value: 1,
      comparator: '=',
      unit: '万吨',
      year: 2025,
      kind: 'target',
      segments: ['seg-a'],
      sources: src,
    },
  ];
  c.roadmap = [
    {
      id: 'rm-a',
      name: { zh: '催化技术', en: 'Catalysis' },
      kind: 'technology',
      node: 'seg-a',
      status: 'chokepoint',
      year: 2025,
      targets: ['t-1'],
      sources: src,
    },
    { id: 'rm-b', name: { zh: '新材料', en: 'New material' }, kind: 'product', targets: [], sources: src },
  ];
  return c;
}

function renderChart(extra: Partial<RoadmapChartProps> = {}) {
  const onSelect = vi.fn();
  const props: RoadmapChartProps = {
    cluster: sample(),
    lang: 'zh',
    selectedId: null,
    emphasisIds: null,
    gapIds: new Set(),
    onSelect,
    asList: false,
    ...extra,
  };
  const view = render(<RoadmapChart {...props} />);
  return { onSelect, ...view };
}

const hit = (svg: HTMLElement, id: string) => {
  const el = svg.querySelector(`.items-hit[data-id="${id}"]`);
  if (!el) throw new Error(`no hit for ${id}`);
  return el;
};

describe('RoadmapChart', () => {
  it('draws the chart with a legend and one focusable hit per item', () => {
    renderChart();
    expect(screen.getByTestId('roadmap-chart')).toBeInTheDocument();
    const svg = screen.getByTestId('roadmap-svg');
    expect(svg).toHaveAttribute('aria-label', expect.stringContaining('技术路线图'));
    expect(screen.getByRole('list', { name: '图例' })).toHaveTextContent('卡脖子');
    const hits = within(svg).getAllByRole('button');
    expect(hits.map((h) => h.getAttribute('data-id'))).toEqual(['seg-a', 'rm-b']);
    expect(hits[1]).toHaveAttribute('aria-label', expect.stringContaining('未公开年份'));
    expect(screen.queryByTestId('roadmap-list')).toBeNull();
  });

  it('selects an item’s node by click and by Enter, and an item without a node by its own id', () => {
    const { onSelect } = renderChart();
    const svg = screen.getByTestId('roadmap-svg');
    fireEvent.click(hit(svg, 'seg-a'));
    expect(onSelect).toHaveBeenLastCalledWith('seg-a');
    fireEvent.keyDown(hit(svg, 'rm-b'), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('rm-b');
    fireEvent.keyDown(hit(svg, 'rm-b'), { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('marks the selected hit as pressed', () => {
    renderChart({ selectedId: 'seg-a' });
    expect(hit(screen.getByTestId('roadmap-svg'), 'seg-a')).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists every item as a row in its list twin, names as toggle buttons', () => {
    const { onSelect } = renderChart({ asList: true, selectedId: 'seg-a', gapIds: new Set(['seg-a']) });
    expect(screen.queryByTestId('roadmap-svg')).toBeNull();
    const table = screen.getByTestId('roadmap-list');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('卡脖子');
    expect(rows[0]).toHaveTextContent('2025');
    expect(rows[0]).toHaveTextContent('炼油能力 (2025)');
    expect(rows[0]).toHaveTextContent('甲环节');
    expect(rows[0]).toHaveTextContent('缺口');
    expect(rows[1]).toHaveTextContent('状态未载明');
    expect(rows[1]).toHaveTextContent('未公开年份');
    const a = within(rows[0] as HTMLElement).getByRole('button', { name: '催化技术' });
    const b = within(rows[1] as HTMLElement).getByRole('button', { name: '新材料' });
    expect(a).toHaveAttribute('aria-pressed', 'true');
    expect(b).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(b);
    expect(onSelect).toHaveBeenLastCalledWith('rm-b');
    fireEvent.click(a);
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'src-test-official' })).toHaveAttribute(
      'href',
      '#src-src-test-official',
    );
    const milestones = screen.getByTestId('roadmap-milestones');
    expect(milestones).toHaveTextContent('炼油能力');
    expect(milestones).toHaveTextContent('甲环节');
    expect(milestones).toHaveTextContent('催化技术');
  });

  it('shows the empty message in both forms when the chain has no roadmap items', () => {
    const empty = makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Green petrochemicals');
    const { unmount } = renderChart({ cluster: empty, lang: 'en' });
    expect(screen.getByTestId('roadmap-svg')).toHaveTextContent(
      'No sourced roadmap items for this chain yet',
    );
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
    unmount();
    renderChart({ cluster: empty, asList: true });
    expect(screen.getByTestId('roadmap-list')).toHaveTextContent('本链尚无有来源的技术路线图条目');
  });
});
