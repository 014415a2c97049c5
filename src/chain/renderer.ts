/**
 * The chain diagram's imperative core: one canvas, Canvas 2D, HiDPI, resize-aware.
 * React talks to it only through update() and the camera methods (see ChainView.tsx).
 *
 * Frames are composed from a cached "base" bitmap (everything except the hover highlight) plus a
 * cheap hover overlay; how the base follows the view at each graph size is picture.ts.
 */

import { markOnce } from '../perf/marks.ts';
import { createBitmapCache } from './bitmapCache.ts';
import { createCamera } from './camera.ts';
import { type Ctx2D, chainSteps, type DrawArgs, drawChain, drawHover } from './draw.ts';
import { createFrames } from './frames.ts';
import { attachGestures } from './gestures.ts';
import type { HitIndex } from './hitTest.ts';
import { attachKeys } from './keys.ts';
import type { Point, Positions } from './layout.ts';
import { observeSize } from './observeSize.ts';
import { onFontsLoaded } from './onFontsLoaded.ts';
import { CACHE_THRESHOLD, createPicture } from './picture.ts';
import type { ChainRenderer, ChainRendererOptions, ChainRendererProps } from './rendererTypes.ts';
import {
  activeSet,
  moveNode,
  relane,
  type Scene,
  type SceneState,
  sceneBounds,
  sceneHits,
  sceneLabels,
  singleLabel,
} from './scene.ts';
import { createSceneBuilder } from './sceneBuilder.ts';
import { chainStrings, type Lang } from './strings.ts';
import { fitView, panBy, type Size, toGraph, type View, zoomAt } from './viewport.ts';

export { CACHE_THRESHOLD } from './picture.ts';
export type { ChainRenderer, ChainRendererOptions, ChainRendererProps } from './rendererTypes.ts';

/** Quiet time after the last setView before a big graph is redrawn crisply. */
const PROGRAMMATIC_REST_MS = 120;

