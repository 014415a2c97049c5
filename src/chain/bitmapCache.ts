/**
 * The renderer's cached picture: the scene drawn once into an offscreen canvas, then copied to the
 * screen with one drawImage per frame — scaled and shifted when the view has moved since.
 *
 * With a margin (half a viewport on each side) a pan shows already-drawn content instead of blank
 * edges until the crisp redraw. The bitmap is capped at MAX_CACHE_PX device pixels, so on HiDPI
 * screens a big cache is drawn at a lower density (only visible while moving).
 */
import type { Ctx2D } from './draw.ts';
import { panBy, type Size, sameView, type View } from './viewport.ts';

/** ≈32 MB of RGBA. */
const MAX_CACHE_PX = 8e6;

export type PaintFn = (ctx: Ctx2D, view: View, size: Size, scale: number) => void;

export interface BitmapCache {
  /** True when the bitmap shows exactly `view` and nothing changed since it was painted. */
  fresh(view: View): boolean;
  has(): boolean;
  invalidate(): void;
  paint(view: View, size: Size, dpr: number, withMargin: boolean, draw: PaintFn): void;
  blit(ctx: Ctx2D, view: View, size: Size, dpr: number, background: string): void;
  drop(): void;
}

export function createBitmapCache(doc: Document): BitmapCache {
  let canvas: HTMLCanvasElement | null = null;
  let at: View | null = null;
  let margin = { x: 0, y: 0 };
  let dirty = true;

  return {
    fresh: (view) => !dirty && !!at && sameView(at, view),
    has: () => !!canvas && !!at,
    invalidate: () => {
      dirty = true;
    },
    paint(view, size, dpr, withMargin, draw) {
      margin = withMargin ? { x: size.width / 2, y: size.height / 2 } : { x: 0, y: 0 };
      const s = { width: size.width + 2 * margin.x, height: size.height + 2 * margin.y };
      const scale = Math.min(dpr, Math.sqrt(MAX_CACHE_PX / Math.max(1, s.width * s.height)));
      canvas ??= doc.createElement('canvas');
      const w = Math.max(1, Math.round(s.width * scale));
      const h = Math.max(1, Math.round(s.height * scale));
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const ctx = canvas.getContext('2d') as Ctx2D | null;
      if (ctx) draw(ctx, panBy(view, margin.x, margin.y), s, scale);
      at = { ...view };
      dirty = false;
    },
    blit(ctx, view, size, dpr, background) {
      if (!canvas || !at) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.globalAlpha = 1;
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, size.width, size.height);
      // Where the bitmap's top-left corner (screen −margin at view `at`) lands in the current view.
      const f = view.k / at.k;
      ctx.drawImage(
        canvas,
        (-margin.x - at.x) * f + view.x,
        (-margin.y - at.y) * f + view.y,
        (size.width + 2 * margin.x) * f,
        (size.height + 2 * margin.y) * f,
      );
    },
    drop: () => {
      canvas = null;
      at = null;
    },
  };
}
