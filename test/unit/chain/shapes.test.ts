import { describe, expect, it } from 'vitest';
import { legendIcon } from '../../../src/chain/legendIcons.ts';
import { KIND_SHAPE, shapeExtent, traceShape } from '../../../src/chain/shapes.ts';
import { fmt, SvgPath } from '../../../src/chain/svgPath.ts';
import { legendData, lightTheme } from '../../../src/chain/theme.ts';

describe('shapes', () => {
  it('gives every node kind its own shape', () => {
    const shapes = Object.values(KIND_SHAPE);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('traces each shape inside its declared extent', () => {
    for (const shape of new Set(Object.values(KIND_SHAPE))) {
      const p = new SvgPath();
      traceShape(p, shape, 0, 0, 10);
      const d = p.toString();
      const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const { hw, hh } = shapeExtent(shape, 10);
      expect(Math.max(...nums.map(Math.abs)), shape).toBeLessThanOrEqual(Math.max(hw, hh) + 0.01);
      expect(d, shape).toMatch(/^M/);
    }
  });

  it('writes SVG path data with 2-decimal numbers, full circles as two arcs', () => {
    const p = new SvgPath();
    p.moveTo(1.005, -0.0001);
    p.arc(0, 0, 2, 0, 2 * Math.PI);
    expect(p.toString()).toBe('M1 0L2 0A2 2 0 0 1 -2 0A2 2 0 0 1 2 0');
    expect(fmt(-0.001)).toBe('0');
  });
});

describe('legend data', () => {
  it('lists kinds, statuses, tiers and links in both languages', () => {
    const zh = legendData(lightTheme, 'zh');
    const en = legendData(lightTheme, 'en');
    expect(zh.map((g) => g.id)).toEqual(['kinds', 'status', 'marks', 'tiers', 'links']);
    expect(zh[1]?.items.map((i) => i.label)).toEqual(['锻长板', '补短板', '补链', '延链']);
    expect(en[0]?.items).toHaveLength(8);
    expect(en[4]?.items.map((i) => i.id)).toEqual(['supplies', 'part_of', 'enables', 'located_in']);
  });

  it('draws the gap ring and the candidate ghost the diagram draws', () => {
    const marks = legendData(lightTheme, 'en').find((g) => g.id === 'marks');
    const [gap, candidate] = (marks?.items ?? []).map((i) => legendIcon(i.icon, lightTheme));
    expect(gap?.parts).toHaveLength(2);
    expect(gap?.parts[1]?.stroke).toBe(lightTheme.gap);
    expect(gap?.parts[1]?.dash).toBeTruthy();
    expect(candidate?.parts[0]?.fill).toBe(lightTheme.background);
    expect(candidate?.parts[0]?.dash).toBeTruthy();
  });

  it('draws status marks that do not rely on colour', () => {
    const [status] = legendData(lightTheme, 'en').slice(1);
    const icons = Object.fromEntries(
      (status?.items ?? []).map((i) => [i.id, legendIcon(i.icon, lightTheme)]),
    );
    expect(icons.strong?.parts).toHaveLength(2); // double outline
    expect(icons.weak?.parts[0]?.dash).toBeTruthy(); // dashed
    expect(icons.missing?.glyph?.text).toBe('?'); // hollow + "?"
    expect(icons.missing?.parts[0]?.fill).toBe(lightTheme.background);
    expect(icons.extension?.parts).toHaveLength(2); // arrow tick
  });
});
