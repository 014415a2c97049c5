/**
 * Paints a Scene onto a Canvas 2D context. Written against the small Ctx2D subset so tests and the
 * bench can pass a recording fake (jsdom has no canvas).
 *
 * Speed at 10 k nodes: nodes and links are batched by kind and state (few style changes, few
 * fill/stroke calls, see FILL_CHUNK); only the few nodes with a status mark, a crown or a ring are
 * drawn one by one.
 */
import type { Stage } from '../data/schema.ts';
import { type Ctx2D, type DrawArgs, FILL_CHUNK, fontOf, linkUnit, SCAN_STEP } from './canvasTypes.ts';
import { linkSteps } from './drawLinks.ts';
import type { PlacedLabel } from './labels.ts';
import type { Lane } from './lanes.ts';
import { EXTENSION_TICK, type SceneNode, STRONG_RING } from './scene.ts';
import { traceCrown, traceExtensionTick, traceShape } from './shapes.ts';
import { chainStrings, type Lang } from './strings.ts';
import { type ChainTheme, GAP_DASH, GAP_RING, GHOST_DASH, STATUS_STYLE } from './theme.ts';
import type { Size, View } from './viewport.ts';

export type { Ctx2D, DrawArgs } from './canvasTypes.ts';

const KIND_ORDER = [
  'enterprise',
  'policy',
  'project',
  'platform',
  'institution',
  'technology',
  'product',
  'segment',
] as const;

export function drawChain(ctx: Ctx2D, a: DrawArgs): void {
  for (const _ of chainSteps(ctx, a));
}

/** Rows of the background filled per paint step (see chainSteps). */
const BACKGROUND_BAND = 256;

/**
 * The same drawing as drawChain, paused (yield) after each batch of a few thousand shapes, so a
 * very big graph can be drawn over several tasks (bitmapCache.ts begin/advance). The context keeps
 * its state between steps; nothing else may draw on it until the steps are done.
 */
export function* chainSteps(ctx: Ctx2D, a: DrawArgs): Generator<void, void, undefined> {
  const { view, dpr, theme, size } = a;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = theme.background;
  // The background replaces whatever the bitmap held (cleared first, so a reused bitmap shows
  // nothing of its last picture whatever the theme); in bands, because filling a few million
  // pixels is itself tens of milliseconds of rasterising on a software canvas, too much for one
  // paint step.
  for (let y = 0; y < size.height; y += BACKGROUND_BAND) {
    const h = Math.min(BACKGROUND_BAND, size.height - y);
    ctx.clearRect(0, y, size.width, h);
    ctx.fillRect(0, y, size.width, h);
    yield;
  }
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
  drawLanes(ctx, a.scene.lanes, theme);
  yield* linkSteps(ctx, a);
  yield;
  yield* nodeSteps(ctx, a);
  yield;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  drawLaneTitles(ctx, a.scene.lanes, view, size, theme, a.lang);
  yield;
  yield* labelSteps(ctx, a.labels, theme, a.active);
}

/** Special nodes (status marks, crowns, rings) drawn between two pauses. */
const SPECIAL_STEP = 500;

function drawLanes(ctx: Ctx2D, lanes: readonly Lane[], theme: ChainTheme) {
  for (const lane of lanes) {
    ctx.fillStyle = theme.lane[lane.stage];
    ctx.fillRect(lane.x0, lane.y0, lane.x1 - lane.x0, lane.y1 - lane.y0);
  }
}

function drawLaneTitles(
  ctx: Ctx2D,
  lanes: readonly Lane[],
  view: View,
  size: Size,
  theme: ChainTheme,
  lang: Lang,
) {
  const names: Record<Stage, string> = chainStrings(lang).stage;
  ctx.font = fontOf(13, true, theme.fontFamily);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = theme.laneLabel;
  for (const lane of lanes) {
    const x0 = Math.max(0, lane.x0 * view.k + view.x);
    const x1 = Math.min(size.width, lane.x1 * view.k + view.x);
    if (x1 - x0 < 40) continue;
    // Sticky: the title stays at the top of the viewport while the band continues above it.
    const y = Math.max(lane.y0 * view.k + view.y + 20, 20);
    if (y > lane.y1 * view.k + view.y) continue;
    ctx.fillText(names[lane.stage], (x0 + x1) / 2, y);
  }
}

const isPlain = (n: SceneNode) =>
  !n.data.status && n.data.tier !== 'chain-leader' && !n.data.candidate && !n.data.gap;

