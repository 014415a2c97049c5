/**
 * Collision force on a uniform grid: the same maths as d3's forceCollide (look-ahead positions
 * x + vx, strength 1, pairs visited once), but neighbours come from a counting-sort grid rebuilt
 * each tick without allocating. At 10 k nodes d3's quadtree version costs ≈40 ms per tick on the
 * 2-core VM; this one a few ms, because node sizes are nearly uniform and a grid needs no tree walk.
 *
 * Cells are as wide as the collision diameter of nearly all nodes (the 95th percentile), not of the
 * largest: a person's list can hang ten thousand small firms on one segment, packed around it, and
 * cells sized for the segments held hundreds of firms each (35 s for a 62,500-node layout, nearly
 * all of it here). The few bigger nodes look as many cells around them as their size needs, and
 * every pair with one of them in it is visited from the bigger node's side.
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface CollideNode extends SimulationNodeDatum {
  r: number;
}

export function forceGridCollide<N extends CollideNode>(padding = 2, strength = 1) {
  let nodes: N[] = [];
  let cell = 1;
  /** Per node: 0 for a common-sized node; else how many cells around it a bigger node looks. */
  let reach = new Int32Array(0);
  let cellOf = new Int32Array(0);
  let order = new Int32Array(0);
  let start = new Int32Array(0);
  let fill = new Int32Array(0);

  function force() {
    const n = nodes.length;
    if (n === 0) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const d of nodes) {
      const x = d.x as number;
      const y = d.y as number;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    // Cap the grid so a stray far-away node cannot blow up memory; cells just get fuller.
    const size = Math.max(cell, (maxX - minX) / 1024, (maxY - minY) / 1024);
    const cols = Math.floor((maxX - minX) / size) + 1;
    const rows = Math.floor((maxY - minY) / size) + 1;
    const cells = cols * rows;
    if (start.length < cells + 1) {
      start = new Int32Array(cells + 1);
      fill = new Int32Array(cells + 1);
    } else start.fill(0, 0, cells + 1);
    for (let i = 0; i < n; i++) {
      const d = nodes[i] as N;
      const c =
        Math.floor(((d.y as number) - minY) / size) * cols + Math.floor(((d.x as number) - minX) / size);
      cellOf[i] = c;
      start[c + 1] = (start[c + 1] as number) + 1;
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    fill.set(start.subarray(0, cells));
    for (let i = 0; i < n; i++) {
      const c = cellOf[i] as number;
      order[fill[c] as number] = i;
      fill[c] = (fill[c] as number) + 1;
    }

    for (let i = 0; i < n; i++) {
      const a = nodes[i] as N;
      const c = cellOf[i] as number;
      const cx = c % cols;
      const cy = (c - cx) / cols;
      const wide = reach[i] as number;
      const w = wide || 1;
      const y0 = Math.max(0, cy - w);
      const y1 = Math.min(rows - 1, cy + w);
      const x0 = Math.max(0, cx - w);
      const x1 = Math.min(cols - 1, cx + w);
      for (let y = y0; y <= y1; y++) {
        for (let k = start[y * cols + x0] as number, end = start[y * cols + x1 + 1] as number; k < end; k++) {
          const j = order[k] as number;
          // Two common nodes: from the lower index. A bigger one: from its side (from the lower
          // index when both are bigger).
          if (reach[j] ? wide && j > i : wide ? true : j > i) collide(a, nodes[j] as N);
        }
      }
    }
  }

  function collide(a: N, b: N) {
    const r = a.r + b.r + 2 * padding;
    let x = (a.x as number) + (a.vx as number) - (b.x as number) - (b.vx as number);
    let y = (a.y as number) + (a.vy as number) - (b.y as number) - (b.vy as number);
    let l = x * x + y * y;
    if (l >= r * r) return;
    if (l === 0) {
      // Coincident: a fixed direction instead of d3's jiggle keeps the force free of randomness.
      x = 1e-3;
      y = 7e-4;
      l = x * x + y * y;
    }
    const dist = Math.sqrt(l);
    const k = ((r - dist) / dist) * strength;
    // Mass-weighted as in d3: the smaller node moves more.
    const ra = (a.r + padding) ** 2;
    const rb = (b.r + padding) ** 2;
    const share = rb / (ra + rb);
    a.vx = (a.vx as number) + x * k * share;
    a.vy = (a.vy as number) + y * k * share;
    b.vx = (b.vx as number) - x * k * (1 - share);
    b.vy = (b.vy as number) - y * k * (1 - share);
  }

  force.initialize = (ns: N[]) => {
    nodes = ns;
    cellOf = new Int32Array(ns.length);
    order = new Int32Array(ns.length);
    reach = new Int32Array(ns.length);
    const radii = Float64Array.from(ns, (d) => d.r).sort();
    const common = Math.max(1, radii[Math.floor(0.95 * (radii.length - 1))] ?? 1);
    const largest = Math.max(common, radii[radii.length - 1] ?? 1);
    cell = 2 * (common + padding);
    ns.forEach((d, i) => {
      if (d.r > common) reach[i] = Math.ceil((d.r + largest + 2 * padding) / cell);
    });
  };
  return force;
}
