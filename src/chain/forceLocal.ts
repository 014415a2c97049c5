/**
 * Short-range repulsion + collision in one pass over a uniform grid, for big graphs.
 *
 * d3's forceManyBody (Barnes–Hut) and forceCollide (quadtree) cost ≈80 + ≈38 ms per tick at 10 k
 * nodes on the 2-core VM — most of the layout time. In a lane layout the long-range part of the
 * charge adds little (lanes and gravity already give the global shape), so past a size threshold
 * the layout swaps both for this force: pairs closer than `cutoff` repel like d3's charge
 * (strength · alpha / distance) and overlapping pairs are pushed apart like forceCollide.
 * Cost is O(n · neighbours) with a counting-sort grid rebuilt each tick (no allocation per tick).
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface LocalNode extends SimulationNodeDatum {
  r: number;
  charge: number;
}

const CM = Number(process.env.CM ?? 1);
export function forceLocal<N extends LocalNode>(cutoff: number, padding = 2, collideStrength = 0.7) {
  let nodes: N[] = [];
  let cellOf = new Int32Array(0);
  let order = new Int32Array(0);
  let start = new Int32Array(0);
  const cut2 = cutoff * cutoff;

  function force(alpha: number) {
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
    const cols = Math.min(2048, Math.floor((maxX - minX) / cutoff) + 1);
    const rows = Math.min(2048, Math.floor((maxY - minY) / cutoff) + 1);
    const cells = cols * rows;
    if (start.length < cells + 1) start = new Int32Array(cells + 1);
    else start.fill(0, 0, cells + 1);
    for (let i = 0; i < n; i++) {
      const d = nodes[i] as N;
      const cx = Math.min(cols - 1, Math.floor(((d.x as number) - minX) / cutoff));
      const cy = Math.min(rows - 1, Math.floor(((d.y as number) - minY) / cutoff));
      const c = cy * cols + cx;
      cellOf[i] = c;
      (start[c + 1] as number)++;
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const fill = start.slice(0, cells);
    for (let i = 0; i < n; i++) order[(fill[cellOf[i] as number] as number)++] = i;

    for (let i = 0; i < n; i++) {
      const a = nodes[i] as N;
      const c = cellOf[i] as number;
      const cx = c % cols;
      const cy = (c - cx) / cols;
      for (let oy = -1; oy <= 1; oy++) {
        const y = cy + oy;
        if (y < 0 || y >= rows) continue;
        for (let ox = -1; ox <= 1; ox++) {
          const x = cx + ox;
          if (x < 0 || x >= cols) continue;
          const cell = y * cols + x;
          for (let k = start[cell] as number, end = start[cell + 1] as number; k < end; k++) {
            const j = order[k] as number;
            if (j <= i) continue; // each pair once
            pair(a, nodes[j] as N, alpha);
          }
        }
      }
    }
  }

  function pair(a: N, b: N, alpha: number) {
    let dx = (b.x as number) - (a.x as number);
    let dy = (b.y as number) - (a.y as number);
    let l = dx * dx + dy * dy;
    if (l >= cut2) return;
    if (l === 0) {
      // Coincident nodes: separate them along a fixed, input-independent direction (deterministic).
      dx = 0.01;
      dy = 0.007;
      l = dx * dx + dy * dy;
    }
    // Repulsion as in d3's manyBody: Δv = Δpos · strength · alpha / distance².
    const fa = (b.charge * CM * alpha) / l;
    const fb = (a.charge * CM * alpha) / l;
    a.vx = (a.vx as number) + dx * fa;
    a.vy = (a.vy as number) + dy * fa;
    b.vx = (b.vx as number) - dx * fb;
    b.vy = (b.vy as number) - dy * fb;
    // Collision as in d3's forceCollide, without its velocity look-ahead.
    const rr = a.r + b.r + 2 * padding;
    if (l < rr * rr) {
      const dist = Math.sqrt(l);
      const push = ((rr - dist) / dist) * collideStrength * 0.5;
      a.vx = (a.vx as number) - dx * push;
      a.vy = (a.vy as number) - dy * push;
      b.vx = (b.vx as number) + dx * push;
      b.vy = (b.vy as number) + dy * push;
    }
  }

  force.initialize = (ns: N[]) => {
    nodes = ns;
    cellOf = new Int32Array(ns.length);
    order = new Int32Array(ns.length);
  };
  return force;
}
