/**
 * Current dataset + a person's inputs → the dataset to show. A single-file dataset replaces the
 * current one; cluster files add clusters or replace those with the same id; CSV rows add firms.
 * Each input is checked against what it joins (its sources and cities must resolve) and left out,
 * with its problems listed, if it does not fit. Everything added is marked with its file's name.
 * The merge is a generator (slices.ts): the page runs it a slice at a time, since a 500,000-row CSV
 * takes seconds to turn into firms and freeze.
 */
import { type Located, type RawDataset, withoutClusters } from './assemble.ts';
import { checkClusterSoft } from './crossref.ts';
import { type CsvEnterprises, enterprisesFromCsvSteps } from './csvEnterprises.ts';
import { deepFreezeSteps } from './freeze.ts';
import { type Dataset, NO_USER_DATA, normalize, type UserMarks } from './normalize.ts';
import { type Problem, problem } from './problems.ts';
import type { Cluster, Source } from './schema.ts';
import { drain, runInSlices, type SliceOptions, type Steps } from './slices.ts';
import type { UserLoad } from './userData.ts';

function copyMarks(m: UserMarks): UserMarks {
  return {
    source: m.source,
    files: [...m.files],
    clusters: new Map(m.clusters),
    records: new Map(m.records),
    sources: new Map(m.sources),
  };
}

const sameRecord = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Merged {
  dataset: Dataset | null;
  problems: Problem[];
}

/** Firms filed between two yields. */
const FIRMS_PER_STEP = 1024;

export function mergeUserInputs(base: Dataset | null, load: UserLoad): Merged {
  return drain(mergeUserInputsSteps(base, load));
}

/** The merge a slice at a time; null if `signal` aborted it (nothing shown has changed then). */
export async function mergeUserInputsInSlices(
  base: Dataset | null,
  load: UserLoad,
  opts: SliceOptions = {},
): Promise<Merged | null> {
  const r = await runInSlices(mergeUserInputsSteps(base, load), opts);
  return r.ok ? r.value : null;
}

/** Rows of all CSV inputs, the bulk of a merge's work, for its progress. */
const csvRows = (load: UserLoad) =>
  load.inputs.reduce((n, i) => n + (i.kind === 'csv' ? i.table.rows.length : 0), 0);

/**
 * Firms the import wizard reviewed → the additions that still fit what they join: their cluster must
 * exist, their nodes must be its nodes and their cities known (the dataset may have changed since the
 * review, e.g. a reload with other data). A firm that no longer fits is listed and left out.
 */
function reviewedFirms(
  input: Extract<UserLoad['inputs'][number], { kind: 'enterprises' }>,
  clusters: ReadonlyMap<string, Cluster>,
  cityCodes: ReadonlySet<string>,
): CsvEnterprises {
  const problems: Problem[] = [];
  const nodesOf = new Map<string, Set<string>>();
  const additions = input.additions.filter(({ clusterId, enterprise, row }) => {
    const cluster = clusters.get(clusterId);
    if (!cluster) {
      problems.push(
        problem(
          input.file,
          `row ${row}`,
          `cluster "${clusterId}" is not in the dataset`,
          'import the list again into a cluster that is shown',
        ),
      );
      return false;
    }
    let nodes = nodesOf.get(clusterId);
    if (!nodes) {
      nodes = new Set(cluster.chain.nodes.map((n) => n.id));
      nodesOf.set(clusterId, nodes);
    }
    const bad = [
      ...enterprise.segments.filter((s) => !nodes.has(s)),
      ...enterprise.cities.filter((c) => !cityCodes.has(c)),
    ];
    if (bad.length) {
      problems.push(
        problem(
          input.file,
          `row ${row}`,
          `"${bad[0]}" is not a node or city of this dataset`,
          'import the list again to place the firm on the chain shown',
        ),
      );
      return false;
    }
    return true;
  });
  return { additions, sources: input.sources, problems };
}

