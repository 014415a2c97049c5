/**
 * The 补链 gap analysis: for one chain, which segments, products and technologies are missing, weak,
 * held by no Guangdong firm, held in one city only, dependent on outside supply, served by a plan
 * target with no project, a 卡脖子 item on the roadmap, or supported only by editorial judgement.
 * Each finding is a typed reason with a weight, its words and its evidence (record ids and source
 * ids); a node's score is the sum of its weights and the list is ranked by it. Pure: no React, no
 * renderer, so the same list feeds the panel, the charts' highlights, the CSV and the exported figure.
 */
import type { ChainNode, Cluster, Localized, RoadmapItem, SourceLevel, Stage } from '../data/schema.ts';
import { type GapType, reasonText } from './gapReasons.ts';

export { GAP_TYPES, type GapType, gapTypeLabel } from './gapReasons.ts';

/**
 * How much each kind of gap counts. A stated gap (missing, chokepoint) outweighs a computed one (no
 * firm listed), which outweighs a thin-data signal (one city, editorial only), so a segment the plans
 * name as missing always ranks above one our data merely knows little about.
 */
export const GAP_WEIGHTS: Record<GapType, number> = {
  missing: 5,
  chokepoint: 4,
  'no-firm': 3,
  weak: 3,
  dependency: 3,
  'target-no-project': 2,
  'one-city': 1,
  'editorial-only': 1,
};
/** A medium dependency counts less than a high one; a low one is not a gap. */
const MEDIUM_DEPENDENCY = 2;
const STRONG_NO_FIRM = 1;

export interface GapReason {
  type: GapType;
  weight: number;
  text: Localized;
  evidence: { ids: string[]; sources: string[] };
}

export interface GapEntry {
  rank: number;
  nodeId: string;
  name: Localized;
  kind: ChainNode['kind'];
  stage?: Stage;
  score: number;
  reasons: GapReason[];
  /** Ids of the cluster's 对接 candidates that would fill this node. */
  candidates: string[];
}

export interface GapContext {
  /** The level of a source by id (undefined: not in the dataset). */
  sourceLevel(id: string): SourceLevel | undefined;
  cityName(adcode: string): Localized | undefined;
}

const CHAIN_KINDS = new Set<ChainNode['kind']>(['segment', 'product', 'technology']);
const STAGE_ORDER: Record<Stage, number> = { upstream: 0, midstream: 1, downstream: 2 };

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)];
const names = (items: readonly { name: Localized }[]) => ({
  zh: items.map((i) => i.name.zh),
  en: items.map((i) => i.name.en || i.name.zh),
});

/** Each chain node with everything below it through `part_of` (a product belongs to its segment). */
function descendants(cluster: Cluster): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const l of cluster.chain.links)
    if (l.kind === 'part_of') children.set(l.target, [...(children.get(l.target) ?? []), l.source]);
  const out = new Map<string, Set<string>>();
  for (const n of cluster.chain.nodes) {
    const seen = new Set<string>([n.id]);
    const stack = [n.id];
    while (stack.length) {
      for (const c of children.get(stack.pop() as string) ?? [])
        if (!seen.has(c)) {
          seen.add(c);
          stack.push(c);
        }
    }
    out.set(n.id, seen);
  }
  return out;
}

/**
 * The firms placed in any of `scope`'s segments, in list order: through an index of firm positions
 * by segment rather than a scan of every firm for every chain node (with a person's 62,500 firms in
 * one cluster the scans were 2.5 million segment checks, 120–210 ms of the analysis).
 */
