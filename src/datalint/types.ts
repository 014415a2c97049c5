/**
 * Shared shapes of the data lints (`npm run data:check`). A lint reads the assembled dataset and
 * reports `Finding`s; it never changes data. Pure: no file or network access here (the script reads
 * the files and passes them in), so the app can run the same checks later.
 */
import type { Cluster, Source } from '../data/schema.ts';
import type { BodyRegistry } from './bodies.ts';

/** One thing a lint found: where it is, what is wrong and what to do. */
export interface Finding {
  /** The lint that found it, e.g. `official-needs-address`. */
  rule: string;
  /** Data file, relative to data/ (`clusters/petrochem.json`). */
  file: string;
  /** The record's id (a source id, a firm id, a policy id) or, without one, its JSON path. */
  record: string;
  /** JSON path of the offending field in the file (`cluster.fiveOnes.enterprises[3].tier`). */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** A source and where it is defined. */
export interface LocatedSource {
  source: Source;
  file: string;
  /** JSON path of the source record in its file (`sources[4]`). */
  where: string;
}

/** A cluster and where it is defined. */
export interface LocatedCluster {
  cluster: Cluster;
  file: string;
  /** JSON path of the cluster in its file: `cluster` in a cluster file. */
  base: string;
}

/** What every lint reads. Build it with `lintContext` (index.ts). */
export interface LintContext {
  sources: ReadonlyMap<string, LocatedSource>;
  clusters: readonly LocatedCluster[];
  bodies: BodyRegistry;
}

export function formatFinding(f: Finding): string {
  return `${f.file} › ${f.record} › ${f.field}: ${f.message} — ${f.fix} [${f.rule}]`;
}

/** The zh text a source offers a lint: its title, publisher and Chinese note. */
export function sourceText(s: Source): string {
  return [s.title, s.publisher, s.note?.zh ?? ''].join(' ');
}
