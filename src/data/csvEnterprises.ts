/**
 * A CSV of enterprises → firms to add to the dataset's clusters. Each row names a firm, its city
 * (adcode or name), its cluster (id or name), its segments (node id or name), its tier (id or 链主 /
 * 龙头 / 隐形冠军 / 专精特新 / 其他) and its source (a source id of the dataset, or a citation in words
 * with an optional source_url). A bad row is listed with its row number and column and left out;
 * the good rows are kept. Lookups use Maps only, so no cell or header can reach a prototype.
 */
import type { RawDataset } from './assemble.ts';
import type { CsvTable } from './csv.ts';
import { CLUSTER_SUFFIX, type ColumnKey, columnsOf, LIST_SEPARATOR, NO, TIERS, YES } from './csvColumns.ts';
import { type Problem, problem } from './problems.ts';
import { type Cluster, Enterprise, type Source, Source as SourceSchema } from './schema.ts';

export { CSV_COLUMNS } from './csvColumns.ts';

const lookupKey = (s: string) => s.trim().toLowerCase();

/** Short stable hash of a file name, so ids from two CSV files never collide. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

export interface CsvAddition {
  clusterId: string;
  enterprise: Enterprise;
  row: number;
}
export interface CsvEnterprises {
  additions: CsvAddition[];
  /** Citations given in words in the CSV, turned into source records. */
  sources: Source[];
  problems: Problem[];
}

function indexes(raw: RawDataset) {
  const cities = new Map<string, string>();
  for (const c of raw.cities) {
    for (const k of [
      c.adcode,
      c.name.zh,
      c.name.zh.replace(/市$/, ''),
      c.name.en,
      c.name.en.replace(/\s+city$/i, ''),
    ])
      cities.set(lookupKey(k), c.adcode);
  }
  const clusters = new Map<string, Cluster>();
  for (const c of raw.clusters) {
    for (const k of [c.id, c.name.zh, c.name.zh.replace(CLUSTER_SUFFIX, ''), c.name.en, ...c.nameVariants])
      if (!clusters.has(lookupKey(k))) clusters.set(lookupKey(k), c);
  }
  return { cities, clusters, sources: new Set(raw.sources.map((s) => s.id)) };
}

function nodeIndex(cluster: Cluster): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of cluster.chain.nodes)
    for (const k of [n.id, n.name.zh, n.name.en]) out.set(lookupKey(k), n.id);
  return out;
}

