/**
 * Builds a validated dataset from already-parsed JSON files (keyed by their path relative to the
 * manifest). Pure: the same function serves the browser loader, the Node `data:check` script and tests.
 */
import { checkCluster, checkSourceRefs } from './crossref.ts';
import { parseWith } from './parseFile.ts';
import type { Problem } from './problems.ts';
import {
  type ChainModel,
  CitiesFile,
  type City,
  type Cluster,
  ClusterFile,
  type Framework,
  FrameworkFile,
  type ManifestFile,
  ManifestFile as ManifestSchema,
  ModelsFile,
  type Region,
  type Source,
  SourcesFile,
} from './schema.ts';

export interface RawDataset {
  manifest: ManifestFile;
  sources: Source[];
  regions: Region[];
  cities: City[];
  clusters: Cluster[];
  models: ChainModel[];
  framework: Framework | null;
}

export type FileReader = (path: string) => unknown | undefined;

export function assembleDataset(
  manifestPath: string,
  read: FileReader,
): { dataset: RawDataset | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const manifestResult = parseWith(ManifestSchema, read(manifestPath), manifestPath);
  if (!manifestResult.ok) return { dataset: null, problems: manifestResult.problems };
  const manifest = manifestResult.value;

  const sourceIndex = new Map<string, { source: Source; file: string }>();
  const addSources = (list: Source[], file: string) => {
    list.forEach((s, i) => {
      const prior = sourceIndex.get(s.id);
      if (prior)
        problems.push({
          file,
          where: `sources[${i}]`,
          message: `duplicate source id "${s.id}" (also in ${prior.file})`,
          fix: 'give each source its own id, or cite the existing one',
        });
      else sourceIndex.set(s.id, { source: s, file });
    });
  };

  const sourcesPath = manifest.files.sources;
  const sourcesFile = parseWith(SourcesFile, read(sourcesPath), sourcesPath);
  if (!sourcesFile.ok) problems.push(...sourcesFile.problems);
  else addSources(sourcesFile.value.sources, sourcesPath);

  const citiesPath = manifest.files.cities;
  const citiesFile = parseWith(CitiesFile, read(citiesPath), citiesPath);
  const regions = citiesFile.ok ? citiesFile.value.regions : [];
  const cities = citiesFile.ok ? citiesFile.value.cities : [];
  if (!citiesFile.ok) problems.push(...citiesFile.problems);

  const clusters: { cluster: Cluster; file: string }[] = [];
  const clusterIds = new Map<string, string>();
  for (const path of manifest.files.clusters) {
    const parsed = parseWith(ClusterFile, read(path), path);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    addSources(parsed.value.sources, path);
    const prior = clusterIds.get(parsed.value.cluster.id);
    if (prior)
      problems.push({
        file: path,
        where: 'cluster.id',
        message: `duplicate cluster id "${parsed.value.cluster.id}" (also in ${prior})`,
        fix: 'give each cluster its own id',
      });
    clusterIds.set(parsed.value.cluster.id, path);
    clusters.push({ cluster: parsed.value.cluster, file: path });
  }

  let models: ChainModel[] = [];
  if (manifest.files.models) {
    const parsed = parseWith(ModelsFile, read(manifest.files.models), manifest.files.models);
    if (parsed.ok) models = parsed.value.models;
    else problems.push(...parsed.problems);
  }
  let framework: Framework | null = null;
  if (manifest.files.framework) {
    const parsed = parseWith(FrameworkFile, read(manifest.files.framework), manifest.files.framework);
    if (parsed.ok) framework = parsed.value.framework;
    else problems.push(...parsed.problems);
  }

  // Cross-file references.
  const cityCodes = new Set(cities.map((c) => c.adcode));
  const regionIds = new Set(regions.map((r) => r.id));
  cities.forEach((c, i) => {
    if (!regionIds.has(c.region))
      problems.push({
        file: citiesPath,
        where: `cities[${i}].region`,
        message: `region "${c.region}" is not defined`,
        fix: 'use the id of one of the regions in this file',
      });
  });
  regions.forEach((r, i) => {
    r.cities.forEach((code, j) => {
      if (!cityCodes.has(code))
        problems.push({
          file: citiesPath,
          where: `regions[${i}].cities[${j}]`,
          message: `unknown city adcode "${code}"`,
          fix: 'list only adcodes of cities in this file',
        });
    });
  });
  const known = new Set(sourceIndex.keys());
  const checkRefs = (value: unknown, file: string, where: string) =>
    checkSourceRefs(value, where, known, (at, message, fix) =>
      problems.push({ file, where: at, message, fix }),
    );
  checkRefs(regions, citiesPath, 'regions');
  checkRefs(cities, citiesPath, 'cities');
  checkRefs(models, manifest.files.models ?? '', 'models');
  if (framework) checkRefs(framework, manifest.files.framework ?? '', 'framework');
  checkRefs(manifest.geo, manifestPath, 'geo');
  for (const { cluster, file } of clusters) {
    problems.push(...checkCluster(cluster, file, { sources: sourceIndex, cityCodes, regionIds }));
  }

  return {
    dataset: {
      manifest,
      sources: [...sourceIndex.values()].map((v) => v.source),
      regions,
      cities,
      clusters: clusters.map((c) => c.cluster),
      models,
      framework,
    },
    problems,
  };
}
