/**
 * Deterministic force layout for a chain diagram. Pure: no DOM, so it runs in Node (tests, bench,
 * build-time precomputation) and in a Web Worker.
 *
 * Reading order is left → right, upstream → midstream → downstream. The lanes are forces (forceX
 * towards a lane centre), not a grid, so the links still shape the picture; nodes without a stage
 * feel no lane force and are placed by their links alone.
 *
 * Speed (2-core VM: d3's defaults take 12–20 s to settle 10 k nodes; this ≈1 s, `npm run bench`):
 * nodes start near their final place (lane + beside an already placed neighbour), alpha decays fast
 * (0.05), the charge is cut off at a distance and coarsened for big graphs (layoutEffort) and runs
 * on a typed-array quadtree (forceBarnesHut), links pull over typed arrays (forceTypedLink),
 * collision runs on a grid (forceGridCollide), and the run stops once nodes barely move.
 */
import { type Force, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { LinkKind, NodeKind, Stage, Tier } from '../data/schema.ts';
import { forceBarnesHut } from './forceBarnesHut.ts';
import { forceGridCollide } from './forceGridCollide.ts';
import { forceTypedLink, type TypedLink } from './forceTypedLink.ts';
import { initialPositions, laneCentres } from './layoutInit.ts';
import { leafLinkDistances } from './leafDistances.ts';
import { lcg } from './random.ts';
import { nodeRadius } from './sizes.ts';

export interface LayoutNode {
  id: string;
  kind: NodeKind;
  stage?: Stage | undefined;
  tier?: Tier | undefined;
}
export interface LayoutLink {
  source: string;
  target: string;
  kind: LinkKind;
}
export interface LayoutGraph {
  nodes: readonly LayoutNode[];
  links: readonly LayoutLink[];
}
export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;

export interface LayoutOptions {
  seed?: number;
  /** Known positions (precomputed or pinned). If they cover every node the simulation is skipped;
   * otherwise they stay fixed and only the other nodes move. */
  positions?: Positions;
  /** Override the tick budget (tests, bench). */
  maxTicks?: number;
}
export interface LayoutResult {
  positions: Positions;
  ticks: number;
  ms: number;
  /** Mean movement per node on the last tick (graph units): how settled the result is. */
  lastMove: number;
}

const DEFAULT_SEED = 20211;
/** Ticks at the end of a run that resolve collisions on every tick whatever `collideEvery` says. */
const COLLIDE_LAST = 10;
/** Space kept between the edges of two nodes. */
const COLLIDE_PADDING = 2;
const ALPHA_DECAY = 0.05; // 135 ticks to alphaMin; settles as well as d3's default 300 (perf-anchors §2.1)
/** Mean movement (graph units per tick) under which the picture no longer changes visibly. */
const SETTLED_PX = 0.1;

/**
 * Effort by size, measured with `npm run bench` on seeded synthetic graphs (docs/performance.md):
 * small graphs run to alphaMin with d3's default Barnes–Hut accuracy; big ones use a coarser tree
 * walk and apply the charge every 2nd/3rd tick at 2×/3× strength. Above 1,000 nodes the lanes pull
 * more gently (0.06 instead of 0.12), links are satisfied three times per tick, the charge reaches
 * across three lane widths at 1.5× strength: edge crossings come to ≈1.15× d3-force's defaults
 * (from ≈2.2× with the small graphs' settings) while the lanes still order the picture. Real
 * clusters (tens to hundreds of nodes) keep the stronger lanes. 10 k nodes settle (< 0.1
 * units/tick) in ≈115 ticks; above 20 k the tree walk is coarser still, the charge comes every 6th
 * tick, links are satisfied twice per tick and the charge reaches two lane widths, and the run
 * stops on its 70-tick budget with crossings ≈1.17× d3-force's.
 */
export function layoutEffort(n: number): {
  ticks: number;
  theta: number;
  chargeEvery: number;
  lane: number;
  linkIterations: number;
  chargeReach: number;
  chargeScale: number;
  /** Collisions are resolved every this many ticks, and on each of the last COLLIDE_LAST ticks. */
  collideEvery: number;
} {
  if (n <= 1000)
    return {
      ticks: 135,
      theta: 0.9,
      chargeEvery: 1,
      lane: 0.12,
      linkIterations: 1,
      chargeReach: 0.6,
      chargeScale: 1,
      collideEvery: 1,
    };
  const big = { lane: 0.06, linkIterations: 3, chargeReach: 3, chargeScale: 1.5, collideEvery: 1 };
  if (n <= 5000) return { ticks: 200, theta: 1.2, chargeEvery: 2, ...big };
  if (n <= 20000) return { ticks: 200, theta: 1.2, chargeEvery: 3, ...big };
  // Past 20 k each pass over the links costs more than the crossings it saves: two per tick.
  // …and the collision pass (a quarter of a tick's time at 50 k) every other tick: it looks ahead at
  // x + vx and resolves each overlap at once, so skipping a tick lets few overlaps through, and the
  // last ticks run it on every tick.
  return {
    ticks: 70,
    theta: 1.5,
    chargeEvery: 6,
    ...big,
    linkIterations: 2,
    chargeReach: 2,
    collideEvery: 2,
  };
}

const LINK_DISTANCE: Record<LinkKind, number> = {
  part_of: 28,
  supplies: 70,
  enables: 50,
  located_in: 50,
  applies_to: 50,
  supports: 50,
};

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  lane: number;
  laneStrength: number;
  charge: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function computeLayout(graph: LayoutGraph, options: LayoutOptions = {}): LayoutResult {
  const t0 = now();
  const known = options.positions ?? {};
  const n = graph.nodes.length;
  if (graph.nodes.every((d) => known[d.id])) {
    const positions: Positions = {};
    for (const d of graph.nodes) positions[d.id] = { ...(known[d.id] as Point) };
    return { positions, ticks: 0, ms: now() - t0, lastMove: 0 };
  }

  const random = lcg(options.seed ?? DEFAULT_SEED);
  const lanes = laneCentres(n);
  const start = initialPositions(graph, lanes, random);
  const degree = new Map<string, number>();
  for (const l of graph.links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  const effort = layoutEffort(n);
  const nodes: SimNode[] = graph.nodes.map((d, i) => {
    const p = known[d.id] ?? (start[i] as Point);
    const node: SimNode = {
      id: d.id,
      x: p.x,
      y: p.y,
      r: nodeRadius(d) * (d.kind === 'segment' ? 1.3 : 1),
      lane: d.stage ? lanes[d.stage] : lanes.midstream,
      // Staged nodes feel their lane; unstaged ones only their links, except unlinked ones, which
      // would drift away under repulsion and get a weak pull back into view.
      laneStrength: d.stage ? effort.lane : degree.has(d.id) ? 0 : 0.03,
      // Hubs push harder so their attached firms get room around them.
      charge: d.kind === 'segment' ? -120 : d.tier === 'chain-leader' ? -70 : -30,
    };
    if (known[d.id]) {
      node.fx = p.x;
      node.fy = p.y;
    }
    return node;
  });
  const ids = new Set(nodes.map((d) => d.id));
  const distance = leafLinkDistances(
    graph,
    (k) => LINK_DISTANCE[(graph.links[k] as LayoutLink).kind],
    (i) => 2 * ((nodes[i] as SimNode).r + COLLIDE_PADDING),
  );
  const links: TypedLink[] = [];
  graph.links.forEach((l, k) => {
    if (ids.has(l.source) && ids.has(l.target))
      links.push({ source: l.source, target: l.target, distance: distance[k] as number });
  });

  const spread = lanes.downstream - lanes.midstream;
  // Far-away nodes matter little in a lane layout; the cut-off keeps lanes from pushing apart.
  const charge = forceBarnesHut<SimNode>({
    strength: (d) => d.charge * effort.chargeEvery * effort.chargeScale,
    theta: effort.theta,
    distanceMax: Math.max(250, spread * effort.chargeReach),
  });
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg((options.seed ?? DEFAULT_SEED) + 1))
    .alphaDecay(ALPHA_DECAY)
    .force(
      'link',
      forceTypedLink<SimNode>(links, (d) => d.id, effort.linkIterations),
    )
    .force(
      'lane',
      forceX<SimNode>((d) => d.lane).strength((d) => d.laneStrength),
    )
    .force('gravity', forceY<SimNode>(0).strength(0.03))
    .force('charge', strided(charge, effort.chargeEvery))
    .stop();
  const budget = options.maxTicks ?? effort.ticks;
  // Added last, so it runs last: it looks ahead at x + vx and must see what the others did this tick.
  sim.force(
    'collide',
    strided(
      forceGridCollide<SimNode>(COLLIDE_PADDING),
      effort.collideEvery,
      Math.max(0, budget - COLLIDE_LAST),
    ),
  );

  const prev = new Float64Array(n * 2);
  let ticks = 0;
  let lastMove = Number.POSITIVE_INFINITY;
  while (ticks < budget && sim.alpha() >= sim.alphaMin()) {
    for (let i = 0; i < n; i++) {
      const d = nodes[i] as SimNode;
      prev[2 * i] = d.x as number;
      prev[2 * i + 1] = d.y as number;
    }
    sim.tick();
    ticks++;
    lastMove = meanMove(nodes, prev);
    if (ticks >= 20 && lastMove < SETTLED_PX) break;
  }

  const positions: Positions = {};
  for (const d of nodes) positions[d.id] = { x: round2(d.x as number), y: round2(d.y as number) };
  return { positions, ticks, ms: now() - t0, lastMove: ticks ? lastMove : 0 };
}

/**
 * Apply a force every `k`-th tick only (the caller scales its strength by k where that is right),
 * and on every tick from `everyFrom` on.
 */
function strided<N extends SimulationNodeDatum>(
  force: Force<N, undefined>,
  k: number,
  everyFrom = Number.POSITIVE_INFINITY,
): Force<N, undefined> {
  if (k <= 1) return force;
  let tick = 0;
  const wrapped: Force<N, undefined> = (alpha) => {
    if (tick % k === 0 || tick >= everyFrom) force(alpha);
    tick++;
  };
  wrapped.initialize = (nodes, random) => force.initialize?.(nodes, random);
  return wrapped;
}

function meanMove(nodes: SimNode[], prev: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < nodes.length; i++) {
    const d = nodes[i] as SimNode;
    sum += Math.hypot(
      (d.x as number) - (prev[2 * i] as number),
      (d.y as number) - (prev[2 * i + 1] as number),
    );
  }
  return nodes.length ? sum / nodes.length : 0;
}

function now(): number {
  return globalThis.performance ? globalThis.performance.now() : Date.now();
}
