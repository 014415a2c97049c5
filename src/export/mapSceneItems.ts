/**
 * The map's drawing items in the maplibre style's layer order, from shapes already projected: sea,
 * neighbours, city fills with white borders, red outlines for the highlighted and selected cities,
 * dashed belts, base rings, and labels with halos. Shared by the vector map (mapScene.ts, projected
 * with d3-geo at run time) and the map's first picture (src/map/bakedPreview.ts, projected at build
 * time), so the two cannot drift apart. No d3 here.
 */
import type { LineString, Point } from 'geojson';
import type { CityProps, ContextProps } from '../map/geo.ts';
import { cityLabelSize, FULL_CITY_NAMES_ZOOM } from '../map/labelSize.ts';
import { DEFAULT_FILL, MAP_COLORS } from '../map/palette.ts';
import type { Item, TextItem } from './displayList.ts';
import type { MapPart } from './figureInput.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type LabelProps = Pick<CityProps, 'name_zh' | 'short_zh' | 'name_en'>;
export interface LabelPoint<P> {
  props: P;
  lnglat: number[];
}

/** The city and neighbour outlines as SVG path data, and where their coordinates go in the box. */
export interface MapShapes {
  /** Translate, then scale: identity when the paths are in the box's own pixels already. */
  place: { x: number; y: number; scale: number };
  context: string[];
  cities: { adcode: string; d: string }[];
}

/** Points and lines of the data (belts, labels) into the box's pixels, and the map's zoom. */
export interface MapProjector {
  at(lnglat: number[]): [number, number] | null;
  line(geometry: LineString): string | null;
  zoom: number;
}

export type SceneInput = Omit<MapPart, 'boundaries'> & {
  cityLabels: readonly LabelPoint<LabelProps>[];
  /** Hong Kong and Macau: the neighbours the map names. */
  sarLabels: readonly LabelPoint<Pick<ContextProps, 'name_zh' | 'name_en'>>[];
};

/** maplibre tiles are 512 px: zoom z shows the world 512·2^z px wide; Mercator's is 2π·scale. */
export function zoomOfScale(mercatorScale: number): number {
  return Math.log2((2 * Math.PI * mercatorScale) / 512);
}

function shapeItems(input: SceneInput, shapes: MapShapes): Item[] {
  // Widths are screen pixels: inside a scaled group they are given in the paths' own units.
  const px = (width: number) => width / shapes.place.scale;
  const items: Item[] = shapes.context.map((d) => ({
    t: 'path',
    d,
    cls: 'context',
    fill: MAP_COLORS.contextLand,
    stroke: MAP_COLORS.contextLine,
    strokeWidth: px(0.8),
  }));
  for (const c of shapes.cities)
    items.push({
      t: 'path',
      d: c.d,
      cls: 'city',
      id: c.adcode,
      fill: input.fills[c.adcode] ?? DEFAULT_FILL,
      stroke: MAP_COLORS.cityLine,
      strokeWidth: px(1.1),
    });
  const outline = (codes: readonly string[], width: number) => {
    for (const c of shapes.cities)
      if (codes.includes(c.adcode))
        items.push({
          t: 'path',
          d: c.d,
          fill: 'none',
          stroke: MAP_COLORS.selectedLine,
          strokeWidth: px(width),
        });
  };
  outline(input.highlighted, 2.2);
  if (input.selected) outline([input.selected], 3.5);
  return items;
}

function beltItems(input: SceneInput, projector: MapProjector): Item[] {
  const items: Item[] = [];
  for (const f of input.belts.features) {
    if (f.geometry.type !== 'LineString') continue;
    const d = projector.line(f.geometry);
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
  for (const f of input.belts.features) {
    if (f.properties?.kind !== 'site') continue;
    const p = projector.at((f.geometry as Point).coordinates);
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
  return items;
}

function labelItems(input: SceneInput, box: Box, projector: MapProjector): TextItem[] {
  const { lang } = input;
  const { zoom } = projector;
  const labels: TextItem[] = [];
  const inBox = (x: number, y: number) =>
    x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
  for (const { props, lnglat } of input.sarLabels) {
    const p = projector.at(lnglat);
    // Hong Kong and Macau sit beside 深圳 and 珠海: their names go to the right of the point.
    if (p && inBox(p[0], p[1]))
      labels.push({
        t: 'text',
        x: p[0] + 0.8 * 11,
        y: p[1] + 4,
        size: 11,
        text: lang === 'zh' ? props.name_zh : props.name_en,
        fill: MAP_COLORS.contextLabel,
        halo: { color: '#ffffff', width: 1 },
        cls: 'context-label',
      });
  }
  const size = Math.round(cityLabelSize(zoom) * 10) / 10;
  for (const { props, lnglat } of input.cityLabels) {
    const p = projector.at(lnglat);
    // 广州市 → 广州 at province scale, as the live map's labels.
    const text =
      lang === 'en'
        ? props.name_en
        : zoom < FULL_CITY_NAMES_ZOOM
          ? (props.short_zh ?? props.name_zh)
          : props.name_zh;
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
  for (const f of input.belts.features) {
    if (f.properties?.kind !== 'label' || !f.properties.label) continue;
    const p = projector.at((f.geometry as Point).coordinates);
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
  return labels;
}

export function sceneItems(input: SceneInput, box: Box, shapes: MapShapes, projector: MapProjector): Item[] {
  const { place } = shapes;
  const identity = place.x === 0 && place.y === 0 && place.scale === 1;
  const drawn = shapeItems(input, shapes);
  return [
    { t: 'rect', x: box.x, y: box.y, w: box.w, h: box.h, fill: MAP_COLORS.sea },
    ...(identity
      ? drawn
      : [{ t: 'group' as const, x: place.x, y: place.y, scale: place.scale, items: drawn }]),
    ...beltItems(input, projector),
    ...labelItems(input, box, projector),
  ];
}
