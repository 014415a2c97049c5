import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { boundariesFromTopology } from '../../../src/map/geo.ts';
import { type LabelSpec, type LabelView, labelSpecs, placeLabels } from '../../../src/map/labelLayout.ts';
import { cityLabelSize } from '../../../src/map/labelSize.ts';
import { wrapLabel } from '../../../src/map/labelWrap.ts';

const boundaries = boundariesFromTopology(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../data/geo/guangdong.topo.json'), 'utf8'),
  ) as Topology,
);

/** A monospace stand-in for the label font: a Chinese character is 1 em wide, anything else ½ em. */
const measure = (text: string, size: number) =>
  Array.from(text).reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? size : size / 2), 0);

/** A view where a label's point is its lng/lat read as pixels. */
const view = (zoom: number, width = 1000, height = 1000): LabelView => ({
  zoom,
  width,
  height,
  project: (lnglat) => [lnglat[0], lnglat[1]],
  measure,
});

const spec = (kind: LabelSpec['kind'], key: string, text: string, x: number, y: number): LabelSpec => ({
  kind,
  key,
  text,
  lnglat: [x, y],
});

const belts: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { belt: 'b1', kind: 'belt' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [113, 23],
          [114, 22.5],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { belt: 'b1', kind: 'site', site: '南沙基地' },
      geometry: { type: 'Point', coordinates: [113.5, 22.8] },
    },
    {
      type: 'Feature',
      properties: { belt: 'b1', kind: 'site', site: '' },
      geometry: { type: 'Point', coordinates: [113.6, 22.8] },
    },
    {
      type: 'Feature',
      properties: { belt: 'b1', kind: 'label', label: '沿海产业带' },
      geometry: { type: 'Point', coordinates: [113, 23] },
    },
  ],
};

describe('what the map names', () => {
  it('names the 21 cities (short names for the province view), Hong Kong and Macau, and the belts', () => {
    const specs = labelSpecs(boundaries, belts, 'zh');
    const cities = specs.filter((s) => s.kind === 'city');
    expect(cities).toHaveLength(21);
    expect(cities.find((s) => s.code === '440100')).toMatchObject({ text: '广州市', short: '广州' });
    expect(
      specs
        .filter((s) => s.kind === 'context')
        .map((s) => s.text)
        .sort(),
    ).toEqual(['澳门', '香港']);
    expect(specs.filter((s) => s.kind === 'belt').map((s) => s.text)).toEqual(['沿海产业带']);
    // A site without a name has a ring on the map but no label.
    expect(specs.filter((s) => s.kind === 'site').map((s) => s.text)).toEqual(['南沙基地']);
    expect(new Set(specs.map((s) => s.key)).size).toBe(specs.length);
  });

  it('names them in English, with no short Chinese names', () => {
    const specs = labelSpecs(boundaries, belts, 'en');
    const gz = specs.find((s) => s.code === '440100');
    expect(gz?.text).toBe(
      boundaries.labels.features.find((f) => f.properties.adcode === '440100')?.properties.name_en,
    );
    expect(gz).not.toHaveProperty('short');
    expect(specs.filter((s) => s.kind === 'context').every((s) => /^[A-Za-z ]+$/.test(s.text))).toBe(true);
  });
});

