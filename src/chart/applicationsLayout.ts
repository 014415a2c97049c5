/**
 * The 应用领域图 as display-list items: products/technologies in a left column, the application
 * fields they serve in a right column, one Sankey-style band per sourced `applies_to` link. The live
 * chart draws these items through ItemsSvg; an export can draw the very same list. Pure.
 */
import { lightTheme } from '../chain/theme.ts';
import type { Cluster } from '../data/schema.ts';
import { type Item, type PathItem, textMaker } from '../export/displayList.ts';
import { wrapText } from '../export/text.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import {
  type AppFlow,
  type ApplicationsOptions,
  type AppNode,
  applicationsModel,
} from '../model/applications.ts';
import { appsHitLabel, appsText } from './applicationsStrings.ts';
import type { Hit } from './ItemsSvg.tsx';

export interface ApplicationsFigureOptions extends ApplicationsOptions {
  lang: Lang;
  width: number;
  selectedId: string | null;
  /** null: nothing is emphasised; otherwise nodes outside it are drawn lighter. */
  emphasisIds: ReadonlySet<string> | null;
  gapIds: ReadonlySet<string>;
}

export interface ApplicationsFigure {
  width: number;
  height: number;
  items: Item[];
  hits: Hit[];
}

const INK = lightTheme.text;
const MUTED = lightTheme.textMuted;
const DIM_BAR = '#cbd2db';
const FIELD_BAR = '#5b6470';
const SELECTED = lightTheme.selection;
const GAP = '#9f1239';
const GAP_DASH: readonly number[] = [3, 2];
const EDITORIAL_DASH: readonly number[] = [4, 3];

const PAD = 12;
const HEAD_H = 30;
const BAR_W = 10;
/** Band thickness: every flow is one relation, so every band is the same width. */
const UNIT = 8;
const SIZE = 12;
const LINE_H = 15;
const ROW_GAP = 8;
const DEFAULT_WIDTH = 900;
const MIN_WIDTH = 480;

const OPACITY = { normal: 0.35, highlight: 0.8, faded: 0.07 } as const;

/** Two decimals keep the path data short and identical between runs. */
const num = (v: number) => String(Math.round(v * 100) / 100);

interface Placed {
  node: AppNode;
  lines: string[];
  /** Top of the node's row and its height (bar or label, whichever is taller). */
  top: number;
  h: number;
  barY: number;
  barH: number;
}

function place(nodes: readonly AppNode[], lang: Lang, labelW: number): Placed[] {
  let y = 0;
  return nodes.map((node) => {
    const lines = wrapText(nameIn(lang, node.name), labelW, SIZE, { maxLines: 2 });
    const barH = Math.max(1, node.count) * UNIT;
    const h = Math.max(barH, lines.length * LINE_H);
    const p: Placed = { node, lines, top: y, h, barY: y + (h - barH) / 2, barH };
    y += h + ROW_GAP;
    return p;
  });
}

const columnHeight = (col: readonly Placed[]) => {
  const last = col[col.length - 1];
  return last ? last.top + last.h : 0;
};

function shift(col: Placed[], dy: number): void {
  for (const p of col) {
    p.top += dy;
    p.barY += dy;
  }
}

/** A band of constant thickness from a slot on the left bar to a slot on the right bar. */
function bandPath(x0: number, y0: number, x1: number, y1: number): string {
  const xm = (x0 + x1) / 2;
  const [a, b, c, d] = [y0, y0 + UNIT, y1, y1 + UNIT].map(num);
  return (
    `M${num(x0)} ${a}C${num(xm)} ${a} ${num(xm)} ${c} ${num(x1)} ${c}` +
    `L${num(x1)} ${d}C${num(xm)} ${d} ${num(xm)} ${b} ${num(x0)} ${b}Z`
  );
}

