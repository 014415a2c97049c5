/**
 * Many-body charge with the Barnes–Hut approximation: the same maths as d3's forceManyBody (far
 * cells act through their centre of strength when width² / θ² < distance², a cut-off distance, a
 * floor on the distance of very close pairs, coincident points jiggled by the simulation's seeded
 * random source), on a quadtree kept in typed arrays and walked with an index stack. d3's
 * quadtree makes an object per cell on every build and another for every cell visited, for every
 * node: at 50,000 nodes that was most of the layout's time and a fifth of it in garbage collection.
 */
import type { SimulationNodeDatum } from 'd3-force';
import { jiggle } from './random.ts';

export interface BarnesHutOptions<N> {
  strength(node: N): number;
  /** Accuracy of the approximation; d3's default is 0.9. */
  theta: number;
  /** Pairs farther apart than this ignore each other. */
  distanceMax: number;
}

/** Points closer than this (squared) are treated as this far apart, as d3's default distanceMin 1. */
const DISTANCE_MIN2 = 1;
/** Deeper than this, points are as good as coincident and share a leaf. */
const MAX_DEPTH = 40;

export function forceBarnesHut<N extends SimulationNodeDatum>(opts: BarnesHutOptions<N>) {
  const theta2 = opts.theta * opts.theta;
  const distanceMax2 = opts.distanceMax * opts.distanceMax;
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let strengths = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let order = new Int32Array(0);
  // The tree: per cell its centre of strength, total strength and width; an internal cell's four
  // children (-1 where a quadrant is empty), or a leaf's points as a range of `order`.
  let cap = 0;
  let count = 0;
  let cx = new Float64Array(0);
  let cy = new Float64Array(0);
  let value = new Float64Array(0);
  let width = new Float64Array(0);
  let children = new Int32Array(0);
  let leafStart = new Int32Array(0);
  let leafEnd = new Int32Array(0);
  let stack = new Int32Array(0);

  function grow(min: number) {
    const next = Math.max(min, cap * 2, 64);
    const more = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T, per = 1): T => {
      const b = make(next * per);
      b.set(a);
      return b;
    };
    const f = (n: number) => new Float64Array(n);
    const i = (n: number) => new Int32Array(n);
    cx = more(cx, f);
    cy = more(cy, f);
    value = more(value, f);
    width = more(width, f);
    children = more(children, i, 4);
    leafStart = more(leafStart, i);
    leafEnd = more(leafEnd, i);
    cap = next;
  }

  function newCell(w: number): number {
    if (count === cap) grow(count + 1);
    const c = count++;
    width[c] = w;
    leafStart[c] = -1;
    return c;
  }

  /** In place: order[lo, hi) with the points whose coordinate is below `at` first; returns the split. */
  function partition(lo: number, hi: number, coord: Float64Array, at: number): number {
    let i = lo;
    let j = hi - 1;
    while (i <= j) {
      if ((coord[order[i] as number] as number) < at) i++;
      else {
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
        j--;
      }
    }
    return i;
  }

  /** Builds the cell for order[lo, hi) inside the square at (x0, y0) of side w; returns its index. */
  function build(lo: number, hi: number, x0: number, y0: number, w: number, depth: number): number {
    const c = newCell(w);
    if (hi - lo === 1 || depth >= MAX_DEPTH) {
      leafStart[c] = lo;
      leafEnd[c] = hi;
      let s = 0;
      for (let k = lo; k < hi; k++) s += strengths[order[k] as number] as number;
      value[c] = s;
      // As d3: a leaf acts from its (first) point.
      cx[c] = px[order[lo] as number] as number;
      cy[c] = py[order[lo] as number] as number;
      return c;
    }
    const h = w / 2;
    const mx = x0 + h;
    const my = y0 + h;
    // d3's quadrant order: top-left, top-right, bottom-left, bottom-right.
    const midY = partition(lo, hi, py, my);
    const midTop = partition(lo, midY, px, mx);
    const midBottom = partition(midY, hi, px, mx);
    for (let q = 0; q < 4; q++) children[4 * c + q] = -1;
    let s = 0;
    let weight = 0;
    let x = 0;
    let y = 0;
    for (let q = 0; q < 4; q++) {
      const a = q === 0 ? lo : q === 1 ? midTop : q === 2 ? midY : midBottom;
      const b = q === 0 ? midTop : q === 1 ? midY : q === 2 ? midBottom : hi;
      if (a === b) continue;
      const child = build(a, b, q & 1 ? mx : x0, q & 2 ? my : y0, h, depth + 1);
      children[4 * c + q] = child;
      const v = value[child] as number;
      const abs = Math.abs(v);
      s += v;
      weight += abs;
      x += abs * (cx[child] as number);
      y += abs * (cy[child] as number);
    }
    value[c] = s;
    cx[c] = weight ? x / weight : mx;
    cy[c] = weight ? y / weight : my;
    return c;
  }

  function force(alpha: number) {
    const n = nodes.length;
    if (n === 0) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const d = nodes[i] as N;
      const x = d.x as number;
      const y = d.y as number;
      px[i] = x;
      py[i] = y;
      order[i] = i;
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
    count = 0;
    const root = build(0, n, x0, y0, Math.max(x1 - x0, y1 - y0, 1e-9) * (1 + 1e-9), 0);
    if (stack.length < 4 * MAX_DEPTH + 8) stack = new Int32Array(4 * MAX_DEPTH + 8);
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as N;
      const nx = px[i] as number;
      const ny = py[i] as number;
      let vx = node.vx as number;
      let vy = node.vy as number;
      let top = 0;
      stack[top++] = root;
      while (top > 0) {
        const c = stack[--top] as number;
        const v = value[c] as number;
        if (!v) continue;
        let x = (cx[c] as number) - nx;
        let y = (cy[c] as number) - ny;
        const w = width[c] as number;
        let l = x * x + y * y;
        // Far enough: the cell acts through its centre. Otherwise an internal cell is opened and a
        // leaf's points act one by one; either way only within the cut-off.
        const far = (w * w) / theta2 < l;
        const start = leafStart[c] as number;
        if (!far && start < 0) {
          // Pushed in reverse so the walk visits quadrants in d3's order.
          for (let q = 3; q >= 0; q--) {
            const child = children[4 * c + q] as number;
            if (child >= 0) stack[top++] = child;
          }
          continue;
        }
        if (l >= distanceMax2) continue;
        const end = leafEnd[c] as number;
        if (!far && end - start === 1 && order[start] === i) continue;
        if (x === 0) {
          x = jiggle(random);
          l += x * x;
        }
        if (y === 0) {
          y = jiggle(random);
          l += y * y;
        }
        if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
        if (far) {
          vx += (x * v * alpha) / l;
          vy += (y * v * alpha) / l;
          continue;
        }
        for (let k = start; k < end; k++) {
          const j = order[k] as number;
          if (j === i) continue;
          const s = ((strengths[j] as number) * alpha) / l;
          vx += x * s;
          vy += y * s;
        }
      }
      node.vx = vx;
      node.vy = vy;
    }
  }

  force.initialize = (ns: N[], rand: () => number) => {
    nodes = ns;
    random = rand;
    const n = ns.length;
    strengths = new Float64Array(n);
    for (let i = 0; i < n; i++) strengths[i] = opts.strength(ns[i] as N);
    px = new Float64Array(n);
    py = new Float64Array(n);
    order = new Int32Array(n);
    if (cap < 2 * n + 64) grow(2 * n + 64);
  };
  return force;
}
