/**
 * `npm run data:check`: validates every JSON file under data/ — the manifest and everything it lists —
 * and fails (exit 1) with one actionable line per problem. Also flags JSON files that no manifest lists,
 * so a forgotten cluster file cannot silently go unchecked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assembleDataset } from '../src/data/assemble.ts';
import { formatProblem, type Problem } from '../src/data/problems.ts';

const dataDir = join(import.meta.dirname, '..', 'data');
const problems: Problem[] = [];

function readJson(path: string): unknown {
  const full = join(dataDir, path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    problems.push({
      file: path,
      where: '',
      message: 'file not found',
      fix: 'create it or fix the path in manifest.json',
    });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push({
      file: path,
      where: '',
      message: `not valid JSON: ${(e as Error).message}`,
      fix: 'fix the JSON syntax',
    });
    return undefined;
  }
}

const { dataset, problems: found } = assembleDataset('manifest.json', readJson);
problems.push(...found);

const listed = new Set<string>(['manifest.json']);
if (dataset) {
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
  const rel = relative(dataDir, full);
  if (!rel.endsWith('.json') || rel.startsWith('schema/')) continue;
  if (!listed.has(rel))
    problems.push({
      file: rel,
      where: '',
      message: 'JSON file is not listed in manifest.json',
      fix: 'add it to manifest.json files, or delete it',
    });
}

if (problems.length || !dataset) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`data:check: ${problems.length} problem(s) in data/`);
  process.exit(1);
}
const d = dataset;
console.log(
  `data:check: ok — ${d.clusters.length} clusters, ${d.cities.length} cities, ${d.sources.length} sources, ` +
    `${d.clusters.reduce((n, c) => n + c.chain.nodes.length, 0)} chain nodes`,
);