export function applicationsFigure(cluster: Cluster, opts: ApplicationsFigureOptions): ApplicationsFigure {
  const { lang, selectedId, emphasisIds, gapIds } = opts;
  const width = Number.isFinite(opts.width) ? Math.max(MIN_WIDTH, opts.width) : DEFAULT_WIDTH;
  const text = textMaker({ size: SIZE, fill: INK });
  const model = applicationsModel(cluster, opts);
  if (!model.flows.length) {
    // Say so plainly rather than draw two empty columns that look like a loading failure.
    return {
      width,
      height: 64,
      items: [text(PAD, 38, appsText(lang, 'empty'), { size: 14, fill: MUTED })],
      hits: [],
    };
  }

  const labelW = Math.min(260, Math.max(110, Math.round(width * 0.28)));
  const xl = PAD + labelW + 6;
  const xr = width - PAD - labelW - 6 - BAR_W;
  const left = place(model.left, lang, labelW);
  const right = place(model.right, lang, labelW);
  const inner = Math.max(columnHeight(left), columnHeight(right));
  // The shorter column is centred on the taller one so its bands fan out evenly.
  shift(left, HEAD_H + (inner - columnHeight(left)) / 2);
  shift(right, HEAD_H + (inner - columnHeight(right)) / 2);
  const height = HEAD_H + inner + PAD;

  const leftPos = new Map(left.map((p, i) => [p.node.id, i]));
  const rightPos = new Map(right.map((p, i) => [p.node.id, i]));
  // Each bar stacks its bands in the order of their other ends, so bands from one bar never cross.
  const slots = (col: Placed[], key: 'source' | 'target', otherPos: Map<string, number>) => {
    const other = key === 'source' ? 'target' : 'source';
    const byNode = new Map<string, AppFlow[]>();
    for (const f of model.flows) byNode.set(f[key], [...(byNode.get(f[key]) ?? []), f]);
    const out = new Map<AppFlow, number>();
    for (const p of col) {
      const mine = (byNode.get(p.node.id) ?? []).sort(
        (a, b) => (otherPos.get(a[other]) ?? 0) - (otherPos.get(b[other]) ?? 0),
      );
      mine.forEach((f, k) => {
        out.set(f, p.barY + k * UNIT);
      });
    }
    return out;
  };
  const fromY = slots(left, 'source', rightPos);
  const toY = slots(right, 'target', leftPos);
  const kindOf = new Map(model.left.map((n) => [n.id, n.kind]));
  const emphasised = (id: string) => emphasisIds === null || emphasisIds.has(id);

  const flowItems: PathItem[] = [];
  const onTop: PathItem[] = [];
  for (const f of model.flows) {
    const y0 = fromY.get(f) ?? 0;
    const y1 = toY.get(f) ?? 0;
    const touches = selectedId !== null && (f.source === selectedId || f.target === selectedId);
    let opacity: number = selectedId === null ? OPACITY.normal : touches ? OPACITY.highlight : OPACITY.faded;
    if (!touches && !emphasised(f.source) && !emphasised(f.target)) opacity *= 0.4;
    const colour = touches ? SELECTED : lightTheme.kind[kindOf.get(f.source) ?? 'segment'].fill;
    const item: PathItem = {
      t: 'path',
      d: bandPath(xl + BAR_W, y0, xr, y1),
      fill: colour,
      opacity: f.editorial ? opacity * 0.6 : opacity,
      id: `${f.source}>${f.target}`,
      cls: touches ? 'apps-flow apps-flow-selected' : 'apps-flow',
    };
    // An editorial relation is outlined with dashes so it reads as ours even in greyscale.
    if (f.editorial) Object.assign(item, { stroke: colour, strokeWidth: 1, dash: EDITORIAL_DASH });
    (touches ? onTop : flowItems).push(item);
  }

  const items: Item[] = [...flowItems, ...onTop];
  const hits: Hit[] = [];
  items.push(text(xl + BAR_W, 18, appsText(lang, 'leftHeading'), { weight: 700, anchor: 'end' }));
  items.push(text(xr, 18, appsText(lang, 'rightHeading'), { weight: 700 }));

  const drawColumn = (col: Placed[], side: 'left' | 'right') => {
    const barX = side === 'left' ? xl : xr;
    for (const p of col) {
      const { node } = p;
      const on = emphasised(node.id);
      const selected = node.id === selectedId;
      const base = side === 'left' ? lightTheme.kind[node.kind].fill : FIELD_BAR;
      items.push({
        t: 'rect',
        x: barX,
        y: p.barY,
        w: BAR_W,
        h: p.barH,
        fill: on ? base : DIM_BAR,
        ...(selected ? { stroke: SELECTED, strokeWidth: 2 } : {}),
      });
      if (gapIds.has(node.id))
        items.push({
          t: 'rect',
          x: barX - 3,
          y: p.barY - 3,
          w: BAR_W + 6,
          h: p.barH + 6,
          stroke: GAP,
          strokeWidth: 1.5,
          dash: GAP_DASH,
        });
      const cy = p.barY + p.barH / 2;
      const tx = side === 'left' ? barX - 6 : barX + BAR_W + 6;
      p.lines.forEach((line, i) => {
        const y = cy - ((p.lines.length - 1) * LINE_H) / 2 + i * LINE_H + SIZE * 0.35;
        items.push(
          text(tx, y, line, {
            anchor: side === 'left' ? 'end' : 'start',
            fill: on ? INK : MUTED,
            weight: selected ? 700 : 400,
          }),
        );
      });
      hits.push({
        id: node.id,
        x: side === 'left' ? PAD : barX,
        y: p.top,
        w: labelW + 6 + BAR_W,
        h: p.h,
        label: appsHitLabel(lang, side, nameIn(lang, node.name), node.count),
      });
    }
  };
  drawColumn(left, 'left');
  drawColumn(right, 'right');
  return { width, height, items, hits };
}
