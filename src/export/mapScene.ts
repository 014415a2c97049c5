/**
 * The map as vector drawing items, for the SVG export (and for the PNG when the live WebGL map
 * cannot be read). Same data and paint as the maplibre style (src/map/mapStyle.ts): Web Mercator
 * (d3 geoMercator is the spherical Web Mercator maplibre uses), sea, neighbours, city fills from
 * cityFills, white city borders, red outlines for the selected and highlighted cities, dashed belts,
 * base rings, and labels with halos, in the style's layer order. Fitted to its box and clipped to it.
 */
import { type GeoProjection, type GeoStream, geoMercator, geoPath } from 'd3-geo';
import type { LineString, Point } from 'geojson';
import { DEFAULT_FILL, MAP_COLORS } from '../map/palette.ts';
import type { Item, TextItem } from './displayList.ts';
import { dropClosePoints } from './dropClosePoints.ts';
import type { MapPart } from './figureInput.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** maplibre tiles are 512 px: zoom z shows the world 512·2^z px wide; Mercator's is 2π·scale. */
function zoomOf(projection: GeoProjection): number {
  return Math.log2((2 * Math.PI * projection.scale()) / 512);
}

/** The style's label size ramp: 10 px at z5, 12 at z6.5, 15 at z8, linear between. */
function cityLabelSize(zoom: number): number {
  const stops: [number, number][] = [
    [5, 10],
    [6.5, 12],
    [8, 15],
  ];
  if (zoom <= 5) return 10;
  for (let i = 1; i < stops.length; i++) {
    const [z0, s0] = stops[i - 1] as [number, number];
    const [z1, s1] = stops[i] as [number, number];
    if (zoom <= z1) return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0);
  }
  return 15;
}

function mapProjection(part: MapPart, box: Box, simplify: number): GeoProjection {
  const pad = Math.min(box.w, box.h) * 0.04;
  const projection = geoMercator();
  // A picture that may drop sub-pixel detail may skip d3's adaptive resampling too: our points are
  // dense, and maplibre joins them with straight lines in Mercator as well.
  if (simplify > 0) projection.precision(0);
  return projection
    .fitExtent(
      [
        [box.x + pad, box.y + pad],
        [box.x + box.w - pad, box.y + box.h - pad],
      ],
      part.boundaries.cities,
    )
    .clipExtent([
      [box.x, box.y],
      [box.x + box.w, box.y + box.h],
    ]);
}

/**
 * `simplify`: for a picture shown at `box`'s size only (the map preview), drop points within
 * that many pixels of the last one kept; 0 (the SVG export, which may be scaled up) keeps them all.
 */
export function mapItems(part: MapPart, box: Box, opts: { simplify?: number } = {}): Item[] {
  const simplify = opts.simplify ?? 0;
  const projection = mapProjection(part, box, simplify);
  const projected =
    simplify > 0
      ? { stream: (out: GeoStream) => projection.stream(dropClosePoints(simplify, out)) }
      : projection;
  // One decimal is a tenth of a pixel: invisible, and it keeps the SVG a third smaller.
  const path = geoPath(projected).digits(1);
  const at = (lnglat: [number, number] | number[]) => projection([lnglat[0] ?? 0, lnglat[1] ?? 0]);
  const zoom = zoomOf(projection);
  const { boundaries, lang } = part;
  const items: Item[] = [{ t: 'rect', x: box.x, y: box.y, w: box.w, h: box.h, fill: MAP_COLORS.sea }];

  for (const f of boundaries.context.features) {
    const d = path(f);
    if (d)
      items.push({
        t: 'path',
        d,
        cls: 'context',
        fill: MAP_COLORS.contextLand,
        stroke: MAP_COLORS.contextLine,
        strokeWidth: 0.8,
      });
  }
  for (const f of boundaries.cities.features) {
    const d = path(f);
    const code = f.properties.adcode;
    if (d)
      items.push({
        t: 'path',
        d,
        cls: 'city',
        id: code,
        fill: part.fills[code] ?? DEFAULT_FILL,
        stroke: MAP_COLORS.cityLine,
        strokeWidth: 1.1,
      });
  }
  const outline = (codes: readonly string[], width: number) => {
    for (const f of boundaries.cities.features) {
      if (!codes.includes(f.properties.adcode)) continue;
      const d = path(f);
      if (d) items.push({ t: 'path', d, fill: 'none', stroke: MAP_COLORS.selectedLine, strokeWidth: width });
    }
  };
  outline(part.highlighted, 2.2);
  if (part.selected) outline([part.selected], 3.5);

  const lines = part.belts.features.filter((f) => f.geometry.type === 'LineString');
  for (const f of lines) {
    const d = path(f.geometry as LineString);
    if (d)
      items.push({
        t: 'path',
        d,
        cls: 'belt',
        fill: 'none',
        stroke: MAP_COLORS.belt,
        strokeWidth: 4,
        opacity: 0.75,
        dash: [8, 4],
        lineCap: 'round',
      });
  }
  for (const f of part.belts.features) {
    if (f.properties?.kind !== 'site') continue;
    const p = at((f.geometry as Point).coordinates);
    if (p)
      items.push({
        t: 'circle',
        cx: p[0],
        cy: p[1],
        r: 6,
        fill: '#ffffff',
        stroke: MAP_COLORS.belt,
        strokeWidth: 3,
      });
  }

  const labels: TextItem[] = [];
  const inBox = (x: number, y: number) =>
    x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
  for (const f of boundaries.contextLabels.features) {
    if (f.properties.kind !== 'sar') continue;
    const p = at(f.geometry.coordinates);
    // Hong Kong and Macau sit beside 深圳 and 珠海: their names go to the right of the point.
    if (p && inBox(p[0], p[1]))
      labels.push({
        t: 'text',
        x: p[0] + 0.8 * 11,
        y: p[1] + 4,
        size: 11,
        text: lang === 'zh' ? f.properties.name_zh : f.properties.name_en,
        fill: MAP_COLORS.contextLabel,
        halo: { color: '#ffffff', width: 1 },
        cls: 'context-label',
      });
  }
  const size = Math.round(cityLabelSize(zoom) * 10) / 10;
  for (const f of boundaries.labels.features) {
    const p = at(f.geometry.coordinates);
    const props = f.properties;
    const text = lang === 'en' ? props.name_en : zoom < 8 ? (props.short_zh ?? props.name_zh) : props.name_zh;
    if (p && inBox(p[0], p[1]))
      labels.push({
        t: 'text',
        x: p[0],
        y: p[1] + size * 0.35,
        size,
        text,
        anchor: 'middle',
        fill: MAP_COLORS.label,
        halo: { color: MAP_COLORS.labelHalo, width: 1.4 },
        cls: 'city-label',
      });
  }
  for (const f of part.belts.features) {
    if (f.properties?.kind !== 'label' || !f.properties.label) continue;
    const p = at((f.geometry as Point).coordinates);
    if (p)
      labels.push({
        t: 'text',
        x: p[0],
        y: p[1] + 1.6 * 13 + 0.9 * 13,
        size: 13,
        text: String(f.properties.label),
        anchor: 'middle',
        fill: MAP_COLORS.belt,
        halo: { color: '#ffffff', width: 2 },
        cls: 'belt-label',
      });
  }
  items.push(...labels);
  return items;
}
