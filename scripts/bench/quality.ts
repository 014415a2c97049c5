/**
 * Layout quality figures for the bench, the same for every layout compared (ours, d3-force):
 * - crossings: proper crossings per 1,000 sampled pairs of links that share no end point;
 * - stress: normalised stress against graph (hop) distance from sampled pivots, after the best
 *   uniform scaling, so layouts drawn at different sizes compare fairly (lower is better);
 * - overlaps: the share of nodes whose disc (our node radii) touches another node's disc once the
 *   layout is scaled to the same density: 1,600 square units (40 × 40) per node over the box that
 *   holds the middle 90 % of nodes on each axis (so a few far-flung nodes do not shrink the rest).
 * Sampling is seeded: the same graph and positions give the same figures.
 */
import { lcg } from '../../src/chain/random.ts';

export interface QualityInput {
  /** x, y per node, in node order. */
  xy: ArrayLike<number>;
  /** Link end points as node indices: [s0, t0, s1, t1, …]. */
  links: ArrayLike<number>;
  /** Disc radius per node, in node order. */
  radius: ArrayLike<number>;
}

export interface Quality {
  crossingsPer1000: number;
  stress: number;
  overlapShare: number;
}

function segmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
) {
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

export function crossingsPer1000(q: QualityInput, pairs = 200_000, seed = 11): number {
  const m = q.links.length / 2;
  if (m < 2) return 0;
  const random = lcg(seed);
  const { xy, links } = q;
  let counted = 0;
  let crossed = 0;
  for (let guard = 0; counted < pairs && guard < pairs * 4; guard++) {
    const i = Math.floor(random() * m);
    const j = Math.floor(random() * m);
    const a = links[2 * i] as number;
    const b = links[2 * i + 1] as number;
    const c = links[2 * j] as number;
    const d = links[2 * j + 1] as number;
    if (i === j || a === c || a === d || b === c || b === d) continue;
    counted++;
    if (
      segmentsCross(
        xy[2 * a] as number,
        xy[2 * a + 1] as number,
        xy[2 * b] as number,
        xy[2 * b + 1] as number,
        xy[2 * c] as number,
        xy[2 * c + 1] as number,
        xy[2 * d] as number,
        xy[2 * d + 1] as number,
      )
    )
      crossed++;
  }
  return counted ? (1000 * crossed) / counted : 0;
}

function adjacency(n: number, links: ArrayLike<number>): number[][] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < links.length; k += 2) {
    const s = links[k] as number;
    const t = links[k + 1] as number;
    adj[s]?.push(t);
    adj[t]?.push(s);
  }
  return adj;
}

function hops(adj: number[][], from: number): Int32Array {
  const dist = new Int32Array(adj.length).fill(-1);
  const queue = new Int32Array(adj.length);
  let head = 0;
  let tail = 0;
  dist[from] = 0;
  queue[tail++] = from;
  while (head < tail) {
    const v = queue[head++] as number;
    for (const w of adj[v] as number[])
      if (dist[w] === -1) {
        dist[w] = (dist[v] as number) + 1;
        queue[tail++] = w;
      }
  }
  return dist;
}

/** Σ w(s·e − d)² / Σ w d² with w = d⁻², at the s that minimises it; pairs from `pivots` BFS roots. */
export function stress(q: QualityInput, pivots = 24, seed = 5): number {
  const n = q.xy.length / 2;
  if (n < 2) return 0;
  const adj = adjacency(n, q.links);
  const random = lcg(seed);
  const d: number[] = [];
  const e: number[] = [];
  for (let p = 0; p < pivots; p++) {
    const root = Math.floor(random() * n);
    const dist = hops(adj, root);
    const rx = q.xy[2 * root] as number;
    const ry = q.xy[2 * root + 1] as number;
    for (let v = 0; v < n; v++) {
      const h = dist[v] as number;
      if (h <= 0) continue;
      d.push(h);
      e.push(Math.hypot((q.xy[2 * v] as number) - rx, (q.xy[2 * v + 1] as number) - ry));
    }
  }
  if (!d.length) return 0;
  // With w = 1/d²: s* = Σ(e/d) / Σ(e²/d²).
  let num = 0;
  let den = 0;
  for (let i = 0; i < d.length; i++) {
    const r = (e[i] as number) / (d[i] as number);
    num += r;
    den += r * r;
  }
  const s = den ? num / den : 1;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    const r = (s * (e[i] as number)) / (d[i] as number) - 1;
    sum += r * r;
  }
  return sum / d.length;
}

function spread(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return (at(0.95) - at(0.05)) / 0.9;
}

/** The factor that gives the layout `areaPerNode` square units per node (see the header). */
export function densityScale(q: QualityInput, areaPerNode = 1600): number {
  const n = q.xy.length / 2;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    xs.push(q.xy[2 * i] as number);
    ys.push(q.xy[2 * i + 1] as number);
  }
  const area = spread(xs) * spread(ys);
  return area > 0 ? Math.sqrt((n * areaPerNode) / area) : 1;
}

export function overlapShare(q: QualityInput, areaPerNode = 1600): number {
  const n = q.xy.length / 2;
  if (n < 2) return 0;
  const k = densityScale(q, areaPerNode);
  let rMax = 0;
  for (let i = 0; i < n; i++) rMax = Math.max(rMax, q.radius[i] as number);
  const cell = Math.max(1, 2 * rMax);
  const grid = new Map<string, number[]>();
  const key = (gx: number, gy: number) => `${gx},${gy}`;
  for (let i = 0; i < n; i++) {
    const gx = Math.floor(((q.xy[2 * i] as number) * k) / cell);
    const gy = Math.floor(((q.xy[2 * i + 1] as number) * k) / cell);
    const bucket = grid.get(key(gx, gy));
    if (bucket) bucket.push(i);
    else grid.set(key(gx, gy), [i]);
  }
  const overlapping = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = (q.xy[2 * i] as number) * k;
    const y = (q.xy[2 * i + 1] as number) * k;
    const gx = Math.floor(x / cell);
    const gy = Math.floor(y / cell);
    for (let ox = -1; ox <= 1; ox++)
      for (let oy = -1; oy <= 1; oy++)
        for (const j of grid.get(key(gx + ox, gy + oy)) ?? []) {
          if (j <= i) continue;
          const dx = (q.xy[2 * j] as number) * k - x;
          const dy = (q.xy[2 * j + 1] as number) * k - y;
          const r = (q.radius[i] as number) + (q.radius[j] as number);
          if (dx * dx + dy * dy < r * r) {
            overlapping[i] = 1;
            overlapping[j] = 1;
          }
        }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += overlapping[i] as number;
  return count / n;
}

export function quality(q: QualityInput): Quality {
  return { crossingsPer1000: crossingsPer1000(q), stress: stress(q), overlapShare: overlapShare(q) };
}
