import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROLE_FILLS } from '../../../src/model/mapModel.ts';
import { countSteps, MapLegend } from '../../../src/panels/MapLegend.tsx';

describe('MapLegend', () => {
  it('groups counts that share a ramp colour and labels every swatch', () => {
    const steps = countSteps(12, 'zh');
    expect(steps[0]?.label).toBe('无');
    expect(steps.at(-1)?.label).toMatch(/12$/);
    expect(new Set(steps.map((s) => s.fill)).size).toBe(steps.length);
    render(<MapLegend mode="count" max={12} lang="zh" />);
    expect(screen.getByText('集群数量')).toBeInTheDocument();
    expect(screen.queryByText('产业带')).toBeNull();
  });

  it('shows the roles present with text labels and the belt and base styles', () => {
    const { container } = render(<MapLegend mode="roles" rolesPresent={['rnd', 'core']} lang="en" />);
    const labels = [...container.querySelectorAll('.legend-items li')].map((li) => li.textContent);
    expect(labels).toEqual(['core', 'R&D', 'not in this cluster', 'Industrial belt', 'Base']);
    const swatch = container.querySelector('.legend-swatch') as HTMLElement;
    expect(swatch.style.background).not.toBe('');
    expect(ROLE_FILLS.core).toBeTruthy();
  });
});
