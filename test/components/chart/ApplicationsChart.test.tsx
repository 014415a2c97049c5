import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApplicationsChart } from '../../../src/chart/ApplicationsChart.tsx';
import type { ChainLink, ChainNode, Cluster } from '../../../src/data/schema.ts';
import type { Lang } from '../../../src/i18n/index.ts';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const node = (id: string, zh: string, en: string, kind: ChainNode['kind'] = 'product'): ChainNode => ({
  id,
  kind,
  name: { zh, en },
  stage: kind === 'segment' ? 'downstream' : 'upstream',
  cities: [],
  sources: ['src-test-article'],
});
const link = (source: string, target: string, extra: Partial<ChainLink> = {}): ChainLink => ({
  source,
  target,
  kind: 'applies_to',
  sources: ['src-test-article'],
  ...extra,
});

function appsCluster(
  links = [
    link('p-laser', 'f-auto'),
    link('p-laser', 'f-ship', { verified: false }),
    link('t-print', 'f-auto'),
  ],
): Cluster {
  return {
    ...makeCluster('laser-am', 'emerging', 7, '激光与增材制造', 'Laser and additive manufacturing'),
    chain: {
      nodes: [
        node('p-laser', '激光器', 'Lasers'),
        node('t-print', '打印技术', 'Printing', 'technology'),
        node('f-auto', '汽车', 'Automotive', 'segment'),
        node('f-ship', '船舶', 'Shipbuilding', 'segment'),
      ],
      links,
    },
  };
}

function renderChart(
  props: Partial<{
    cluster: Cluster;
    lang: Lang;
    selectedId: string | null;
    asList: boolean;
    gapIds: Set<string>;
  }> = {},
) {
  const onSelect = vi.fn();
  render(
    <ApplicationsChart
      cluster={props.cluster ?? appsCluster()}
      lang={props.lang ?? 'zh'}
      selectedId={props.selectedId ?? null}
      emphasisIds={null}
      gapIds={props.gapIds ?? new Set()}
      onSelect={onSelect}
      asList={props.asList ?? false}
    />,
  );
  return onSelect;
}

const hit = (id: string) => document.querySelector(`.items-hit[data-id="${id}"]`) as SVGRectElement;

describe('ApplicationsChart', () => {
  it('draws the chart with a legend and one focusable hit per node', () => {
    renderChart();
    const chart = screen.getByTestId('apps-chart');
    expect(within(chart).getByTestId('apps-svg')).toBeInTheDocument();
    expect(chart.querySelector('.apps-legend')).toHaveTextContent('虚线：编辑整理或未核实');
    const hits = screen.getAllByRole('button');
    expect(hits.map((h) => h.getAttribute('data-id')).sort()).toEqual([
      'f-auto',
      'f-ship',
      'p-laser',
      't-print',
    ]);
    expect(hit('p-laser')).toHaveAccessibleName('激光器：2 个应用领域');
    expect(hit('p-laser')).toHaveAttribute('tabindex', '0');
  });

  it('selects a node on click and on Enter, and clears a selected one', () => {
    const onSelect = renderChart();
    fireEvent.click(hit('f-auto'));
    expect(onSelect).toHaveBeenLastCalledWith('f-auto');
    fireEvent.keyDown(hit('t-print'), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('t-print');
  });

  it('marks the selected hit as pressed and toggles it off', () => {
    const onSelect = renderChart({ selectedId: 'p-laser' });
    expect(hit('p-laser')).toHaveAttribute('aria-pressed', 'true');
    expect(hit('f-auto')).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(hit('p-laser'));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('has a list twin: one row per relation, names as buttons', () => {
    const onSelect = renderChart({ asList: true, selectedId: 'f-auto', gapIds: new Set(['f-ship']) });
    expect(screen.queryByTestId('apps-chart')).toBeNull();
    const table = screen.getByTestId('apps-list');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const cells = rows.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells).toContainEqual(['激光器', '船舶缺口', 'src-test-article', '是']);
    expect(cells).toContainEqual(['打印技术', '汽车', 'src-test-article', '否']);
    const auto = within(table).getAllByRole('button', { name: '汽车' });
    expect(auto).toHaveLength(2);
    for (const b of auto) expect(b).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(within(table).getAllByRole('button', { name: '激光器' })[0] as HTMLElement);
    expect(onSelect).toHaveBeenLastCalledWith('p-laser');
    fireEvent.click(auto[0] as HTMLElement);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('shows the empty message in both forms when nothing is sourced', () => {
    renderChart({ cluster: appsCluster([]), lang: 'en' });
    expect(screen.getByTestId('apps-svg')).toHaveTextContent(
      'No sourced application fields for this chain yet',
    );
    expect(document.querySelectorAll('.items-hit')).toHaveLength(0);
  });

  it('shows the empty message as text in the list form', () => {
    renderChart({ cluster: appsCluster([]), asList: true });
    expect(screen.queryByTestId('apps-list')).toBeNull();
    expect(screen.getByText('本链尚无有来源的应用领域关系')).toBeInTheDocument();
  });
});
