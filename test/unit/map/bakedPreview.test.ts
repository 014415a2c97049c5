/**
 * The loading page's map is baked at build time; a person must not be able to tell it from the
 * vector map the workspace draws from the boundaries (mapScene): the same cities in the same place,
 * the same names at the same size, at a desktop box and a phone's.
 */
import { join } from 'node:path';
import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { previewPlugin } from '../../../scripts/vite/previewPlugin.ts';
import type { CircleItem, Item, PathItem, TextItem } from '../../../src/export/displayList.ts';
import type { MapPart } from '../../../src/export/figureInput.ts';
import { mapItems } from '../../../src/export/mapScene.ts';
import { bakedFit, bakedPreviewItems, bakedProject } from '../../../src/map/bakedPreview.ts';
import { bakePreview } from '../../../src/map/previewBake.ts';
import { bundled, figureFor } from '../export/helpers.ts';

const { boundaries } = bundled();
const baked = bakePreview(boundaries);
const loading: MapPart = {
  boundaries,
  fills: {},
  selected: null,
  highlighted: [],
  belts: { type: 'FeatureCollection', features: [] },
  lang: 'zh',
};
// 绿色石化 with 茂名 picked and a segment's cities outlined: colours, outlines, its belt and sites.
const petrochem = figureFor({ cluster: 'petrochem', node: 'seg-refining', city: '440900' }).map as MapPart;

/** Every vertex of a relative `M x y l dx dy … z` path, absolute. */
function bakedPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const m = /^M(-?\d+) (-?\d+)l(.*)$/.exec(ring);
    if (!m) throw new Error(`not a baked ring: ${ring.slice(0, 40)}`);
    let x = Number(m[1]);
    let y = Number(m[2]);
    out.push([x, y]);
    const nums = (m[3]?.match(/-?\d+/g) ?? []).map(Number);
    expect(nums.length % 2).toBe(0);
    for (let i = 0; i < nums.length; i += 2) {
      x += nums[i] ?? 0;
      y += nums[i + 1] ?? 0;
      out.push([x, y]);
    }
  }
  return out;
}

/** Every vertex of d3's absolute `Mx,yLx,y…Z` path. */
function d3Points(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i < nums.length; i += 2) out.push([nums[i] ?? 0, nums[i + 1] ?? 0]);
  return out;
}

