/**
 * A parsed JSON value from a person's file → the input it stands for: a single-file dataset, a
 * cluster file, or the problems that stop it. Kept apart from userData.ts (which starts workers) so
 * that parse.worker.ts can run it too: a 50 MB dataset is validated and assembled off the main thread.
 */
import type { Assembled, RawDataset } from './assemble.ts';
import type { CsvTable } from './csv.ts';
import type { CsvAddition } from './csvEnterprises.ts';
import { jsonFileKind } from './jsonFileKind.ts';
import { assembleBundleJson, assembleFromManifest, type LoadOptions } from './load.ts';
import { migrateFile } from './migrate.ts';
import { parseWith } from './parseFile.ts';
import { type Problem, problem } from './problems.ts';
import { type Cluster, ClusterFile, type Source } from './schema.ts';
import { softenClusterFile } from './softFields.ts';

export type UserInput =
  | { kind: 'dataset'; file: string; raw: RawDataset; brokenClusters: ReadonlySet<string> }
  | { kind: 'cluster'; file: string; cluster: Cluster; sources: Source[] }
  | { kind: 'csv'; file: string; table: CsvTable }
  /**
   * Firms from a person's own 企业名录, already mapped, matched to nodes and reviewed in the import
   * wizard (src/import): each carries its file, sheet and row as provenance.
   */
  | { kind: 'enterprises'; file: string; additions: CsvAddition[]; sources: Source[] };

export interface InputResult {
  input: UserInput | null;
  problems: Problem[];
}

const MANIFEST_DROPPED = (file: string) =>
  problem(
    file,
    '',
    'this is a manifest.json: it only lists other files, which a dropped file cannot reach',
    'load the dataset by address (add ?data=<address of manifest.json> to the page address), or combine it into a single-file dataset (data/README.md)',
  );

/** An assembled whole dataset → input; with no cities it cannot be shown, and its problems say why. */
function datasetInput(assembled: Assembled, file: string): InputResult {
  if (!assembled.dataset || assembled.dataset.cities.length === 0)
    return { input: null, problems: assembled.problems };
  return {
    input: { kind: 'dataset', file, raw: assembled.dataset, brokenClusters: assembled.brokenClusters },
    problems: assembled.problems,
  };
}

/** Everything but a manifest to fetch from: synchronous, so the parse worker can run it. */
export function inputFromJsonSync(json: unknown, file: string): InputResult {
  const migrated = migrateFile(json, file);
  if (migrated.problems.length) return { input: null, problems: migrated.problems };
  return inputFromMigrated(migrated.json, file);
}

/** A JSON value already in the current format → input. */
function inputFromMigrated(json: unknown, file: string): InputResult {
  const kind = jsonFileKind(json);
  if (kind === 'cluster') {
    const soft = softenClusterFile(json, file);
    const parsed = parseWith(ClusterFile, soft.json, file);
    if (!parsed.ok) return { input: null, problems: [...soft.problems, ...parsed.problems] };
    return {
      input: { kind: 'cluster', file, cluster: parsed.value.cluster, sources: parsed.value.sources },
      problems: soft.problems,
    };
  }
  if (kind === 'bundle') return datasetInput(assembleBundleJson(json, file), file);
  if (kind === 'manifest') return { input: null, problems: [MANIFEST_DROPPED(file)] };
  return {
    input: null,
    problems: [
      problem(
        file,
        '',
        'this is not a ChainAtlas data file: it has neither "clusters" (a whole dataset) nor "cluster" (one cluster)',
        'see data/README.md for the two file formats, or load a CSV list of enterprises',
      ),
    ],
  };
}

/** A parsed JSON value → input; a manifest given by address also fetches the files it lists. */
export async function inputFromJson(
  json: unknown,
  file: string,
  manifest?: { url: string; opts: LoadOptions },
): Promise<InputResult> {
  if (!manifest) return inputFromJsonSync(json, file);
  const migrated = migrateFile(json, file);
  if (migrated.problems.length) return { input: null, problems: migrated.problems };
  if (jsonFileKind(migrated.json) !== 'manifest') return inputFromMigrated(migrated.json, file);
  return datasetInput(await assembleFromManifest(migrated.json, manifest.url, manifest.opts), file);
}
