/**
 * `npm run data:report`: per cluster, how many records of each kind the data holds and how they are
 * sourced (src/datalint/report.ts). Prints a table and writes the report as JSON to
 * .cache/data-report.json.
 *
 *   npm run data:report                      # the bundled data/
 *   npm run data:report -- --data DIR        # another data folder (same layout, manifest.json)
 *   npm run data:report -- --out FILE        # write the JSON elsewhere
 *
 * The data is read through the same pipeline as `npm run data:check`; a dataset that does not
 * assemble is reported and the script fails (run data:check for the details).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { assembleDataset } from '../src/data/assemble.ts';
import { parseJsonBytes } from '../src/data/parseBytes.ts';
import { formatProblem } from '../src/data/problems.ts';
import { dataReport, formatReportTable } from '../src/datalint/report.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(option('--data') ?? join(root, 'data'));
const outFile = resolve(option('--out') ?? join(root, '.cache', 'data-report.json'));

const { dataset, problems } = assembleDataset('manifest.json', (path) => {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(dataDir, path));
  } catch {
    return undefined;
  }
  const parsed = parseJsonBytes(bytes, path);
  return parsed.ok ? parsed.value : undefined;
});
if (!dataset) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`data:report: the dataset in ${dataDir} does not assemble; run npm run data:check`);
  process.exit(1);
}
if (problems.length)
  console.error(`data:report: ${problems.length} problem(s) in ${dataDir}; figures may be incomplete`);

const report = dataReport(dataset.clusters, dataset.sources);
console.log(formatReportTable(report));
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify({ data: dataDir, ...report }, null, 2)}\n`);
console.log(`\ndata:report: ${report.totals.clusters} clusters; JSON written to ${outFile}`);
