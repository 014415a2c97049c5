/**
 * A figure as a flat list of drawing items in CSS pixels. One pure layout builds it; the SVG writer
 * and the Canvas 2D painter each turn it into pixels, so the PNG and the SVG of a view are the same
 * picture by construction. The map and the diagram are "slots" each writer fills its own way (the
 * PNG from the live canvases, the SVG from vectors).
 */

export type Weight = 400 | 700;

export interface Stroke {
  stroke?: string;
  strokeWidth?: number;
  /** Dash pattern in px; omitted = solid. */
  dash?: readonly number[];
  lineCap?: 'butt' | 'round';
}

export interface RectItem extends Stroke {
  t: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
}
export interface PathItem extends Stroke {
  t: 'path';
  /** SVG path data (the canvas painter reads it through Path2D). */
  d: string;
  fill?: string;
  opacity?: number;
  cls?: string;
  /** Data attribute for tests and readers, e.g. the city adcode. */
  id?: string;
}
export interface CircleItem extends Stroke {
  t: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: string;
}
export interface TextItem {
  t: 'text';
  /** (x, y) is the alphabetic baseline point. */
  x: number;
  y: number;
  text: string;
  size: number;
  weight?: Weight;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Outline drawn under the text so it stays legible on any fill. */
  halo?: { color: string; width: number };
  cls?: string;
}
export interface GroupItem {
  t: 'group';
  x: number;
  y: number;
  /** Uniform scale applied after the translation (a chart laid out at its own size, fitted to a box). */
  scale?: number;
  items: Item[];
  cls?: string;
}
export interface SlotItem {
  t: 'slot';
  part: 'map' | 'chain';
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Item = RectItem | PathItem | CircleItem | TextItem | GroupItem | SlotItem;

export interface Figure {
  width: number;
  height: number;
  background: string;
  items: Item[];
}

/** A text-item maker with a chart's default size and colour: `text(x, y, 'label', { weight: 700 })`. */
export function textMaker(defaults: { size: number; fill: string }) {
  return (x: number, y: number, text: string, extra: Partial<TextItem> = {}): TextItem => ({
    t: 'text',
    x,
    y,
    text,
    ...defaults,
    ...extra,
  });
}

/** Every string a figure draws, with its weight: what the fonts must cover before rasterising. */
export function figureTexts(
  items: readonly Item[],
  out: Map<Weight, string[]> = new Map(),
): Map<Weight, string[]> {
  for (const it of items) {
    if (it.t === 'text') {
      const w = it.weight ?? 400;
      out.set(w, [...(out.get(w) ?? []), it.text]);
    } else if (it.t === 'group') figureTexts(it.items, out);
  }
  return out;
}

export function slots(items: readonly Item[]): SlotItem[] {
  return items.flatMap((it) => (it.t === 'slot' ? [it] : it.t === 'group' ? slots(it.items) : []));
}
