/**
 * The composed figure: title (and the selected node / city), the map and the diagram side by side,
 * their legends under them, and a footer with the sources the view cites, the map's credit and note
 * (示意图 or the 审图号), the export date and the deep link. Pure: sizes in CSS px; the PNG
 * multiplies them by its scale.
 */
import type { Figure, Item } from './displayList.ts';
import type { FigureInput } from './figureInput.ts';
import { chainLegendGroups, layoutLegend, mapLegendGroups } from './legend.ts';
import { estimateWidth, type Measure, wrapText } from './text.ts';

export type FigureLayout = 'slide' | 'a4' | 'map' | 'chain';
export const FIGURE_LAYOUTS: readonly FigureLayout[] = ['slide', 'a4', 'map', 'chain'];

/** 16:9 slide; A4 landscape (297:210 at ≈150 dpi); the single-part layouts use the slide's size. */
export const LAYOUT_SIZE: Record<FigureLayout, { width: number; height: number }> = {
  slide: { width: 1600, height: 900 },
  a4: { width: 1754, height: 1240 },
  map: { width: 1600, height: 900 },
  chain: { width: 1600, height: 900 },
};

const INK = '#1f2937';
const MUTED = '#5b6470';
const RULE = '#d8dce2';

export function layoutFigure(
  input: FigureInput,
  layout: FigureLayout,
  measure: Measure = estimateWidth,
): Figure {
  const { width: W, height: H } = LAYOUT_SIZE[layout];
  const big = layout === 'a4';
  const M = big ? 48 : 36;
  const size = { title: big ? 34 : 30, sub: big ? 19 : 17, legend: big ? 14 : 13, foot: big ? 13 : 12 };
  const innerW = W - 2 * M;
  const s = input.strings;
  const items: Item[] = [];

  // ---------------------------------------------------------------- header
  let y = M;
  const brandW = measure(s.brand, 15);
  const [title = ''] = wrapText(input.title, innerW - brandW - 32, size.title, {
    measure,
    bold: true,
    maxLines: 1,
  });
  items.push({
    t: 'text',
    x: M,
    y: y + size.title,
    text: title,
    size: size.title,
    weight: 700,
    fill: INK,
    cls: 'title',
  });
  items.push({ t: 'text', x: W - M, y: y + size.title, text: s.brand, size: 15, fill: MUTED, anchor: 'end' });
  y += size.title * 1.35;
  if (input.subtitle) {
    const [sub = ''] = wrapText(input.subtitle, innerW, size.sub, { measure, maxLines: 1 });
    items.push({ t: 'text', x: M, y: y + size.sub, text: sub, size: size.sub, fill: INK, cls: 'subtitle' });
    y += size.sub * 1.6;
  }
  y += 8;
  items.push({ t: 'rect', x: M, y, w: innerW, h: 1, fill: RULE });
  y += 16;

  // ---------------------------------------------------------------- footer, from the bottom up
  const showMap = layout !== 'chain' || !input.chain;
  const showChain = layout !== 'map' && !!input.chain;
  const chart = showChain ? input.chart : null;
  const lines: string[] = [];
  const wrap = (text: string, maxLines: number, ellipsis?: string) =>
    wrapText(text, innerW, size.foot, { measure, maxLines, ...(ellipsis ? { ellipsis } : {}) });
  if (input.sources.length)
    lines.push(
      ...wrap(
        `${s.sources}${s.colon}${input.sources.map((x) => x.text).join(s.listSep)}`,
        big ? 6 : 4,
        s.more.replace('{n}', String(input.sources.length)),
      ),
    );
  if (showMap) lines.push(...wrap(input.mapCredit, 2));
  lines.push(...wrap(`${s.exported} ${input.date} · ${s.link}${s.colon}${input.link}`, 2));
  const lh = Math.round(size.foot * 1.55);
  const footTop = H - M - lines.length * lh;
  lines.forEach((text, i) => {
    items.push({
      t: 'text',
      x: M,
      y: footTop + i * lh + size.foot,
      text,
      size: size.foot,
      fill: MUTED,
      cls: 'footer',
    });
  });

  // ---------------------------------------------------------------- the computed gap list, above the footer
  let bodyBottom = footTop;
  if (input.gaps.length && showChain) {
    const gapSize = size.legend;
    const gapLh = Math.round(gapSize * 1.5);
    const gapLines = wrapText(`${s.gaps}${s.colon}${input.gaps.join(s.listSep)}`, innerW, gapSize, {
      measure,
      maxLines: big ? 4 : 3,
    });
    const top = footTop - 10 - gapLines.length * gapLh;
    gapLines.forEach((text, i) => {
      items.push({
        t: 'text',
        x: M,
        y: top + i * gapLh + gapSize,
        text,
        size: gapSize,
        fill: INK,
        cls: 'gaps',
      });
    });
    bodyBottom = top - 6;
  }

  // ---------------------------------------------------------------- map | diagram (or chart), legends below
  const parts: ('map' | 'chain' | 'chart')[] = [
    ...(showMap ? ['map' as const] : []),
    ...(showChain ? [chart ? ('chart' as const) : ('chain' as const)] : []),
  ];
  const gap = 24;
  const colW = (innerW - gap * (parts.length - 1)) / parts.length;
  const legends = parts.map((part, i) => {
    if (part === 'chart') return null; // the charts carry their own tags and keys
    const groups =
      part === 'map' ? mapLegendGroups(input.mapLegend) : chainLegendGroups(input.chainLegend ?? []);
    return layoutLegend(groups, M + i * (colW + gap), 0, colW, size.legend, measure);
  });
  const legendH = Math.max(0, ...legends.map((l) => l?.height ?? 0));
  const partH = Math.max(120, bodyBottom - 16 - legendH - 12 - y);
  parts.forEach((part, i) => {
    const x = M + i * (colW + gap);
    if (part === 'chart' && chart) {
      const pad = 8;
      const scale = Math.min((colW - 2 * pad) / chart.width, (partH - 2 * pad) / chart.height, 1.6);
      items.push({
        t: 'group',
        x: x + pad,
        y: y + pad,
        scale,
        items: chart.items,
        cls: `chart chart-${chart.view}`,
      });
    } else if (part !== 'chart') items.push({ t: 'slot', part, x, y, w: colW, h: partH });
    items.push({ t: 'rect', x, y, w: colW, h: partH, stroke: RULE, strokeWidth: 1, fill: 'none' });
    const legend = legends[i];
    if (legend)
      items.push({ t: 'group', x: 0, y: y + partH + 12, items: legend.items, cls: `legend legend-${part}` });
  });
  return { width: W, height: H, background: '#ffffff', items };
}