export function enterprisesFromCsv(table: CsvTable, file: string, raw: RawDataset): CsvEnterprises {
  const problems: Problem[] = [];
  const additions: CsvAddition[] = [];
  const newSources = new Map<string, Source>();
  const columns = columnsOf(table.header, file, problems);
  if (!columns) return { additions, sources: [], problems };
  const idx = indexes(raw);
  const nodeIndexes = new Map<string, Map<string, string>>();
  const seen = new Map<string, Set<string>>(); // cluster id → zh names already present
  const prefix = `u${fnv(file)}`;

  for (const { row, cells } of table.rows) {
    const cell = (key: ColumnKey) => {
      const i = columns.get(key);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const rowProblems: Problem[] = [];
    const bad = (key: ColumnKey, message: string, fix: string) => {
      const i = columns.get(key) ?? 0;
      rowProblems.push(problem(file, `row ${row}, column ${table.header[i] ?? key}`, message, fix));
    };
    for (const key of ['name', 'cluster', 'tier', 'source'] as const)
      if (!cell(key))
        bad(key, `${key} is empty`, 'fill it in; every firm needs a name, a cluster, a tier and a source');

    const cluster = cell('cluster')
      ? (idx.clusters.get(lookupKey(cell('cluster').replace(CLUSTER_SUFFIX, ''))) ??
        idx.clusters.get(lookupKey(cell('cluster'))))
      : undefined;
    if (cell('cluster') && !cluster)
      bad(
        'cluster',
        `no cluster "${cell('cluster')}" in this dataset`,
        'use a cluster id (e.g. petrochem) or its Chinese name (e.g. 绿色石化)',
      );

    const tier = cell('tier') ? TIERS.get(lookupKey(cell('tier'))) : undefined;
    if (cell('tier') && !tier)
      bad(
        'tier',
        `unknown tier "${cell('tier')}"`,
        'use 链主, 龙头, 隐形冠军, 专精特新 or 其他 (or chain-leader, leading, hidden-champion, specialized, other)',
      );

    const cities: string[] = [];
    for (const part of cell('city')
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const code = idx.cities.get(lookupKey(part));
      if (code) {
        if (!cities.includes(code)) cities.push(code);
      } else
        bad(
          'city',
          `no city "${part}" in this dataset`,
          'use the city adcode (e.g. 440100) or its name (广州 / Guangzhou)',
        );
    }

    const segments: string[] = [];
    if (cluster) {
      let nodes = nodeIndexes.get(cluster.id);
      if (!nodes) {
        nodes = nodeIndex(cluster);
        nodeIndexes.set(cluster.id, nodes);
      }
      for (const part of cell('segment')
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const id = nodes.get(lookupKey(part));
        if (id) {
          if (!segments.includes(id)) segments.push(id);
        } else
          bad(
            'segment',
            `"${part}" is not a segment of ${cluster.name.zh}`,
            "use a node id or node name from that cluster's chain diagram, or leave the cell empty",
          );
      }
    }

    let verified: boolean | undefined;
    const v = lookupKey(cell('verified'));
    if (YES.has(v)) verified = true;
    else if (NO.has(v)) verified = false;
    else if (v)
      bad(
        'verified',
        `"${cell('verified')}" is not yes or no`,
        'write true or false (是 / 否), or leave it empty',
      );

    let sourceId: string | null = null;
    const cited = cell('source');
    const url = cell('source_url');
    if (url && !/^https?:\/\/\S+$/.test(url))
      bad(
        'source_url',
        'the source link is not an http(s) address',
        'write the full address, starting with https://',
      );
    else if (cited && idx.sources.has(cited)) sourceId = cited;
    else if (cited) {
      const link = url || (/^https?:\/\/\S+$/.test(cited) ? cited : '');
      const key = `${cited}\u0000${link}`;
      let source = newSources.get(key);
      if (!source) {
        const candidate: Source = {
          id: `${prefix}-s${newSources.size + 1}`,
          title: cited,
          publisher: link ? new URL(link).hostname : file,
          ...(link ? { url: link } : {}),
          level: 'secondary',
          note: {
            zh: `来自用户文件 ${file}，未经 ChainAtlas 核实。`,
            en: `From the user file ${file}; not checked by ChainAtlas.`,
          },
        };
        if (SourceSchema.safeParse(candidate).success) {
          source = candidate;
          newSources.set(key, source);
        } else
          bad(
            'source',
            'the citation is too long or malformed to record',
            'shorten it to a title of at most 300 characters, and put the address in source_url',
          );
      }
      sourceId = source?.id ?? null;
    }

    const name = cell('name');
    if (cluster && name) {
      let names = seen.get(cluster.id);
      if (!names) {
        names = new Set(cluster.fiveOnes.enterprises.map((e) => e.name.zh));
        seen.set(cluster.id, names);
      }
      if (names.has(name))
        bad(
          'name',
          `"${name}" is already listed in ${cluster.name.zh}; the row was not added`,
          "remove the row, or correct the firm's name",
        );
      else if (rowProblems.length === 0) names.add(name);
    }
    if (rowProblems.length || !cluster || !tier || !sourceId) {
      problems.push(...rowProblems);
      continue;
    }
    const parsed = Enterprise.safeParse({
      id: `${prefix}-r${row}`,
      name: { zh: name, en: cell('name_en') || name },
      tier,
      cities,
      segments,
      sources: [sourceId],
      ...(verified === undefined ? {} : { verified }),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(
          problem(
            file,
            `row ${row}`,
            `${issue.path.join('.')}: ${issue.message}`,
            'shorten or correct the cell',
          ),
        );
      continue;
    }
    additions.push({ clusterId: cluster.id, enterprise: parsed.data, row });
  }
  const cited = new Set(additions.flatMap((a) => a.enterprise.sources));
  return { additions, sources: [...newSources.values()].filter((s) => cited.has(s.id)), problems };
}
