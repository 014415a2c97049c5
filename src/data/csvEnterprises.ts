/**
 * A CSV of enterprises → firms to add to the dataset's clusters. Each row names a firm, its city
 * (adcode or name), its cluster (id or name), its segments (node id or name), its tier (id or 链主 /
 * 龙头 / 隐形冠军 / 专精特新 / 其他) and its source (a source id of the dataset, or a citation in words
 * with an optional source_url). A bad row is listed with its row number and column and left out;
 * the good rows are kept. Lookups use Maps only, so no cell or header can reach a prototype.
 */
import type { RawDataset } from './assemble.ts';
import type { CsvTable } from './csv.ts';
import { type ColumnKey, columnsOf, NO, TIERS, YES } from './csvColumns.ts';
import { cellLookups, fileTag, lookupKey } from './csvLookups.ts';
import { type Problem, problem, problemCollector } from './problems.ts';
import { safeHttpUrl } from './safeUrl.ts';
import { Enterprise, type Source, Source as SourceSchema } from './schema.ts';
import { drain, type Steps } from './slices.ts';

export { CSV_COLUMNS } from './csvColumns.ts';

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

/** The schema's limit on a name (Localized: trimmed, 1–200 characters). */
const NAME_MAX = 200;

/**
 * The schema's form of a source link (http(s), no spaces) that a browser can also parse: some text
 * of that form, like "https://[x", is no URL at all, and its host is read below.
 */
const isHttpUrl = (text: string) => /^https?:\/\/\S+$/.test(text) && safeHttpUrl(text) !== null;

/** Rows read between two yields. */
const ROWS_PER_STEP = 256;

export function enterprisesFromCsv(table: CsvTable, file: string, raw: RawDataset): CsvEnterprises {
  return drain(enterprisesFromCsvSteps(table, file, raw));
}

/** As `enterprisesFromCsv`, pausing every few hundred rows with the fraction of rows read. */
export function* enterprisesFromCsvSteps(
  table: CsvTable,
  file: string,
  raw: RawDataset,
): Steps<CsvEnterprises> {
  const headerProblems: Problem[] = [];
  const additions: CsvAddition[] = [];
  const newSources = new Map<string, Source>();
  const columns = columnsOf(table.header, file, headerProblems);
  if (!columns) return { additions, sources: [], problems: headerProblems };
  const problems = problemCollector(file);
  for (const p of headerProblems) problems.add(p);
  const { clusterOf, citiesOf, segmentLookup, sourceIds } = cellLookups(raw);
  const seen = new Map<string, Set<string>>(); // cluster id → zh names already present
  const prefix = `u${fileTag(file)}`;

  const at = (key: ColumnKey) => columns.get(key);
  const col = { name: at('name'), city: at('city'), cluster: at('cluster'), segment: at('segment') };
  const col2 = { tier: at('tier'), source: at('source'), nameEn: at('name_en'), url: at('source_url') };
  const colVerified = at('verified');

  const total = table.rows.length;
  let done = 0;
  for (const { row, cells } of table.rows) {
    if (++done % ROWS_PER_STEP === 0) yield done / total;
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
    if (url && !isHttpUrl(url))
      bad(
        'source_url',
        'the source link is not an http(s) address',
        'write the full address, starting with https://',
      );
    else if (cited && sourceIds.has(cited)) sourceId = cited;
    else if (cited) {
      const link = url || (isHttpUrl(cited) ? cited : '');
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
      for (const p of rowProblems) problems.add(p);
      continue;
    }
    const nameEn = c.name_en || name;
    const fields = {
      id: `${prefix}-r${row}`,
      name: { zh: name, en: nameEn },
      tier,
      cities: cityParts.ids,
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
        problems.add(
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
  const cited = new Set<string>();
  for (const a of additions) for (const id of a.enterprise.sources) cited.add(id);
  return {
    additions,
    sources: [...newSources.values()].filter((s) => cited.has(s.id)),
    problems: problems.list(),
  };
}
