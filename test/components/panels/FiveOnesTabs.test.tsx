import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Cluster } from '../../../src/data/schema.ts';
import { FiveOnesTabs } from '../../../src/panels/FiveOnesTabs.tsx';
import type { Tab, TemplateId } from '../../../src/state/viewState.ts';
import { cityName, lookup, nodeName, richCluster } from '../../fixtures/panels/clusters.ts';

function Harness({
  cluster,
  onSelectNode = () => {},
}: {
  cluster: Cluster;
  onSelectNode?: (id: string) => void;
}) {
  const [tab, setTab] = useState<Tab>('enterprises');
  const [template, setTemplate] = useState<TemplateId>('gd5');
  return (
    <FiveOnesTabs
      cluster={cluster}
      tab={tab}
      onTab={setTab}
      template={template}
      onTemplate={setTemplate}
      sources={lookup()}
      cityName={cityName}
      nodeName={nodeName}
      lang="zh"
      selectedNodeId={null}
      onSelectNode={onSelectNode}
    />
  );
}

const firmNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('FiveOnesTabs', () => {
  it('renders ARIA tabs and moves between them with the arrow keys', () => {
    render(<Harness cluster={richCluster()} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('data-tab'))).toEqual([
      'enterprises',
      'projects',
      'innovation',
      'policies',
      'consulting',
      'targets',
      'sources',
      'template',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[0]).toHaveAttribute('tabindex', '0');
    expect(tabs[1]).toHaveAttribute('tabindex', '-1');

    fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowRight' });
    const projects = screen.getByRole('tab', { name: /重点项目清单/ });
    expect(projects).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(projects);
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', projects.id);
    // The fixture has no projects: an honest empty state, not an empty table.
    expect(screen.getByRole('tabpanel')).toHaveTextContent('本集群暂未收录重点项目');

    fireEvent.keyDown(projects, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    // Wraps round to the last tab, the templates; its count is filled items over all items.
    const template = screen.getByRole('tab', { name: /模板/ });
    expect(template).toHaveAttribute('aria-selected', 'true');
    expect(template).toHaveTextContent('模板 1/5');
    expect(screen.getByRole('radiogroup', { name: '选择省份模板' })).toBeInTheDocument();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: /来源/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel').querySelector('#src-src-test-official')).not.toBeNull();

    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel')).toHaveTextContent('本集群暂未收录创新体系');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel')).toHaveTextContent('测试行动计划');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel')).toHaveTextContent('本集群暂未收录战略咨询支撑机构');
  });

  it('shows the empty state when a cluster has no firms', () => {
    const cluster = richCluster();
    cluster.fiveOnes.enterprises = [];
    render(<Harness cluster={cluster} />);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('本集群暂未收录龙头企业或“隐形冠军”企业');
  });

  it('filters firms by tier and sorts by name, tier and city', () => {
    render(<Harness cluster={richCluster()} />);
    // Default: by tier (chain leader first), ties by name.
    expect(firmNames()).toEqual(['丙测试企业', '丁测试企业', '甲测试企业', '乙测试企业']);

    fireEvent.click(screen.getByRole('button', { name: /龙头/ }));
    expect(firmNames()).toEqual(['丁测试企业', '甲测试企业']);
    fireEvent.click(screen.getByRole('button', { name: /专精特新/ }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('没有这一层级的企业');
    fireEvent.click(screen.getByRole('button', { name: /全部/ }));
    expect(firmNames()).toHaveLength(4);

    const cityHeader = screen.getByRole('columnheader', { name: /城市/ });
    fireEvent.click(within(cityHeader).getByRole('button'));
    expect(cityHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /层级/ })).toHaveAttribute('aria-sort', 'none');
    // zh-CN collation is by pinyin: 广州 guang < 惠州 hui < 深圳 shen < 湛江 zhan.
    expect(firmNames()).toEqual(['甲测试企业', '丙测试企业', '丁测试企业', '乙测试企业']);
    fireEvent.click(within(cityHeader).getByRole('button'));
    expect(cityHeader).toHaveAttribute('aria-sort', 'descending');
    expect(firmNames()).toEqual(['乙测试企业', '丁测试企业', '丙测试企业', '甲测试企业']);

    const nameHeader = screen.getByRole('columnheader', { name: /企业/ });
    fireEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    // Pinyin: 丙 bing < 丁 ding < 甲 jia < 乙 yi.
    expect(firmNames()).toEqual(['丙测试企业', '丁测试企业', '甲测试企业', '乙测试企业']);
  });

  it('selects a firm in the chain diagram only when the diagram draws it', () => {
    const onSelectNode = vi.fn();
    render(<Harness cluster={richCluster()} onSelectNode={onSelectNode} />);
    fireEvent.click(screen.getByRole('button', { name: '甲测试企业' }));
    expect(onSelectNode).toHaveBeenCalledWith('ent-a');
    // No segments, or only segments the chain lacks: plain text, no button.
    expect(screen.queryByRole('button', { name: '丙测试企业' })).toBeNull();
    expect(screen.queryByRole('button', { name: '丁测试企业' })).toBeNull();
    const row = screen.getByText('甲测试企业').closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('广州市');
    expect(row).toHaveTextContent('甲环节');
    expect(within(row).getByText('编辑整理')).toBeInTheDocument();
    const unverified = screen.getByText('丙测试企业').closest('tr') as HTMLElement;
    expect(within(unverified).getByText('未核实')).toBeInTheDocument();
  });

  it('pages through a long firm list, 200 rows at a time, and starts again at page 1 on a new order', () => {
    const cluster = richCluster();
    const base = cluster.fiveOnes.enterprises[0] as Cluster['fiveOnes']['enterprises'][number];
    cluster.fiveOnes.enterprises = Array.from({ length: 450 }, (_, i) => ({
      ...base,
      id: `bulk-${i}`,
      name: { zh: `批量企业${String(i).padStart(3, '0')}`, en: `Bulk ${i}` },
      tier: i < 10 ? 'leading' : 'other',
      segments: [],
    }));
    render(<Harness cluster={cluster} />);
    const range = () => screen.getAllByText(/^第 .* 条$/)[0]?.textContent;
    expect(firmNames()).toHaveLength(200);
    expect(range()).toBe('第 1–200 条，共 450 条');
    expect(screen.getAllByRole('button', { name: '上一页' })[0]).toBeDisabled();
    fireEvent.click(screen.getAllByRole('button', { name: '下一页' })[0] as HTMLElement);
    expect(range()).toBe('第 201–400 条，共 450 条');
    expect(firmNames()[0]).toBe('批量企业200');
    fireEvent.click(screen.getAllByRole('button', { name: '下一页' })[0] as HTMLElement);
    expect(range()).toBe('第 401–450 条，共 450 条');
    expect(firmNames()).toHaveLength(50);
    expect(screen.getAllByRole('button', { name: '下一页' })[0]).toBeDisabled();
    // A new order shows its beginning; a short filtered list has no pager at all.
    fireEvent.click(screen.getByRole('button', { name: /龙头/ }));
    expect(firmNames()).toHaveLength(10);
    expect(screen.queryByRole('navigation', { name: '分页' })).toBeNull();
  });

  it('keeps the table on screen when the same cluster arrives in a newer dataset', () => {
    const first = richCluster();
    const { rerender } = render(<Harness cluster={first} />);
    const table = screen.getByRole('table');
    // The rest of a deep link's data: a new object for the same cluster.
    rerender(<Harness cluster={{ ...first }} />);
    expect(screen.getByRole('table')).toBe(table);
    expect(screen.queryByText('正在整理…')).toBeNull();
  });
});
