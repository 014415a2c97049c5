/**
 * Label placement in screen space. Greedy by importance: each label tries four spots around its
 * node (right, below, left, above) and takes the first that overlaps no label placed before it and
 * no node; failing that, the first that covers only less important nodes (a segment's name may hide
 * part of a firm's dot, never the reverse); if none is free it is hidden. Zoomed in far enough, every label in
 * view is shown.
 *
 * Text widths are estimated, not measured, so canvas, SVG export and tests place labels
 * identically whether or not the web font has loaded.
 */
import type { Bounds } from './viewport.ts';

export interface LabelCandidate {
  id: string;
  /** Node centre and half extents, CSS px. */
  x: number;
  y: number;
  hw: number;
  hh: number;
  /** Extra room on the right (e.g. the 延链 arrow tick), CSS px. */
  padRight?: number;
  text: string;
  importance: number;
  bold: boolean;
  /** Editorial (our own summary, not a sourced fact): set in italics. */
  italic?: boolean;
  /** Selected / hovered / focused: placed first, never hidden, never truncated. */
  forced?: boolean;
}
export interface PlacedLabel {
  id: string;
  text: string;
  /** Left end of the text baseline. */
  x: number;
  y: number;
  box: Bounds;
  bold: boolean;
  italic: boolean;
  fontSize: number;
}
export interface LabelOptions {
  width: number;
  height: number;
  fontSize?: number;
  /** Show every label (zoomed in), overlaps allowed. */
  showAll?: boolean;
  /** Longest label in em before it is cut with "…" (forced labels are never cut). */
  maxEm?: number;
}

export const LABEL_FONT_SIZE = 11;
/** From this zoom on every label in view is drawn. */
export const ALL_LABELS_ZOOM = 2.2;
const GAP = 3;
/** Breathing room kept between neighbouring labels and nodes, CSS px. */
const AIR = 1;
const CELL = 64;
const MAX_ATTEMPTS = 2500;

/** Advance width in em: CJK and full-width forms ≈ 1 em, Latin roughly by letter class. */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80) return 1;
  if (ch === ' ') return 0.28;
  if (/[A-Z0-9]/.test(ch)) return 0.66;
  if (/[iljtf.,:;'|!()[\]]/.test(ch)) return 0.3;
  return 0.56;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.07 : 1);
}

export function truncateLabel(text: string, maxEm: number): string {
  let em = 0;
  let out = '';
  for (const ch of text) {
    em += charEm(ch);
    if (em > maxEm) return `${out.trimEnd()}…`;
    out += ch;
  }
  return out;
}

const overlaps = (a: Bounds, b: Bounds) =>
  a.x0 < b.x1 + AIR && b.x0 < a.x1 + AIR && a.y0 < b.y1 + AIR && b.y0 < a.y1 + AIR;

export function placeLabels(candidates: readonly LabelCandidate[], opts: LabelOptions): PlacedLabel[] {
  const fontSize = opts.fontSize ?? LABEL_FONT_SIZE;
  const maxEm = opts.maxEm ?? 14;
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) => Number(!!b.c.forced) - Number(!!a.c.forced) || b.c.importance - a.c.importance || a.i - b.i,
    );
  const placed: PlacedLabel[] = [];
  // Occupied screen boxes: every candidate's node first, then each label as it is placed. A node
  // body blocks only labels that are not more important than the node itself: a segment's name
  // may cover a firm's dot, a firm's name may not cover a segment.
  const boxes: Bounds[] = [];
  const rank: number[] = [];
  const grid = new Map<number, number[]>();
  const cellKey = (cx: number, cy: number) => (cx + 4096) * 8192 + (cy + 4096);
  const cellsOf = (b: Bounds, fn: (key: number) => boolean | undefined) => {
    for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++)
      for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++)
        if (fn(cellKey(cx, cy))) return true;
    return false;
  };
  const occupy = (b: Bounds, importance: number) => {
    const idx = boxes.length;
    boxes.push(b);
    rank.push(importance);
    cellsOf(b, (key) => {
      const list = grid.get(key);
      if (list) list.push(idx);
      else grid.set(key, [idx]);
      return false;
    });
  };
  const free = (b: Bounds, importance: number) =>
    !cellsOf(b, (key) =>
      grid.get(key)?.some((j) => (rank[j] as number) >= importance && overlaps(boxes[j] as Bounds, b)),
    );
  // Strict pass: no node body at all may be covered (placed labels rank +∞, so they always block).
  const clear = (b: Bounds) => free(b, Number.NEGATIVE_INFINITY);
  const inView = (b: Bounds) => b.x1 > 0 && b.y1 > 0 && b.x0 < opts.width && b.y0 < opts.height;

  if (!opts.showAll) {
    for (const c of candidates) {
      if (c.x + c.hw > 0 && c.y + c.hh > 0 && c.x - c.hw < opts.width && c.y - c.hh < opts.height) {
        occupy(
          { x0: c.x - c.hw, y0: c.y - c.hh, x1: c.x + c.hw + (c.padRight ?? 0), y1: c.y + c.hh },
          c.importance,
        );
      }
    }
  }
  let attempts = 0;
  for (const { c } of order) {
    // Past a few thousand tries the screen is full; the rest would only burn time (10 k nodes).
    if (!c.forced && !opts.showAll && ++attempts > MAX_ATTEMPTS) break;
    const text = c.forced ? c.text : truncateLabel(c.text, maxEm);
    const size = c.bold ? fontSize + 1 : fontSize;
    const w = estimateTextWidth(text, size, c.bold);
    const h = size * 1.25;
    const right = c.x + c.hw + (c.padRight ?? 0) + GAP;
    const spots: Bounds[] = [
      { x0: right, y0: c.y - h / 2, x1: right + w, y1: c.y + h / 2 },
      { x0: c.x - w / 2, y0: c.y + c.hh + GAP, x1: c.x + w / 2, y1: c.y + c.hh + GAP + h },
      { x0: c.x - c.hw - GAP - w, y0: c.y - h / 2, x1: c.x - c.hw - GAP, y1: c.y + h / 2 },
      { x0: c.x - w / 2, y0: c.y - c.hh - GAP - h, x1: c.x + w / 2, y1: c.y - c.hh - GAP },
    ];
    let box: Bounds | undefined;
    if (opts.showAll) box = spots[0];
    else
      box =
        spots.find((b) => inView(b) && clear(b)) ??
        spots.find((b) => inView(b) && free(b, c.importance)) ??
        (c.forced ? spots[0] : undefined);
    if (!box || !inView(box)) continue;
    placed.push({
      id: c.id,
      text,
      x: box.x0,
      y: box.y0 + h / 2 + size * 0.35,
      box,
      bold: c.bold,
      italic: !!c.italic,
      fontSize: size,
    });
    if (!opts.showAll) occupy(box, Number.POSITIVE_INFINITY);
  }
  return placed;
}
