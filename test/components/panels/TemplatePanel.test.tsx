import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Cluster } from '../../../src/data/schema.ts';
import type { Lang } from '../../../src/i18n/index.ts';
import { TemplatePanel } from '../../../src/panels/templates/TemplatePanel.tsx';
import type { TemplateId } from '../../../src/state/viewState.ts';
import { richCluster } from '../../fixtures/panels/clusters.ts';

function Harness(props: {
  cluster?: Cluster;
  lang?: Lang;
  selectedNodeId?: string | null;
  onSelectNode?: (id: string) => void;
  onTemplate?: (t: TemplateId) => void;
}) {
  const [template, setTemplate] = useState<TemplateId>('gd5');
  return (
    <TemplatePanel
      cluster={props.cluster ?? richCluster()}
      template={template}
      onTemplate={(t) => {
        props.onTemplate?.(t);
        setTemplate(t);
      }}
      lang={props.lang ?? 'zh'}
      selectedNodeId={props.selectedNodeId ?? null}
      onSelectNode={props.onSelectNode ?? (() => {})}
    />
  );
}

const radios = () => within(screen.getByRole('radiogroup', { name: '选择省份模板' })).getAllByRole('radio');
const items = () => [...document.querySelectorAll<HTMLElement>('.tpl-items > li')];
const badges = () => items().map((li) => li.querySelector('.tpl-badge')?.textContent);
const checked = () => screen.getByRole('radio', { checked: true });