describe('placing the labels', () => {
  it('keeps every city name, even where two would touch, at the size of the zoom', () => {
    const placed = placeLabels(
      [spec('city', 'a', '佛山', 100, 100), spec('city', 'b', '广州', 105, 100)],
      view(5),
    );
    expect(placed.map((p) => p.spec.key)).toEqual(['a', 'b']);
    expect(placed[0]).toMatchObject({ size: 10, w: 20, h: 12, x: 90, y: 94 });
    expect(cityLabelSize(6.5)).toBe(12);
    expect(cityLabelSize(8)).toBe(15);
    expect(cityLabelSize(11)).toBe(15);
  });

  it('shows the short Chinese name below zoom 8 and the full name from zoom 8', () => {
    const gz: LabelSpec = { ...spec('city', 'gz', '广州市', 100, 100), short: '广州' };
    expect(placeLabels([gz], view(7.9))[0]?.lines).toEqual(['广州']);
    expect(placeLabels([gz], view(8))[0]?.lines).toEqual(['广州市']);
  });

  it('moves Hong Kong to its next side when a city name is in the way, and drops it when every side is', () => {
    const hk = spec('context', 'hk', '香港', 100, 100);
    // Alone: to the right of its point (anchor 'left'), 0.8 em away.
    expect(placeLabels([hk], view(7))[0]).toMatchObject({ x: 100 + 8.8, y: 100 - 6.6 });
    // A city name just right of the point: the label takes the first other side that is clear,
    // here above the point (anchor 'bottom': the text's bottom edge sits 0.8 em above it).
    const city = spec('city', 'sz', '深圳', 130, 100);
    const placed = placeLabels([hk, city], view(7));
    const moved = placed.find((p) => p.spec.key === 'hk');
    expect(moved).toMatchObject({ x: 100 - 11, y: 100 - 8.8 - 13.2 });
    const sz = placed.find((p) => p.spec.key === 'sz');
    expect((moved?.x ?? 0) + (moved?.w ?? 0)).toBeLessThan(sz?.x ?? 0);
    // Cities on all four sides: Hong Kong gives way.
    const around = [
      spec('city', 'r', '深圳市', 125, 100),
      spec('city', 'l', '深圳市', 75, 100),
      spec('city', 't', '深圳市', 100, 85),
      spec('city', 'u', '深圳市', 100, 115),
    ];
    const all = placeLabels([hk, ...around], view(7));
    expect(all.map((p) => p.spec.key).sort()).toEqual(['l', 'r', 't', 'u']);
  });

  it("steps a belt's label aside for one placed before it, and hides a site's name until zoom 6.8", () => {
    const a = spec('belt', 'a', '沿海产业带', 100, 100);
    const b = spec('belt', 'b', '海上风电基地', 100, 105);
    const [pa, pb] = placeLabels([a, b], view(6));
    // The first is below its point; the second, whose point is 5 px lower, cannot go below as well.
    expect(pa?.y).toBeCloseTo(100 + 1.2 * 13);
    expect(pb).toBeDefined();
    expect((pb?.y ?? 0) + (pb?.h ?? 0)).toBeLessThanOrEqual(105 - 1.2 * 13 + 0.01);
    const site = spec('site', 's', '南沙基地', 300, 300);
    expect(placeLabels([site], view(6.7))).toEqual([]);
    expect(placeLabels([site], view(6.8))[0]).toMatchObject({ x: 300 - 22, y: 300 - 1.2 * 11 - 11 * 1.2 });
  });

  it('leaves out labels wholly outside the view and keeps those that reach into it', () => {
    const placed = placeLabels(
      [spec('city', 'out', '湛江', -50, 100), spec('city', 'edge', '湛江', -5, 100)],
      view(5, 400, 300),
    );
    expect(placed.map((p) => p.spec.key)).toEqual(['edge']);
  });
});

describe('wrapping long labels', () => {
  it('keeps a label up to 10 ems on one line', () => {
    expect(wrapLabel('沿海新能源产业带', 13, measure)).toEqual(['沿海新能源产业带']);
  });

  it('breaks a long Chinese name into lines of balanced width', () => {
    expect(wrapLabel('珠三角太阳能制造业集聚区', 13, measure)).toEqual(['珠三角太阳能', '制造业集聚区']);
    const lines = wrapLabel('广东（阳江）海上风电装备制造产业基地', 13, measure);
    expect(lines.join('')).toBe('广东（阳江）海上风电装备制造产业基地');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.length).toBeGreaterThanOrEqual(8);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapLabel('一二三四五六七八九十（一二三）四五六七', 10, measure);
    expect(lines.join('')).toBe('一二三四五六七八九十（一二三）四五六七');
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[）,，]/u);
    for (const l of lines.slice(0, -1)) expect(l).not.toMatch(/（$/u);
  });

  it('breaks other text between words only', () => {
    const lines = wrapLabel('Pearl River Delta solar manufacturing cluster', 13, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Pearl River Delta solar manufacturing cluster');
    expect(wrapLabel('Supercalifragilisticexpialidocious', 2, measure)).toEqual([
      'Supercalifragilisticexpialidocious',
    ]);
  });
});
