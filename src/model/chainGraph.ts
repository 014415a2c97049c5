/**
 * Cluster → chain-diagram view model ("一链一图"). Pure: no React, no renderer.
 *
 * The diagram shows the cluster's own chain graph plus the 五个一 records that name the segments
 * they belong to (enterprises, projects, innovation items), each tied to its segments by a
 * `part_of` link. Records without segments stay out of the diagram; they still appear in the
 * 五个一 tabs.
 */
import type {
  Cluster,
  InnovationItem,
  LinkKind,
  Localized,
  NodeKind,
  Stage,
  Status,
  Tier,
} from '../data/schema.ts';
import { drain, type Steps } from '../data/slices.ts';
import { LINK_KIND_CODE, LINK_KIND_COUNT } from './codes.ts';

/** Kinds of the 五个一 records attached to the chain (the others are the chain's own segments, products, technologies). */
const RECORD_KINDS: ReadonlySet<string> = new Set([
  'enterprise',
  'institution',
  'platform',
  'project',
  'policy',
]);
export interface ChainViewNode {
  id: string;
  kind: NodeKind;
  name: Localized;
  stage?: Stage;
  status?: Status;
  /** Enterprises only. */
  tier?: Tier;
  /** Adcodes. A segment also carries the cities of everything attached to it. */
  cities: string[];
  verified: boolean;
  /** Set by the caller (e.g. from source levels); false here. */
  editorial: boolean;
  degree: number;
  /** Label priority: higher wins a contested spot. */
  importance: number;
  /** A 对接 candidate (引入): outside the chain today, drawn as a ghost. */
  candidate?: boolean;
  /** Ranked in the gap analysis (补链/补短板): drawn with a gap ring. Set by markGaps. */
  gap?: boolean;
}
export interface ChainViewLink {
  source: string;
  target: string;
  kind: LinkKind;
}
export interface ChainViewGraph {
  nodes: ChainViewNode[];
  links: ChainViewLink[];
}

/** Base priority per kind/tier; gaps of 10 so the degree bonus (< 10) never reorders the classes. */
const KIND_IMPORTANCE: Record<NodeKind, number> = {
  segment: 100,
  product: 50,
  technology: 50,
  institution: 40,
  platform: 40,
  project: 30,
  policy: 30,
  enterprise: 20,
};
const TIER_IMPORTANCE: Record<Tier, number> = {
  'chain-leader': 90,
  leading: 60,
  'hidden-champion': 35,
  specialized: 25,
  other: 20,
};

function importanceOf(node: ChainViewNode): number {
  const base =
    node.kind === 'enterprise' && node.tier ? TIER_IMPORTANCE[node.tier] : KIND_IMPORTANCE[node.kind];
  return base + Math.min(9, 2 * Math.log2(1 + node.degree));
}

function innovationKind(kind: InnovationItem['kind']): NodeKind {
  return kind === 'lab' || kind === 'institute' || kind === 'university' ? 'institution' : 'platform';
}

interface Attached {
  id: string;
  kind: NodeKind;
  name: Localized;
  tier?: Tier;
  cities: string[];
  segments: string[];
  verified?: boolean;
}

function union(a: string[], b: readonly string[]): string[] {
  const out = a.slice();
  for (const v of b) if (!out.includes(v)) out.push(v);
  return out;
}

/** Records or links handled between yields: a few milliseconds. */
const PER_STEP = 4000;

/** The cluster's chain graph, now. */
export function buildChainGraph(cluster: Cluster): ChainViewGraph {
  return drain(chainGraphSteps(cluster));
}

/**
 * The cluster's chain graph, as steps (data/slices.ts): a person's CSV can hang 62,500 firms on one
 * cluster, and building its graph in one go was a task of 130–180 ms on the page.
 */
