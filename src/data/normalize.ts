/**
 * RawDataset → Dataset: immutable and indexed for the views. Maps by id (clusters, sources, cities by
 * adcode, regions, each cluster's nodes), the city-profile index (per city: the clusters present in it
 * and how), the citation index (per source: the records citing it), and provenance counts. Pure.
 */
import type { RawDataset } from './assemble.ts';
import {
  BUNDLED,
  type CityPresence,
  type ClusterEntry,
  type Dataset,
  NO_USER_DATA,
  type Origin,
  type RecordRef,
  type UserMarks,
} from './dataset.ts';
import type { Cluster, ClusterCity, Localized } from './schema.ts';

export * from './dataset.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Localized => isObj(v) && typeof v.zh === 'string';

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map || value instanceof Set) return Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

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
  const out = new Map<
    string,
    { roles: ClusterCity[]; belts: string[]; nodes: string[]; records: string[] }
  >();
  const at = (code: string) => {
    let p = out.get(code);
    if (!p) {
      p = { roles: [], belts: [], nodes: [], records: [] };
      out.set(code, p);
    }
    return p;
  };
  const addOnce = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
  };
  for (const c of cluster.cities) at(c.adcode).roles.push(c);
  for (const b of cluster.belts)
    for (const code of [...b.cities, ...b.sites.map((s) => s.adcode)]) addOnce(at(code).belts, b.id);
  for (const n of cluster.chain.nodes) for (const code of n.cities) addOnce(at(code).nodes, n.id);
  const f = cluster.fiveOnes;
  for (const rec of [...f.enterprises, ...f.projects, ...f.innovation])
    for (const code of rec.cities) addOnce(at(code).records, rec.id);
  return new Map([...out].map(([code, p]) => [code, { clusterId: cluster.id, ...p }]));
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

  const cityProfiles = new Map<string, CityPresence[]>();
  for (const { cluster } of clusters.values())
    for (const [code, presence] of cityPresence(cluster)) {
      const list = cityProfiles.get(code) ?? [];
      list.push(presence);
      cityProfiles.set(code, list);
    }

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
    cityProfiles,
    citations,
    records: Object.freeze(records),
    counts: Object.freeze({
      records: records.length,
      unverified: records.filter((r) => !r.verified).length,
      editorial: records.filter((r) => r.editorial).length,
      user: records.filter((r) => r.origin.kind === 'user').length,
    }),
    models: frozen.models,
    framework: frozen.framework,
  });
}

/** Where a source record came from. */
export function sourceOrigin(dataset: Dataset, sourceId: string): Origin {
  const file = dataset.marks.sources.get(sourceId);
  if (file !== undefined) return { kind: 'user', file };
  return dataset.marks.source === 'user' ? { kind: 'user', file: dataset.marks.files[0] ?? '' } : BUNDLED;
}
