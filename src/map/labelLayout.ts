/**
 * The map's labels (cities, Hong Kong and Macau, belts and their sites) as the map draws them: which
 * text, at what size, where, and which give way when they would print over each other. Pure: the
 * label layer (labelLayer.ts) projects and measures, this decides.
 *
 * The labels are not maplibre symbols: software-rendered WebGL spent about a quarter of a second
 * on them before the map was idle (its text shader, glyph rasters from a 190 KB font decoded a
 * second time, symbol placement), for about thirty names (docs/performance.md). The rules below are
 * the ones the symbol layers had, so the map reads as before.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Boundaries } from './geo.ts';
import { cityLabelSize, FULL_CITY_NAMES_ZOOM } from './labelSize.ts';
import { wrapLabel } from './labelWrap.ts';
import { MAP_COLORS } from './palette.ts';

export type LabelKind = 'site' | 'belt' | 'city' | 'context';
/** Where the text sits against its point, in maplibre's terms: 'left' puts the point at its left. */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

export interface LabelSpec {
  kind: LabelKind;
  /** Stable per label: the layer keeps one element per key. */
  key: string;
  text: string;
  /** Chinese city labels: the short name (广州 for 广州市) below FULL_CITY_NAMES_ZOOM. */
  short?: string;
  lnglat: [number, number];
  /** City labels: the city's adcode. */
  code?: string;
}

interface KindRule {
  size(zoom: number): number;
  /** Tried in order; the first that prints over nothing placed before is kept. */
  anchors: readonly Anchor[];
  /** Distance from the point to the text, in ems, for the anchors other than 'center'. */
  offset: number;
  /** Placed whatever it covers (and still seen by the labels placed after it). */
  overlap: boolean;
  /** Margin around the text that other labels keep clear of, in px. */
  padding: number;
  minZoom: number;
  color: string;
  halo: { color: string; width: number };
}

export const LABEL_RULES: Record<LabelKind, KindRule> = {
  // A site's name sits above its ring, and only once zoomed in far enough to have room.
  site: {
    size: () => 11,
    anchors: ['bottom'],
    offset: 1.2,
    overlap: false,
    padding: 2,
    minZoom: 6.8,
    color: MAP_COLORS.belt,
    halo: { color: MAP_COLORS.labelHalo, width: 1.4 },
  },
  // Two parks or bases in neighbouring cities must not print over each other: each label tries
  // below, above, then beside its mark, and steps aside for one placed before it.
  belt: {
    size: () => 13,
    anchors: ['top', 'bottom', 'left', 'right'],
    offset: 1.2,
    overlap: false,
    padding: 2,
    minZoom: 0,
    color: MAP_COLORS.belt,
    halo: { color: MAP_COLORS.labelHalo, width: 2 },
  },
  // Every city keeps its name at every size: in a small map the Pearl River Delta's labels may
  // touch, but a missing city name is worse.
  city: {
    size: cityLabelSize,
    anchors: ['center'],
    offset: 0,
    overlap: true,
    padding: 1,
    minZoom: 0,
    color: MAP_COLORS.label,
    halo: { color: MAP_COLORS.labelHalo, width: 1.4 },
  },
  // Hong Kong and Macau sit right next to 深圳 and 珠海: their labels step aside, or give way.
  context: {
    size: () => 11,
    anchors: ['left', 'bottom', 'right', 'top'],
    offset: 0.8,
    overlap: false,
    padding: 2,
    minZoom: 0,
    color: MAP_COLORS.contextLabel,
    halo: { color: MAP_COLORS.labelHalo, width: 1 },
  },
};

/** The order labels are placed in: the ones placed first win a contested spot. */
const ORDER: readonly LabelKind[] = ['site', 'belt', 'city', 'context'];

/** Text lines are 1.2 ems tall, as maplibre's. */
export const LINE_HEIGHT = 1.2;