function bounds(points: [number, number][]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const cityPaths = (items: Item[]): PathItem[] =>
  items
    .flatMap((it) => (it.t === 'group' ? it.items : [it]))
    .filter((it): it is PathItem => it.t === 'path' && it.cls === 'city');
const texts = (items: Item[]): TextItem[] => items.filter((it): it is TextItem => it.t === 'text');
const shapes = (items: Item[]): PathItem[] =>
  items.flatMap((it) => (it.t === 'group' ? it.items : [])).filter((it): it is PathItem => it.t === 'path');
/** What is drawn over the cities: belts, sites and labels. */
const outside = (items: Item[]) =>
  items.filter((it) => it.t !== 'group' && it.t !== 'rect' && (it.t !== 'path' || it.cls === 'belt'));

describe('the baked map preview', () => {
  it('holds all 21 cities as closed rings, and Hong Kong and Macau named', () => {
    expect(baked.cities.map((c) => c.adcode).sort()).toEqual(
      boundaries.cities.features.map((f) => f.properties.adcode).sort(),
    );
    expect(baked.cities).toHaveLength(21);
    for (const c of baked.cities) {
      expect(c.d.endsWith('z')).toBe(true);
      expect(bakedPoints(c.d).length).toBeGreaterThan(10);
    }
    expect(baked.sarLabels.map((p) => p.props.name_zh).sort()).toEqual(['澳门', '香港'].sort());
    expect(Math.max(baked.w, baked.h)).toBeCloseTo(1000, 0);
  });

  it('projects points as d3’s Web Mercator does', () => {
    const d3 = geoMercator().scale(baked.scale).translate(baked.translate);
    for (const p of [
      [113.26, 23.13],
      [110.36, 21.27],
      [116.62, 23.66],
    ]) {
      const [x, y] = bakedProject(baked, p);
      const want = d3(p as [number, number]) ?? [0, 0];
      expect(x).toBeCloseTo(want[0], 6);
      expect(y).toBeCloseTo(want[1], 6);
    }
  });

  for (const [name, part, box] of [
    ['loading', loading, { x: 0, y: 0, w: 640, h: 700 }],
    ['loading', loading, { x: 0, y: 0, w: 375, h: 300 }],
    ['绿色石化', petrochem, { x: 0, y: 0, w: 1000, h: 560 }],
    ['绿色石化', petrochem, { x: 10, y: 20, w: 358, h: 450 }],
  ] as const)
    it(`draws the ${name} map as the vector map does, in a ${box.w}×${box.h} box`, () => {
      const fit = bakedFit(baked, box);
      const live = mapItems(part, box);
      const ours = bakedPreviewItems(baked, box, part);
      // The cities' outline, within a pixel: every baked vertex through the group's transform.
      const placed = cityPaths(ours).flatMap((p) =>
        bakedPoints(p.d).map(([x, y]): [number, number] => [fit.x + x * fit.scale, fit.y + y * fit.scale]),
      );
      const [lx0, ly0, lx1, ly1] = bounds(cityPaths(live).flatMap((p) => d3Points(p.d)));
      const [bx0, by0, bx1, by1] = bounds(placed);
      for (const [a, b] of [
        [bx0, lx0],
        [by0, ly0],
        [bx1, lx1],
        [by1, ly1],
      ] as const)
        expect(Math.abs(a - b)).toBeLessThan(1);
      expect(cityPaths(ours).map((p) => p.id)).toEqual(cityPaths(live).map((p) => p.id));
      // Strokes keep their screen width inside the scaled group.
      expect((cityPaths(ours)[0]?.strokeWidth ?? 0) * fit.scale).toBeCloseTo(
        cityPaths(live)[0]?.strokeWidth ?? 0,
        5,
      );
      // The same names, at the same size, within half a pixel of the same place.
      const want = texts(live);
      const got = texts(ours);
      expect(got.map((t) => [t.text, t.size])).toEqual(want.map((t) => [t.text, t.size]));
      got.forEach((t, i) => {
        expect(Math.abs(t.x - (want[i]?.x ?? 0))).toBeLessThan(0.5);
        expect(Math.abs(t.y - (want[i]?.y ?? 0))).toBeLessThan(0.5);
      });
      expect(got.map((t) => t.text)).toContain('广州');
      // Fills, outlines and their widths in the same order; belts and sites in the same place.
      const look = (p: PathItem, scale: number) => [
        p.cls,
        p.id,
        p.fill,
        p.stroke,
        Number(((p.strokeWidth ?? 0) * scale).toFixed(6)),
      ];
      expect(shapes(ours).map((p) => look(p, fit.scale))).toEqual(
        live.filter((it): it is PathItem => it.t === 'path' && it.cls !== 'belt').map((p) => look(p, 1)),
      );
      expect(outside(ours).map((it) => it.t)).toEqual(outside(live).map((it) => it.t));
      const circles = (items: Item[]) => items.filter((it): it is CircleItem => it.t === 'circle');
      circles(ours).forEach((c, i) => {
        expect(Math.abs(c.cx - (circles(live)[i]?.cx ?? 0))).toBeLessThan(0.5);
        expect(Math.abs(c.cy - (circles(live)[i]?.cy ?? 0))).toBeLessThan(0.5);
      });
      const belts = (items: Item[]) =>
        items.filter((it): it is PathItem => it.t === 'path' && it.cls === 'belt');
      belts(ours).forEach((b, i) => {
        const want = d3Points(belts(live)[i]?.d ?? '');
        const got = d3Points(b.d);
        expect(got[0]?.[0]).toBeCloseTo(want[0]?.[0] ?? 0, 0);
        expect(got.at(-1)?.[1]).toBeCloseTo(want.at(-1)?.[1] ?? 0, 0);
      });
      if (part === petrochem) {
        expect(belts(ours).length).toBeGreaterThan(0);
        expect(circles(ours).length).toBeGreaterThan(0);
        expect(shapes(ours).filter((p) => p.fill === 'none').length).toBeGreaterThan(1);
      }
    });

  it('names the cities in English when the page is in English', () => {
    const names = texts(
      bakedPreviewItems(baked, { x: 0, y: 0, w: 640, h: 700 }, { ...loading, lang: 'en' }),
    ).map((t) => t.text);
    expect(names).toContain('Guangzhou');
    expect(names).toContain('Hong Kong');
  });

  it('draws nothing in a box with no room', () => {
    expect(bakedPreviewItems(baked, { x: 0, y: 0, w: 0, h: 0 }, loading)).toEqual([]);
  });

  it('is the module the build serves, baked from data/geo', () => {
    const plugin = previewPlugin(join(import.meta.dirname, '..', '..', '..', 'data'));
    const resolve = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string | null;
    const id = resolve('virtual:chainatlas/map-preview');
    expect(id).toBeTruthy();
    const watched: string[] = [];
    const code = load.call({ addWatchFile: (f) => watched.push(f) }, id ?? '');
    expect(code?.startsWith('export default ')).toBe(true);
    expect(JSON.parse((code ?? '').slice('export default '.length).replace(/;$/, ''))).toEqual(baked);
    expect(watched[0]).toMatch(/guangdong\.topo\.json$/);
  });
});
