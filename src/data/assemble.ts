/**
 * Builds a checked dataset from already-parsed, already-migrated JSON: either a manifest and the
 * files it lists (keyed by their path relative to the manifest), or one single-file bundle. Pure: the
 * same code serves the browser loader, the Node `data:check` script and tests.
 */
import { collectSources, crossCheck } from './crossref.ts';
import { parseWith } from './parseFile.ts';
import type { Problem } from './problems.ts';
import {
  type BundleFile,
  type ChainModel,
  CitiesFile,
  type City,
  type Cluster,
  ClusterFile,
  ClusterSummary,
  type Framework,
  FrameworkFile,
  type GeoRef,
  type Localized,
  type ManifestFile,
  ManifestFile as ManifestSchema,
  ModelsFile,
  type Province,
  type Region,
  type Source,
  Source as SourceSchema,
  SourcesFile,
} from './schema.ts';
import { softenClusterFile } from './softFields.ts';
import {
  type DroppableList,
  type KeptIndexes,
  originalIndex,
  parseDropping,
  repairFields,
} from './softRepair.ts';
import type { z } from './zod.ts';

/** The dataset-wide source list: a source that cannot be repaired is left out, not the whole file. */
export const SOURCE_LIST: DroppableList = { key: 'sources', schema: SourceSchema, noun: 'source' };
/** A manifest's index of clusters is a loading aid: a bad entry is left out, the manifest still loads. */
const CLUSTER_INDEX_LIST: DroppableList = { key: 'clusterIndex', schema: ClusterSummary, noun: 'entry' };

export interface DatasetMeta {
  id: string;
  name: Localized;
  province: Province;
  /** null when a single-file dataset names no boundaries: the app keeps its bundled map. */
  geo: GeoRef | null;
  /** The manifest's index of its clusters, when it has one: the picker's list while files load. */
  clusterIndex?: readonly ClusterSummary[];
  /**
   * Only some of the manifest's cluster files were read (what a deep link or the start page shows
   * first): the index stands in for the others where it can (the start page's map and matrix).
   */
  partial?: true;
}

/** A file and the JSON path of a record in it. */
export interface Located {
  file: string;
  where: string;
}

/** Where each part of a dataset was read from, for problems and for marking user data. */
export interface DatasetLocations {
  /** File holding the dataset's id, name, province and geo. */
  meta: string;
  /** File holding regions and cities. */
  cities: string;
  models: string;
  framework: string;
  sources: ReadonlyMap<string, Located>;
  /** Cluster id → its file and its path there (`cluster`, or `clusters[3]` in a bundle). */
  clusters: ReadonlyMap<string, Located>;
}

export interface RawDataset {
  meta: DatasetMeta;
  /** The manifest it was assembled from; null for a single-file dataset. */
  manifest: ManifestFile | null;
  sources: Source[];
  regions: Region[];
  cities: City[];
  clusters: Cluster[];
  models: ChainModel[];
  framework: Framework | null;
  at: DatasetLocations;
}

export interface Assembled {
  dataset: RawDataset | null;
  problems: Problem[];
  /** Clusters with cross-reference problems; see `withoutClusters`. */
  brokenClusters: Set<string>;
}

export type FileReader = (path: string) => unknown | undefined;

/**
 * `only.clusters`: read these of the manifest's cluster files instead of all of them (one for a deep
 * link's first load, none for the start page's: the shared files alone).
 */
