/**
 * Animated camera moves (flyTo). Kept apart from the renderer so the easing and cancellation
 * rules are in one small place: any user gesture stops a flight; reduced-motion users jump.
 */
import type { Point } from './layout.ts';
import { centerOn, clampK, interpolateView, type Size, type View } from './viewport.ts';

export interface CameraHost {
  get(): View;
  set(v: View): void;
  /** true while animating (large graphs draw from the cached bitmap meanwhile). */
  moving(m: boolean): void;
  raf(cb: () => void): unknown;
  size(): Size;
  reducedMotion(): boolean;
}

const FLIGHT_MS = 450;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2); // cubic in-out
const now = () => globalThis.performance?.now() ?? Date.now();

export function createCamera(host: CameraHost) {
  let flight = 0; // incremented to cancel a running flight

  function stop() {
    if (flight % 2 === 1) {
      flight++;
      host.moving(false);
    }
  }

  function flyTo(p: Point, k: number) {
    stop();
    const target = centerOn(host.size(), p, clampK(k));
    if (host.reducedMotion()) {
      host.set(target);
      host.moving(false);
      return;
    }
    const from = host.get();
    const id = ++flight; // odd while flying
    const t0 = now();
    host.moving(true);
    const step = () => {
      if (id !== flight) return;
      const t = Math.min(1, (now() - t0) / FLIGHT_MS);
      host.set(t >= 1 ? target : interpolateView(from, target, host.size(), ease(t)));
      if (t < 1) host.raf(step);
      else {
        flight++;
        host.moving(false);
      }
    };
    host.raf(step);
  }

  return { flyTo, stop };
}
