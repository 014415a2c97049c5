/**
 * How the renderer keeps its picture up to date with the view, by graph size (thresholds measured
 * with `npm run bench` on the 2-core VM, software compositing):
 * - small graphs: every frame is drawn crisply;
 * - above CACHE_THRESHOLD: while the view moves the cached bitmap is moved (60 fps at 10 k nodes),
 *   and the crisp picture is drawn once at rest — full redraws panned at 53 fps with 400 nodes but
 *   25 fps with 1 000 (label text dominates);
 * - above STEPPED_THRESHOLD: every crisp picture, the first one too, is painted in steps of
 *   STEP_BUDGET_MS (rasterising included), one per frame, into a back bitmap while the old one (if
 *   any) stays on screen — at 50 k nodes a redraw in one go was a 150 ms task after every pan and
 *   190 ms on mounting; at 10 k, 60–76 ms after every pan and 187 ms on mounting when the machine
 *   ran slower, and 16 ms steps leave room in a 33 ms frame for software compositing's commit;
 *   at 2 k, the page's first picture (code and canvas text not warmed up yet) was one task of
 *   51–127 ms with the threshold at 5 k, and none over 50 ms from 1 k (first mounts in the bench's
 *   graph page, 3 runs of each).
 */
import type { BitmapCache, PaintFn, PaintJob, PaintStepsFn } from './bitmapCache.ts';
import type { Ctx2D } from './canvasTypes.ts';
import { type Size, sameView, type View } from './viewport.ts';

export const CACHE_THRESHOLD = 300;
export const STEPPED_THRESHOLD = 1_000;
const STEP_BUDGET_MS = 16;

export interface Picture {
  /**
   * Shows the picture for `view` on `ctx`: crisp, or the cached bitmap moved while `moving`.
   * Returns true when a stepped paint is under way and needs another frame.
   */
  show(
    ctx: Ctx2D,
    a: { view: View; size: Size; dpr: number; nodes: number; moving: boolean; background: string },
    draw: PaintFn,
    steps: PaintStepsFn,
  ): boolean;
}

export function createPicture(cache: BitmapCache): Picture {
  let job: PaintJob | null = null;
  return {
    show(ctx, a, draw, steps) {
      const { view, size, dpr, nodes } = a;
      const large = nodes > CACHE_THRESHOLD;
      let more = false;
      if (!cache.fresh(view) && !(a.moving && large && cache.has())) {
        if (nodes > STEPPED_THRESHOLD) {
          if (!job?.current() || !sameView(job.view, view)) job = cache.begin(view, size, dpr, true, steps);
          if (job.advance(STEP_BUDGET_MS)) job = null;
          else more = true;
        } else {
          job = null;
          cache.paint(view, size, dpr, large, draw);
        }
      }
      cache.blit(ctx, view, size, dpr, a.background);
      return more;
    },
  };
}
