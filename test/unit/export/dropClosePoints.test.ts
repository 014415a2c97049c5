import { geoPath } from 'd3-geo';
import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dropClosePoints } from '../../../src/export/dropClosePoints.ts';
import { mapItems } from '../../../src/export/mapScene.ts';
import { figureFor } from './helpers.ts';

/** Planar coordinates straight through, thinned by dropClosePoints. */
const thinned = (tolerance: number) => ({
  stream: (out: Parameters<typeof dropClosePoints>[1]) => dropClosePoints(tolerance, out),
});

describe('dropClosePoints', () => {
  it('drops points within the tolerance of the last kept one, keeping each line’s ends', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0.3, 0],
        [0.6, 0],
        [2, 0],
        [2.2, 0],
      ],
    };
    expect(geoPath(thinned(1))(line)).toBe('M0,0L2,0L2.2,0');
    expect(geoPath(thinned(0.1))(line)).toBe('M0,0L0.3,0L0.6,0L2,0L2.2,0');
  });

  it('keeps rings closed and leaves points alone', () => {
    const ring = [
      [0, 0],
      [10, 0],
      [10.2, 0.1],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(geoPath(thinned(1))({ type: 'Polygon', coordinates: [ring] })).toBe('M0,0L10,0L10,10L0,10Z');
    expect(geoPath(thinned(5)).pointRadius(1)({ type: 'Point', coordinates: [3, 4] })).toMatch(/^M3,4/);
  });
});

describe('the map preview’s thinned boundaries', () => {
  const part = figureFor({}).map as NonNullable<ReturnType<typeof figureFor>['map']>;
  const box = { x: 0, y: 0, w: 500, h: 400 };
  const chars = (items: ReturnType<typeof mapItems>) =>
    items.reduce((n, it) => n + ('d' in it && typeof it.d === 'string' ? it.d.length : 0), 0);

  it('draws every city with far less path data, the SVG export keeping every point', () => {
    const full = mapItems(part, box);
    const preview = mapItems(part, box, { simplify: 1 });
    const cities = (items: typeof full) => items.filter((it) => 'cls' in it && it.cls === 'city').length;
    expect(cities(preview)).toBe(21);
    expect(cities(full)).toBe(21);
    expect(chars(preview)).toBeLessThan(chars(full) * 0.6);
  });
});
