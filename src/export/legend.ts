/**
 * The figure's legends as drawing items, flowed into a column: the map legend (role swatches or the
 * cluster-count ramp, then the belt line and base ring) and the chain legend (legendData + the same
 * legendIcon marks the on-screen legend draws). Each group starts a row with its bold title; its
 * items wrap under it. Pure.
 */
import { legendIcon } from '../chain/legendIcons.ts';
import { type LegendGroup, lightTheme } from '../chain/theme.ts';
import { MAP_COLORS } from '../map/palette.ts';
import type { Item } from './displayList.ts';
import type { MapLegendData } from './figureInput.ts';
import { estimateWidth, type Measure } from './text.ts';

const INK = '#1f2937';
const MUTED = '#5b6470';

interface Entry {
  /** Mark drawn in a box `w` wide and one row high, at its top-left. */
  mark: (x: number, y: number, row: number) => Item[];
  w: number;
  label: string;
}
interface Group {
  title: string;
  entries: Entry[];
}

export interface Flowed {
  items: Item[];
  height: number;
}

/** Lays groups out from (x, y) within `width`: title, then entries left to right, wrapping. */
function flow(groups: Group[], x: number, y: number, width: number, size: number, measure: Measure): Flowed {
  const row = Math.round(size * 1.75);
  const gap = Math.round(size * 1.1);
  const items: Item[] = [];
  let top = y;
  for (const g of groups) {
    const titleW = measure(g.title, size, true) + gap * 0.6;
    let cx = x + titleW;
    items.push({
      t: 'text',
      x,
      y: top + row * 0.5 + size * 0.36,
      text: g.title,
      size,
      weight: 700,
      fill: INK,
    });
    for (const e of g.entries) {
      const w = e.w + 6 + measure(e.label, size);
      if (cx + w > x + width && cx > x + titleW) {
        cx = x + titleW;
        top += row;
      }
      items.push(...e.mark(cx, top, row));
      items.push({
        t: 'text',
        x: cx + e.w + 6,
        y: top + row * 0.5 + size * 0.36,
        text: e.label,
        size,
        fill: MUTED,
      });
      cx += w + gap;
    }
    top += row;
  }
  return { items, height: top - y };
}

export function mapLegendGroups(legend: MapLegendData): Group[] {
  const entries: Entry[] = legend.swatches.map((s) => ({
    w: 14,
    label: s.label,
    mark: (x, y, row) => [
      {
        t: 'rect',
        x,
        y: y + (row - 14) / 2,
        w: 14,
        h: 14,
        fill: s.fill,
        stroke: '#9ca3af',
        strokeWidth: 0.6,
      },
    ],
  }));
  if (legend.belt)
    entries.push({
      w: 26,
      label: legend.belt,
      mark: (x, y, row) => [
        {
          t: 'path',
          d: `M${x + 2} ${y + row / 2}H${x + 24}`,
          stroke: MAP_COLORS.belt,
          strokeWidth: 3,
          dash: [6, 3],
          opacity: 0.85,
        },
      ],
    });
  if (legend.base)
    entries.push({
      w: 14,
      label: legend.base,
      mark: (x, y, row) => [
        {
          t: 'circle',
          cx: x + 7,
          cy: y + row / 2,
          r: 5,
          fill: '#ffffff',
          stroke: MAP_COLORS.belt,
          strokeWidth: 2.5,
        },
      ],
    });
  return [{ title: legend.title, entries }];
}

export function chainLegendGroups(groups: readonly LegendGroup[]): Group[] {
  return groups.map((g) => ({
    title: g.title,
    entries: g.items.map((item) => {
      const icon = legendIcon(item.icon, lightTheme);
      return {
        w: icon.width,
        label: item.label,
        mark: (x, y, row) => {
          const parts: Item[] = icon.parts.map((p) => ({
            t: 'path',
            d: p.d,
            fill: p.fill,
            stroke: p.stroke,
            strokeWidth: p.strokeWidth,
            ...(p.dash ? { dash: p.dash.split(' ').map(Number) } : {}),
          }));
          if (icon.glyph)
            parts.push({
              t: 'text',
              x: icon.glyph.x,
              y: icon.glyph.y + icon.glyph.size * 0.36,
              text: icon.glyph.text,
              size: icon.glyph.size,
              weight: 700,
              anchor: 'middle',
              fill: icon.glyph.fill,
            });
          return [{ t: 'group', x, y: y + (row - icon.height) / 2, items: parts, cls: 'legend-icon' }];
        },
      };
    }),
  }));
}

export function layoutLegend(
  groups: Group[],
  x: number,
  y: number,
  width: number,
  size: number,
  measure: Measure = estimateWidth,
): Flowed {
  return flow(groups, x, y, width, size, measure);
}
