/**
 * Checks that hold across records and files, which a per-file schema cannot express:
 * every source id, adcode, region, node and segment reference resolves, and ids are unique.
 */
import type { Located, RawDataset } from './assemble.ts';
import { type Problem, problem } from './problems.ts';
import type { Cluster, Source } from './schema.ts';
import { pruneSoftRefs } from './softFields.ts';

/** What a cluster's references may point at: the ids of the sources and cities it can cite. */
export interface CrossRefInput {
  knownSources: ReadonlySet<string>;
  cityCodes: ReadonlySet<string>;
}

type Emit = (where: string, message: string, fix: string) => void;

/** Walks any record tree and checks every `sources: string[]` array against the known sources. */
export function checkSourceRefs(value: unknown, path: string, known: ReadonlySet<string>, emit: Emit): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkSourceRefs(v, `${path}[${i}]`, known, emit);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key === 'sources' && Array.isArray(v) && v.every((s) => typeof s === 'string')) {
      v.forEach((sid: string, i: number) => {
        if (!known.has(sid))
          emit(
            `${here}[${i}]`,
            `source "${sid}" is not defined`,
            'add it to sources.json (or the file\'s own "sources" list), or fix the id',
          );
      });
    } else {
      checkSourceRefs(v, here, known, emit);
    }
  }
}

/** `base` is the cluster's own path in its file: `cluster` in a cluster file, `clusters[3]` in a bundle. */
export function checkCluster(
  cluster: Cluster,
  file: string,
  input: CrossRefInput,
  base = 'cluster',
): Problem[] {
  const problems: Problem[] = [];
  const emit: Emit = (where, message, fix) => problems.push({ file, where, message, fix });

  checkSourceRefs(cluster, base, input.knownSources, emit);

  const checkCity = (code: string, where: string) => {
    if (!input.cityCodes.has(code))
      emit(where, `unknown city adcode "${code}"`, 'use one of the adcodes listed in cities.json');
  };
  cluster.cities.forEach((c, i) => {
    checkCity(c.adcode, `${base}.cities[${i}].adcode`);
  });
  cluster.belts.forEach((b, i) => {
    b.cities.forEach((code, j) => {
      checkCity(code, `${base}.belts[${i}].cities[${j}]`);
    });
    b.sites.forEach((s, j) => {
      checkCity(s.adcode, `${base}.belts[${i}].sites[${j}].adcode`);
    });
  });

  // One id namespace per cluster: chain nodes and every 五个一 record.
  const ids = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const prior = ids.get(id);
    if (prior) emit(where, `duplicate id "${id}" (already used at ${prior})`, 'give each record its own id');
    else ids.set(id, where);
  };
  const focusIds = new Set<string>();
  cluster.focusAreas.forEach((f, i) => {
    claim(f.id, `${base}.focusAreas[${i}]`);
    focusIds.add(f.id);
  });
  cluster.chain.nodes.forEach((n, i) => {
    const where = `${base}.chain.nodes[${i}]`;
    claim(n.id, where);
    n.cities.forEach((code, j) => {
      checkCity(code, `${where}.cities[${j}]`);
    });
  });
  const nodeIds = new Set(cluster.chain.nodes.map((n) => n.id));
  cluster.chain.nodes.forEach((n, i) => {
    if (n.focusArea && !focusIds.has(n.focusArea))
      emit(
        `${base}.chain.nodes[${i}].focusArea`,
        `focus area "${n.focusArea}" does not exist`,
        'use an id from cluster.focusAreas',
      );
  });
  cluster.chain.links.forEach((l, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(l[end]))
        emit(
          `${base}.chain.links[${i}].${end}`,
          `link points to node "${l[end]}", which does not exist`,
          'use the id of a node in cluster.chain.nodes, or remove the link',
        );
    }
    if (l.source === l.target)
      emit(`${base}.chain.links[${i}]`, 'link connects a node to itself', 'remove the link');
  });

  const lists = ['enterprises', 'projects', 'innovation', 'policies', 'consulting'] as const;
  for (const list of lists) {
    (cluster.fiveOnes[list] as Array<{ id: string; cities?: string[]; segments?: string[] }>).forEach(
      (rec, i) => {
        const where = `${base}.fiveOnes.${list}[${i}]`;
        claim(rec.id, where);
        rec.cities?.forEach((code, j) => {
          checkCity(code, `${where}.cities[${j}]`);
        });
        rec.segments?.forEach((sid, j) => {
          if (!nodeIds.has(sid))
            emit(
              `${where}.segments[${j}]`,
              `segment "${sid}" is not a node of this chain`,
              'use the id of a node in cluster.chain.nodes',
            );
        });
      },
    );
  }
  cluster.targets.forEach((t, i) => {
    claim(t.id, `${base}.targets[${i}]`);
  });
  return problems;
}

