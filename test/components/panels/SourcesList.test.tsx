import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/data/schema.ts';
import { collectSourceIds, SourcesList } from '../../../src/panels/SourcesList.tsx';
import { lookup, richCluster } from '../../fixtures/panels/clusters.ts';

// A dropped-in dataset need not pass this build's schema, so the component must hold on its own.
const hostile = {
  id: 'src-hostile',
  title: '<img src=x onerror=alert(1)>',
  publisher: '<script>alert(2)</script>',
  url: 'javascript:alert(3)',
  level: 'press',
} as Source;

describe('SourcesList', () => {
  it('renders a javascript: url as plain text and markup in names as text', () => {
    const { container } = render(
      <SourcesList sourceIds={['src-hostile']} sources={lookup([hostile])} lang="zh" />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('javascript:alert(3)')).toBeInTheDocument();
    expect(container.innerHTML).not.toContain('href="javascript');
  });

  it('links http(s) urls in a new tab, shows their text, level, mirror and anchors', () => {
    const ids = ['src-test-official', 'src-test-mirror', 'src-gone'];
    const { container } = render(<SourcesList sourceIds={ids} sources={lookup()} lang="zh" />);
    const link = screen.getByRole('link', { name: 'https://example.org/doc' });
    expect(link).toHaveAttribute('href', 'https://example.org/doc');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const items = container.querySelectorAll('li');
    expect([...items].map((li) => li.id)).toEqual([
      'src-src-test-official',
      'src-src-test-mirror',
      'src-src-gone',
    ]);
    expect(items[0]).toHaveTextContent('官方');
    expect(items[0]).toHaveTextContent('测试〔2021〕1号');
    expect(items[1]).toHaveTextContent('镜像');
    expect(items[2]).toHaveTextContent('数据中未找到此来源');
  });

  it('shows an empty state when nothing is cited', () => {
    render(<SourcesList sourceIds={[]} sources={lookup()} lang="en" />);
    expect(screen.getByText(/cite no sources/)).toBeInTheDocument();
  });
});

describe('collectSourceIds', () => {
  it('walks any record tree in order of first appearance, without duplicates', () => {
    const ids = collectSourceIds(richCluster());
    expect(ids[0]).toBe('src-test-official'); // governance.chiefChainLeader comes first
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'src-test-official',
        'src-test-article',
        'src-test-editorial',
        'src-test-mirror',
      ]),
    );
  });

  it('ignores Source objects, non-string ids and cycles', () => {
    const tree: Record<string, unknown> = {
      sources: [{ id: 'src-object' }, 'src-a', 42],
      child: { sources: ['src-b', 'src-a'], list: [{ sources: ['src-c'] }] },
    };
    tree.self = tree;
    expect(collectSourceIds(tree)).toEqual(['src-a', 'src-b', 'src-c']);
    expect(collectSourceIds(null)).toEqual([]);
  });
});
