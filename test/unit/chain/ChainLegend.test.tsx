import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChainLegend } from '../../../src/chain/ChainLegend.tsx';
import { darkTheme } from '../../../src/chain/theme.ts';

describe('ChainLegend', () => {
  it('labels every kind, status mark, tier and link style in Chinese', () => {
    render(<ChainLegend lang="zh" />);
    const legend = screen.getByRole('region', { name: '图例' });
    for (const label of [
      '产业环节',
      '企业',
      '科研机构',
      '锻长板',
      '补短板',
      '补链',
      '延链',
      '链主企业',
      '供给',
      '技术支撑',
      '补链清单中的环节',
      '引入候选（对接）',
    ])
      expect(within(legend).getByText(label)).toBeInTheDocument();
    expect(legend.querySelectorAll('svg[aria-hidden="true"]').length).toBe(8 + 4 + 2 + 2 + 4);
  });

  it('speaks English and follows the theme', () => {
    const { container } = render(<ChainLegend lang="en" theme={darkTheme} />);
    expect(screen.getByText('Missing link')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Link kinds' })).toBeInTheDocument();
    expect(container.querySelector(`path[fill="${darkTheme.background}"]`)).not.toBeNull();
  });
});
