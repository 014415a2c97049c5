/**
 * Node shapes and marks as path geometry, written once against a tiny path interface that both a
 * CanvasRenderingContext2D and the SVG path builder below implement. So canvas and SVG export draw
 * exactly the same outlines.
 */
import type { NodeKind } from '../data/schema.ts';

export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  closePath(): void;
}

export type ShapeName =
  | 'roundRect'
  | 'circle'
  | 'diamond'
  | 'square'
  | 'triangle'
  | 'hexagon'
  | 'star'
  | 'document';

export const KIND_SHAPE: Record<NodeKind, ShapeName> = {
  segment: 'roundRect',
  product: 'circle',
  technology: 'diamond',
  enterprise: 'square',
  institution: 'triangle',
  platform: 'hexagon',
  project: 'star',
  policy: 'document',
};

/** Half width / half height of a shape drawn at radius r (label offsets, arrow ends, marks). */
export function shapeExtent(shape: ShapeName, r: number): { hw: number; hh: number } {
  switch (shape) {
    case 'roundRect':
      return { hw: 1.4 * r, hh: 0.75 * r };
    case 'diamond':
      return { hw: 1.25 * r, hh: 1.25 * r };
    case 'square':
      return { hw: 0.9 * r, hh: 0.9 * r };
    case 'star':
      return { hw: 1.3 * r, hh: 1.3 * r };
    case 'document':
      return { hw: 0.8 * r, hh: r };
    case 'triangle':
      return { hw: 1.1 * r, hh: 1.05 * r };
    case 'hexagon':
      return { hw: 1.1 * r, hh: 0.96 * r };
    default:
      return { hw: r, hh: r };
  }
}

function polygon(p: PathSink, pts: readonly number[]) {
  p.moveTo(pts[0] as number, pts[1] as number);
  for (let i = 2; i < pts.length; i += 2) p.lineTo(pts[i] as number, pts[i + 1] as number);
  p.closePath();
}

/** Closed polygon through unit corners scaled by r1 (even corners) and r2 (odd corners). */
function regular(
  p: PathSink,
  unit: readonly (readonly [number, number])[],
  x: number,
  y: number,
  r1: number,
  r2: number,
) {
  for (let i = 0; i < unit.length; i++) {
    const c = unit[i] as readonly [number, number];
    const r = i % 2 ? r2 : r1;
    if (i === 0) p.moveTo(x + c[0] * r, y + c[1] * r);
    else p.lineTo(x + c[0] * r, y + c[1] * r);
  }
  p.closePath();
}

/** Unit-circle corners, precomputed so the 10 k-node draw loop does no trigonometry. */
const corners = (count: number, phase: number) =>
  Array.from({ length: count }, (_, i) => {
    const a = phase + (i * 2 * Math.PI) / count;
    return [Math.cos(a), Math.sin(a)] as const;
  });
const HEX = corners(6, 0);
const STAR = corners(10, -Math.PI / 2);
const TRI = corners(3, -Math.PI / 2);

export function traceShape(p: PathSink, shape: ShapeName, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, 2 * Math.PI);
      p.closePath();
      return;
    case 'roundRect': {
      const w = 1.4 * r;
      const h = 0.75 * r;
      const c = 0.35 * r;
      p.moveTo(x - w + c, y - h);
      p.lineTo(x + w - c, y - h);
      p.quadraticCurveTo(x + w, y - h, x + w, y - h + c);
      p.lineTo(x + w, y + h - c);
      p.quadraticCurveTo(x + w, y + h, x + w - c, y + h);
      p.lineTo(x - w + c, y + h);
      p.quadraticCurveTo(x - w, y + h, x - w, y + h - c);
      p.lineTo(x - w, y - h + c);
      p.quadraticCurveTo(x - w, y - h, x - w + c, y - h);
      p.closePath();
      return;
    }
    // Polygons are traced straight from coordinates, without building point arrays: this runs for
    // every node of a 10 k-node frame.
    case 'diamond': {
      const d = 1.25 * r;
      p.moveTo(x, y - d);
      p.lineTo(x + d, y);
      p.lineTo(x, y + d);
      p.lineTo(x - d, y);
      p.closePath();
      return;
    }
    case 'square': {
      const s = 0.9 * r;
      p.moveTo(x - s, y - s);
      p.lineTo(x + s, y - s);
      p.lineTo(x + s, y + s);
      p.lineTo(x - s, y + s);
      p.closePath();
      return;
    }
    case 'triangle':
      // shifted down so the triangle's box, not its centroid, is centred on the node
      regular(p, TRI, x, y + 0.2 * r, 1.25 * r, 1.25 * r);
      return;
    case 'hexagon':
      regular(p, HEX, x, y, 1.1 * r, 1.1 * r);
      return;
    case 'star':
      regular(p, STAR, x, y + 0.1 * r, 1.35 * r, 0.55 * r);
      return;
    case 'document': {
      const w = 0.8 * r;
      const h = r;
      const f = 0.45 * r; // folded corner
      polygon(p, [x - w, y - h, x + w - f, y - h, x + w, y - h + f, x + w, y + h, x - w, y + h]);
      p.moveTo(x + w - f, y - h);
      p.lineTo(x + w - f, y - h + f);
      p.lineTo(x + w, y - h + f);
      return;
    }
  }
}

/** Crown above a chain-leader (链主) node. */
export function traceCrown(p: PathSink, x: number, top: number, size: number): void {
  const w = size;
  const h = size * 0.7;
  const b = top - 2;
  polygon(p, [
    x - w,
    b,
    x - w,
    b - h,
    x - w / 2,
    b - h / 2,
    x,
    b - h * 1.1,
    x + w / 2,
    b - h / 2,
    x + w,
    b - h,
    x + w,
    b,
  ]);
}

/** Outward arrow tick on the right of a node: 延链 extends the chain beyond its current end. */
export function traceExtensionTick(p: PathSink, right: number, y: number, len: number): void {
  const x0 = right + 2;
  const x1 = x0 + len;
  p.moveTo(x0, y);
  p.lineTo(x1, y);
  p.moveTo(x1 - len * 0.45, y - len * 0.4);
  p.lineTo(x1, y);
  p.lineTo(x1 - len * 0.45, y + len * 0.4);
}

/** Filled arrowhead whose tip is at (x2, y2), pointing along (x1, y1) → (x2, y2). */
export function traceArrowHead(
  p: PathSink,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  size: number,
): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const w = size * 0.5;
  polygon(p, [x2, y2, bx - uy * w, by + ux * w, bx + uy * w, by - ux * w]);
}
