/**
 * The load boundary: URL → Dataset. Fetches the manifest, then every file it lists in parallel;
 * each file is size-limited, decoded, depth-guarded, parsed, migrated and schema-checked; then the
 * files are assembled, cross-checked and normalized. A URL may also point at a single-file dataset.
 * Every failure becomes a Problem naming the file, the place, the cause and a next step; nothing
 * here throws for bad input.
 */

import {
  type Assembled,
  assembleBundle,
  assembleDataset,
  type RawDataset,
  SOURCE_LIST,
  withoutClusters,
} from './assemble.ts';
import { clusterFileOf, resolveDataPath } from './dataPaths.ts';
import { type FetchOptions, fetchBytes } from './fetchBytes.ts';
import { jsonFileKind } from './jsonFileKind.ts';
import { parseJsonBytes } from './jsonText.ts';
import { migrateFile } from './migrate.ts';
import { type Dataset, NO_USER_DATA, normalize, type UserMarks } from './normalize.ts';
import { parseWith } from './parseFile.ts';
import { type Problem, problem, type Result } from './problems.ts';
import { BundleFile, Cluster, ManifestFile } from './schema.ts';
import { softenBundle } from './softFields.ts';
import { type DroppableList, parseDropping, repairFields } from './softRepair.ts';

export interface LoadOptions extends Omit<FetchOptions, 'onProgress'> {
  /** Fraction of the listed files done, 0–1. */
  onProgress?: (fraction: number) => void;
  /**
   * Only this cluster's file (named `<id>.json` in the manifest's list) beside the shared files:
   * what a deep link shows first while the rest loads. Without such a file the result is empty.
   */
  onlyCluster?: string;
  /**
   * None of the clusters' files, only the shared ones: what the start page shows first (its map and
   * cluster × city matrix drawn from the manifest's index) while the cluster files wait.
   */
  noClusters?: boolean;
  /**
   * Awaited once every file is in, before the (synchronous) checking and assembling: the page
   * passes "after the next paint", so files that arrived early are not checked in the same task
   * as the first render and the map preview gets painted first.
   */
  beforeAssembly?: () => Promise<void>;
}

export interface LoadResult {
  dataset: Dataset | null;
  problems: Problem[];
}

/** The last path segment of a URL, for naming it in problems. */
export function fileLabel(url: string): string {
  try {
    const path = new URL(url).pathname;
    const last = path.slice(path.lastIndexOf('/') + 1);
    return decodeURIComponent(last) || url;
  } catch {
    return url;
  }
}

/** Download → bytes → JSON → current version. */
export async function fetchJsonFile(url: string, file: string, opts: LoadOptions): Promise<Result<unknown>> {
  // Our onProgress counts files (0–1); fetchBytes's counts bytes: it must not get ours.
  const { onProgress: _files, ...fetchOpts } = opts;
  const got = await fetchBytes(url, file, fetchOpts);
  if (!got.ok) return got;
  const parsed = parseJsonBytes(got.value.bytes, file);
  if (!parsed.ok) return parsed;
  const migrated = migrateFile(parsed.value, file);
  if (migrated.problems.length) return { ok: false, problems: migrated.problems };
  return { ok: true, value: migrated.json };
}

/** Assembled → Dataset: clusters with problems are left out, the rest is shown. */
export function finish(assembled: Assembled, marks: UserMarks = NO_USER_DATA): LoadResult {
  const { dataset, problems, brokenClusters } = assembled;
  if (!dataset || dataset.cities.length === 0 || dataset.sources.length === 0)
    return { dataset: null, problems };
  const raw: RawDataset = withoutClusters(dataset, brokenClusters);
  return { dataset: normalize(raw, marks), problems };
}

/** In a single-file dataset, a source or cluster that fails its schema is left out, not the file. */
const BUNDLE_LISTS: readonly DroppableList[] = [
  SOURCE_LIST,
  { key: 'clusters', schema: Cluster, noun: 'cluster' },
];

/**
 * A single-file dataset (already migrated) → checked RawDataset. Bad fields are repaired and bad soft
 * records dropped (softenBundle); a source or cluster that still fails is left out with its problems.
 */
