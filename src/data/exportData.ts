/**
 * One cluster of what is shown — the bundled data plus a person's own firms — written back in our
 * own formats, so an imported 企业名录 can be kept, shared and loaded again like any file:
 *  - a cluster file (`{ schemaVersion, sources, cluster }`, data/README.md) with the sources it cites;
 *  - an enterprise CSV in our column names (the same the loader reads), one firm per row.
 * Cells a spreadsheet would run as a formula are neutralised; the CSV starts with a BOM for Excel.
 */
import Papa from 'papaparse';
import { neutraliseCell } from '../model/gapsCsv.ts';
import type { Dataset } from './normalize.ts';
import { type Cluster, SCHEMA_VERSION, type Source } from './schema.ts';

/** Every source id a record of the cluster cites, anywhere in it. */
function citedIds(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedIds(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k !== 'sources' || !Array.isArray(v)) citedIds(v, out);
      else for (const id of v) if (typeof id === 'string') out.add(id);
    }
  return out;
}

export function clusterFileJson(dataset: Dataset, cluster: Cluster): string {
  const sources = [...citedIds(cluster, new Set())]
    .map((id) => dataset.sources.get(id))
    .filter((s): s is Source => s !== undefined);
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, sources, cluster }, null, 2)}\n`;
}

const HEAD = ['name', 'name_en', 'city', 'cluster', 'segment', 'tier', 'source', 'source_url', 'verified'];

/**
 * The cluster's firms as our enterprise CSV (a person's own only, when it has some). A source of the bundled data is written by id; a person's
 * own by its title and link, which the loader turns back into a source record.
 */
export function enterprisesCsv(dataset: Dataset, cluster: Cluster): string {
  // A person's own firms when the cluster has any (what they imported), else all of its firms.
  const own = cluster.fiveOnes.enterprises.filter((e) => dataset.marks.records.has(`${cluster.id}/${e.id}`));
  const firms = own.length ? own : cluster.fiveOnes.enterprises;
  const rows = firms.map((e) => {
    const [id = ''] = e.sources;
    const source = dataset.sources.get(id);
    // A person's own source (from their file) has no id the bundled data knows.
    const byId = !source || !dataset.marks.sources.has(id);
    return [
      e.name.zh,
      e.name.en === e.name.zh ? '' : e.name.en,
      e.cities.join(';'),
      cluster.id,
      e.segments.join(';'),
      e.tier,
      byId ? id : source.title,
      byId ? '' : (source.url ?? ''),
      e.verified === false ? 'false' : e.verified === true ? 'true' : '',
    ];
  });
  const data = [HEAD, ...rows].map((row) => row.map(neutraliseCell));
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n' })}\r\n`;
}