function* nodeSteps(ctx: Ctx2D, a: DrawArgs): Generator<void, void, undefined> {
  const { scene, theme, active, view } = a;
  ctx.lineJoin = 'round';
  // Dimmed nodes first so the emphasised ones sit on top.
  for (const dim of [true, false]) {
    if (dim && !active) continue;
    ctx.globalAlpha = dim ? theme.dimAlpha : 1;
    for (const kind of KIND_ORDER) {
      const colours = theme.kind[kind];
      ctx.fillStyle = colours.fill;
      ctx.strokeStyle = colours.stroke;
      ctx.lineWidth = 0.8;
      let count = 0;
      let scanned = 0;
      ctx.beginPath();
      for (const n of scene.nodes) {
        // A pause now and then even where few nodes are of this kind: the scan alone is long.
        if (++scanned % SCAN_STEP === 0) yield;
        if (n.data.kind !== kind || !isPlain(n) || (active ? !active.has(n.id) : false) !== dim) continue;
        traceShape(ctx, n.shape, n.x, n.y, n.r);
        if (++count % FILL_CHUNK === 0) {
          ctx.fill();
          ctx.stroke();
          yield;
          ctx.beginPath();
        }
      }
      if (count % FILL_CHUNK === 0) continue;
      ctx.fill();
      ctx.stroke();
    }
    let special = 0;
    let scanned = 0;
    for (const n of scene.nodes) {
      if (++scanned % SCAN_STEP === 0) yield;
      if (isPlain(n) || (active ? !active.has(n.id) : false) !== dim) continue;
      drawSpecialNode(ctx, n, theme);
      if (++special % SPECIAL_STEP === 0) yield;
    }
  }
  ctx.globalAlpha = 1;
  // Rings in screen units so the selection stays visible when zoomed far out.
  const ring = (id: string | null | undefined, color: string, width: number) => {
    const n = id ? scene.byId.get(id) : undefined;
    if (!n) return;
    ctx.setLineDash([]);
    ctx.strokeStyle = color;
    ctx.lineWidth = width / view.k;
    ctx.beginPath();
    traceShape(ctx, n.shape, n.x, n.y, n.r + 3 / view.k);
    ctx.stroke();
  };
  ring(a.state.selectedId, theme.selection, 2.5);
  if (a.pinned.size) {
    ctx.fillStyle = theme.textMuted;
    ctx.beginPath();
    for (const id of a.pinned) {
      const n = scene.byId.get(id);
      if (!n) continue;
      const r = 2 / Math.sqrt(view.k);
      ctx.moveTo(n.x + n.hw + r, n.y - n.hh);
      ctx.arc(n.x + n.hw, n.y - n.hh, r, 0, 2 * Math.PI);
    }
    ctx.fill();
  }
}

/** A node with a status mark or a crown, drawn on its own. Mirrors renderSvg's nodeElements. */
function drawSpecialNode(ctx: Ctx2D, n: SceneNode, theme: ChainTheme): void {
  const colours = theme.kind[n.data.kind];
  const st = n.data.status ? STATUS_STYLE[n.data.status] : null;
  const ghost = n.data.candidate === true;
  ctx.beginPath();
  traceShape(ctx, n.shape, n.x, n.y, n.r);
  ctx.fillStyle = st?.hollow || ghost ? theme.background : colours.fill;
  ctx.fill();
  ctx.strokeStyle = colours.stroke;
  ctx.lineWidth = st ? st.width : ghost ? 1.2 : 0.8;
  ctx.setLineDash(ghost ? GHOST_DASH : st ? st.dash : []);
  ctx.stroke();
  ctx.setLineDash([]);
  if (n.data.gap) {
    ctx.strokeStyle = theme.gap;
    ctx.lineWidth = 1.6;
    ctx.setLineDash(GAP_DASH);
    ctx.beginPath();
    traceShape(ctx, n.shape, n.x, n.y, n.r + GAP_RING);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.strokeStyle = colours.stroke;
  }
  if (st?.double) {
    ctx.lineWidth = 1.2;
    ctx.beginPath();
    traceShape(ctx, n.shape, n.x, n.y, n.r + STRONG_RING);
    ctx.stroke();
  }
  if (st?.glyph) {
    ctx.fillStyle = colours.stroke;
    ctx.font = fontOf(Math.round(n.hh * 1.5 * 10) / 10, true, theme.fontFamily);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(st.glyph, n.x, n.y + n.hh * 0.08);
  }
  if (st?.tick) {
    ctx.lineWidth = 1.4;
    ctx.beginPath();
    traceExtensionTick(ctx, n.x + n.hw, n.y, EXTENSION_TICK - 2);
    ctx.stroke();
  }
  if (n.data.tier === 'chain-leader') {
    ctx.beginPath();
    traceCrown(ctx, n.x, n.y - n.hh, n.r * 0.55);
    ctx.fillStyle = theme.crown;
    ctx.fill();
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = colours.stroke;
    ctx.stroke();
  }
}

/** Labels drawn between two pauses: text is the costliest thing to rasterise. */
const LABEL_STEP = 100;

function* labelSteps(
  ctx: Ctx2D,
  labels: readonly PlacedLabel[],
  theme: ChainTheme,
  active: ReadonlySet<string> | null,
): Generator<void, void, undefined> {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = theme.halo;
  let count = 0;
  for (const l of labels) {
    ctx.font = fontOf(l.fontSize, l.bold, theme.fontFamily, l.italic);
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = active && !active.has(l.id) ? theme.textMuted : theme.text;
    ctx.fillText(l.text, l.x, l.y);
    if (++count % LABEL_STEP === 0) yield;
  }
}

function drawLabels(
  ctx: Ctx2D,
  labels: readonly PlacedLabel[],
  theme: ChainTheme,
  active: ReadonlySet<string> | null,
) {
  for (const _ of labelSteps(ctx, labels, theme, active));
}

/**
 * Hover highlight drawn over the cached base picture (so hovering never repaints 10 k nodes):
 * the hovered node's links, a ring, and its label.
 */
export function drawHover(ctx: Ctx2D, a: DrawArgs, label: PlacedLabel | null): void {
  const id = a.state.hoverId;
  const n = id ? a.scene.byId.get(id) : undefined;
  if (!n) return;
  const { view, dpr, theme } = a;
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
  const unit = linkUnit(view.k);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = theme.hover;
  ctx.fillStyle = theme.hover;
  ctx.lineWidth = 1.6 * unit;
  ctx.setLineDash([]);
  ctx.beginPath();
  for (const l of a.scene.links) {
    if ((l.source !== n && l.target !== n) || !l.visible) continue;
    ctx.moveTo(l.x1, l.y1);
    ctx.lineTo(l.x2, l.y2);
  }
  ctx.stroke();
  ctx.lineWidth = 2 / view.k;
  ctx.beginPath();
  traceShape(ctx, n.shape, n.x, n.y, n.r + 3 / view.k);
  ctx.stroke();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (label) drawLabels(ctx, [label], theme, null);
}
