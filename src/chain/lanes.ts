/**
 * Background bands for 上游 / 中游 / 下游. The layout pulls stages towards lane centres but does not
 * fence them, so the bands are derived from where the nodes ended up: each boundary sits half-way
 * between the mean x of neighbouring stages; the outer bands reach the graph's edge.
 */
import type { Stage } from '../data/schema.ts';
import type { Positions } from './layout.ts';
import { type Bounds, boundsOf } from './viewport.ts';

export interface Lane extends Bounds {
  stage: Stage;
}

const ORDER: Stage[] = ['upstream', 'midstream', 'downstream'];
const PAD = 40;

export function computeLanes(
  nodes: readonly { id: string; stage?: Stage | undefined }[],
  positions: Positions,
): Lane[] {
  const all = boundsOf(
    positions,
    nodes.map((d) => d.id),
  );
  if (!all) return [];
  const sum = new Map<Stage, { x: number; n: number }>();
  for (const d of nodes) {
    const p = positions[d.id];
    if (!d.stage || !p) continue;
    const s = sum.get(d.stage) ?? { x: 0, n: 0 };
    s.x += p.x;
    s.n++;
    sum.set(d.stage, s);
  }
  const present = ORDER.filter((s) => sum.has(s)).map((stage) => {
    const s = sum.get(stage) as { x: number; n: number };
    return { stage, mean: s.x / s.n };
  });
  // Lanes must read left → right; if the layout ever inverted two means, keep the fixed order anyway.
  for (let i = 1; i < present.length; i++) {
    const prev = present[i - 1] as { mean: number };
    const cur = present[i] as { mean: number };
    if (cur.mean <= prev.mean) cur.mean = prev.mean + 1;
  }
  const x0 = Math.min(all.x0, ...present.map((p) => p.mean)) - PAD;
  const x1 = Math.max(all.x1, ...present.map((p) => p.mean)) + PAD;
  const y0 = all.y0 - PAD * 1.5; // room for the lane titles
  const y1 = all.y1 + PAD;
  return present.map((p, i) => {
    const prev = present[i - 1];
    const next = present[i + 1];
    return {
      stage: p.stage,
      x0: prev ? (prev.mean + p.mean) / 2 : x0,
      x1: next ? (p.mean + next.mean) / 2 : x1,
      y0,
      y1,
    };
  });
}
