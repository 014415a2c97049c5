/**
 * `npm run data:check`: validates every JSON file under data/ — the manifest and everything it lists —
 * through the same pipeline the app uses (size limit, UTF-8, depth guard, JSON syntax with line and
 * column, schema, cross-references) and fails (exit 1) with one actionable line per problem.
 * Bundled files must already be in the current format: an older `schemaVersion` is a problem here,
 * although the app would migrate it. Also flags JSON files no manifest lists, so a forgotten cluster
 * file cannot silently go unchecked. data/schema/ (generated JSON Schemas) is skipped.
 *
 * Then the data lints (src/datalint/): source levels, one spelling per department (against the
 * registry data/bodies.json, which the manifest does not list because the app does not load it),
 * tier words, firms no addressed source backs, and plan titles. Each finding prints file › record ›
 * field: what is wrong — what to do [rule], and any finding fails the check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assembleDataset } from '../src/data/assemble.ts';
import { tooBigProblem } from '../src/data/fetchBytes.ts';
import { MAX_FILE_BYTES } from '../src/data/limits.ts';
import { fileVersion } from '../src/data/migrate.ts';
import { normalize } from '../src/data/normalize.ts';
import { parseJsonBytes } from '../src/data/parseBytes.ts';
import { formatProblem, type Problem } from '../src/data/problems.ts';
import { SCHEMA_VERSION } from '../src/data/schema.ts';
import {
  BODIES_FILE,
  type Finding,
  formatFinding,
  lintContext,
  readBodies,
  runLints,
} from '../src/datalint/index.ts';

const dataDir = join(import.meta.dirname, '..', 'data');
const problems: Problem[] = [];

function readJson(path: string): unknown {
  const full = join(dataDir, path);
  let bytes: Uint8Array;
  try {
    if (statSync(full).size > MAX_FILE_BYTES) {
      problems.push(tooBigProblem(path, statSync(full).size));
      return undefined;
    }
    bytes = readFileSync(full);
  } catch {
    problems.push({
      file: path,
      where: '',
      message: 'file not found',
      fix: 'create it or fix the path in manifest.json',
    });
    return undefined;
  }
  const parsed = parseJsonBytes(bytes, path);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const version = fileVersion(parsed.value);
  if (version !== null && version !== SCHEMA_VERSION)
    problems.push({
      file: path,
      where: 'schemaVersion',
      message: `the file is in format version ${version}; bundled data must be in version ${SCHEMA_VERSION}`,
      fix: 'convert it with migrateFile (src/data/migrate.ts) and save the result',
    });
  return parsed.value;
}

const { dataset, problems: found } = assembleDataset('manifest.json', readJson);
problems.push(...found);

// The registry of bodies is read by the lints, not by the app: it is checked here, not listed.
const listed = new Set<string>(['manifest.json', BODIES_FILE]);
if (dataset?.manifest) {
  const f = dataset.manifest.files;
  for (const p of [f.sources, f.cities, f.framework, f.models, ...f.clusters]) if (p) listed.add(p);
  listed.add(dataset.manifest.geo.boundaries);
}
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
for (const full of walk(dataDir)) {
  const rel = relative(dataDir, full).split(sep).join('/');
  if (!rel.endsWith('.json') || rel.startsWith('schema/')) continue;
  if (!listed.has(rel))
    problems.push({
      file: rel,
      where: '',
      message: 'JSON file is not listed in manifest.json',
      fix: 'add it to manifest.json files, or delete it',
    });
}

const findings: Finding[] = [];
if (dataset) {
  const bodiesJson = readJson(BODIES_FILE);
  const bodies = readBodies(bodiesJson ?? {}, BODIES_FILE);
  if (bodiesJson !== undefined) findings.push(...bodies.findings);
  findings.push(...runLints(lintContext(dataset, bodies.registry)));
}

if (problems.length || findings.length || !dataset) {
  for (const p of problems) console.error(formatProblem(p));
  for (const f of findings) console.error(formatFinding(f));
  console.error(`data:check: ${problems.length} problem(s) and ${findings.length} lint finding(s) in data/`);
  process.exit(1);
}
const d = normalize(dataset);
const nodes = dataset.clusters.reduce((n, c) => n + c.chain.nodes.length, 0);
console.log(
  `data:check: ok — ${d.clusters.size} clusters, ${d.cities.size} cities, ${d.sources.size} sources, ${nodes} chain nodes; ` +
    `${d.counts.records} records, ${d.counts.unverified} unverified, ${d.counts.editorial} editorial`,
);
