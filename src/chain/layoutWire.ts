/**
 * What crosses to the layout worker and back, packed: ids as one string array, kinds, stages and
 * tiers as byte codes, links as index pairs, positions as one Float64Array (transferred). As objects,
 * a structured clone of a 62,500-node graph took 271–289 ms and of its positions 172–208 ms in
 * Chromium (both sides of the copy on one thread; postMessage splits them between the page and the
 * worker); packed, the ids are most of what is copied (17–24 ms).
 * Pure: used by the client (layoutClient.ts) and the worker (layout.worker.ts).
 */
import type { LinkKind, NodeKind, Stage } from '../data/schema.ts';
import { LINK_KIND_CODE, TIER_RANK } from '../model/codes.ts';
import type {
  LayoutGraph,
  LayoutLink,
  LayoutNode,
  LayoutOptions,
  LayoutResult,
  Positions,
} from './layout.ts';

const NODE_KINDS: Record<NodeKind, number> = {
  segment: 0,
  product: 1,
  technology: 2,
  enterprise: 3,
  institution: 4,
  platform: 5,
  project: 6,
  policy: 7,
};
/** 0 stands for none. */
const STAGES: Record<Stage, number> = { upstream: 1, midstream: 2, downstream: 3 };

function decoder<K extends string>(codes: Record<K, number>): K[] {
  const out: K[] = [];
  for (const [k, v] of Object.entries(codes) as [K, number][]) out[v] = k;
  return out;
}
const NODE_KIND_OF = decoder(NODE_KINDS);
const STAGE_OF = decoder(STAGES);
// Tiers travel as their rank + 1, 0 for none.
const TIER_OF = [undefined, ...decoder(TIER_RANK)];
const LINK_KIND_OF = decoder(LINK_KIND_CODE);

export interface PackedGraph {
  /** Node ids, then the ids links name that are not nodes (the layout ignores such links). */
  ids: string[];
  nodeCount: number;
  kinds: Uint8Array;
  stages: Uint8Array;
  tiers: Uint8Array;
  /** Source and target of each link as indices into `ids`. */
  ends: Int32Array;
  linkKinds: Uint8Array;
}

export interface PackedRequest {
  graph: PackedGraph;
  seed?: number;
  maxTicks?: number;
  /** Known positions by node, x and y; NaN where unknown. */
  known?: Float64Array;
}

export type PackedResponse =
  | { ok: true; xy: Float64Array; ticks: number; ms: number; lastMove: number }
  | { ok: false; error: string };

export function packRequest(graph: LayoutGraph, options: LayoutOptions): PackedRequest {
  const { nodes, links } = graph;
  const ids = nodes.map((d) => d.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const at = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  const ends = new Int32Array(links.length * 2);
  const linkKinds = new Uint8Array(links.length);
  links.forEach((l, k) => {
    ends[2 * k] = at(l.source);
    ends[2 * k + 1] = at(l.target);
    linkKinds[k] = LINK_KIND_CODE[l.kind];
  });
  const request: PackedRequest = {
    graph: {
      ids,
      nodeCount: nodes.length,
      kinds: Uint8Array.from(nodes, (d) => NODE_KINDS[d.kind]),
      stages: Uint8Array.from(nodes, (d) => (d.stage ? STAGES[d.stage] : 0)),
      tiers: Uint8Array.from(nodes, (d) => (d.tier ? (TIER_RANK[d.tier] as number) + 1 : 0)),
      ends,
      linkKinds,
    },
  };
  if (options.seed !== undefined) request.seed = options.seed;
  if (options.maxTicks !== undefined) request.maxTicks = options.maxTicks;
  if (options.positions) {
    const known = options.positions;
    const xy = new Float64Array(nodes.length * 2).fill(Number.NaN);
    nodes.forEach((d, i) => {
      const p = known[d.id];
      if (p) {
        xy[2 * i] = p.x;
        xy[2 * i + 1] = p.y;
      }
    });
    request.known = xy;
  }
  return request;
}

/** The buffers a request can hand over instead of copying. */
export function requestTransfer(r: PackedRequest): ArrayBuffer[] {
  const g = r.graph;
  const out = [g.kinds, g.stages, g.tiers, g.ends, g.linkKinds].map((a) => a.buffer as ArrayBuffer);
  if (r.known) out.push(r.known.buffer as ArrayBuffer);
  return out;
}

export function unpackRequest(r: PackedRequest): { graph: LayoutGraph; options: LayoutOptions } {
  const g = r.graph;
  const nodes: LayoutNode[] = [];
  for (let i = 0; i < g.nodeCount; i++) {
    const node: LayoutNode = { id: g.ids[i] as string, kind: NODE_KIND_OF[g.kinds[i] as number] as NodeKind };
    const stage = STAGE_OF[g.stages[i] as number];
    const tier = TIER_OF[g.tiers[i] as number];
    if (stage) node.stage = stage;
    if (tier) node.tier = tier;
    nodes.push(node);
  }
  const links: LayoutLink[] = [];
  for (let k = 0; k < g.linkKinds.length; k++)
    links.push({
      source: g.ids[g.ends[2 * k] as number] as string,
      target: g.ids[g.ends[2 * k + 1] as number] as string,
      kind: LINK_KIND_OF[g.linkKinds[k] as number] as LinkKind,
    });
  const options: LayoutOptions = {};
  if (r.seed !== undefined) options.seed = r.seed;
  if (r.maxTicks !== undefined) options.maxTicks = r.maxTicks;
  if (r.known) {
    const positions: Positions = {};
    for (let i = 0; i < g.nodeCount; i++) {
      const x = r.known[2 * i] as number;
      if (!Number.isNaN(x)) positions[g.ids[i] as string] = { x, y: r.known[2 * i + 1] as number };
    }
    options.positions = positions;
  }
  return { graph: { nodes, links }, options };
}

/** The result's positions by node index (the request's order); a node without one gets NaN. */
export function packResult(result: LayoutResult, graph: LayoutGraph): PackedResponse {
  const xy = new Float64Array(graph.nodes.length * 2);
  graph.nodes.forEach((d, i) => {
    const p = result.positions[d.id];
    xy[2 * i] = p ? p.x : Number.NaN;
    xy[2 * i + 1] = p ? p.y : Number.NaN;
  });
  return { ok: true, xy, ticks: result.ticks, ms: result.ms, lastMove: result.lastMove };
}

export function unpackResult(r: Extract<PackedResponse, { ok: true }>, graph: LayoutGraph): LayoutResult {
  const positions: Positions = {};
  graph.nodes.forEach((d, i) => {
    const x = r.xy[2 * i] as number;
    if (!Number.isNaN(x)) positions[d.id] = { x, y: r.xy[2 * i + 1] as number };
  });
  return { positions, ticks: r.ticks, ms: r.ms, lastMove: r.lastMove };
}