/** Everything the map names, in the current language: from the boundaries and the cluster's belts. */
export function labelSpecs(boundaries: Boundaries, belts: FeatureCollection, lang: 'zh' | 'en'): LabelSpec[] {
  const specs: LabelSpec[] = [];
  for (const f of boundaries.labels.features) {
    const p = f.properties;
    specs.push({
      kind: 'city',
      key: `city:${p.adcode}`,
      code: p.adcode,
      text: lang === 'zh' ? p.name_zh : p.name_en,
      ...(lang === 'zh' && p.short_zh ? { short: p.short_zh } : {}),
      lnglat: f.geometry.coordinates as [number, number],
    });
  }
  for (const f of boundaries.contextLabels.features)
    if (f.properties.kind === 'sar')
      specs.push({
        kind: 'context',
        key: `context:${f.properties.id}`,
        text: lang === 'zh' ? f.properties.name_zh : f.properties.name_en,
        lnglat: f.geometry.coordinates as [number, number],
      });
  belts.features.forEach((f, i) => {
    if (f.geometry?.type !== 'Point') return;
    const props = (f.properties ?? {}) as { kind?: string; label?: string; site?: string; belt?: string };
    const text = props.kind === 'label' ? props.label : props.kind === 'site' ? props.site : undefined;
    if (!text) return;
    specs.push({
      kind: props.kind === 'label' ? 'belt' : 'site',
      key: `${props.kind}:${props.belt ?? ''}:${i}`,
      text,
      lnglat: (f.geometry as Point).coordinates as [number, number],
    });
  });
  return specs;
}

export interface PlacedLabel {
  spec: LabelSpec;
  /** The text as shown, one entry per line. */
  lines: string[];
  size: number;
  /** Top-left corner and size of the text box, in CSS px of the map. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelView {
  zoom: number;
  width: number;
  height: number;
  /** The label's point in the map's CSS px, or null when it cannot be shown. */
  project(lnglat: [number, number]): [number, number] | null;
  /** Width of `text` at `size` px in the label font. */
  measure(text: string, size: number): number;
  /** Lines already worked out, by size and text: a camera move re-wraps nothing. */
  wrapped?: Map<string, string[]>;
}

type Rect = { x: number; y: number; w: number; h: number };

function boxAt(anchor: Anchor, px: number, py: number, w: number, h: number, offset: number): Rect {
  switch (anchor) {
    case 'left':
      return { x: px + offset, y: py - h / 2, w, h };
    case 'right':
      return { x: px - offset - w, y: py - h / 2, w, h };
    case 'top':
      return { x: px - w / 2, y: py + offset, w, h };
    case 'bottom':
      return { x: px - w / 2, y: py - offset - h, w, h };
    default:
      return { x: px - w / 2, y: py - h / 2, w, h };
  }
}

const overlaps = (a: Rect, b: Rect, pad: number) =>
  a.x - pad < b.x + b.w && b.x < a.x + a.w + pad && a.y - pad < b.y + b.h && b.y < a.y + a.h + pad;

/**
 * Places the labels for one view: each kind in turn (sites, belts, cities, then Hong Kong and
 * Macau), each label at the first of its anchors where it prints over no label already placed.
 * Labels wholly outside the view are left out.
 */
export function placeLabels(specs: readonly LabelSpec[], view: LabelView): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Rect[] = [];
  for (const kind of ORDER) {
    const rule = LABEL_RULES[kind];
    if (view.zoom < rule.minZoom) continue;
    const size = Math.round(rule.size(view.zoom) * 10) / 10;
    for (const spec of specs) {
      if (spec.kind !== kind) continue;
      const at = view.project(spec.lnglat);
      if (!at) continue;
      const text = spec.short && view.zoom < FULL_CITY_NAMES_ZOOM ? spec.short : spec.text;
      const key = `${size}|${text}`;
      const lines = view.wrapped?.get(key) ?? wrapLabel(text, size, view.measure);
      view.wrapped?.set(key, lines);
      const w = Math.max(...lines.map((l) => view.measure(l, size)));
      const h = size * LINE_HEIGHT * lines.length;
      const box = rule.anchors
        .map((a) => boxAt(a, at[0], at[1], w, h, a === 'center' ? 0 : rule.offset * size))
        .find((b) => rule.overlap || !taken.some((t) => overlaps(b, t, rule.padding)));
      if (!box) continue;
      if (box.x + box.w < 0 || box.y + box.h < 0 || box.x > view.width || box.y > view.height) continue;
      taken.push(box);
      placed.push({ spec, lines, size, ...box });
    }
  }
  return placed;
}
