/**
 * RawDataset → Dataset: immutable and indexed for the views. Maps by id (clusters, sources, cities by
 * adcode, regions, each cluster's nodes), the city-profile index (per city: the clusters present in it
 * and how), the citation index (per source: the records citing it), and provenance counts. Pure.
 * The last three walk every record; they are built on first use, so loading a dataset of hundreds of
 * thousands of firms costs the page only the small maps (freeze.ts freezes big user files beforehand).
 */
import type { RawDataset } from './assemble.ts';
import {
  BUNDLED,
  type CityPresence,
  type ClusterEntry,
  type Dataset,
  type DatasetCounts,
  NO_USER_DATA,
  type Origin,
  type RecordRef,
  type UserMarks,
} from './dataset.ts';
import { deepFreeze } from './freeze.ts';
import type { Cluster, ClusterCity, Localized } from './schema.ts';

export * from './dataset.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Localized => isObj(v) && typeof v.zh === 'string';

/** Calls `visit` for every object carrying a `sources: string[]` list, outermost first. */
function walkRecords(value: unknown, path: string, visit: (rec: Obj, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walkRecords(v, `${path}[${i}]`, visit);
    });
    return;
  }
  if (!isObj(value)) return;
  if (Array.isArray(value.sources) && value.sources.every((s) => typeof s === 'string')) visit(value, path);
  for (const [key, v] of Object.entries(value)) {
    if (key !== 'sources' && typeof v === 'object') walkRecords(v, path ? `${path}.${key}` : key, visit);
  }
}

function clusterRank(c: Cluster): number {
  return (c.kind === 'pillar' ? 0 : 1000) + c.order;
}

function cityPresence(cluster: Cluster): Map<string, CityPresence> {
  // Sets keep "once per city" linear: a city may hold tens of thousands of a big file's firms.
  const out = new Map<
    string,
    { roles: ClusterCity[]; belts: Set<string>; nodes: Set<string>; records: Set<string> }
  >();
  const at = (code: string) => {
    let p = out.get(code);
    if (!p) {
      p = { roles: [], belts: new Set(), nodes: new Set(), records: new Set() };
      out.set(code, p);
    }
    return p;
  };
  for (const c of cluster.cities) at(c.adcode).roles.push(c);
  for (const b of cluster.belts)
    for (const code of [...b.cities, ...b.sites.map((s) => s.adcode)]) at(code).belts.add(b.id);
  for (const n of cluster.chain.nodes) for (const code of n.cities) at(code).nodes.add(n.id);
  const f = cluster.fiveOnes;
  for (const list of [f.enterprises, f.projects, f.innovation])
    for (const rec of list) for (const code of rec.cities) at(code).records.add(rec.id);
  return new Map(
    [...out].map(([code, p]) => [
      code,
      {
        clusterId: cluster.id,
        roles: p.roles,
        belts: [...p.belts],
        nodes: [...p.nodes],
        records: [...p.records],
      },
    ]),
  );
}

/** A value computed on first use and kept. */
function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

export function normalize(raw: RawDataset, marks: UserMarks = NO_USER_DATA): Dataset {
  const frozen = deepFreeze(raw);
  const sources = new Map(frozen.sources.map((s) => [s.id, s]));
  const wholeOrigin: Origin =
    marks.source === 'user' ? { kind: 'user', file: marks.files[0] ?? '' } : BUNDLED;

  const ordered = [...frozen.clusters].sort((a, b) => clusterRank(a) - clusterRank(b));
  const clusters = new Map<string, ClusterEntry>();
  for (const cluster of ordered) {
    const file = marks.clusters.get(cluster.id);
    clusters.set(cluster.id, {
      cluster,
      origin: file !== undefined ? { kind: 'user', file } : wholeOrigin,
      nodes: new Map(cluster.chain.nodes.map((n) => [n.id, n])),
    });
  }

  const cityProfiles = lazy(() => {
    const out = new Map<string, CityPresence[]>();
    for (const { cluster } of clusters.values())
      for (const [code, presence] of cityPresence(cluster)) {
        const list = out.get(code) ?? [];
        list.push(presence);
        out.set(code, list);
      }
    return out;
  });

  const index = lazy(() => {
    const records: RecordRef[] = [];
    const citations = new Map<string, RecordRef[]>();
    const isEditorial = (rec: Obj, ids: readonly string[]) =>
      rec.stageEditorial === true ||
      rec.segmentsEditorial === true ||
      (ids.length > 0 && ids.every((id) => sources.get(id)?.level === 'editorial'));
    const collect = (clusterId: string | null, base: Origin) => (rec: Obj, path: string) => {
      const ids = rec.sources as string[];
      const id = typeof rec.id === 'string' ? rec.id : typeof rec.adcode === 'string' ? rec.adcode : null;
      const name = [rec.name, rec.title, rec.metric, rec.role, rec.place].find(isLocalized) ?? null;
      const added = clusterId !== null && id !== null ? marks.records.get(`${clusterId}/${id}`) : undefined;
      const origin: Origin = added !== undefined ? { kind: 'user', file: added } : base;
      const ref: RecordRef = Object.freeze({
        clusterId,
        path,
        id,
        name,
        sources: ids,
        origin,
        verified: rec.verified !== false,
        editorial: isEditorial(rec, ids),
      });
      records.push(ref);
      for (const sid of new Set(ids)) {
        const list = citations.get(sid) ?? [];
        list.push(ref);
        citations.set(sid, list);
      }
    };
    walkRecords(frozen.regions, 'regions', collect(null, wholeOrigin));
    walkRecords(frozen.cities, 'cities', collect(null, wholeOrigin));
    if (frozen.meta.geo) walkRecords(frozen.meta.geo, 'geo', collect(null, wholeOrigin));
    if (frozen.framework) walkRecords(frozen.framework, 'framework', collect(null, wholeOrigin));
    walkRecords(frozen.models, 'models', collect(null, wholeOrigin));
    for (const entry of clusters.values())
      walkRecords(entry.cluster, '', collect(entry.cluster.id, entry.origin));
    const counts: DatasetCounts = Object.freeze({
      records: records.length,
      unverified: records.filter((r) => !r.verified).length,
      editorial: records.filter((r) => r.editorial).length,
      user: records.filter((r) => r.origin.kind === 'user').length,
    });
    return { records: Object.freeze(records), citations, counts };
  });

  return Object.freeze({
    meta: frozen.meta,
    raw: frozen,
    origin: Object.freeze({
      source: marks.files.length > 0 || marks.source === 'user' ? 'user' : 'bundled',
      replaced: marks.source === 'user',
      files: Object.freeze([...marks.files]),
    }),
    marks,
    sources,
    regions: new Map(frozen.regions.map((r) => [r.id, r])),
    cities: new Map(frozen.cities.map((c) => [c.adcode, c])),
    clusters,
    get cityProfiles() {
      return cityProfiles();
    },
    get citations() {
      return index().citations;
    },
    get records() {
      return index().records;
    },
    get counts() {
      return index().counts;
    },
    models: frozen.models,
    framework: frozen.framework,
  });
}