export function assembleBundleJson(json: unknown, file: string): Assembled {
  const soft = softenBundle(json, file);
  const parsed = parseDropping(BundleFile, soft.json, file, BUNDLE_LISTS);
  const problems = [...soft.problems, ...parsed.dropped];
  if (!parsed.result.ok)
    return { dataset: null, problems: [...problems, ...parsed.result.problems], brokenClusters: new Set() };
  const assembled = assembleBundle(parsed.result.value, file, parsed.kept);
  return { ...assembled, problems: [...problems, ...assembled.problems] };
}

/** A manifest (already migrated) → fetch what it lists → checked RawDataset. */
export async function assembleFromManifest(
  manifestJson: unknown,
  manifestUrl: string,
  opts: LoadOptions,
): Promise<Assembled> {
  const label = fileLabel(manifestUrl);
  // Repaired as assembleDataset repairs it (and reports the repairs): only the file list is read here.
  const manifest = parseWith(ManifestFile, repairFields(ManifestFile, manifestJson, label).json, label);
  if (!manifest.ok) return { dataset: null, problems: manifest.problems, brokenClusters: new Set() };
  const f = manifest.value.files;
  let clusters = f.clusters;
  let manifestContent = manifestJson;
  if (opts.onlyCluster !== undefined) {
    clusters = clusterFileOf(f.clusters, opts.onlyCluster);
    if (clusters.length !== 1) return { dataset: null, problems: [], brokenClusters: new Set() };
    const json = manifestJson as { files: Record<string, unknown> };
    manifestContent = { ...json, files: { ...json.files, clusters } };
  }
  if (opts.noClusters) clusters = [];
  const listed: [string, string][] = [
    ['files.sources', f.sources],
    ['files.cities', f.cities],
    ...(f.framework ? ([['files.framework', f.framework]] as [string, string][]) : []),
    ...(f.models ? ([['files.models', f.models]] as [string, string][]) : []),
    ...clusters.map((p, i): [string, string] => [`files.clusters[${i}]`, p]),
  ];
  const contents = new Map<string, unknown>([[label, manifestContent]]);
  let done = 0;
  // One slot per listed file keeps the problems in manifest order whatever order downloads finish in.
  const found = await Promise.all(
    listed.map(async ([where, path]): Promise<Problem[]> => {
      const url = resolveDataPath(manifestUrl, path);
      if (!url)
        return [
          problem(
            label,
            where,
            `"${path}" points outside the dataset's own site`,
            'list files by a path relative to manifest.json',
          ),
        ];
      const result = await fetchJsonFile(url, path, opts);
      opts.onProgress?.(++done / listed.length);
      if (!result.ok) return result.problems;
      contents.set(path, result.value);
      return [];
    }),
  );
  const problems = found.flat();
  await opts.beforeAssembly?.();
  // The cluster files read are the ones listed above: all of them, one, or none.
  const assembled = assembleDataset(label, (path) => contents.get(path), { clusters });
  const partial = opts.noClusters || opts.onlyCluster !== undefined;
  const dataset =
    partial && assembled.dataset
      ? { ...assembled.dataset, meta: { ...assembled.dataset.meta, partial: true as const } }
      : assembled.dataset;
  return { ...assembled, dataset, problems: [...problems, ...assembled.problems] };
}

export async function loadDatasetFromUrl(manifestUrl: string, opts: LoadOptions): Promise<LoadResult> {
  const label = fileLabel(manifestUrl);
  const first = await fetchJsonFile(manifestUrl, label, opts);
  if (!first.ok) return { dataset: null, problems: first.problems };
  const kind = jsonFileKind(first.value);
  if (kind === 'bundle') return finish(assembleBundleJson(first.value, label));
  if (kind === 'manifest') return finish(await assembleFromManifest(first.value, manifestUrl, opts));
  return {
    dataset: null,
    problems: [
      problem(
        label,
        '',
        kind === 'cluster'
          ? 'this is a single cluster file, not a whole dataset'
          : 'this is not a ChainAtlas dataset (no "files" or "clusters" field)',
        kind === 'cluster'
          ? 'load it as an addition to the current data, or give the address of manifest.json'
          : 'give the address of a manifest.json or of a single-file dataset',
      ),
    ],
  };
}
