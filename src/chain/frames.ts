/**
 * Frame timing for the chain renderer: at most one render per animation frame however many changes
 * ask for one, and a "view came to rest" notice 120 ms after the last move (so the address bar and
 * listeners hear about a pan once, not sixty times a second). Falls back to timers without rAF.
 */
export interface Frames {
  /** Render in the next animation frame, once. */
  schedule(): void;
  /** Tell `onRest` about the view after it has stopped changing. */
  viewChanged(): void;
  raf(cb: () => void): number | ReturnType<typeof setTimeout>;
  stop(): void;
}

const REST_MS = 120;

export function createFrames(win: Window | null, render: () => void, onRest: () => void): Frames {
  const raf = (cb: () => void) =>
    win?.requestAnimationFrame ? win.requestAnimationFrame(cb) : setTimeout(cb, 16);
  const caf = (h: number | ReturnType<typeof setTimeout>) =>
    win?.cancelAnimationFrame && typeof h === 'number' ? win.cancelAnimationFrame(h) : clearTimeout(h);
  let frame: number | ReturnType<typeof setTimeout> | null = null;
  let restTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  return {
    raf,
    schedule() {
      if (frame !== null || stopped) return;
      frame = raf(() => {
        frame = null;
        render();
      });
    },
    viewChanged() {
      if (restTimer) clearTimeout(restTimer);
      restTimer = setTimeout(() => {
        restTimer = null;
        onRest();
      }, REST_MS);
    },
    stop() {
      stopped = true;
      if (frame !== null) caf(frame);
      if (restTimer) clearTimeout(restTimer);
    },
  };
}