/**
 * checkCluster after dropping the soft records whose references do not resolve (softFields.ts):
 * `hard` problems leave the cluster out, `soft` ones are reported while the cleaned cluster loads.
 */
export function checkClusterSoft(
  cluster: Cluster,
  file: string,
  input: CrossRefInput,
  base = 'cluster',
): { cluster: Cluster; hard: Problem[]; soft: Problem[] } {
  const pruned = pruneSoftRefs(cluster, file, base, input.knownSources);
  return {
    cluster: pruned.cluster,
    hard: checkCluster(pruned.cluster, file, input, base),
    soft: pruned.problems,
  };
}

/** Indexes sources by id; a second record with the same id is a problem, the first one wins. */
export function collectSources(
  entries: readonly { source: Source; at: Located }[],
  problems: Problem[],
  into = new Map<string, { source: Source; at: Located }>(),
): Map<string, { source: Source; at: Located }> {
  for (const { source, at } of entries) {
    const prior = into.get(source.id);
    if (prior)
      problems.push(
        problem(
          at.file,
          at.where,
          `duplicate source id "${source.id}" (also in ${prior.at.file})`,
          'give each source its own id, or cite the existing one',
        ),
      );
    else into.set(source.id, { source, at });
  }
  return into;
}

/**
 * Every check that spans records or files. Returns the problems and the ids of clusters that have
 * any: the loader leaves those out so one broken file cannot break the views of the others.
 */
export function crossCheck(raw: RawDataset): { problems: Problem[]; brokenClusters: Set<string> } {
  const problems: Problem[] = [];
  const { at } = raw;
  const cityCodes = new Set<string>();
  raw.cities.forEach((c, i) => {
    if (cityCodes.has(c.adcode))
      problems.push(
        problem(
          at.cities,
          `cities[${i}].adcode`,
          `duplicate city adcode "${c.adcode}"`,
          'list each city once',
        ),
      );
    cityCodes.add(c.adcode);
  });
  const regionIds = new Set<string>();
  raw.regions.forEach((r, i) => {
    if (regionIds.has(r.id))
      problems.push(
        problem(
          at.cities,
          `regions[${i}].id`,
          `duplicate region id "${r.id}"`,
          'give each region its own id',
        ),
      );
    regionIds.add(r.id);
    r.cities.forEach((code, j) => {
      if (!cityCodes.has(code))
        problems.push(
          problem(
            at.cities,
            `regions[${i}].cities[${j}]`,
            `unknown city adcode "${code}"`,
            'list only adcodes of cities in this file',
          ),
        );
    });
  });
  raw.cities.forEach((c, i) => {
    if (!regionIds.has(c.region))
      problems.push(
        problem(
          at.cities,
          `cities[${i}].region`,
          `region "${c.region}" is not defined`,
          'use the id of one of the regions in this file',
        ),
      );
  });

  const known = new Set(raw.sources.map((s) => s.id));
  const checkRefs = (value: unknown, file: string, where: string) =>
    checkSourceRefs(value, where, known, (place, message, fix) =>
      problems.push({ file, where: place, message, fix }),
    );
  checkRefs(raw.regions, at.cities, 'regions');
  checkRefs(raw.cities, at.cities, 'cities');
  checkRefs(raw.models, at.models, 'models');
  if (raw.framework) checkRefs(raw.framework, at.framework, 'framework');
  if (raw.meta.geo) checkRefs(raw.meta.geo, at.meta, 'geo');

  const brokenClusters = new Set<string>();
  const clusterIds = new Map<string, string>();
  raw.clusters.forEach((original, index) => {
    const loc = at.clusters.get(original.id) ?? { file: '', where: 'cluster' };
    const checked = checkClusterSoft(original, loc.file, { knownSources: known, cityCodes }, loc.where);
    const cluster = checked.cluster;
    // The caller built `raw` for this check; the cleaned cluster replaces the one it was given.
    raw.clusters[index] = cluster;
    problems.push(...checked.soft);
    const prior = clusterIds.get(cluster.id);
    if (prior !== undefined) {
      problems.push(
        problem(
          loc.file,
          `${loc.where}.id`,
          `duplicate cluster id "${cluster.id}" (also in ${prior})`,
          'give each cluster its own id',
        ),
      );
      brokenClusters.add(cluster.id);
    }
    clusterIds.set(cluster.id, loc.file);
    if (checked.hard.length) brokenClusters.add(cluster.id);
    problems.push(...checked.hard);
  });
  return { problems, brokenClusters };
}
