/**
 * Build time: our boundaries projected for the map's first picture (bakedPreview.ts draws it). Web
 * Mercator fitted so the cities' bounds are 1,000 units on their longer side, points closer than a
 * unit to the last one kept left out, the rest rounded to whole units and written as relative SVG
 * path data: 14 KB gzip for all 21 cities and their neighbours, against the 38 KB boundaries file
 * and d3-geo the picture would otherwise wait for. Drawn at up to ~1,000 px the rounding is
 * under a pixel; the live map and the exports still draw from the boundaries themselves.
 */
import { type GeoPermissibleObjects, type GeoStream, geoMercator, geoPath, geoStream } from 'd3-geo';
import { dropClosePoints } from '../export/dropClosePoints.ts';
import type { BakedPreview } from './bakedPreview.ts';
import type { Boundaries } from './geo.ts';

/** The longer side of the cities' bounds, in baked units. */
const SIZE = 1000;
/** Neighbours are kept this many SIZEs around the cities: enough for a map box of any usual shape. */
const MARGIN = 1;

/** A stream sink writing rings as `M x y l dx dy …z` in whole units, repeated points left out. */
function relativePath(): { sink: GeoStream; take(): string } {
  let out = '';
  let inLine = false;
  let n = 0;
  let px = 0;
  let py = 0;
  // A minus sign separates numbers by itself.
  const num = (v: number) => (v < 0 ? '' : ' ') + v;
  const sink: GeoStream = {
    point(x, y) {
      if (!inLine) return;
      const X = Math.round(x);
      const Y = Math.round(y);
      if (n === 0) out += `M${X} ${Y}`;
      else {
        const dx = X - px;
        const dy = Y - py;
        if (dx === 0 && dy === 0) return;
        out += (n === 1 ? `l${dx}` : num(dx)) + num(dy);
      }
      px = X;
      py = Y;
      n++;
    },
    lineStart() {
      inLine = true;
      n = 0;
    },
    lineEnd() {
      if (n > 0) out += 'z';
      inLine = false;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  return {
    sink,
    take() {
      const d = out;
      out = '';
      return d;
    },
  };
}

export function bakePreview(boundaries: Boundaries): BakedPreview {
  const projection = geoMercator().precision(0).fitSize([SIZE, SIZE], boundaries.cities);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(boundaries.cities);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0, ty - y0]);
  const w = x1 - x0;
  const h = y1 - y0;
  projection.clipExtent([
    [-MARGIN * SIZE, -MARGIN * SIZE],
    [w + MARGIN * SIZE, h + MARGIN * SIZE],
  ]);
  const writer = relativePath();
  const stream = projection.stream(dropClosePoints(1, writer.sink));
  const pathOf = (object: GeoPermissibleObjects) => {
    geoStream(object, stream);
    return writer.take();
  };
  return {
    w,
    h,
    scale: projection.scale(),
    translate: projection.translate() as [number, number],
    context: boundaries.context.features.map(pathOf).filter((d) => d !== ''),
    cities: boundaries.cities.features.map((f) => ({ adcode: f.properties.adcode, d: pathOf(f) })),
    cityLabels: boundaries.labels.features.map((f) => {
      const { name_zh, short_zh, name_en } = f.properties;
      return {
        props: { name_zh, name_en, ...(short_zh ? { short_zh } : {}) },
        lnglat: f.geometry.coordinates,
      };
    }),
    sarLabels: boundaries.contextLabels.features
      .filter((f) => f.properties.kind === 'sar')
      .map((f) => ({
        props: { name_zh: f.properties.name_zh, name_en: f.properties.name_en },
        lnglat: f.geometry.coordinates,
      })),
  };
}
