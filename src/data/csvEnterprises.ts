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

/** A cache for lookups that depend only on a cell's text: a CSV repeats the same few values. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = make(key);
      cache.set(key, v);
    }
    return v as T;
  };
}

const splitList = (text: string) =>
  text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

/** The schema's limit on a name (Localized: trimmed, 1–200 characters). */
const NAME_MAX = 200;

export function enterprisesFromCsv(table: CsvTable, file: string, raw: RawDataset): CsvEnterprises {
  const problems: Problem[] = [];
  const additions: CsvAddition[] = [];
  const newSources = new Map<string, Source>();
  const columns = columnsOf(table.header, file, problems);
  if (!columns) return { additions, sources: [], problems };
  const idx = indexes(raw);
  const seen = new Map<string, Set<string>>(); // cluster id → zh names already present
  const prefix = `u${fnv(file)}`;

  // Per distinct cell text, computed once: a 500,000-row file names a handful of clusters and cities.
  const clusterOf = memo(
    (text: string) =>
      idx.clusters.get(lookupKey(text.replace(CLUSTER_SUFFIX, ''))) ??
      idx.clusters.get(lookupKey(text)) ??
      null,
  );
  const citiesOf = memo((text: string) => {
    const codes: string[] = [];
    const unknown: string[] = [];
    for (const part of splitList(text)) {
      const code = idx.cities.get(lookupKey(part));
      if (!code) unknown.push(part);
      else if (!codes.includes(code)) codes.push(code);
    }
    return { codes, unknown };
  });
  const segmentsOf = new Map<string, (text: string) => { ids: string[]; unknown: string[] }>();
  const segmentLookup = (cluster: Cluster) => {
    let f = segmentsOf.get(cluster.id);
    if (!f) {
      const nodes = nodeIndex(cluster);
      f = memo((text: string) => {
        const ids: string[] = [];
        const unknown: string[] = [];
        for (const part of splitList(text)) {
          const id = nodes.get(lookupKey(part));
          if (!id) unknown.push(part);
          else if (!ids.includes(id)) ids.push(id);
        }
        return { ids, unknown };
      });
      segmentsOf.set(cluster.id, f);
    }
    return f;
  };
  const at = (key: ColumnKey) => columns.get(key);
  const col = { name: at('name'), city: at('city'), cluster: at('cluster'), segment: at('segment') };
  const col2 = { tier: at('tier'), source: at('source'), nameEn: at('name_en'), url: at('source_url') };
  const colVerified = at('verified');

  for (const { row, cells } of table.rows) {
    const get = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
    const c = {
      name: get(col.name),
      city: get(col.city),
      cluster: get(col.cluster),
      segment: get(col.segment),
      tier: get(col2.tier),
      source: get(col2.source),
      name_en: get(col2.nameEn),
      source_url: get(col2.url),
      verified: get(colVerified),
    } satisfies Record<ColumnKey, string>;
    const rowProblems: Problem[] = [];
    const bad = (key: ColumnKey, message: string, fix: string) => {
      const i = columns.get(key) ?? 0;
      rowProblems.push(problem(file, `row ${row}, column ${table.header[i] ?? key}`, message, fix));
    };
    for (const key of ['name', 'cluster', 'tier', 'source'] as const)
      if (!c[key])
        bad(key, `${key} is empty`, 'fill it in; every firm needs a name, a cluster, a tier and a source');

    const cluster = c.cluster ? clusterOf(c.cluster) : null;
    if (c.cluster && !cluster)
      bad(
        'cluster',
        `no cluster "${c.cluster}" in this dataset`,
        'use a cluster id (e.g. petrochem) or its Chinese name (e.g. 绿色石化)',
      );

    const tier = c.tier ? TIERS.get(lookupKey(c.tier)) : undefined;
    if (c.tier && !tier)
      bad(
        'tier',
        `unknown tier "${c.tier}"`,
        'use 链主, 龙头, 隐形冠军, 专精特新 or 其他 (or chain-leader, leading, hidden-champion, specialized, other)',
      );

    const cityParts = citiesOf(c.city);
    for (const part of cityParts.unknown)
      bad(
        'city',
        `no city "${part}" in this dataset`,
        'use the city adcode (e.g. 440100) or its name (广州 / Guangzhou)',
      );

    let segments: string[] = [];
    if (cluster) {
      const found = segmentLookup(cluster)(c.segment);
      segments = found.ids;
      for (const part of found.unknown)
        bad(
          'segment',
          `"${part}" is not a segment of ${cluster.name.zh}`,
          "use a node id or node name from that cluster's chain diagram, or leave the cell empty",
        );
    }

    let verified: boolean | undefined;
    const v = lookupKey(c.verified);
    if (YES.has(v)) verified = true;
    else if (NO.has(v)) verified = false;
    else if (v)
      bad('verified', `"${c.verified}" is not yes or no`, 'write true or false (是 / 否), or leave it empty');

    let sourceId: string | null = null;
    const cited = c.source;
    const url = c.source_url;
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

    const name = c.name;
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
    const nameEn = c.name_en || name;
    const fields = {
      id: `${prefix}-r${row}`,
      name: { zh: name, en: nameEn },
      tier,
      cities: cityParts.codes,
      segments,
      sources: [sourceId],
      ...(verified === undefined ? {} : { verified }),
    };
    // The city and segment lists are shared by every row with the same cells: the dataset freezes
    // them, so sharing is safe and saves an allocation per row.
    // Every field is already of its schema type (ids, adcodes and node ids come from the dataset's own
    // indexes); only the names' length can still be wrong, and then the schema says how.
    if (name.length <= NAME_MAX && nameEn.length <= NAME_MAX) {
      additions.push({ clusterId: cluster.id, enterprise: fields, row });
      continue;
    }
    const parsed = Enterprise.safeParse(fields);
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
