import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LevelBadge } from '../../../src/panels/common/LevelBadge.tsx';
import { SourceRefs } from '../../../src/panels/common/SourceRefs.tsx';
import { en } from '../../../src/panels/strings/en.ts';
import { zh } from '../../../src/panels/strings/zh.ts';
import { panelText } from '../../../src/panels/strings.ts';
import { lookup } from '../../fixtures/panels/clusters.ts';

describe('SourceRefs', () => {
  it('numbers citations and links them to the sources list', () => {
    render(<SourceRefs ids={['src-test-official', 'src-test-article']} sources={lookup()} lang="zh" />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['[1]', '[2]']);
    expect(links[1]).toHaveAttribute('href', '#src-src-test-article');
    expect(links[1]).toHaveAttribute('title', '测试基础文章 · 测试报社 · 2021-04-14');
    expect(screen.queryByText('未核实')).toBeNull();
    expect(screen.queryByText('编辑整理')).toBeNull();
  });

  it('flags unverified and editorial-only records', () => {
    render(<SourceRefs ids={['src-test-editorial']} sources={lookup()} lang="en" verified={false} />);
    expect(screen.getByText('unverified')).toBeInTheDocument();
    expect(screen.getByText('editorial')).toBeInTheDocument();
  });

  it('flags an editorial stage placement even with outside sources', () => {
    render(<SourceRefs ids={['src-test-official']} sources={lookup()} lang="zh" editorial="stage" />);
    expect(screen.getByText('编辑整理')).toHaveAttribute('title', panelText('zh', 'ref.editorial.stage'));
  });
});

describe('LevelBadge and strings', () => {
  it('labels levels with text in both languages', () => {
    render(<LevelBadge level="article" lang="zh" />);
    expect(screen.getByText('基础文章')).toBeInTheDocument();
  });

  it('has the same keys in zh and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const value of [...Object.values(zh), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });
});
