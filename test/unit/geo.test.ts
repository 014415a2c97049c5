// @vitest-environment node
// Checks the committed boundary file data/geo/guangdong.topo.json (built by scripts/build-geo.mjs).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HAS_MAPSHAPER = existsSync(join(ROOT, 'node_modules/mapshaper/package.json'));
if (!HAS_MAPSHAPER)
  console.log('geo: mapshaper not installed; the byte-for-byte rebuild check runs after `npm run data:geo`');
const FILE = join(ROOT, 'data/geo/guangdong.topo.json');

const ADCODES = [
  ...['440100', '440200', '440300', '440400', '440500', '440600', '440700'],
  ...['440800', '440900', '441200', '441300', '441400', '441500', '441600'],
  ...['441700', '441800', '441900', '442000', '445100', '445200', '445300'],
];
const REGIONS = ['prd', 'coastal-east', 'coastal-west', 'north'];
// Guangdong's extent in the source data, with a little slack.
const BBOX = { west: 109.6, south: 20.2, east: 117.4, north: 25.6 };
// A point on 内伶仃岛 (Neilingding island), which belongs to 深圳, not 珠海.
const NEILINGDING: [number, number] = [113.806, 22.41];

type Area = Polygon | MultiPolygon;
interface CityProps {
  adcode: string;
  name_zh: string;
  name_en: string;
  label: [number, number];
  region: string;
}
interface ContextProps {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
}
type Objects = { cities: GeometryCollection<CityProps>; context: GeometryCollection<ContextProps> };

const text = readFileSync(FILE, 'utf8');
const topo = JSON.parse(text) as Topology<Objects>;
const cities = feature(topo, topo.objects.cities) as FeatureCollection<Area, CityProps>;
const context = feature(topo, topo.objects.context) as FeatureCollection<Area, ContextProps>;
const city = (adcode: string): Feature<Area, CityProps> => {
  const f = cities.features.find((c) => c.properties.adcode === adcode);
  if (!f) throw new Error(`no city ${adcode}`);
  return f;
};
const rings = (g: Area): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

describe('data/geo/guangdong.topo.json', () => {
  it('has exactly the 21 prefecture-level cities, sorted by adcode', () => {
    expect(cities.features.map((f) => f.properties.adcode)).toEqual(ADCODES);
    for (const f of cities.features) {
      expect(f.properties.adcode).toMatch(/^\d{6}$/);
      expect(f.properties.name_zh).toMatch(/市$/);
      expect(f.properties.name_en).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(city('440100').properties).toMatchObject({ name_zh: '广州市', name_en: 'Guangzhou' });
  });

  it('has closed rings with at least 4 positions, wound for d3-geo', () => {
    for (const f of [...cities.features, ...context.features]) {
      for (const ring of rings(f.geometry)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
      // A wrongly wound outer ring reads as "the globe minus the shape": ~4π steradians.
      expect(geoArea(f)).toBeGreaterThan(0);
      expect(geoArea(f)).toBeLessThan(0.05);
    }
  });

  it('assigns every city to one of the four regions', () => {
    for (const f of cities.features) expect(REGIONS).toContain(f.properties.region);
    expect(city('440300').properties.region).toBe('prd'); // 深圳
    expect(city('440500').properties.region).toBe('coastal-east'); // 汕头
    expect(city('440800').properties.region).toBe('coastal-west'); // 湛江
    expect(city('441400').properties.region).toBe('north'); // 梅州
    expect(city('441200').properties.region).toBe('prd'); // 肇庆
  });

  it('puts every label point inside the province bbox, rounded to 4 decimals', () => {
    for (const f of cities.features) {
      const [lng, lat] = f.properties.label;
      expect(lng).toBeGreaterThan(BBOX.west);
      expect(lng).toBeLessThan(BBOX.east);
      expect(lat).toBeGreaterThan(BBOX.south);
      expect(lat).toBeLessThan(BBOX.north);
      expect(Math.round(lng * 1e4) / 1e4).toBe(lng);
      expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
    }
  });

  it('gives 内伶仃岛 to 深圳, not 珠海', () => {
    expect(geoContains(city('440300'), NEILINGDING)).toBe(true);
    expect(geoContains(city('440400'), NEILINGDING)).toBe(false);
  });

  it('has 7 context features including Hong Kong and Macau', () => {
    const props = context.features.map((f) => f.properties);
    expect(props.map((p) => p.id)).toEqual([
      'fujian',
      'guangxi',
      'hainan',
      'hongkong',
      'hunan',
      'jiangxi',
      'macau',
    ]);
    expect(props.find((p) => p.id === 'hongkong')).toMatchObject({
      name_zh: '香港',
      name_en: 'Hong Kong',
      kind: 'sar',
    });
    expect(props.find((p) => p.id === 'macau')).toMatchObject({
      name_zh: '澳门',
      name_en: 'Macau',
      kind: 'sar',
    });
    for (const p of props) expect(['sar', 'province']).toContain(p.kind);
  });

  // The build needs mapshaper, which is installed on demand by `npm run data:geo` (it brings a native
  // SQLite build the app never needs). Where it is installed, the committed file must be reproduced.
  it.skipIf(!HAS_MAPSHAPER)(
    'is reproduced byte for byte by the build script',
    { timeout: 120_000 },
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'geo-build-'));
      try {
        await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/build-geo.mjs'), '--out', out], {
          cwd: ROOT,
        });
        expect(readFileSync(join(out, 'guangdong.topo.json'), 'utf8') === text).toBe(true);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );
});
