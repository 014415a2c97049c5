/**
 * Legend icons as plain drawing parts (SVG path data + paint), pure so the React legend and an
 * exported legend draw the same marks as the diagram itself.
 */
import { traceArrowHead, traceCrown, traceExtensionTick, traceShape } from './shapes.ts';
import { SvgPath } from './svgPath.ts';
import { type ChainTheme, GAP_DASH, GHOST_DASH, type LegendIcon, STATUS_STYLE } from './theme.ts';

export interface IconPart {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}
export interface IconDrawing {
  width: number;
  height: number;
  parts: IconPart[];
  glyph?: { x: number; y: number; size: number; text: string; fill: string };
}

const W = 30;
const H = 18;
const d = (draw: (p: SvgPath) => void) => {
  const p = new SvgPath();
  draw(p);
  return p.toString();
};

export function legendIcon(icon: LegendIcon, theme: ChainTheme): IconDrawing {
  if (icon.type === 'link') {
    const { style, color } = icon;
    const parts: IconPart[] = [
      {
        d: d((p) => {
          p.moveTo(3, H / 2);
          p.lineTo(W - 4, H / 2);
        }),
        fill: 'none',
        stroke: color,
        strokeWidth: style.width * 1.3,
        ...(style.dash.length ? { dash: style.dash.join(' ') } : {}),
      },
    ];
    if (style.arrow)
      parts.push({
        d: d((p) => traceArrowHead(p, 3, H / 2, W - 2, H / 2, 6)),
        fill: color,
        stroke: 'none',
        strokeWidth: 0,
      });
    return { width: W, height: H, parts };
  }
  const st = icon.status ? STATUS_STYLE[icon.status] : null;
  const cx = icon.status === 'extension' ? 11 : W / 2;
  const cy = icon.tier === 'chain-leader' ? H / 2 + 2 : H / 2;
  const r =
    icon.kind === 'segment' ? 5.5 : icon.tier === 'chain-leader' ? 6 : icon.tier === 'leading' ? 5 : 4.5;
  const parts: IconPart[] = [
    {
      d: d((p) => traceShape(p, icon.shape, cx, cy, r)),
      fill: st?.hollow || icon.candidate ? theme.background : icon.fill,
      stroke: icon.stroke,
      strokeWidth: st ? Math.min(st.width, 1.8) : icon.candidate ? 1.2 : 0.8,
      ...(st?.dash.length
        ? { dash: st.dash.join(' ') }
        : icon.candidate
          ? { dash: GHOST_DASH.join(' ') }
          : {}),
    },
  ];
  if (icon.gap)
    parts.push({
      d: d((p) => traceShape(p, icon.shape, cx, cy, r + 3)),
      fill: 'none',
      stroke: theme.gap,
      strokeWidth: 1.4,
      dash: GAP_DASH.join(' '),
    });
  if (st?.double)
    parts.push({
      d: d((p) => traceShape(p, icon.shape, cx, cy, r + 2)),
      fill: 'none',
      stroke: icon.stroke,
      strokeWidth: 1,
    });
  if (st?.tick)
    parts.push({
      d: d((p) => traceExtensionTick(p, cx + 1.4 * r, cy, 7)),
      fill: 'none',
      stroke: icon.stroke,
      strokeWidth: 1.4,
    });
  if (icon.tier === 'chain-leader')
    parts.push({
      d: d((p) => traceCrown(p, cx, cy - 0.9 * r, 3.3)),
      fill: theme.crown,
      stroke: icon.stroke,
      strokeWidth: 0.6,
    });
  const drawing: IconDrawing = { width: W, height: H, parts };
  if (st?.glyph) drawing.glyph = { x: cx, y: cy, size: 7, text: st.glyph, fill: icon.stroke };
  return drawing;
}
