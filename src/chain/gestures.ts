/**
 * Pointer, wheel and double-click handling for the chain canvas. One state machine decides per
 * gesture whether a press becomes a node drag, a pan, a pinch or a click, so node dragging never
 * fights with panning (which it would with d3-zoom listening on the same element).
 */

export interface GestureHandlers {
  /** Node id under a point in CSS px relative to the element. */
  hitAt(sx: number, sy: number): string | null;
  pan(dx: number, dy: number): void;
  zoom(sx: number, sy: number, factor: number): void;
  dragStart(id: string): void;
  drag(id: string, sx: number, sy: number): void;
  dragEnd(id: string): void;
  click(id: string | null): void;
  doubleClick(id: string | null): void;
  hover(sx: number, sy: number): void;
  leave(): void;
  /** true while the view is being moved by the user; false once it rests. */
  moving(active: boolean): void;
}

/** How far a press may travel and still count as a click (force-graph uses the same 5 px idea). */
export const CLICK_TOLERANCE_PX = 4;
/** The view counts as resting once no wheel event came for this long. */
const WHEEL_IDLE_MS = 140;

type Mode = 'idle' | 'press-node' | 'press-empty' | 'drag-node' | 'pan' | 'pinch';

export function attachGestures(el: HTMLElement, h: GestureHandlers): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let mode: Mode = 'idle';
  let pressId: string | null = null;
  let start = { x: 0, y: 0 };
  let last = { x: 0, y: 0 };
  let pinch = { dist: 0, x: 0, y: 0 };
  let wheelTimer: ReturnType<typeof setTimeout> | null = null;

  const local = (e: { clientX: number; clientY: number }) => {
    const r = el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const pinchState = () => {
    const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
    return { dist: Math.hypot(a.x - b.x, a.y - b.y) || 1, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };
  const endDrag = () => {
    if (mode === 'drag-node' && pressId) h.dragEnd(pressId);
    if (mode === 'pan' || mode === 'pinch') h.moving(false);
  };

  const onDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const p = local(e);
    pointers.set(e.pointerId, p);
    try {
      // Keeps the drag alive when the pointer leaves the canvas. Throws for synthetic events
      // (no active pointer), which must not break the gesture.
      el.setPointerCapture?.(e.pointerId);
    } catch {}
    if (pointers.size === 2) {
      endDrag();
      mode = 'pinch';
      pinch = pinchState();
      h.moving(true);
      return;
    }
    if (pointers.size > 2) return;
    pressId = h.hitAt(p.x, p.y);
    mode = pressId ? 'press-node' : 'press-empty';
    start = p;
    last = p;
  };

  const onMove = (e: PointerEvent) => {
    const p = local(e);
    if (!pointers.has(e.pointerId)) {
      if (pointers.size === 0) h.hover(p.x, p.y);
      return;
    }
    pointers.set(e.pointerId, p);
    if (mode === 'pinch' && pointers.size >= 2) {
      const next = pinchState();
      h.zoom(next.x, next.y, next.dist / pinch.dist);
      h.pan(next.x - pinch.x, next.y - pinch.y);
      pinch = next;
      return;
    }
    if (mode === 'press-node' || mode === 'press-empty') {
      if (Math.hypot(p.x - start.x, p.y - start.y) < CLICK_TOLERANCE_PX) return;
      if (mode === 'press-node' && pressId) {
        mode = 'drag-node';
        h.dragStart(pressId);
      } else {
        mode = 'pan';
        h.moving(true);
      }
    }
    if (mode === 'drag-node' && pressId) h.drag(pressId, p.x, p.y);
    else if (mode === 'pan') h.pan(p.x - last.x, p.y - last.y);
    last = p;
  };

  const onUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (mode === 'pinch') {
      if (pointers.size === 1) {
        // One finger lifted: keep panning with the other, never turn it into a click.
        mode = 'pan';
        last = [...pointers.values()][0] as { x: number; y: number };
      } else if (pointers.size === 0) endDrag();
      if (pointers.size === 0) mode = 'idle';
      return;
    }
    if (pointers.size > 0) return;
    if (e.type === 'pointerup' && (mode === 'press-node' || mode === 'press-empty')) h.click(pressId);
    endDrag();
    mode = 'idle';
    pressId = null;
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const p = local(e);
    // Pixel, line and page deltas, as d3-zoom scales them; trackpad pinch arrives as ctrl+wheel.
    const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
    h.zoom(p.x, p.y, 2 ** (-e.deltaY * unit * (e.ctrlKey ? 5 : 1)));
    if (wheelTimer) clearTimeout(wheelTimer);
    else h.moving(true);
    wheelTimer = setTimeout(() => {
      wheelTimer = null;
      h.moving(false);
    }, WHEEL_IDLE_MS);
  };

  const onDbl = (e: MouseEvent) => {
    e.preventDefault();
    const p = local(e);
    h.doubleClick(h.hitAt(p.x, p.y));
  };
  const onLeave = () => {
    if (pointers.size === 0) h.leave();
  };

  el.addEventListener('pointerdown', onDown);
  el.addEventListener('pointermove', onMove);
  el.addEventListener('pointerup', onUp);
  el.addEventListener('pointercancel', onUp);
  el.addEventListener('pointerleave', onLeave);
  el.addEventListener('wheel', onWheel, { passive: false });
  el.addEventListener('dblclick', onDbl);
  return () => {
    if (wheelTimer) clearTimeout(wheelTimer);
    el.removeEventListener('pointerdown', onDown);
    el.removeEventListener('pointermove', onMove);
    el.removeEventListener('pointerup', onUp);
    el.removeEventListener('pointercancel', onUp);
    el.removeEventListener('pointerleave', onLeave);
    el.removeEventListener('wheel', onWheel);
    el.removeEventListener('dblclick', onDbl);
  };
}
