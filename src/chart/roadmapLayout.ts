/**
 * The 技术路线图 as display-list items: status lanes down the left (卡脖子 first), time columns across
 * (years and plan periods in order, the undated column last), one chip per roadmap item, and the
 * cluster's plan targets as a marker row on top. The same list is drawn live by ItemsSvg (with `hits`
 * for mouse and keyboard) and by the PNG/SVG export. Pure and deterministic.
 */

import type { Cluster } from '../data/schema.ts';
import { type Item, type PathItem, textMaker } from '../export/displayList.ts';
import { wrapText } from '../export/text.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import {
  entrySelectId,
  type RoadmapColumn,
  type RoadmapEntry,
  type RoadmapLane,
  type RoadmapModelOptions,
  roadmapModel,
} from '../model/roadmap.ts';
import type { Hit } from './ItemsSvg.tsx';
import { columnLabel, laneLabel, roadmapText, whenLabel } from './roadmapStrings.ts';

export interface RoadmapFigure {
  width: number;
  height: number;
  items: Item[];
  hits: Hit[];
}

export interface RoadmapFigureOptions extends RoadmapModelOptions {
  lang: Lang;
  width: number;
  selectedId: string | null;
  emphasisIds: ReadonlySet<string> | null;
  gapIds: ReadonlySet<string>;
}

const INK = '#1f2937';
const MUTED = '#5b6470';
const DIM_TEXT = '#8b93a0';
const GRID = '#d8dce2';
const BAND = '#fafbfc';
const UNDATED_BG = '#f1f2f4';
const GAP = '#9f1239';
const MILESTONE = '#1d4ed8';

interface ChipStyle {
  fill: string;
  stroke?: string;
  dash?: readonly number[];
  text: string;
}

/** Colour is redundant with the lane, so it never carries meaning alone. */
export const ROADMAP_STYLE: Record<RoadmapLane, ChipStyle> = {
  chokepoint: { fill: '#9f1239', text: '#ffffff' },
  missing: { fill: '#ffffff', stroke: '#374151', dash: [4, 3], text: INK },
  'catching-up': { fill: '#f2b33d', stroke: '#b45309', text: INK },
  mastered: { fill: '#15803d', text: '#ffffff' },
  unknown: { fill: '#e5e7eb', stroke: '#9ca3af', text: INK },
};

const SIZE = 12;
const LINE = 15;
/** Lane-label column: English lane names (Chokepoint) need more room than Chinese (卡脖子). */
const HEAD_W = { zh: 100, en: 116 } as const;
const MIN_COL = 120;
const TOP_H = 26;
const CHIP_H = 2 * LINE + 10;
const GAP_Y = 6;
const PAD_X = 6;
const MAX_MARKS = 3;
const MARK_LINE = 16;

/** Path numbers rounded so the SVG text is stable across platforms. */
const n = (v: number) => String(Math.round(v * 100) / 100);

