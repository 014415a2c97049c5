/**
 * Fields that fail soft. A bad 技术路线图 item, 对接 candidate, target segment list or node dependency is
 * reported (file, record, field) and dropped; the cluster it sits in still loads. Everything else in a
 * cluster keeps the strict rule (a broken record leaves the cluster out), because there a bad value
 * usually means the file is not what it claims to be.
 *
 * Two passes: `softenCluster` before the schema (shape), `pruneSoftRefs` after it (ids that must
 * resolve: nodes, targets, sources). `softenClusterFile` and `softenBundle` first apply the field
 * repairs of softRepair.ts (source urls, over-long texts, `verified`) to the whole file.
 */
import type { z } from 'zod';
import { parseWith } from './parseFile.ts';
import { type Problem, problem } from './problems.ts';
import { BundleFile, Candidate, type Cluster, ClusterFile, Dependency, RoadmapItem } from './schema.ts';
import { repairFields } from './softRepair.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

const SOFT_LISTS: { key: 'roadmap' | 'candidates'; schema: z.ZodType<unknown> }[] = [
  { key: 'roadmap', schema: RoadmapItem },
  { key: 'candidates', schema: Candidate },
];

/** Re-roots a problem found in a sub-record at its place in the file. */
function under(p: Problem, base: string, recordId?: string): Problem {
  const where = !p.where ? base : p.where.startsWith('[') ? `${base}${p.where}` : `${base}.${p.where}`;
  // The id names the record the way its author knows it; the index alone is hard to find in a file.
  const fix = recordId
    ? `${p.fix}; this record ("${recordId}") was left out, the rest of the cluster is shown`
    : `${p.fix}; this record was left out, the rest of the cluster is shown`;
  return { ...p, where, fix };
}

const idOf = (item: unknown): string | undefined =>
  isObj(item) && typeof item.id === 'string' && item.id.length <= 80 ? item.id : undefined;

/**
 * Returns a copy of the cluster JSON with bad soft records removed, and a problem for each. `base` is
 * the cluster's path in its file (`cluster`, or `clusters[3]` in a bundle).
 */
export function softenCluster(
  json: unknown,
  file: string,
  base: string,
): { json: unknown; problems: Problem[] } {
  if (!isObj(json)) return { json, problems: [] };
  const problems: Problem[] = [];
  const out: Obj = { ...json };
  for (const { key, schema } of SOFT_LISTS) {
    const list = out[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(
        problem(
          file,
          `${base}.${key}`,
          `"${key}" is not a list`,
          `write "${key}" as a list of records, or remove it`,
        ),
      );
      delete out[key];
      continue;
    }
    out[key] = list.filter((item, i) => {
      const parsed = parseWith(schema, item, file);
      if (parsed.ok) return true;
      if (!parsed.problems.length)
        problems.push(problem(file, `${base}.${key}[${i}]`, 'empty record', 'remove it or fill it in'));
      for (const p of parsed.problems) problems.push(under(p, `${base}.${key}[${i}]`, idOf(item)));
      return false;
    });
  }
  if (Array.isArray(out.targets))
    out.targets = out.targets.map((t, i) => {
      if (!isObj(t) || t.segments === undefined) return t;
      const ok = Array.isArray(t.segments) && t.segments.every((s) => typeof s === 'string' && ID_RE.test(s));
      if (ok) return t;
      problems.push(
        problem(
          file,
          `${base}.targets[${i}].segments`,
          'segments is not a list of node ids',
          'list the ids of chain nodes the target is about; the field was ignored, the target is shown',
        ),
      );
      const { segments: _dropped, ...rest } = t;
      return rest;
    });
  const chain = out.chain;
  if (isObj(chain) && Array.isArray(chain.nodes))
    out.chain = {
      ...chain,
      nodes: chain.nodes.map((n, i) => {
        if (!isObj(n) || n.dependency === undefined) return n;
        const parsed = parseWith(Dependency, n.dependency, file);
        if (parsed.ok) return n;
        for (const p of parsed.problems)
          problems.push({
            ...under(p, `${base}.chain.nodes[${i}].dependency`),
            fix: `${p.fix}; the dependency was ignored, the node is shown`,
          });
        const { dependency: _dropped, ...rest } = n;
        return rest;
      }),
    };
  return { json: out, problems };
}

/**
 * A cluster file (`{ cluster: … }`): the field repairs of softRepair.ts (unsafe source urls, over-long
 * names and texts, a bad `verified`) over the whole file, then softenCluster.
 */
