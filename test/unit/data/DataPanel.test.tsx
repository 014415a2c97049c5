import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../../src/data/problems.ts';
import { DataPanel, type DataPanelProps } from '../../../src/panels/DataPanel.tsx';

function setup(over: Partial<DataPanelProps> = {}) {
  const props: DataPanelProps = {
    lang: 'en',
    status: { source: 'bundled', files: [] },
    problems: [],
    progress: null,
    onFiles: vi.fn(),
    onCancel: vi.fn(),
    onUseBundled: vi.fn(),
    pendingUrl: null,
    onConfirmUrl: vi.fn(),
    onRejectUrl: vi.fn(),
    onImportFile: vi.fn(),
    savedImport: null,
    onForgetImport: vi.fn(),
    ...over,
  };
  const view = render(<DataPanel {...props} />);
  return { props, view };
}

describe('DataPanel', () => {
  it('opens the import wizard on a picked list, and shows a saved list with a forget button', () => {
    const onImportFile = vi.fn();
    const onForgetImport = vi.fn();
    const { view } = setup({
      onImportFile,
      onForgetImport,
      savedImport: { file: '名录.xlsx', savedAt: '2026-12-06T10:00:00Z' },
    });
    const input = view.container.querySelector('[data-testid="import-input"]') as HTMLInputElement;
    const file = new File(['x'], '名录.xlsx');
    fireEvent.change(input, { target: { files: [file] } });
    expect(onImportFile).toHaveBeenCalledWith(file);
    expect(screen.getByTestId('data-saved').textContent).toContain('名录.xlsx (2026-12-06)');
    fireEvent.click(screen.getByRole('button', { name: 'Forget this list' }));
    expect(onForgetImport).toHaveBeenCalled();
  });

  it('states the accepted formats and the size limit, and opens the picker from a button', () => {
    const { view } = setup();
    const button = screen.getByRole('button', { name: 'Choose files…' });
    expect(button).toHaveAccessibleDescription(/\.json.*\.csv.*Up to 50 MB per file/);
    const input = view.container.querySelector(
      '[data-testid="data-drop"] input[type=file]',
    ) as HTMLInputElement;
    expect(input.accept).toBe('.json,.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,application/json,text/csv');
    expect(input.multiple).toBe(true);
    const click = vi.spyOn(input, 'click');
    fireEvent.click(button);
    expect(click).toHaveBeenCalled();
  });

  it('passes picked and dropped files on', () => {
    const { props, view } = setup();
    const file = new File(['{}'], 'a.json', { type: 'application/json' });
    const input = view.container.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [file] } });
    expect(props.onFiles).toHaveBeenCalledWith([file]);
    fireEvent.drop(screen.getByTestId('data-drop'), { dataTransfer: { files: [file], dropEffect: '' } });
    expect(props.onFiles).toHaveBeenCalledTimes(2);
  });

  it('shows progress with a cancel button, and takes no new files meanwhile', () => {
    const { props } = setup({ progress: 0.42 });
    expect(screen.getByRole('progressbar', { name: 'Reading files' })).toHaveAttribute('value', '42');
    expect(screen.getByText('Reading files 42%')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Choose files…' })).toBeDisabled();
    fireEvent.drop(screen.getByTestId('data-drop'), { dataTransfer: { files: [new File(['x'], 'b.csv')] } });
    expect(props.onFiles).not.toHaveBeenCalled();
  });

  it('says when the files are read and are being merged into what is shown', () => {
    setup({ progress: 0.85, phase: 'merging' });
    expect(screen.getByRole('progressbar', { name: 'Merging into the data shown' })).toHaveAttribute(
      'value',
      '85',
    );
  });

  it('lists problems as "file › place: what — what to do", as text', () => {
    const problems: Problem[] = [
      {
        file: 'firms.csv',
        where: 'row 3, column 城市',
        message: 'no city "北京" in this dataset',
        fix: 'use the city adcode',
      },
      { file: 'evil.json', where: '', message: '<img src=x onerror=alert(1)>', fix: 'fix it' },
    ];
    const { view } = setup({ problems });
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading')).toHaveTextContent('2 problems');
    const items = within(status).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'firms.csv › row 3, column 城市: no city "北京" in this dataset — use the city adcode',
    );
    expect(items[1]).toHaveTextContent('evil.json › (whole file): <img src=x onerror=alert(1)> — fix it');
    expect(view.container.querySelector('img')).toBeNull();
  });

  it('caps a long problem list', () => {
    const problems = Array.from({ length: 130 }, (_, i) => ({
      file: 'f',
      where: `row ${i}`,
      message: 'm',
      fix: 'x',
    }));
    setup({ problems });
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText('30 more not shown')).toBeInTheDocument();
  });

  it('marks user data and offers the way back', () => {
    const { props } = setup({ status: { source: 'user', files: ['mine.json', 'firms.csv'] } });
    expect(screen.getByText('Your data')).toBeInTheDocument();
    expect(screen.getByText('Files: mine.json, firms.csv')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the bundled data' }));
    expect(props.onUseBundled).toHaveBeenCalled();
  });

  it('has no way back when bundled data is shown', () => {
    setup();
    expect(screen.getByText('Showing the bundled data')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to the bundled data' })).toBeNull();
  });

  it('asks before loading data from another origin', () => {
    const { props } = setup({
      pendingUrl: { url: 'https://other.example/d/manifest.json', origin: 'https://other.example' },
    });
    const group = screen.getByRole('group', { name: 'Load data from https://other.example?' });
    expect(within(group).getByText('https://other.example/d/manifest.json')).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('button', { name: 'Load' }));
    expect(props.onConfirmUrl).toHaveBeenCalled();
    fireEvent.click(within(group).getByRole('button', { name: "Don't load" }));
    expect(props.onRejectUrl).toHaveBeenCalled();
  });

  it('speaks Chinese', () => {
    setup({
      lang: 'zh',
      status: { source: 'user', files: ['a.csv'] },
      pendingUrl: { url: 'https://x.example/a.json', origin: 'https://x.example' },
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('数据');
    expect(screen.getByRole('button', { name: '选择文件…' })).toHaveAccessibleDescription(
      /每个文件不超过 50 MB/,
    );
    expect(screen.getByRole('button', { name: '恢复内置数据' })).toBeInTheDocument();
    expect(screen.getByText('要加载来自 https://x.example 的数据吗？')).toBeInTheDocument();
  });
});
