/**
 * The 应用领域图 view model: which of a chain's products, technologies and segments the sources say
 * apply to which application fields (the chain's `applies_to` links), as a two-column bipartite
 * graph. Pure: no React, no renderer, so the live chart, its list twin and the tests share it.
 *
 * A node's column is its role in `applies_to`, not its kind: the laser chain's fields (汽车, 船舶 …)
 * are segments like any other. A node that is both a source and a target of `applies_to` links is
 * drawn in both columns, since hiding either role would drop a sourced relation.
 */
import type { Cluster, Localized, NodeKind, SourceLevel, Stage } from '../data/schema.ts';

export interface AppNode {
  id: string;
  kind: NodeKind;
  name: Localized;
  stage?: Stage;
  /** Flows on this side: fields for a left node, products/technologies for a right node. */
  count: number;
}

export interface AppFlow {
  source: string;
  target: string;
  /** Source ids of every link merged into this flow, in first-seen order. */
  sources: string[];
  /** Our own judgement: marked unverified, or (when source levels are known) cited only to editorial notes. */
  editorial: boolean;
}

export interface ApplicationsModel {
  left: AppNode[];
  right: AppNode[];
  flows: AppFlow[];
}

export interface ApplicationsOptions {
  /**
   * The level of a source by id. The cluster alone does not carry source levels; without this only
   * links marked `verified: false` count as editorial.
   */
  sourceLevel?(id: string): SourceLevel | undefined;
  /** Barycentre sweeps to reduce crossings (default 2); 0 keeps the plain stage/count order. */
  sweeps?: number;
}

const STAGE_ORDER: Record<Stage, number> = { upstream: 0, midstream: 1, downstream: 2 };
/** Nodes without a stage go after the downstream ones rather than being guessed into a stage. */
const NO_STAGE = 3;
const stageRank = (n: AppNode) => (n.stage ? STAGE_ORDER[n.stage] : NO_STAGE);

/** Code-point order, not localeCompare, so the order is the same in every browser and in Node. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
const byName = (a: AppNode, b: AppNode) => cmp(a.name.zh, b.name.zh) || cmp(a.id, b.id);

function editorialLink(
  link: { sources: readonly string[]; verified?: boolean | undefined },
  opts: ApplicationsOptions,
): boolean {
  if (link.verified === false) return true;
  const level = opts.sourceLevel;
  if (!level || link.sources.length === 0) return false;
  return link.sources.every((s) => level(s) === 'editorial');
}

/**
 * Edge crossings between the two columns for the given orders. Flows sharing an endpoint never
 * cross, so only strict inversions count: O(F log F) with a Fenwick tree, since a person's own file
 * may hold thousands of links.
 */