export function softenClusterFile(json: unknown, file: string): { json: unknown; problems: Problem[] } {
  const repaired = repairFields(ClusterFile, json, file);
  const fixed = repaired.json;
  if (!isObj(fixed) || !isObj(fixed.cluster)) return repaired;
  const soft = softenCluster(fixed.cluster, file, 'cluster');
  return { json: { ...fixed, cluster: soft.json }, problems: [...repaired.problems, ...soft.problems] };
}

/** A single-file dataset (`{ clusters: [...] }`): the field repairs, then softenCluster for each cluster. */
export function softenBundle(json: unknown, file: string): { json: unknown; problems: Problem[] } {
  const repaired = repairFields(BundleFile, json, file);
  const fixed = repaired.json;
  if (!isObj(fixed) || !Array.isArray(fixed.clusters)) return repaired;
  const problems: Problem[] = [...repaired.problems];
  const clusters = fixed.clusters.map((c, i) => {
    const soft = softenCluster(c, file, `clusters[${i}]`);
    problems.push(...soft.problems);
    return soft.json;
  });
  return { json: { ...fixed, clusters }, problems };
}

/**
 * After the schema: drops references of soft records that do not resolve (a roadmap item's node or
 * targets, a candidate's or a target's segments) and soft records citing an unknown source.
 */
export function pruneSoftRefs(
  cluster: Cluster,
  file: string,
  base: string,
  knownSources: ReadonlySet<string>,
): { cluster: Cluster; problems: Problem[] } {
  const problems: Problem[] = [];
  const nodeIds = new Set(cluster.chain.nodes.map((n) => n.id));
  const targetIds = new Set(cluster.targets.map((t) => t.id));
  const keepNodes = (ids: readonly string[], where: string): string[] =>
    ids.filter((sid, j) => {
      if (nodeIds.has(sid)) return true;
      problems.push(
        problem(
          file,
          `${where}[${j}]`,
          `node "${sid}" is not a node of this chain`,
          'use the id of a node in cluster.chain.nodes; this reference was ignored',
        ),
      );
      return false;
    });
  const citesKnown = (rec: { sources: readonly string[] }, where: string): boolean => {
    const unknown = rec.sources.filter((s) => !knownSources.has(s));
    if (!unknown.length) return true;
    problems.push(
      problem(
        file,
        `${where}.sources`,
        `source "${unknown[0]}" is not defined`,
        'add it to sources.json (or the file\'s own "sources" list); this record was left out',
      ),
    );
    return false;
  };
  const ids = new Set<string>([...nodeIds, ...targetIds]);
  const unique = (id: string, where: string): boolean => {
    if (!ids.has(id)) {
      ids.add(id);
      return true;
    }
    problems.push(
      problem(
        file,
        `${where}.id`,
        `duplicate id "${id}"`,
        'give each record its own id; this one was left out',
      ),
    );
    return false;
  };

  const roadmap = cluster.roadmap
    .map((item, i) => ({ item, where: `${base}.roadmap[${i}]` }))
    .filter(({ item, where }) => citesKnown(item, where) && unique(item.id, where))
    .map(({ item, where }) => {
      let next = item;
      if (item.node && !nodeIds.has(item.node)) {
        problems.push(
          problem(
            file,
            `${where}.node`,
            `node "${item.node}" is not a node of this chain`,
            'use the id of a node in cluster.chain.nodes; the item is shown without it',
          ),
        );
        const { node: _dropped, ...rest } = next;
        next = rest;
      }
      const targets = item.targets.filter((tid, j) => {
        if (targetIds.has(tid)) return true;
        problems.push(
          problem(
            file,
            `${where}.targets[${j}]`,
            `target "${tid}" does not exist`,
            'use the id of one of cluster.targets; this reference was ignored',
          ),
        );
        return false;
      });
      return targets.length === item.targets.length ? next : { ...next, targets };
    });
  const candidates = cluster.candidates
    .map((c, i) => ({ c, where: `${base}.candidates[${i}]` }))
    .filter(({ c, where }) => citesKnown(c, where) && unique(c.id, where))
    .map(({ c, where }) => ({ ...c, segments: keepNodes(c.segments, `${where}.segments`) }));
  const targets = cluster.targets.map((t, i) =>
    t.segments?.length ? { ...t, segments: keepNodes(t.segments, `${base}.targets[${i}].segments`) } : t,
  );
  if (!problems.length) return { cluster, problems };
  return { cluster: { ...cluster, roadmap, candidates, targets }, problems };
}