export function* mergeUserInputsSteps(base: Dataset | null, load: UserLoad): Steps<Merged> {
  const problems: Problem[] = [...load.problems];
  let raw: RawDataset | null = base?.raw ?? null;
  let marks = copyMarks(base?.marks ?? NO_USER_DATA);
  const addFile = (file: string) => {
    if (!marks.files.includes(file)) marks.files.push(file);
  };

  const whole = load.inputs.filter((i) => i.kind === 'dataset');
  const [replacement, ...extra] = whole;
  if (replacement) {
    raw = withoutClusters(replacement.raw, replacement.brokenClusters);
    marks = { ...copyMarks(NO_USER_DATA), source: 'user', files: [replacement.file] };
  }
  for (const e of extra)
    problems.push(
      problem(
        e.file,
        '',
        `only one whole dataset can be shown at a time; ${replacement?.file} was used`,
        'load this file on its own to see it',
      ),
    );

  const rest = load.inputs.filter((i) => i.kind !== 'dataset');
  if (!raw) {
    for (const i of rest)
      problems.push(
        problem(
          i.file,
          '',
          'there is no dataset to add this file to',
          'load a whole dataset first, or wait until the bundled data has loaded',
        ),
      );
    return { dataset: null, problems };
  }

  const sources = new Map(raw.sources.map((s) => [s.id, s]));
  const sourceAt = new Map(raw.at.sources);
  const clusters = new Map(raw.clusters.map((c) => [c.id, c]));
  const clusterAt = new Map(raw.at.clusters);
  const cityCodes = new Set(raw.cities.map((c) => c.adcode));

  for (const input of rest) {
    if (input.kind !== 'cluster') continue;
    yield;
    const { file } = input;
    const replacedFile = clusterAt.get(input.cluster.id)?.file;
    const incoming = new Map<string, { source: Source; at: Located }>();
    const conflicts: Problem[] = [];
    input.sources.forEach((s, i) => {
      const existing = sources.get(s.id);
      const ownedByReplaced = replacedFile !== undefined && sourceAt.get(s.id)?.file === replacedFile;
      if (existing && !sameRecord(existing, s) && !ownedByReplaced)
        conflicts.push(
          problem(
            file,
            `sources[${i}]`,
            `source "${s.id}" is already defined differently in ${sourceAt.get(s.id)?.file ?? 'the dataset'}`,
            'give your source its own id, or cite the existing one without redefining it',
          ),
        );
      else incoming.set(s.id, { source: s, at: { file, where: `sources[${i}]` } });
    });
    const knownSources = new Set([...sources.keys(), ...incoming.keys()]);
    const checked = conflicts.length
      ? null
      : checkClusterSoft(input.cluster, file, { knownSources, cityCodes });
    const found = checked ? checked.hard : conflicts;
    if (checked) problems.push(...checked.soft);
    if (found.length || !checked) {
      problems.push(...found);
      continue;
    }
    const cluster = checked.cluster;
    for (const [id, v] of incoming) {
      sources.set(id, v.source);
      sourceAt.set(id, v.at);
      marks.sources.set(id, file);
    }
    clusters.set(cluster.id, cluster);
    clusterAt.set(cluster.id, { file, where: 'cluster' });
    marks.clusters.set(cluster.id, file);
    addFile(file);
  }

  const totalRows = Math.max(1, csvRows(load));
  let rowsBefore = 0;
  for (const input of rest) {
    if (input.kind !== 'csv' && input.kind !== 'enterprises') continue;
    yield;
    let result: CsvEnterprises;
    if (input.kind === 'enterprises') result = reviewedFirms(input, clusters, cityCodes);
    else {
      const current: RawDataset = {
        ...raw,
        sources: [...sources.values()],
        clusters: [...clusters.values()],
      };
      const rows = input.table.rows.length;
      const steps = enterprisesFromCsvSteps(input.table, input.file, current);
      let step = steps.next();
      for (; !step.done; step = steps.next()) yield (rowsBefore + (step.value ?? 0) * rows) / totalRows;
      rowsBefore += rows;
      result = step.value;
    }
    problems.push(...result.problems);
    if (result.additions.length === 0) {
      if (result.problems.length === 0)
        problems.push(
          problem(
            input.file,
            '',
            'the file has a header but no rows to add',
            'add one row per enterprise below the header',
          ),
        );
      continue;
    }
    for (const s of result.sources) {
      sources.set(s.id, s);
      sourceAt.set(s.id, { file: input.file, where: 'source' });
      marks.sources.set(s.id, input.file);
    }
    // One new firm list per cluster (copying the list per row would be quadratic in the rows).
    const added = new Map<string, Cluster['fiveOnes']['enterprises']>();
    let filed = 0;
    for (const { clusterId, enterprise } of result.additions) {
      if (++filed % FIRMS_PER_STEP === 0) yield;
      let list = added.get(clusterId);
      if (!list) {
        list = [...(clusters.get(clusterId) as Cluster).fiveOnes.enterprises];
        added.set(clusterId, list);
      }
      list.push(enterprise);
      marks.records.set(`${clusterId}/${enterprise.id}`, input.file);
    }
    for (const [clusterId, enterprises] of added) {
      const c = clusters.get(clusterId) as Cluster;
      clusters.set(clusterId, { ...c, fiveOnes: { ...c.fiveOnes, enterprises } });
    }
    addFile(input.file);
  }

  if (!replacement && marks.files.length === 0) return { dataset: base, problems };
  const merged: RawDataset = {
    ...raw,
    sources: [...sources.values()],
    clusters: [...clusters.values()],
    at: { ...raw.at, sources: sourceAt, clusters: clusterAt },
  };
  // What the inputs added is new and unfrozen; freezing it here keeps normalize's own pass short.
  yield* deepFreezeSteps(merged);
  return { dataset: normalize(merged, marks), problems };
}
