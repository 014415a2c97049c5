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
export type PaintStepsFn = (ctx: Ctx2D, view: View, size: Size, scale: number) => Iterator<void>;

/** A picture being painted over several tasks into a back bitmap; shown only once complete. */
export interface PaintJob {
  readonly view: View;
  /** Paints for about `budgetMs`; true when the picture is complete and shown by blit. */
  advance(budgetMs: number): boolean;
  /** False once the cache was invalidated after the job began (its picture would be outdated). */
  current(): boolean;
}

export interface BitmapCache {
  /** True when the bitmap shows exactly `view` and nothing changed since it was painted. */
  fresh(view: View): boolean;
  has(): boolean;
  invalidate(): void;
  paint(view: View, size: Size, dpr: number, withMargin: boolean, draw: PaintFn): void;
  /** Like paint, but in steps (see PaintJob); the previous picture stays on show meanwhile. */
  begin(view: View, size: Size, dpr: number, withMargin: boolean, steps: PaintStepsFn): PaintJob;
  blit(ctx: Ctx2D, view: View, size: Size, dpr: number, background: string): void;
  drop(): void;
}

export function createBitmapCache(doc: Document): BitmapCache {
  let canvas: HTMLCanvasElement | null = null;
  let at: View | null = null;
  let margin = { x: 0, y: 0 };
  let dirty = true;
  let generation = 0;
  // The picture shown before the current one, kept as the next stepped paint's back bitmap: a new
  // canvas of a few million pixels cost 50 ms in its first drawing call (allocation and clearing),
  // longer than a paint step may take.
  let spare: HTMLCanvasElement | null = null;
  // Hands a started, unfinished job's bitmap back when a newer job replaces it.
  let cancelPending: (() => void) | null = null;

  const layout = (size: Size, dpr: number, withMargin: boolean) => {
    const m = withMargin ? { x: size.width / 2, y: size.height / 2 } : { x: 0, y: 0 };
    const s = { width: size.width + 2 * m.x, height: size.height + 2 * m.y };
    const scale = Math.min(dpr, Math.sqrt(MAX_CACHE_PX / Math.max(1, s.width * s.height)));
    return {
      m,
      s,
      scale,
      w: Math.max(1, Math.round(s.width * scale)),
      h: Math.max(1, Math.round(s.height * scale)),
    };
  };

  // After the first stepped picture there is no earlier one to reuse: make the spare bitmap when
  // the page is idle rather than as part of the first paint step after the next gesture.
  let preparing = false;
  const prepareSpare = (w: number, h: number) => {
    if (preparing) return;
    preparing = true;
    const idle = (globalThis as { requestIdleCallback?: (f: () => void) => number }).requestIdleCallback;
    const later = idle ? (f: () => void) => idle(f) : (f: () => void) => setTimeout(f, 200);
    later(() => {
      preparing = false;
      if (spare || !canvas) return;
      const c = doc.createElement('canvas');
      c.width = w;
      c.height = h;
      // The first drawing call allocates the bitmap.
      (c.getContext('2d') as Ctx2D | null)?.setTransform(1, 0, 0, 1, 0, 0);
      spare = c;
    });
  };

  return {
    fresh: (view) => !dirty && !!at && sameView(at, view),
    has: () => !!canvas && !!at,
    invalidate: () => {
      dirty = true;
      generation++;
    },
    paint(view, size, dpr, withMargin, draw) {
      const { m, s, scale, w, h } = layout(size, dpr, withMargin);
      margin = m;
      canvas ??= doc.createElement('canvas');
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const ctx = canvas.getContext('2d') as Ctx2D | null;
      if (ctx) draw(ctx, panBy(view, margin.x, margin.y), s, scale);
      at = { ...view };
      dirty = false;
    },
    begin(view, size, dpr, withMargin, steps) {
      cancelPending?.();
      const { m, s, scale, w, h } = layout(size, dpr, withMargin);
      // A reused bitmap is not cleared: the steps begin by painting the background over all of it.
      const back = spare ?? doc.createElement('canvas');
      spare = null;
      if (back.width !== w) back.width = w;
      if (back.height !== h) back.height = h;
      const ctx = back.getContext('2d') as (Ctx2D & Pick<CanvasRenderingContext2D, 'getImageData'>) | null;
      const it = ctx ? steps(ctx, panBy(view, m.x, m.y), s, scale) : null;
      const started = generation;
      const jobView = { ...view };
      let done = false;
      let cancelled = false;
      cancelPending = () => {
        cancelled = true;
        cancelPending = null;
        spare = back;
      };
      return {
        view: jobView,
        current: () => !cancelled && generation === started,
        advance(budgetMs) {
          if (cancelled) return false;
          if (done) return true;
          const t0 = performance.now();
          while (it) {
            if (it.next().done) done = true;
            // Software canvases rasterise recorded drawing only when flushed, which costs about as
            // much again as recording it: flush after every step, in this task, so the budget
            // counts the rasterising too (and the frame that shows the picture does not pay it).
            ctx?.getImageData(0, 0, 1, 1);
            if (done || performance.now() - t0 >= budgetMs) break;
          }
          if (!it) done = true;
          if (!done) return false;
          cancelPending = null;
          if (canvas !== back) spare = canvas;
          canvas = back;
          if (!spare) prepareSpare(w, h);
          margin = m;
          at = jobView;
          dirty = generation !== started;
          return true;
        },
      };
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
      cancelPending?.();
      canvas = null;
      spare = null;
      at = null;
    },
  };
}