export function countCrossings(model: ApplicationsModel): number {
  const li = new Map(model.left.map((n, i) => [n.id, i]));
  const ri = new Map(model.right.map((n, i) => [n.id, i]));
  const pairs = model.flows
    .map((f) => [li.get(f.source) ?? 0, ri.get(f.target) ?? 0] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const size = model.right.length;
  const tree = new Array<number>(size + 1).fill(0);
  let seen = 0;
  let crossings = 0;
  let start = 0;
  // Flows from the same left node are added as a batch after counting, so they never count each other.
  while (start < pairs.length) {
    let end = start;
    while (end < pairs.length && pairs[end]?.[0] === pairs[start]?.[0]) end++;
    for (let k = start; k < end; k++) {
      let atMost = 0; // earlier flows whose right position is <= this one's
      for (let i = (pairs[k]?.[1] ?? 0) + 1; i > 0; i -= i & -i) atMost += tree[i] ?? 0;
      crossings += seen - atMost;
    }
    for (let k = start; k < end; k++) {
      for (let i = (pairs[k]?.[1] ?? 0) + 1; i <= size; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
      seen++;
    }
    start = end;
  }
  return crossings;
}

/** Mean position of each node's neighbours; a node without any keeps its own position. */
function barycentres(
  nodes: readonly AppNode[],
  neighbours: Map<string, string[]>,
  otherPos: Map<string, number>,
): Map<string, number> {
  const out = new Map<string, number>();
  nodes.forEach((n, i) => {
    const ps = (neighbours.get(n.id) ?? []).map((id) => otherPos.get(id)).filter((p) => p !== undefined);
    out.set(n.id, ps.length ? ps.reduce((s, p) => s + p, 0) / ps.length : i);
  });
  return out;
}

function sortBy(
  nodes: readonly AppNode[],
  key: Map<string, number>,
  group?: (n: AppNode) => number,
): AppNode[] {
  const pos = new Map(nodes.map((n, i) => [n.id, i]));
  return nodes
    .slice()
    .sort(
      (a, b) =>
        (group ? group(a) - group(b) : 0) ||
        (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0) ||
        (pos.get(a.id) ?? 0) - (pos.get(b.id) ?? 0),
    );
}

const positions = (nodes: readonly AppNode[]) => new Map(nodes.map((n, i) => [n.id, i]));

/**
 * Two barycentre sweeps (right from left, then left from right, twice), keeping the best order seen
 * so the result is never worse than the initial one. The left column is only reordered within a
 * stage, so it still reads upstream → downstream.
 */
function reduceCrossings(model: ApplicationsModel, sweeps: number): ApplicationsModel {
  const toRight = new Map<string, string[]>();
  const toLeft = new Map<string, string[]>();
  for (const f of model.flows) {
    toRight.set(f.source, [...(toRight.get(f.source) ?? []), f.target]);
    toLeft.set(f.target, [...(toLeft.get(f.target) ?? []), f.source]);
  }
  let best = model;
  let bestCount = countCrossings(model);
  let cur = model;
  for (let sweep = 0; sweep < sweeps && bestCount > 0; sweep++) {
    const right = sortBy(cur.right, barycentres(cur.right, toLeft, positions(cur.left)));
    const half = { left: cur.left, right, flows: model.flows };
    const left = sortBy(cur.left, barycentres(cur.left, toRight, positions(right)), stageRank);
    cur = { left, right, flows: model.flows };
    for (const candidate of [half, cur]) {
      const n = countCrossings(candidate);
      if (n < bestCount) {
        best = candidate;
        bestCount = n;
      }
    }
  }
  return best;
}

export function applicationsModel(cluster: Cluster, opts: ApplicationsOptions = {}): ApplicationsModel {
  const nodes = new Map(cluster.chain.nodes.map((n) => [n.id, n]));
  const flows: AppFlow[] = [];
  const byKey = new Map<string, AppFlow>();
  for (const l of cluster.chain.links) {
    // Links to nodes the chain does not have are dropped rather than drawn against a made-up node.
    if (l.kind !== 'applies_to' || l.source === l.target || !nodes.has(l.source) || !nodes.has(l.target))
      continue;
    const key = `${l.source}\u0000${l.target}`;
    const editorial = editorialLink(l, opts);
    const seen = byKey.get(key);
    if (seen) {
      // A repeated link adds its sources; the flow is editorial only if every copy is.
      for (const s of l.sources) if (!seen.sources.includes(s)) seen.sources.push(s);
      seen.editorial = seen.editorial && editorial;
      continue;
    }
    const flow: AppFlow = { source: l.source, target: l.target, sources: [...new Set(l.sources)], editorial };
    byKey.set(key, flow);
    flows.push(flow);
  }

  const side = (role: 'source' | 'target'): AppNode[] => {
    const counts = new Map<string, number>();
    for (const f of flows) counts.set(f[role], (counts.get(f[role]) ?? 0) + 1);
    return [...counts].map(([id, count]) => {
      const n = nodes.get(id);
      const out: AppNode = { id, kind: n?.kind ?? 'segment', name: n?.name ?? { zh: id, en: id }, count };
      if (n?.stage) out.stage = n.stage;
      return out;
    });
  };
  const left = side('source').sort((a, b) => stageRank(a) - stageRank(b) || byName(a, b));
  const right = side('target').sort((a, b) => b.count - a.count || byName(a, b));
  return reduceCrossings({ left, right, flows }, opts.sweeps ?? 2);
}
