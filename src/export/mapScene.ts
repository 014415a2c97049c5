/**
 * The map as vector drawing items, for the SVG export (and for the PNG when the live WebGL map
 * cannot be read), and for the workspace's map preview while maplibre loads. Web Mercator (d3
 * geoMercator is the spherical Web Mercator maplibre uses), fitted to its box and clipped to it;
 * the items themselves, in the maplibre style's paint and layer order, are mapSceneItems.ts's.
 */
import { type GeoProjection, type GeoStream, geoMercator, geoPath } from 'd3-geo';
import type { Item } from './displayList.ts';
import { dropClosePoints } from './dropClosePoints.ts';
import type { MapPart } from './figureInput.ts';
import { type Box, sceneItems, zoomOfScale } from './mapSceneItems.ts';

export type { Box } from './mapSceneItems.ts';

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
  const at = (lnglat: number[]) => projection([lnglat[0] ?? 0, lnglat[1] ?? 0]);
  const { boundaries } = part;
  const shapes = {
    place: { x: 0, y: 0, scale: 1 },
    context: boundaries.context.features.map((f) => path(f)).filter((d): d is string => !!d),
    cities: boundaries.cities.features.flatMap((f) => {
      const d = path(f);
      return d ? [{ adcode: f.properties.adcode, d }] : [];
    }),
  };
  const input = {
    ...part,
    cityLabels: boundaries.labels.features.map((f) => ({
      props: f.properties,
      lnglat: f.geometry.coordinates,
    })),
    sarLabels: boundaries.contextLabels.features
      .filter((f) => f.properties.kind === 'sar')
      .map((f) => ({ props: f.properties, lnglat: f.geometry.coordinates })),
  };
  return sceneItems(input, box, shapes, { at, line: (g) => path(g), zoom: zoomOfScale(projection.scale()) });
}