export function createChainRenderer(container: HTMLElement, opts: ChainRendererOptions): ChainRenderer {
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  const canvas = doc.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.style.cssText = 'display:block;width:100%;height:100%;touch-action:none;cursor:grab';
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d') as Ctx2D | null;

  let props: ChainRendererProps | null = null;
  let lang = opts.lang;
  let scene: Scene | null = null;
  const scenes = createSceneBuilder();
  let hits: HitIndex | null = null;
  let active: Set<string> | null = null;
  let focusId: string | null = null;
  let hoverId: string | null = null;
  const pins = new Map<string, Point>();
  // The pinned ids, kept beside `pins`: every frame's draw arguments carry them.
  const pinned = new Set<string>();
  let size: Size = { width: 0, height: 0 };
  let dpr = win?.devicePixelRatio || 1;
  let view: View = { x: 0, y: 0, k: 1 };
  let autoFit = true;
  let moving = false;
  let restTimer: ReturnType<typeof setTimeout> | null = null;
  const cache = createBitmapCache(doc);
  const picture = createPicture(cache);
  let destroyed = false;

  const frames = createFrames(win, render, () => opts.onViewChange?.({ ...view }));
  const { schedule, viewChanged } = frames;
  const invalidate = () => {
    cache.invalidate();
    schedule();
  };
  const camera = createCamera({
    get: () => view,
    set: (v) => {
      view = v;
      schedule();
    },
    moving: (m) => setMoving(m),
    raf: frames.raf,
    size: () => size,
    reducedMotion: () => !!win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
  });

  function setMoving(m: boolean) {
    moving = m;
    if (!m) {
      viewChanged();
      schedule();
    }
  }

  function sceneState(withHover: boolean): SceneState {
    return {
      selectedId: props?.selectedId ?? null,
      hoverId: withHover ? hoverId : null,
      emphasisIds: props?.emphasisIds ?? null,
      focusId,
    };
  }
  const isLarge = () => (scene?.nodes.length ?? 0) > CACHE_THRESHOLD;

  function drawArgs(v: View, s: Size, scale: number, withHover: boolean, withLabels: boolean): DrawArgs {
    const st = sceneState(withHover);
    const sc = scene as Scene;
    return {
      scene: sc,
      state: st,
      active,
      labels: withLabels ? sceneLabels(sc, st, active, v, s, lang) : [],
      view: v,
      size: s,
      dpr: scale,
      theme: opts.theme,
      lang,
      pinned,
    };
  }

  function render() {
    if (!ctx || !scene || destroyed || size.width === 0 || size.height === 0) return;
    const more = picture.show(
      ctx,
      { view, size, dpr, nodes: scene.nodes.length, moving, background: opts.theme.background },
      (c, v, s, scale) => drawChain(c, drawArgs(v, s, scale, false, true)),
      (c, v, s, scale) => chainSteps(c, drawArgs(v, s, scale, false, true)),
    );
    if (more) schedule();
    // For `npm run bench`: the first frame with a diagram on screen.
    else if (scene.nodes.length) markOnce('chainatlas:chain-first-draw');
    if (hoverId && scene.byId.has(hoverId)) {
      drawHover(ctx, drawArgs(view, size, dpr, true, false), singleLabel(scene, hoverId, view, size, lang));
    }
  }

  function rebuildScene() {
    if (!props) return;
    const merged: Positions = pins.size
      ? { ...props.positions, ...Object.fromEntries(pins) }
      : props.positions;
    // A big graph's picture before it stays until its scene is in (then this runs in a later task).
    scenes.build(props.graph, merged, (built) => {
      setScene(built);
      if (autoFit && built.nodes.length > 0) fitNow();
      invalidate();
    });
  }

  function setScene(next: Scene) {
    scene = next;
    hits = sceneHits(next);
    active = activeSet(next, sceneState(false));
  }

  function fitNow() {
    const b = scene && sceneBounds(scene);
    if (!b || size.width === 0 || size.height === 0) return;
    // Bounds cover node shapes only; labels run beside them, so leave room on both sides.
    const w = b.x1 - b.x0;
    view = fitView({ ...b, x0: b.x0 - w * 0.1, x1: b.x1 + w * 0.14 }, size, 16);
    invalidate();
  }

  const hitAt = (sx: number, sy: number): string | null => {
    if (!hits) return null;
    const g = toGraph(view, sx, sy);
    return hits.hit(g.x, g.y, 3 / view.k);
  };
  const setHover = (id: string | null) => {
    if (id === hoverId) return;
    hoverId = id;
    canvas.style.cursor = id ? 'pointer' : 'grab';
    opts.onHover(id);
    schedule();
  };

  const detach = attachGestures(canvas, {
    hitAt,
    pan: (dx, dy) => {
      // Once the person moves the view, resizes and updates keep it instead of refitting.
      autoFit = false;
      camera.stop();
      view = panBy(view, dx, dy);
      schedule();
    },
    zoom: (sx, sy, factor) => {
      autoFit = false;
      camera.stop();
      view = zoomAt(view, sx, sy, factor);
      schedule();
    },
    dragStart: (id) => setHover(id),
    drag: (id, sx, sy) => {
      if (!scene?.byId.has(id)) return;
      const g = toGraph(view, sx, sy);
      pins.set(id, g); // pinned: keeps its place through later updates until the graph changes
      pinned.add(id);
      moveNode(scene, id, g);
      invalidate();
    },
    dragEnd: () => {
      if (!scene) return;
      relane(scene);
      hits = sceneHits(scene);
      invalidate();
    },
    click: (id) => opts.onSelect(id),
    doubleClick: (id) => {
      if (opts.onFocus) opts.onFocus(id);
      else setFocus(id);
    },
    hover: (sx, sy) => setHover(hitAt(sx, sy)),
    leave: () => setHover(null),
    moving: setMoving,
  });

  function setFocus(id: string | null) {
    if (id === focusId) return;
    focusId = id;
    if (scene) active = activeSet(scene, sceneState(false));
    invalidate();
  }

  const detachKeys = attachKeys(canvas, {
    view: () => view,
    size: () => size,
    move: (next) => {
      autoFit = false;
      camera.stop();
      view = next;
      schedule();
      viewChanged();
    },
    escape: () => opts.onSelect(null),
  });

  const stopFonts = onFontsLoaded(doc, () => invalidate());
  const stopObserving = observeSize(container, (width, height) => {
    size = { width, height };
    dpr = win?.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    if (autoFit) fitNow();
    invalidate();
  });

  function setLang(l: Lang) {
    lang = l;
    const s = chainStrings(l);
    canvas.setAttribute('aria-label', `${s.canvasLabel}. ${s.canvasHelp}`);
  }
  setLang(lang);

  return {
    update(next) {
      if (destroyed) return;
      const prev = props;
      if (
        prev &&
        prev.graph === next.graph &&
        prev.positions === next.positions &&
        prev.selectedId === next.selectedId &&
        prev.emphasisIds === next.emphasisIds &&
        prev.focusId === next.focusId &&
        prev.lang === next.lang
      ) {
        return; // a repaint of 10 k nodes is not free: skip no-op updates
      }
      props = next;
      if (next.lang !== lang) setLang(next.lang);
      if (!prev || prev.focusId !== next.focusId) focusId = next.focusId;
      if (!prev || prev.graph !== next.graph) {
        pins.clear();
        pinned.clear();
        if (hoverId) opts.onHover(null);
        hoverId = null;
        autoFit = true;
      }
      if (!prev || prev.graph !== next.graph || prev.positions !== next.positions) rebuildScene();
      else if (scene) active = activeSet(scene, sceneState(false));
      if (autoFit && scene && scene.nodes.length > 0) fitNow();
      invalidate();
    },
    flyTo(id) {
      const n = scene?.byId.get(id);
      if (!n || destroyed) return;
      autoFit = false;
      camera.flyTo(n, Math.max(view.k, 1.2));
    },
    fit() {
      camera.stop();
      fitNow();
      viewChanged();
    },
    setView(v) {
      camera.stop();
      view = { ...v };
      autoFit = false;
      // A run of programmatic views (a tour, a synced camera) on a big graph moves the cached bitmap
      // like a gesture does, and is drawn crisply once the views stop coming.
      if (isLarge()) {
        moving = true;
        if (restTimer) clearTimeout(restTimer);
        restTimer = setTimeout(() => {
          restTimer = null;
          moving = false;
          schedule();
        }, PROGRAMMATIC_REST_MS);
      }
      schedule();
    },
    getView: () => ({ ...view }),
    whenSceneReady: () => scenes.ready(),
    toCanvas(scale) {
      const out = doc.createElement('canvas');
      const s = { width: Math.max(1, size.width), height: Math.max(1, size.height) };
      out.width = Math.round(s.width * scale);
      out.height = Math.round(s.height * scale);
      const c = out.getContext('2d') as Ctx2D | null;
      if (c && scene) drawChain(c, drawArgs(view, s, scale, false, true));
      return out;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      scenes.stop();
      if (restTimer) clearTimeout(restTimer);
      frames.stop();
      camera.stop();
      stopObserving();
      stopFonts();
      detach();
      detachKeys();
      canvas.remove();
      cache.drop();
    },
  };
}
