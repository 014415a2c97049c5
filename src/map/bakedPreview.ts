/**
 * The map's first picture without d3-geo or the boundaries file: our 21 cities and their neighbours
 * projected once at build time (previewBake.ts, through scripts/vite/previewPlugin.ts), fitted to the
 * map's box here with one translate-and-scale, as d3's fitExtent fits them in the vector map
 * (mapScene.ts), and drawn with the same items (mapSceneItems.ts). The loading page draws Guangdong
 * with its shell, before the boundaries (38 KB), d3-geo or any data has arrived; the workspace
 * draws it again with the data's colours, selection and belts while maplibre loads. Pure.
 */
import type { LineString } from 'geojson';
import type { Item } from '../export/displayList.ts';
import {
  type Box,
  type LabelPoint,
  type LabelProps,
  type SceneInput,
  sceneItems,
  zoomOfScale,
} from '../export/mapSceneItems.ts';
import type { ContextProps } from './geo.ts';

/** Baked units: the cities' bounds run from (0, 0) to (w, h); paths are SVG path data in them. */
export interface BakedPreview {
  w: number;
  h: number;
  /** geoMercator's scale and translate at the baked size: data points and belts are projected here. */
  scale: number;
  translate: [number, number];
  context: string[];
  cities: { adcode: string; d: string }[];
  cityLabels: LabelPoint<LabelProps>[];
  sarLabels: LabelPoint<Pick<ContextProps, 'name_zh' | 'name_en'>>[];
}

/** The same padding as mapScene's fit: 4 % of the box's shorter side. */
export function bakedFit(baked: BakedPreview, box: Box): { x: number; y: number; scale: number } {
  const pad = Math.min(box.w, box.h) * 0.04;
  const scale = Math.max(0, Math.min((box.w - 2 * pad) / baked.w, (box.h - 2 * pad) / baked.h));
  return {
    x: box.x + box.w / 2 - (scale * baked.w) / 2,
    y: box.y + box.h / 2 - (scale * baked.h) / 2,
    scale,
  };
}

const RAD = Math.PI / 180;

/** d3's geoMercator at the baked scale and translate: x = tx + kλ, y = ty − k·ln tan(π/4 + φ/2). */
export function bakedProject(baked: BakedPreview, lnglat: number[]): [number, number] {
  const [tx, ty] = baked.translate;
  const lambda = (lnglat[0] ?? 0) * RAD;
  const phi = (lnglat[1] ?? 0) * RAD;
  return [tx + baked.scale * lambda, ty - baked.scale * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

export type PreviewInput = Omit<SceneInput, 'cityLabels' | 'sarLabels'>;

export function bakedPreviewItems(baked: BakedPreview, box: Box, input: PreviewInput): Item[] {
  const fit = bakedFit(baked, box);
  if (fit.scale === 0) return [];
  const at = (lnglat: number[]): [number, number] => {
    const [x, y] = bakedProject(baked, lnglat);
    return [fit.x + x * fit.scale, fit.y + y * fit.scale];
  };
  const line = (g: LineString) =>
    g.coordinates.length < 2
      ? null
      : g.coordinates
          .map(
            (c, i) =>
              `${i ? 'L' : 'M'}${at(c)
                .map((v) => v.toFixed(1))
                .join(',')}`,
          )
          .join('');
  return sceneItems(
    { ...input, cityLabels: baked.cityLabels, sarLabels: baked.sarLabels },
    box,
    { place: fit, context: baked.context, cities: baked.cities },
    { at, line, zoom: zoomOfScale(baked.scale * fit.scale) },
  );
}