describe('TemplatePanel', () => {
  it('shows 广东 五个一 with a badge, count and detail per item, and the summary', () => {
    render(<Harness />);
    expect(radios().map((r) => r.getAttribute('data-template'))).toEqual(['gd5', 'zj9', 'sd1n', 'hn4']);
    expect(checked()).toHaveAccessibleName('广东 五个一');
    expect(screen.getByText('广东「五个一」')).toBeInTheDocument();
    expect(items()).toHaveLength(5);
    // richCluster: three leading firms but no hidden champion, one policy, nothing else.
    expect(badges()).toEqual(['部分', '空缺', '空缺', '已填', '空缺']);
    expect(screen.getByTestId('template-summary')).toHaveTextContent('已填 1 · 部分 1 · 空缺 3');
    const firms = items()[0] as HTMLElement;
    expect(firms).toHaveTextContent('一张龙头企业和“隐形冠军”企业表');
    expect(firms).toHaveTextContent('3 条');
    expect(firms).toHaveTextContent('链主/龙头企业 3；缺“隐形冠军”企业');
    expect(firms).toHaveAttribute('data-state', 'partial');
  });

  it('switches template by click', () => {
    const onTemplate = vi.fn();
    render(<Harness onTemplate={onTemplate} />);
    fireEvent.click(screen.getByRole('radio', { name: /浙江/ }));
    expect(onTemplate).toHaveBeenCalledWith('zj9');
    expect(checked()).toHaveAccessibleName('浙江 九个一');
    expect(items()).toHaveLength(9);
    expect(badges().filter((b) => b === '无此项')).toHaveLength(2);
    expect(badges().filter((b) => b === '未公开')).toHaveLength(1);
    expect(screen.getByText('一支专业招商队伍').closest('li')).toHaveTextContent('本数据格式无此项');
    expect(screen.getByTestId('template-summary')).toHaveTextContent('未公开 1 · 无此项 2');

    fireEvent.click(screen.getByRole('radio', { name: /河南/ }));
    expect(items()).toHaveLength(4);
    const lists = screen.getByText('四个清单').closest('li') as HTMLElement;
    expect(within(lists).getByText('未公开')).toHaveClass('tpl-badge-not-public');
    expect(lists).toHaveTextContent('来源未列出四个清单名称');
  });

  it('switches template by keyboard: arrows, Home and End move the choice and the focus', () => {
    render(<Harness />);
    const [gd5] = radios();
    expect(gd5).toHaveAttribute('tabindex', '0');
    expect(
      radios()
        .slice(1)
        .map((r) => r.getAttribute('tabindex')),
    ).toEqual(['-1', '-1', '-1']);
    fireEvent.keyDown(gd5 as HTMLElement, { key: 'ArrowRight' });
    expect(checked()).toHaveAttribute('data-template', 'zj9');
    expect(document.activeElement).toBe(checked());
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(checked()).toHaveAttribute('data-template', 'sd1n');
    expect(items()).toHaveLength(11);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(checked()).toHaveAttribute('data-template', 'hn4');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(checked()).toHaveAttribute('data-template', 'gd5');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(checked()).toHaveAttribute('data-template', 'hn4');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(checked()).toHaveAttribute('data-template', 'gd5');
    expect(checked()).toHaveAttribute('tabindex', '0');
    expect(document.activeElement).toBe(checked());
  });

  it('selects the first record of an item on click; items without selectable records are plain text', () => {
    const onSelectNode = vi.fn();
    const { rerender } = render(<Harness onSelectNode={onSelectNode} />);
    const firms = screen.getByRole('button', { name: '一张龙头企业和“隐形冠军”企业表' });
    // A real <button>: Enter and Space activate it natively.
    expect(firms.tagName).toBe('BUTTON');
    fireEvent.click(firms);
    expect(onSelectNode).toHaveBeenCalledWith('ent-a');
    // Policies are not in the diagram, empty items have nothing to select.
    expect(screen.queryByRole('button', { name: '一个政策工具包' })).toBeNull();
    expect(screen.queryByRole('button', { name: '一份重点项目清单' })).toBeNull();

    rerender(<Harness onSelectNode={onSelectNode} selectedNodeId="ent-a" />);
    expect(screen.getByRole('button', { name: '一张龙头企业和“隐形冠军”企业表' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(items()[0]).toHaveClass('is-selected');

    fireEvent.click(screen.getByRole('radio', { name: /山东/ }));
    fireEvent.click(screen.getByRole('button', { name: '产业链图谱' }));
    expect(onSelectNode).toHaveBeenLastCalledWith('seg-a');
  });

  it('writes every badge out in English too', () => {
    render(<Harness lang="en" />);
    expect(screen.getByRole('radiogroup', { name: 'Choose a province template' })).toBeInTheDocument();
    expect(badges()).toEqual(['Partial', 'Empty', 'Empty', 'Filled', 'Empty']);
    expect(screen.getByTestId('template-summary')).toHaveTextContent('Filled 1 · Partial 1 · Empty 3');
    fireEvent.click(screen.getByRole('radio', { name: /Zhejiang/ }));
    expect(badges()).toContain('Not in format');
    expect(badges()).toContain('Not public');
  });

  it('keeps data text as text', () => {
    const cluster = richCluster();
    cluster.governance.linkedLeader = {
      name: { zh: '<img src=x onerror=alert(1)>', en: '<b>x</b>' },
      title: { zh: '副省长', en: 'Vice governor' },
      sources: ['src-test-official'],
    };
    render(<Harness cluster={cluster} />);
    fireEvent.click(screen.getByRole('radio', { name: /河南/ }));
    expect(document.querySelector('.tpl-items img')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /浙江/ }));
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(document.querySelector('.tpl-items img')).toBeNull();
  });
});

describe('templates.css badges', () => {
  const css = readFileSync(join(import.meta.dirname, '../../../src/panels/templates/templates.css'), 'utf8');
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  it.each(['filled', 'partial', 'empty', 'not-public', 'no-field'])(
    '%s text is at least 4.5:1 on its background',
    (state) => {
      const block = css.match(new RegExp(`\\.tpl-badge-${state} \\{([^}]*)\\}`))?.[1] ?? '';
      const fg = block.match(/(?:^|\s)color: (#[0-9a-f]{6})/)?.[1];
      const bg = block.match(/background: (#[0-9a-f]{6})/)?.[1];
      if (!fg || !bg) throw new Error(`no colours for ${state}`);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a) as [number, number];
      expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
