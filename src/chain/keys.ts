/** Keyboard camera moves on the focused canvas: +/- zoom about the centre, arrows pan. */
import { panBy, type Size, type View, zoomAt } from './viewport.ts';

export const KEY_PAN_PX = 60;
export const KEY_ZOOM = 1.25;

/** The view a key leads to, or null for keys the canvas leaves alone. */
function keyView(key: string, view: View, size: Size): View | null {
  const cx = size.width / 2;
  const cy = size.height / 2;
  switch (key) {
    case '+':
    case '=':
      return zoomAt(view, cx, cy, KEY_ZOOM);
    case '-':
    case '_':
      return zoomAt(view, cx, cy, 1 / KEY_ZOOM);
    case 'ArrowLeft':
      return panBy(view, KEY_PAN_PX, 0);
    case 'ArrowRight':
      return panBy(view, -KEY_PAN_PX, 0);
    case 'ArrowUp':
      return panBy(view, 0, KEY_PAN_PX);
    case 'ArrowDown':
      return panBy(view, 0, -KEY_PAN_PX);
    default:
      return null;
  }
}

export interface KeyHandlers {
  view(): View;
  size(): Size;
  /** A key moved the camera. */
  move(next: View): void;
  escape(): void;
}

export function attachKeys(el: HTMLElement, h: KeyHandlers): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      h.escape();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const next = keyView(e.key, h.view(), h.size());
    if (!next) return;
    e.preventDefault();
    h.move(next);
  };
  el.addEventListener('keydown', onKey);
  return () => el.removeEventListener('keydown', onKey);
}
