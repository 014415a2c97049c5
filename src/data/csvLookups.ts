/**
 * Lookups from a CSV cell's text to the dataset's ids: cities (adcode or name), clusters (id or name),
 * segments (node id or name). Keys are trimmed and lower-cased; Maps only, so no cell can reach a
 * prototype. Each distinct cell text is looked up once: a 500,000-row file repeats a few values.
 */
import type { RawDataset } from './assemble.ts';
import { CLUSTER_SUFFIX, LIST_SEPARATOR } from './csvColumns.ts';
import type { Cluster } from './schema.ts';

export const lookupKey = (s: string) => s.trim().toLowerCase();

/** Short stable hash of a file name, so ids from two CSV files never collide. */
export function fileTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

function indexes(raw: RawDataset) {
  const cities = new Map<string, string>();
  for (const c of raw.cities) {
    for (const k of [
      c.adcode,
      c.name.zh,
      c.name.zh.replace(/市$/, ''),
      c.name.en,
      c.name.en.replace(/\s+city$/i, ''),
    ])
      cities.set(lookupKey(k), c.adcode);
  }
  const clusters = new Map<string, Cluster>();
  for (const c of raw.clusters) {
    for (const k of [c.id, c.name.zh, c.name.zh.replace(CLUSTER_SUFFIX, ''), c.name.en, ...c.nameVariants])
      if (!clusters.has(lookupKey(k))) clusters.set(lookupKey(k), c);
  }
  return { cities, clusters, sources: new Set(raw.sources.map((s) => s.id)) };
}

function nodeIndex(cluster: Cluster): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of cluster.chain.nodes)
    for (const k of [n.id, n.name.zh, n.name.en]) out.set(lookupKey(k), n.id);
  return out;
}

/** A cache for lookups that depend only on a cell's text: a CSV repeats the same few values. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = make(key);
      cache.set(key, v);
    }
    return v as T;
  };
}

const splitList = (text: string) =>
  text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

/** A list cell's parts: the ids they name (each once, in order) and the parts naming nothing. */
export interface Resolved {
  ids: string[];
  unknown: string[];
}

/** A list cell ("广州、深圳") → ids through `index`, once per distinct text. */
function resolveList(index: ReadonlyMap<string, string>): (text: string) => Resolved {
  return memo((text: string) => {
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const part of splitList(text)) {
      const id = index.get(lookupKey(part));
      if (!id) unknown.push(part);
      else if (!ids.includes(id)) ids.push(id);
    }
    return { ids, unknown };
  });
}

/** The lookups one CSV file needs against `raw`. */
export function cellLookups(raw: RawDataset) {
  const idx = indexes(raw);
  // Per distinct cell text, computed once: a 500,000-row file names a handful of clusters and cities.
  const clusterOf = memo(
    (text: string) =>
      idx.clusters.get(lookupKey(text.replace(CLUSTER_SUFFIX, ''))) ??
      idx.clusters.get(lookupKey(text)) ??
      null,
  );
  const citiesOf = resolveList(idx.cities);
  const segmentsOf = new Map<string, (text: string) => Resolved>();
  const segmentLookup = (cluster: Cluster) => {
    let f = segmentsOf.get(cluster.id);
    if (!f) {
      f = resolveList(nodeIndex(cluster));
      segmentsOf.set(cluster.id, f);
    }
    return f;
  };
  return { clusterOf, citiesOf, segmentLookup, sourceIds: idx.sources };
}