export function roundRect(x: number, y: number, w: number, h: number, r = 4): string {
  const q = Math.max(0, Math.min(r, w / 2, h / 2));
  return (
    `M${n(x + q)} ${n(y)}H${n(x + w - q)}Q${n(x + w)} ${n(y)} ${n(x + w)} ${n(y + q)}` +
    `V${n(y + h - q)}Q${n(x + w)} ${n(y + h)} ${n(x + w - q)} ${n(y + h)}H${n(x + q)}` +
    `Q${n(x)} ${n(y + h)} ${n(x)} ${n(y + h - q)}V${n(y + q)}Q${n(x)} ${n(y)} ${n(x + q)} ${n(y)}Z`
  );
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${n(cx)} ${n(cy - r)}L${n(cx + r)} ${n(cy)}L${n(cx)} ${n(cy + r)}L${n(cx - r)} ${n(cy)}Z`;
}

const text = textMaker({ size: SIZE, fill: INK });

export function roadmapFigure(cluster: Cluster, opts: RoadmapFigureOptions): RoadmapFigure {
  const { lang, selectedId, emphasisIds, gapIds } = opts;
  const model = roadmapModel(cluster, opts.sourceLevel ? { sourceLevel: opts.sourceLevel } : {});
  const baseW = Number.isFinite(opts.width) && opts.width > 0 ? opts.width : 900;
  if (!model.entries.length) {
    const [line = ''] = wrapText(roadmapText(lang, 'empty'), baseW - 16, 14, { maxLines: 1 });
    return { width: baseW, height: 48, items: [text(8, 28, line, { size: 14, fill: MUTED })], hits: [] };
  }

  const columns = model.columns;
  const headW = HEAD_W[lang];
  const colW = Math.max(MIN_COL, (baseW - headW) / columns.length);
  const width = headW + colW * columns.length;
  const colIndex = new Map(columns.map((c, i) => [c.key, i]));
  const colX = (key: string) => headW + (colIndex.get(key) ?? 0) * colW;
  const lanes = model.lanes.filter((l) => l.entries.length > 0);

  // Marker row: up to MAX_MARKS targets per column, then a "n more" line.
  const marksBy = new Map<string, typeof model.milestones>();
  for (const m of model.milestones) marksBy.set(m.column, [...(marksBy.get(m.column) ?? []), m]);
  const markRows = Math.max(
    0,
    ...[...marksBy.values()].map((ms) => Math.min(ms.length, MAX_MARKS) + (ms.length > MAX_MARKS ? 1 : 0)),
  );
  const marksH = markRows ? markRows * MARK_LINE + 10 : 0;

  // Lane heights: the tallest stack of chips in any one column of the lane.
  const laneTop: number[] = [];
  const laneH: number[] = [];
  let y = TOP_H + marksH;
  for (const l of lanes) {
    const per = new Map<string, number>();
    for (const e of l.entries) per.set(e.column, (per.get(e.column) ?? 0) + 1);
    const stack = Math.max(1, ...per.values());
    laneTop.push(y);
    laneH.push(stack * (CHIP_H + GAP_Y) + GAP_Y);
    y += stack * (CHIP_H + GAP_Y) + GAP_Y;
  }
  const gridBottom = y;

  const items: Item[] = [];
  const hits: Hit[] = [];

  // Backgrounds first: alternate lane bands, then the undated column's tint over them.
  lanes.forEach((_, i) => {
    if (i % 2 === 1)
      items.push({ t: 'rect', x: 0, y: laneTop[i] ?? 0, w: width, h: laneH[i] ?? 0, fill: BAND });
  });
  const undated = columns.find((c) => c.kind === 'undated');
  if (undated)
    items.push({ t: 'rect', x: colX(undated.key), y: 0, w: colW, h: gridBottom, fill: UNDATED_BG });

  // Column heads.
  columns.forEach((c: RoadmapColumn) => {
    const [label = ''] = wrapText(columnLabel(lang, c), colW - 8, SIZE, { maxLines: 1, bold: true });
    items.push(
      text(colX(c.key) + colW / 2, 17, label, {
        anchor: 'middle',
        weight: 700,
        fill: c.kind === 'undated' ? MUTED : INK,
      }),
    );
  });

  // Plan target markers.
  if (marksH) {
    items.push(text(8, TOP_H + 14, roadmapText(lang, 'targets'), { size: 11, fill: MUTED, weight: 700 }));
    for (const [key, ms] of marksBy) {
      const x = colX(key);
      ms.slice(0, MAX_MARKS).forEach((m, i) => {
        const cy = TOP_H + 10 + i * MARK_LINE;
        const lit = selectedId !== null && m.segments.includes(selectedId);
        items.push({ t: 'path', d: diamond(x + PAD_X + 5, cy, 4.5), fill: MILESTONE });
        const [label = ''] = wrapText(nameIn(lang, m.metric), colW - PAD_X - 18, 11, { maxLines: 1 });
        items.push(text(x + PAD_X + 14, cy + 4, label, { size: 11, weight: lit ? 700 : 400 }));
      });
      if (ms.length > MAX_MARKS) {
        const more = roadmapText(lang, 'more').replace('{n}', String(ms.length - MAX_MARKS));
        items.push(text(x + PAD_X + 14, TOP_H + 14 + MAX_MARKS * MARK_LINE, more, { size: 11, fill: MUTED }));
      }
    }
  }

  // Grid under the chips, over the tints.
  for (let i = 0; i <= columns.length; i++)
    items.push({ t: 'rect', x: headW + i * colW, y: 0, w: 0.6, h: gridBottom, fill: GRID });
  items.push({ t: 'rect', x: 0, y: TOP_H, w: width, h: 0.6, fill: GRID });
  lanes.forEach((_, i) => {
    items.push({ t: 'rect', x: 0, y: laneTop[i] ?? 0, w: width, h: 0.6, fill: GRID });
  });
  items.push({ t: 'rect', x: 0, y: gridBottom, w: width, h: 0.6, fill: GRID });

  lanes.forEach((l, li) => {
    const top = laneTop[li] ?? 0;
    const style = ROADMAP_STYLE[l.lane];
    // Lane label with a swatch in the lane's chip style.
    items.push({
      t: 'path',
      d: roundRect(8, top + 10, 11, 11, 2),
      fill: style.fill,
      stroke: style.stroke ?? style.fill,
      strokeWidth: 1,
      ...(style.dash ? { dash: [2, 1.5] } : {}),
    });
    wrapText(laneLabel(lang, l.lane), headW - 32, SIZE, { maxLines: 2, bold: true }).forEach((line, j) => {
      items.push(text(24, top + 20 + j * LINE, line, { weight: 700 }));
    });

    const stackAt = new Map<string, number>();
    for (const e of l.entries) {
      const slot = stackAt.get(e.column) ?? 0;
      stackAt.set(e.column, slot + 1);
      chip(e, colX(e.column) + PAD_X, top + GAP_Y + slot * (CHIP_H + GAP_Y), colW - 2 * PAD_X, style);
    }
  });

  function chip(e: RoadmapEntry, x: number, cy: number, w: number, style: ChipStyle): void {
    const node = e.nodeId;
    const dimmed = emphasisIds !== null && !(node !== undefined && emphasisIds.has(node));
    const isGap = node !== undefined && gapIds.has(node);
    const selected = selectedId !== null && entrySelectId(e) === selectedId;
    const ink = dimmed ? DIM_TEXT : style.text;
    if (isGap)
      items.push({
        t: 'path',
        d: roundRect(x - 3, cy - 3, w + 6, CHIP_H + 6, 6),
        stroke: GAP,
        strokeWidth: 1.5,
        dash: [4, 3],
      });
    const shape: PathItem = { t: 'path', d: roundRect(x, cy, w, CHIP_H), fill: style.fill };
    if (style.stroke) shape.stroke = style.stroke;
    if (style.stroke) shape.strokeWidth = 1.2;
    if (style.dash) shape.dash = style.dash;
    if (dimmed) shape.opacity = 0.3;
    items.push(shape);
    if (selected) items.push({ t: 'path', d: roundRect(x, cy, w, CHIP_H), stroke: INK, strokeWidth: 3 });
    const mark = e.editorial ? roadmapText(lang, 'editorialMark') : '';
    const markW = mark ? 18 : 0;
    const lines = wrapText(nameIn(lang, e.name), w - 12 - markW, SIZE, { maxLines: 2 });
    const y0 = cy + CHIP_H / 2 - (lines.length * LINE) / 2 + LINE - 3.5;
    lines.forEach((line, j) => {
      items.push(text(x + 6, y0 + j * LINE, line, { fill: ink }));
    });
    if (mark) items.push(text(x + w - 4, cy + 11, mark, { size: 9, weight: 700, fill: ink, anchor: 'end' }));

    const sep = lang === 'en' ? ', ' : '，';
    const label = [
      nameIn(lang, e.name),
      laneLabel(lang, e.lane),
      whenLabel(lang, e.when),
      ...(e.editorial ? [roadmapText(lang, 'editorialShort')] : []),
      ...(isGap ? [roadmapText(lang, 'gap')] : []),
    ].join(sep);
    hits.push({ id: entrySelectId(e), x, y: cy, w, h: CHIP_H, label });
  }

  // Footnote for what colour and lane do not say, so an exported figure explains itself.
  const notes = [
    ...(model.entries.some((e) => e.editorial)
      ? [
          `${roadmapText(lang, 'editorialMark')}${lang === 'en' ? ': ' : '：'}${roadmapText(lang, 'editorialLong')}`,
        ]
      : []),
    ...(model.entries.some((e) => e.nodeId !== undefined && gapIds.has(e.nodeId))
      ? [roadmapText(lang, 'gapLong')]
      : []),
  ];
  let height = gridBottom + 8;
  if (notes.length) {
    const lines = wrapText(notes.join(lang === 'en' ? ' · ' : '；'), width - 16, 11, { maxLines: 2 });
    lines.forEach((line, j) => {
      items.push(text(8, gridBottom + 18 + j * 14, line, { size: 11, fill: MUTED }));
    });
    height = gridBottom + 14 + lines.length * 14;
  }
  return { width, height, items, hits };
}
