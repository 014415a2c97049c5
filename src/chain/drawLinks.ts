/**
 * Links on the canvas: bucketed by state (dim / normal / highlighted) and kind so each bucket is
 * stroked with one style; lines and arrowheads go in chunks (LINE_CHUNK, FILL_CHUNK in canvasTypes.ts).
 */
import type { LinkKind } from '../data/schema.ts';
import { type Ctx2D, type DrawArgs, FILL_CHUNK, LINE_CHUNK, linkUnit, SCAN_STEP } from './canvasTypes.ts';
import type { SceneLink } from './scene.ts';
import { traceArrowHead } from './shapes.ts';
import { LINK_STYLE } from './theme.ts';

export type LinkState = 'dim' | 'normal' | 'highlight';
export function linkState(
  l: SceneLink,
  active: ReadonlySet<string> | null,
  hl: ReadonlySet<string>,
): LinkState {
  if (hl.has(l.source.id) || hl.has(l.target.id)) return 'highlight';
  if (active && !(active.has(l.source.id) && active.has(l.target.id))) return 'dim';
  return 'normal';
}

const LINK_KINDS = Object.keys(LINK_STYLE) as LinkKind[];
const LINK_STATES: LinkState[] = ['dim', 'normal', 'highlight'];

/** Draws the links, pausing (yield) after each styled bucket and each chunk of arrowheads. */
export function* linkSteps(ctx: Ctx2D, a: DrawArgs): Generator<void, void, undefined> {
  const { scene, theme, view } = a;
  const hl = new Set([a.state.selectedId].filter((x): x is string => !!x));
  // Buckets by (state, kind), indexed by number: no per-link strings or arrays.
  const groups: SceneLink[][] = Array.from({ length: LINK_STATES.length * LINK_KINDS.length }, () => []);
  let sorted = 0;
  for (const l of scene.links) {
    // Sorting 100,000 links into buckets is itself a 40 ms task on the 2-core VM: pause now and then.
    if (++sorted % SCAN_STEP === 0) yield;
    if (!l.visible) continue;
    const st = linkState(l, a.active, hl);
    (groups[LINK_STATES.indexOf(st) * LINK_KINDS.length + LINK_KINDS.indexOf(l.kind)] as SceneLink[]).push(l);
  }
  const unit = linkUnit(view.k);
  const arrow = Math.min(6 * unit, 7);
  for (let si = 0; si < LINK_STATES.length; si++) {
    const state = LINK_STATES[si] as LinkState;
    for (let ki = 0; ki < LINK_KINDS.length; ki++) {
      const kind = LINK_KINDS[ki] as LinkKind;
      const list = groups[si * LINK_KINDS.length + ki] as SceneLink[];
      if (list.length === 0) continue;
      const style = LINK_STYLE[kind];
      ctx.globalAlpha = state === 'dim' ? theme.dimAlpha : 1;
      const color = state === 'highlight' ? theme.selection : theme.link[kind];
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = style.width * unit * (state === 'highlight' ? 1.8 : 1);
      ctx.setLineDash(style.dash.map((d) => d * unit));
      let lines = 0;
      ctx.beginPath();
      for (const l of list) {
        ctx.moveTo(l.x1, l.y1);
        ctx.lineTo(l.x2, l.y2);
        if (++lines % LINE_CHUNK === 0) {
          ctx.stroke();
          yield;
          ctx.beginPath();
        }
      }
      ctx.stroke();
      yield;
      if (!style.arrow) continue;
      ctx.setLineDash([]);
      let count = 0;
      ctx.beginPath();
      for (const l of list) {
        traceArrowHead(ctx, l.x1, l.y1, l.x2, l.y2, arrow);
        if (++count % FILL_CHUNK === 0) {
          ctx.fill();
          yield;
          ctx.beginPath();
        }
      }
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