export function* chainGraphSteps(cluster: Cluster): Steps<ChainViewGraph> {
  let work = 0;
  const nodes: ChainViewNode[] = [];
  // Node ids by insertion index, so a link's duplicate check keys on numbers: a person's CSV can
  // attach tens of thousands of firms, and a string key per link was most of the build's time.
  const indexOf = new Map<string, number>();
  const byId = (id: string): ChainViewNode | undefined => {
    const i = indexOf.get(id);
    return i === undefined ? undefined : nodes[i];
  };
  const five = cluster.fiveOnes;
  const most =
    cluster.chain.nodes.length +
    five.enterprises.length +
    five.projects.length +
    five.innovation.length +
    cluster.candidates.length;
  const links: ChainViewLink[] = [];
  const linkKeys = new Set<number>();
  const addLink = (source: string, target: string, kind: LinkKind) => {
    const si = indexOf.get(source);
    const ti = indexOf.get(target);
    if (si === undefined || ti === undefined || si === ti) return;
    const key = (si * most + ti) * LINK_KIND_COUNT + LINK_KIND_CODE[kind];
    if (linkKeys.has(key)) return;
    linkKeys.add(key);
    links.push({ source, target, kind });
  };
  const addNode = (node: ChainViewNode) => {
    indexOf.set(node.id, nodes.length);
    nodes.push(node);
  };

  for (const n of cluster.chain.nodes) {
    if (indexOf.has(n.id)) continue; // validation rejects duplicates; never crash the view on one
    const node: ChainViewNode = {
      id: n.id,
      kind: n.kind,
      name: n.name,
      cities: n.cities.slice(),
      verified: n.verified !== false,
      editorial: false,
      degree: 0,
      importance: 0,
    };
    if (n.stage) node.stage = n.stage;
    if (n.status) node.status = n.status;
    addNode(node);
  }
  for (const l of cluster.chain.links) addLink(l.source, l.target, l.kind);

  const attach = (item: Attached) => {
    // Segments that do not exist in this chain are ignored rather than invented.
    const segs = item.segments.filter((s) => indexOf.has(s) && s !== item.id);
    if (segs.length === 0) return;
    let node = byId(item.id);
    if (node) {
      // The chain already draws this record (e.g. a chain-leader firm as a node): merge, don't duplicate.
      node.cities = union(node.cities, item.cities);
      if (item.tier && !node.tier) node.tier = item.tier;
      if (item.verified === false) node.verified = false;
    } else {
      node = {
        id: item.id,
        kind: item.kind,
        name: item.name,
        cities: item.cities.slice(),
        verified: item.verified !== false,
        editorial: false,
        degree: 0,
        importance: 0,
      };
      if (item.tier) node.tier = item.tier;
      addNode(node);
    }
    if (!node.stage) {
      for (const s of segs) {
        const stage = byId(s)?.stage;
        if (stage) {
          node.stage = stage;
          break;
        }
      }
    }
    for (const s of segs) addLink(node.id, s, 'part_of');
  };
  for (const e of five.enterprises) {
    const item: Attached = {
      id: e.id,
      kind: 'enterprise',
      name: e.name,
      cities: e.cities,
      segments: e.segments,
    };
    if (e.tier) item.tier = e.tier;
    if (e.verified !== undefined) item.verified = e.verified;
    attach(item);
    if (++work % PER_STEP === 0) yield;
  }
  for (const p of five.projects)
    attach({
      id: p.id,
      name: p.name,
      cities: p.cities,
      segments: p.segments,
      verified: p.verified,
      kind: 'project',
    });
  for (const i of five.innovation)
    attach({
      id: i.id,
      name: i.name,
      cities: i.cities,
      segments: i.segments,
      verified: i.verified,
      kind: innovationKind(i.kind),
    });

  // 对接 candidates: ghost nodes beside the segments they would fill. No cities: they are not here yet.
  for (const c of cluster.candidates) {
    const segs = c.segments.filter((sid) => indexOf.has(sid));
    if (!segs.length || indexOf.has(c.id)) continue;
    const node: ChainViewNode = {
      id: c.id,
      kind: c.kind === 'enterprise' ? 'enterprise' : c.kind === 'institution' ? 'institution' : 'platform',
      name: c.name,
      cities: [],
      verified: c.verified !== false,
      editorial: false,
      degree: 0,
      importance: 0,
      candidate: true,
    };
    const stage = segs.map((sid) => byId(sid)?.stage).find((st) => st !== undefined);
    if (stage) node.stage = stage;
    addNode(node);
    for (const sid of segs) addLink(node.id, sid, 'supports');
  }

  // A product or technology carries the cities of the records attached to it (a firm making it, a
  // project building it), and through it so does its segment: the region chart counts such a record
  // under the segment, and selecting the segment must light the same cities on the map.
  for (const l of links) {
    if (l.kind !== 'part_of') continue;
    const s = byId(l.source);
    const t = byId(l.target);
    if (++work % PER_STEP === 0) yield;
    if (!s || !t || !RECORD_KINDS.has(s.kind) || t.kind === 'segment' || RECORD_KINDS.has(t.kind)) continue;
    t.cities = union(t.cities, s.cities);
  }
  // A segment's cities include the cities of whatever is attached to it by part_of.
  // (A set per segment, in the order cities first appear: thousands of firms can hang on one.)
  const extra = new Map<ChainViewNode, Set<string>>();
  for (const l of links) {
    if (l.kind !== 'part_of') continue;
    const s = byId(l.source);
    const t = byId(l.target);
    if (++work % PER_STEP === 0) yield;
    if (!s || !t || (s.kind === 'segment') === (t.kind === 'segment')) continue;
    const [seg, child] = t.kind === 'segment' ? [t, s] : [s, t];
    let cities = extra.get(seg);
    if (!cities) {
      cities = new Set();
      extra.set(seg, cities);
    }
    for (const c of child.cities) cities.add(c);
  }
  for (const [seg, cities] of extra) seg.cities = union(seg.cities, [...cities]);

  for (const l of links) {
    (byId(l.source) as ChainViewNode).degree++;
    (byId(l.target) as ChainViewNode).degree++;
    if (++work % PER_STEP === 0) yield;
  }
  for (const n of nodes) n.importance = importanceOf(n);
  return { nodes, links };
}

/**
 * The same graph with the gap analysis's nodes flagged. Node objects are copied only where the flag
 * changes, so the layout (keyed by node ids) is reused.
 */
export function markGaps(graph: ChainViewGraph, gapIds: ReadonlySet<string>): ChainViewGraph {
  if (!gapIds.size) return graph;
  return { nodes: graph.nodes.map((n) => (gapIds.has(n.id) ? { ...n, gap: true } : n)), links: graph.links };
}