export function assembleDataset(
  manifestPath: string,
  read: FileReader,
  only: { clusters?: readonly string[] } = {},
): Assembled {
  const problems: Problem[] = [];
  /** A file with its fields repaired (softRepair.ts); the repairs are reported. */
  const readRepaired = (schema: z.ZodType, path: string): unknown => {
    const repaired = repairFields(schema, read(path), path);
    problems.push(...repaired.problems);
    return repaired.json;
  };
  const manifestParsed = parseDropping(
    ManifestSchema,
    readRepaired(ManifestSchema, manifestPath),
    manifestPath,
    [CLUSTER_INDEX_LIST],
  );
  problems.push(...manifestParsed.dropped);
  const manifestResult = manifestParsed.result;
  if (!manifestResult.ok)
    return { dataset: null, problems: [...problems, ...manifestResult.problems], brokenClusters: new Set() };
  const manifest = manifestResult.value;
  const files = manifest.files;

  const sourceEntries: { source: Source; at: Located }[] = [];
  // A source that cannot be repaired is left out; the others (and what cites them) still load.
  const sourcesFile = parseDropping(SourcesFile, readRepaired(SourcesFile, files.sources), files.sources, [
    SOURCE_LIST,
  ]);
  problems.push(...sourcesFile.dropped);
  if (!sourcesFile.result.ok) problems.push(...sourcesFile.result.problems);
  else
    sourcesFile.result.value.sources.forEach((source, i) => {
      const where = `sources[${originalIndex(sourcesFile.kept, 'sources', i)}]`;
      sourceEntries.push({ source, at: { file: files.sources, where } });
    });

  const citiesFile = parseWith(CitiesFile, readRepaired(CitiesFile, files.cities), files.cities);
  if (!citiesFile.ok) problems.push(...citiesFile.problems);

  const clusters: Cluster[] = [];
  const clusterAt = new Map<string, Located>();
  for (const path of only.clusters ?? files.clusters) {
    const soft = softenClusterFile(read(path), path);
    problems.push(...soft.problems);
    const parsed = parseWith(ClusterFile, soft.json, path);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    parsed.value.sources.forEach((source, i) => {
      sourceEntries.push({ source, at: { file: path, where: `sources[${i}]` } });
    });
    clusters.push(parsed.value.cluster);
    if (!clusterAt.has(parsed.value.cluster.id))
      clusterAt.set(parsed.value.cluster.id, { file: path, where: 'cluster' });
  }

  let models: ChainModel[] = [];
  if (files.models) {
    const parsed = parseWith(ModelsFile, readRepaired(ModelsFile, files.models), files.models);
    if (parsed.ok) models = parsed.value.models;
    else problems.push(...parsed.problems);
  }
  let framework: Framework | null = null;
  if (files.framework) {
    const parsed = parseWith(FrameworkFile, readRepaired(FrameworkFile, files.framework), files.framework);
    if (parsed.ok) framework = parsed.value.framework;
    else problems.push(...parsed.problems);
  }

  const sourceIndex = collectSources(sourceEntries, problems);
  const dataset: RawDataset = {
    meta: {
      id: manifest.id,
      name: manifest.name,
      province: manifest.province,
      geo: manifest.geo,
      ...(manifest.clusterIndex ? { clusterIndex: manifest.clusterIndex } : {}),
    },
    manifest,
    sources: [...sourceIndex.values()].map((v) => v.source),
    regions: citiesFile.ok ? citiesFile.value.regions : [],
    cities: citiesFile.ok ? citiesFile.value.cities : [],
    clusters,
    models,
    framework,
    at: {
      meta: manifestPath,
      cities: files.cities,
      models: files.models ?? '',
      framework: files.framework ?? '',
      sources: new Map([...sourceIndex].map(([id, v]) => [id, v.at])),
      clusters: clusterAt,
    },
  };
  const checked = crossCheck(dataset);
  problems.push(...checked.problems);
  return { dataset, problems, brokenClusters: checked.brokenClusters };
}

/**
 * A schema-valid single-file dataset → RawDataset, with the same cross-checks. `kept` gives the
 * original indexes of the sources and clusters when some were left out (parseDropping), so that
 * problems still name the record's place in the file.
 */
export function assembleBundle(bundle: BundleFile, file: string, kept?: KeptIndexes): Assembled {
  const problems: Problem[] = [];
  const sourceIndex = collectSources(
    bundle.sources.map((source, i) => ({
      source,
      at: { file, where: `sources[${originalIndex(kept, 'sources', i)}]` },
    })),
    problems,
  );
  const clusterAt = new Map<string, Located>();
  bundle.clusters.forEach((c, i) => {
    if (!clusterAt.has(c.id))
      clusterAt.set(c.id, { file, where: `clusters[${originalIndex(kept, 'clusters', i)}]` });
  });
  const dataset: RawDataset = {
    meta: { id: bundle.id, name: bundle.name, province: bundle.province, geo: bundle.geo ?? null },
    manifest: null,
    sources: [...sourceIndex.values()].map((v) => v.source),
    regions: bundle.regions,
    cities: bundle.cities,
    clusters: bundle.clusters,
    models: bundle.models,
    framework: bundle.framework ?? null,
    at: {
      meta: file,
      cities: file,
      models: file,
      framework: file,
      sources: new Map([...sourceIndex].map(([id, v]) => [id, v.at])),
      clusters: clusterAt,
    },
  };
  const checked = crossCheck(dataset);
  problems.push(...checked.problems);
  return { dataset, problems, brokenClusters: checked.brokenClusters };
}

/** The same dataset without the named clusters (those whose checks failed). */
export function withoutClusters(raw: RawDataset, ids: ReadonlySet<string>): RawDataset {
  if (ids.size === 0) return raw;
  return { ...raw, clusters: raw.clusters.filter((c) => !ids.has(c.id)) };
}
