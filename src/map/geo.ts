/**
 * Boundaries: TopoJSON (data/geo, or a dataset's own file with the same adcodes) → the GeoJSON the map
 * and the SVG export draw. Pure; no renderer imports.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CityProps {
  adcode: string;
  name_zh: string;
  /** 广州市 → 广州: province-scale labels drop the 市 suffix so the Pearl River Delta stays legible. */
  short_zh?: string;
  name_en: string;
  label: [number, number];
  region: string;
}
export interface ContextProps {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
}
export interface Boundaries {
  cities: FeatureCollection<Polygon | MultiPolygon, CityProps>;
  context: FeatureCollection<Polygon | MultiPolygon, ContextProps>;
  /** One point per city at its label position (the seat of government), for labels and belts. */
  labels: FeatureCollection<Point, CityProps>;
  /** One label point per neighbour (a multi-part outline would otherwise be labelled once per part). */
  contextLabels: FeatureCollection<Point, ContextProps>;
  /** [west, south, east, north] of the 21 cities. */
  bbox: [number, number, number, number];
}

export function boundariesFromTopology(topo: Topology): Boundaries {
  const citiesObj = topo.objects.cities as GeometryCollection<CityProps> | undefined;
  const contextObj = topo.objects.context as GeometryCollection<ContextProps> | undefined;
  if (!citiesObj) throw new Error('boundaries file has no "cities" object');
  const cities = feature(topo, citiesObj) as unknown as FeatureCollection<Polygon | MultiPolygon, CityProps>;
  const context = contextObj
    ? (feature(topo, contextObj) as unknown as FeatureCollection<Polygon | MultiPolygon, ContextProps>)
    : { type: 'FeatureCollection' as const, features: [] };
  for (const f of cities.features) f.properties.short_zh = f.properties.name_zh.replace(/市$/, '');
  const labels: FeatureCollection<Point, CityProps> = {
    type: 'FeatureCollection',
    features: cities.features.map(
      (f): Feature<Point, CityProps> => ({
        type: 'Feature',
        id: Number(f.properties.adcode),
        properties: f.properties,
        geometry: { type: 'Point', coordinates: f.properties.label },
      }),
    ),
  };
  const contextLabels: FeatureCollection<Point, ContextProps> = {
    type: 'FeatureCollection',
    features: context.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'Point', coordinates: largestPartCentre(f.geometry) },
    })),
  };
  return { cities, context, labels, contextLabels, bbox: bboxOf(cities) };
}

function bboxOf(fc: FeatureCollection<Polygon | MultiPolygon>): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (const [x, y] of ring) {
          if (x === undefined || y === undefined) continue;
          if (x < w) w = x;
          if (x > e) e = x;
          if (y < s) s = y;
          if (y > n) n = y;
        }
  }
  return [w, s, e, n];
}

/** Centre of the bounding box of the part with the most vertices: a stable label point, no centroid maths. */
function largestPartCentre(g: Polygon | MultiPolygon): [number, number] {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = parts[0]?.[0] ?? [];
  for (const p of parts) if ((p[0]?.length ?? 0) > best.length) best = p[0] ?? [];
  const xs = best.map((c) => c[0] ?? 0);
  const ys = best.map((c) => c[1] ?? 0);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
