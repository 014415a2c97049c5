/**
 * Lookups into a chain graph by node id and by city, built once per graph object (graphs are
 * immutable once built): a person's CSV can put tens of thousands of nodes in one, too many to scan
 * on every hover, selection or city pick.
 */
import type { ChainViewGraph, ChainViewNode } from './chainGraph.ts';

interface CityIndex {
  byId: Map<string, ChainViewNode>;
  byNode: Map<string, string[]>;
  byCity: Map<string, Set<string>>;
}
const indexes = new WeakMap<ChainViewGraph, CityIndex>();

function cityIndex(graph: ChainViewGraph): CityIndex {
  let idx = indexes.get(graph);
  if (!idx) {
    idx = { byId: new Map(), byNode: new Map(), byCity: new Map() };
    for (const n of graph.nodes) {
      idx.byId.set(n.id, n);
      idx.byNode.set(n.id, n.cities);
      for (const c of n.cities) {
        const set = idx.byCity.get(c);
        if (set) set.add(n.id);
        else idx.byCity.set(c, new Set([n.id]));
      }
    }
    indexes.set(graph, idx);
  }
  return idx;
}

/** Builds the graph's id and city index now, rather than on first use (prepareClusterViews). */
export function indexGraph(graph: ChainViewGraph): void {
  cityIndex(graph);
}

/** One node by id, without scanning the graph (a person's CSV can put tens of thousands in it). */
export function graphNode(graph: ChainViewGraph, id: string): ChainViewNode | undefined {
  return cityIndex(graph).byId.get(id);
}

/** Adcodes of one node ([] for an unknown id). */
export function nodeCities(graph: ChainViewGraph, id: string): readonly string[] {
  return cityIndex(graph).byNode.get(id) ?? [];
}

/** Ids of the nodes present in a city: the renderer's `emphasisIds` when a city is selected. */
export function nodesInCity(graph: ChainViewGraph, adcode: string): Set<string> {
  return new Set(cityIndex(graph).byCity.get(adcode));
}
