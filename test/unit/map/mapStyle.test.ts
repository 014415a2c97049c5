import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createPropertyExpression,
  type FilterSpecification,
  featureFilter,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { boundariesFromTopology } from '../../../src/map/geo.ts';
import {
  boundaryFeatures,
  buildMapStyle,
  CITY_FILL,
  FILL_STATE,
  fillChanges,
  LAYER,
  SOURCE,
} from '../../../src/map/mapStyle.ts';
import { DEFAULT_FILL } from '../../../src/map/palette.ts';

const topo = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/geo/guangdong.topo.json'), 'utf8'),
) as Topology;
const boundaries = boundariesFromTopology(topo);

describe('map style', () => {
  const style = buildMapStyle({ boundaries });
  const json = JSON.stringify(style);

  it('needs no tile server, glyph server or sprite', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('references no URL at all', () => {
    expect(json).not.toMatch(/https?:|\/\//);
  });

  it('draws no text: the labels are page text over the canvas, so maplibre loads no font', () => {
    expect(style.layers.filter((l) => l.type === 'symbol')).toEqual([]);
    expect(style).not.toHaveProperty('font-faces');
  });

  it('has 21 city features and one label point per city, plus Hong Kong and Macau in context', () => {
    expect(boundaries.cities.features).toHaveLength(21);
    expect(boundaries.labels.features).toHaveLength(21);
    const ctx = boundaries.context.features.map((f) => f.properties.id);
    expect(ctx).toEqual(expect.arrayContaining(['hongkong', 'macau']));
    expect(boundaries.contextLabels.features).toHaveLength(boundaries.context.features.length);
    expect(
      boundaries.cities.features.find((f) => f.properties.adcode === '440100')?.properties.short_zh,
    ).toBe('广州');
  });

  it('draws each layer of the one boundaries source from its own features, as maplibre filters them', () => {
    const features = boundaryFeatures(boundaries).features;
    const drawn = (id: string) => {
      const at = style.layers.findIndex((l) => l.id === id);
      const layer = style.layers[at] as { source?: string; filter?: FilterSpecification };
      expect(layer.source).toBe(SOURCE.boundaries);
      const f = featureFilter(layer.filter, `layers[${at}].filter`);
      return features.filter((feature) =>
        f.filter({ zoom: 7 }, {
          type: feature.geometry.type === 'Point' ? 1 : 3,
          properties: feature.properties ?? {},
        } as never),
      );
    };
    const cityCodes = boundaries.cities.features.map((c) => c.properties.adcode).sort();
    for (const id of [LAYER.cityFill, LAYER.cityLine, LAYER.cityEmphasis]) {
      const got = drawn(id);
      expect(got.every((g) => g.geometry.type !== 'Point')).toBe(true);
      expect(got.map((g) => g.properties?.adcode).sort()).toEqual(cityCodes);
    }
    expect(drawn('context-fill')).toHaveLength(boundaries.context.features.length);
    expect(drawn('context-line')).toHaveLength(boundaries.context.features.length);
    expect(features.some((f) => f.geometry.type === 'Point')).toBe(false);
  });

  it('colours each city from its feature state, and the default fill where it has none', () => {
    const layer = style.layers.find((l) => l.id === LAYER.cityFill) as { paint: Record<string, unknown> };
    expect(layer.paint['fill-color']).toEqual(CITY_FILL);
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)
      .paint_fill?.['fill-color'];
    const parsed = createPropertyExpression(CITY_FILL, 'fill-color', spec as StylePropertySpecification);
    expect(parsed.result).toBe('success');
    const expr = parsed.value as unknown as {
      kind: string;
      evaluate(g: object, f: object, state: object): { toString(): string };
    };
    // Feature state, not a property of the tiled feature: changing it repaints without tiling again.
    expect(expr.kind).toBe('source');
    const feature = { type: 3, properties: { adcode: '440100' } };
    const colour = (state: object) => expr.evaluate({ zoom: 6 }, feature, state).toString();
    expect(colour({ [FILL_STATE]: '#ff0000' })).toBe('rgba(255,0,0,1)');
    const fallback = createPropertyExpression(DEFAULT_FILL, 'fill-color', spec as StylePropertySpecification);
    const def = (fallback.value as unknown as { evaluate(g: object): { toString(): string } }).evaluate({
      zoom: 6,
    });
    expect(colour({})).toBe(def.toString());
  });

  it('turns one set of fills into another with only the changed cities, clearing the ones left out', () => {
    expect(fillChanges({}, { '440100': '#111', '440300': '#222' })).toEqual([
      ['440100', '#111'],
      ['440300', '#222'],
    ]);
    expect(
      fillChanges(
        { '440100': '#111', '440300': '#222', '440400': '#333' },
        { '440100': '#111', '440300': '#999' },
      ),
    ).toEqual([
      ['440300', '#999'],
      ['440400', null],
    ]);
    expect(fillChanges({ '440100': '#111' }, { '440100': '#111' })).toEqual([]);
  });
});
