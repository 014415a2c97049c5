/**
 * The self-contained map style: no tile server, no glyphs, no sprite. It draws shapes only: the
 * labels are page text over the canvas (labelLayer.ts), placed by the rules in labelLayout.ts.
 * Pure: unit-tested for "no foreign URL".
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Boundaries } from './geo.ts';
import { DEFAULT_FILL, MAP_COLORS } from './palette.ts';

export const LAYER = {
  cityFill: 'city-fill',
  cityLine: 'city-line',
  cityEmphasis: 'city-emphasis',
  beltLine: 'belt-line',
  beltPoint: 'belt-point',
} as const;
export const SOURCE = {
  /** The boundaries: cities and neighbours, told apart by `part`. */
  boundaries: 'boundaries',
  belts: 'belts',
} as const;

/** What a feature of the boundaries source is (its `part` property). */
type BoundaryPart = 'city' | 'context';

const isPart = (part: BoundaryPart): ExpressionSpecification => ['==', ['get', 'part'], part];

/**
 * The boundaries as one collection: one source is tiled and parsed in one pass and arrives in one
 * piece; four sources each cost the map its own round trips to the worker and frames while they arrived.
 */
export function boundaryFeatures(b: Boundaries): FeatureCollection {
  const tag = <P extends object>(fc: FeatureCollection<Geometry, P>, part: BoundaryPart): Feature[] =>
    fc.features.map((f) => ({ ...f, properties: { ...f.properties, part } }));
  return {
    type: 'FeatureCollection',
    features: [...tag(b.context, 'context'), ...tag(b.cities, 'city')],
  };
}

/** The feature-state key that holds a city's fill colour (set by the map controller, per adcode). */
export const FILL_STATE = 'fill';

/**
 * A city's fill comes from its feature state, not from a `match` in the style: maplibre repaints a
 * feature-state change from the tiles it has, where a new `match` has every tile parsed again in the
 * worker. A cluster switch recolours the map in about half the time (docs/performance.md).
 */
export const CITY_FILL: ExpressionSpecification = ['coalesce', ['feature-state', FILL_STATE], DEFAULT_FILL];

/**
 * The feature-state updates that turn one set of city fills into another: each changed city with
 * its new colour, or null where it has none now (it falls back to the default fill).
 */
export function fillChanges(
  prev: Record<string, string>,
  next: Record<string, string>,
): [adcode: string, colour: string | null][] {
  const out: [string, string | null][] = [];
  for (const [code, colour] of Object.entries(next)) if (prev[code] !== colour) out.push([code, colour]);
  for (const code of Object.keys(prev)) if (!(code in next)) out.push([code, null]);
  return out;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/**
 * A constant written as a per-feature expression. maplibre compiles one shader per layer type and
 * set of per-feature properties; the city fills and the emphasis outline vary per feature, so the
 * context fill and the plain borders say their constants the same way and share those shaders.
 * Software-rendered WebGL compiles each shader again at its first draw, at a cost of tens of ms.
 */
function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', 'adcode'], value, value];
}

export function buildMapStyle(opts: { boundaries: Boundaries }): StyleSpecification {
  const { boundaries } = opts;
  const style: StyleSpecification = {
    version: 8,
    name: 'ChainAtlas Guangdong',
    sources: {
      [SOURCE.boundaries]: {
        type: 'geojson',
        data: boundaryFeatures(boundaries),
        promoteId: 'adcode',
        // Each tile carries 16 px of its neighbours, not maplibre's 128: the widest line here is
        // 3.5 px, so the rest was geometry cut, tiled and uploaded for nothing
        // (the first view's four tiles came to rest about 130 ms sooner). A 0.75 px simplification
        // (default 0.375) gave another 30-50 ms; screenshots at the province view and at zoom 8.5
        // look the same.
        buffer: 16,
        tolerance: 0.75,
      },
      [SOURCE.belts]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': MAP_COLORS.sea } },
      // Fills without their antialiased 1-px outline: the line layers draw the borders, and the
      // outline pass would trace every border once more in every frame.
      {
        id: 'context-fill',
        type: 'fill',
        source: SOURCE.boundaries,
        filter: isPart('context'),
        paint: { 'fill-color': perFeature(MAP_COLORS.contextLand), 'fill-antialias': false },
      },
      {
        id: 'context-line',
        type: 'line',
        source: SOURCE.boundaries,
        filter: isPart('context'),
        paint: {
          'line-color': perFeature(MAP_COLORS.contextLine),
          'line-width': perFeature(0.8),
          'line-opacity': perFeature(1),
        },
      },
      {
        id: LAYER.cityFill,
        type: 'fill',
        source: SOURCE.boundaries,
        filter: isPart('city'),
        paint: { 'fill-color': CITY_FILL, 'fill-antialias': false },
      },
      {
        id: LAYER.cityLine,
        type: 'line',
        source: SOURCE.boundaries,
        filter: isPart('city'),
        paint: {
          'line-color': perFeature(MAP_COLORS.cityLine),
          'line-width': perFeature(1.1),
          'line-opacity': perFeature(1),
        },
      },
      // Selected, hovered and highlighted cities share one outline layer: each line layer draws
      // every border again in every frame, which software-rendered WebGL pays for in each frame.
      // Each city shows its topmost state, in the order the three layers had: selected, hover, highlight.
      {
        id: LAYER.cityEmphasis,
        type: 'line',
        source: SOURCE.boundaries,
        filter: isPart('city'),
        paint: {
          'line-color': [
            'case',
            state('selected'),
            MAP_COLORS.selectedLine,
            state('hover'),
            MAP_COLORS.hoverLine,
            MAP_COLORS.selectedLine,
          ],
          'line-width': ['case', state('selected'), 3.5, state('hover'), 2, state('highlight'), 2.2, 0],
          'line-opacity': ['case', ['any', state('selected'), state('hover'), state('highlight')], 1, 0],
        },
      },
      {
        id: LAYER.beltLine,
        type: 'line',
        source: SOURCE.belts,
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': MAP_COLORS.belt,
          'line-width': 4,
          'line-opacity': 0.75,
          'line-dasharray': [2, 1],
        },
      },
      {
        id: LAYER.beltPoint,
        type: 'circle',
        source: SOURCE.belts,
        filter: ['==', ['get', 'kind'], 'site'],
        paint: {
          'circle-radius': 6,
          'circle-color': '#ffffff',
          'circle-stroke-color': MAP_COLORS.belt,
          'circle-stroke-width': 3,
        },
      },
    ],
  };
  return style;
}
