/**
 * Starting positions for the force layout. A good start is most of the speed-up: the simulation
 * then only has to untangle local detail instead of sorting thousands of nodes into lanes.
 *
 * 1. Segments are spread down the middle of their stage's lane.
 * 2. Everything reachable from a segment is placed beside the neighbour that reached it (breadth
 *    first), nudged half-way towards its own lane.
 * 3. Whatever is left (components without a segment) starts in its lane, or in the middle.
 * All jitter comes from the seeded random source, so the start is as deterministic as the rest.
 */
import type { Stage } from '../data/schema.ts';
import type { LayoutGraph, Point } from './layout.ts';

export interface Lanes {
  upstream: number;
  midstream: number;
  downstream: number;
  /** Expected height of the settled picture. */
  height: number;
}

/** Lane centres grow with √n so a big graph keeps roughly the same density as a small one. */
export function laneCentres(n: number): Lanes {
  const w = Math.max(220, 14 * Math.sqrt(n));
  const area = n * 36 * 36;
  return { upstream: -w, midstream: 0, downstream: w, height: Math.max(300, area / (3 * w)) };
}

export function initialPositions(graph: LayoutGraph, lanes: Lanes, random: () => number): Point[] {
  const { nodes } = graph;
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((d, i) => {
    index.set(d.id, i);
  });
  const adj: number[][] = nodes.map(() => []);
  for (const l of graph.links) {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s === undefined || t === undefined || s === t) continue;
    (adj[s] as number[]).push(t);
    (adj[t] as number[]).push(s);
  }
  const pos: Point[] = new Array(n);
  const placed = new Uint8Array(n);
  const jitter = (s: number) => (random() * 2 - 1) * s;
  const laneX = (stage: Stage | undefined) => (stage ? lanes[stage] : lanes.midstream);
  const w = lanes.downstream - lanes.midstream;
  const h = lanes.height;

  const queue: number[] = [];
  const place = (i: number, p: Point) => {
    pos[i] = p;
    placed[i] = 1;
    queue.push(i);
  };
  const spreadFrom = () => {
    for (let head = 0; head < queue.length; head++) {
      const p = queue[head] as number;
      const from = pos[p] as Point;
      const neighbours = adj[p] as number[];
      const r = 16 + 3 * Math.sqrt(neighbours.length);
      for (const q of neighbours) {
        if (placed[q]) continue;
        const stage = nodes[q]?.stage;
        const tx = stage ? lanes[stage] : from.x;
        place(q, { x: from.x + (tx - from.x) * 0.5 + jitter(r), y: from.y + jitter(r) });
      }
    }
    queue.length = 0;
  };

  // 1. segments down their lanes, in data order
  const perLane = new Map<Stage | undefined, number[]>();
  nodes.forEach((d, i) => {
    if (d.kind !== 'segment') return;
    const list = perLane.get(d.stage) ?? [];
    list.push(i);
    perLane.set(d.stage, list);
  });
  for (const [stage, list] of perLane) {
    list.forEach((i, k) => {
      const slot = h / list.length;
      place(i, { x: laneX(stage) + jitter(w * 0.2), y: (k + 0.5) * slot - h / 2 + jitter(slot * 0.2) });
    });
  }
  // 2. everything reachable from a segment
  spreadFrom();
  // 3. the rest, best-connected first
  const rest = nodes.map((_, i) => i).filter((i) => !placed[i]);
  rest.sort((a, b) => (adj[b] as number[]).length - (adj[a] as number[]).length || a - b);
  for (const i of rest) {
    if (placed[i]) continue;
    place(i, { x: laneX(nodes[i]?.stage) + jitter(w * 0.35), y: jitter(h / 2) });
    spreadFrom();
  }
  return pos;
}