function firmsPlacer<F extends { segments: readonly string[] }>(firms: readonly F[]) {
  const at = new Map<string, number[]>();
  firms.forEach((f, i) => {
    for (const s of f.segments) {
      const list = at.get(s);
      if (!list) at.set(s, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return (scope: ReadonlySet<string>): F[] => {
    const lists: number[][] = [];
    for (const id of scope) {
      const list = at.get(id);
      if (list) lists.push(list);
    }
    if (lists.length === 0) return [];
    const picked =
      lists.length === 1 ? (lists[0] as number[]) : [...new Set(lists.flat())].sort((a, b) => a - b);
    return picked.map((i) => firms[i] as F);
  };
}

/**
 * A node that only receives `applies_to` links is an application field the chain serves (汽车 for the
 * laser chain), not a place where the chain itself makes things: whether it has firms says nothing.
 */
function applicationFields(cluster: Cluster): Set<string> {
  const applied = new Set<string>();
  const other = new Set<string>();
  for (const l of cluster.chain.links) {
    if (l.kind === 'applies_to') applied.add(l.target);
    else {
      other.add(l.source);
      other.add(l.target);
    }
  }
  return new Set([...applied].filter((id) => !other.has(id)));
}

export function analyseGaps(cluster: Cluster, ctx: GapContext): GapEntry[] {
  const below = descendants(cluster);
  const fields = applicationFields(cluster);
  const hasParent = new Set(cluster.chain.links.filter((l) => l.kind === 'part_of').map((l) => l.source));
  const firms = cluster.fiveOnes.enterprises;
  const placedIn = firmsPlacer(firms);
  const projects = cluster.fiveOnes.projects;
  const plans = cluster.targets.filter((t) => t.kind === 'target' && t.segments?.length);
  const roadmapOf = new Map<string, RoadmapItem[]>();
  for (const r of cluster.roadmap) if (r.node) roadmapOf.set(r.node, [...(roadmapOf.get(r.node) ?? []), r]);
  const checkable = (ids: readonly string[]) =>
    ids.some((id) => {
      const level = ctx.sourceLevel(id);
      return level !== undefined && level !== 'editorial';
    });

  const entries: Omit<GapEntry, 'rank'>[] = [];
  for (const node of cluster.chain.nodes) {
    if (!CHAIN_KINDS.has(node.kind)) continue;
    const scope = below.get(node.id) ?? new Set([node.id]);
    const inScope = (segs: readonly string[]) => segs.some((s) => scope.has(s));
    const reasons: GapReason[] = [];
    const add = (
      type: GapType,
      text: Localized,
      ids: string[],
      sources: string[],
      weight = GAP_WEIGHTS[type],
    ) => reasons.push({ type, weight, text, evidence: { ids: uniq(ids), sources: uniq(sources) } });

    const items = roadmapOf.get(node.id) ?? [];
    const missingItems = items.filter((r) => r.status === 'missing');
    if (node.status === 'missing') add('missing', reasonText('missing'), [node.id], node.sources);
    else if (missingItems.length)
      add(
        'missing',
        reasonText('missing', { names: names(missingItems), fromRoadmap: true }),
        missingItems.map((r) => r.id),
        missingItems.flatMap((r) => r.sources),
      );
    const choke = items.filter((r) => r.status === 'chokepoint');
    if (choke.length)
      add(
        'chokepoint',
        reasonText('chokepoint', { names: names(choke) }),
        choke.map((r) => r.id),
        choke.flatMap((r) => r.sources),
      );
    if (node.status === 'weak') add('weak', reasonText('weak'), [node.id], node.sources);
    if (node.dependency && node.dependency.level !== 'low') {
      const high = node.dependency.level === 'high';
      add(
        'dependency',
        reasonText('dependency', { level: node.dependency.level }),
        [node.id],
        node.dependency.sources,
        high ? GAP_WEIGHTS.dependency : MEDIUM_DEPENDENCY,
      );
    }

    const unserved = plans.filter(
      (t) => t.segments?.includes(node.id) && !projects.some((p) => inScope(p.segments)),
    );
    if (unserved.length)
      add(
        'target-no-project',
        reasonText('target-no-project', { names: names(unserved.map((t) => ({ name: t.metric }))) }),
        unserved.map((t) => t.id),
        unserved.flatMap((t) => t.sources),
      );

    // Firm-based rules speak of places where the chain makes things: segments, and products that
    // belong to no segment (a product inside a segment is covered by its segment). A technology is
    // judged by its roadmap status and the sources' words, not by firms, which sources rarely name.
    const position =
      !fields.has(node.id) &&
      (node.kind === 'segment' || (node.kind === 'product' && !hasParent.has(node.id)));
    const placed = placedIn(scope);
    // A segment the sources call strong (锻长板) with no firm listed is a hole in the data, not in
    // the chain: it is still reported, at the weight of a thin-data signal, in words that say so.
    if (position && !placed.length)
      add(
        'no-firm',
        reasonText('no-firm', { strong: node.status === 'strong' }),
        [node.id],
        node.sources,
        node.status === 'strong' ? STRONG_NO_FIRM : GAP_WEIGHTS['no-firm'],
      );
    if (position && placed.length) {
      const cities = uniq(placed.flatMap((f) => f.cities));
      const [only] = cities;
      if (cities.length === 1 && only) {
        const name = ctx.cityName(only) ?? { zh: only, en: only };
        add(
          'one-city',
          reasonText('one-city', { n: placed.length, city: { zh: name.zh, en: name.en || name.zh } }),
          placed.map((f) => f.id),
          placed.flatMap((f) => f.sources),
        );
      }
    }
    // Thin evidence: neither the node itself nor any firm a source places in it cites a source that
    // is more than our own judgement (or the node is flagged unverified and nothing else backs it).
    if (!fields.has(node.id)) {
      const sourcedFirms = placed.filter((f) => !f.segmentsEditorial && f.verified !== false);
      const nodeBacked = node.verified !== false && checkable(node.sources);
      if (!nodeBacked && !sourcedFirms.some((f) => checkable(f.sources)))
        add('editorial-only', reasonText('editorial-only'), [node.id], node.sources);
    }

    if (!reasons.length) continue;
    entries.push({
      nodeId: node.id,
      name: node.name,
      kind: node.kind,
      ...(node.stage ? { stage: node.stage } : {}),
      score: reasons.reduce((s, r) => s + r.weight, 0),
      reasons: reasons.sort((a, b) => b.weight - a.weight),
      candidates: cluster.candidates.filter((c) => c.segments.includes(node.id)).map((c) => c.id),
    });
  }

  const order = new Map(cluster.chain.nodes.map((n, i) => [n.id, i]));
  return entries
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.stage ? STAGE_ORDER[a.stage] : 3) - (b.stage ? STAGE_ORDER[b.stage] : 3) ||
        (order.get(a.nodeId) ?? 0) - (order.get(b.nodeId) ?? 0),
    )
    .map((e, i) => ({ ...e, rank: i + 1 }));
}

/** The node ids the list names: what every view rings as a gap. */
export function gapNodeIds(entries: readonly GapEntry[]): ReadonlySet<string> {
  return new Set(entries.map((e) => e.nodeId));
}
