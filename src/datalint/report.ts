/**
 * `npm run data:report`: how deep and how well sourced each cluster is. Pure — the app can show the
 * same figures. A *record* is every object carrying a `sources` list, as in `normalize` (the cluster
 * itself, focus areas, departments, targets, city roles, belts, nodes, links, 五个一 entries, roadmap
 * items, candidates …). Per cluster:
 * - counts by kind: chain nodes by `kind`, firms, projects, innovation, policies, consulting, targets;
 * - `sourced`: the share of records citing at least one source that is not `editorial`;
 * - `editorial`: the share that is our own judgement (all sources editorial, or stageEditorial /
 *   segmentsEditorial set — the rule of data/README.md and normalize.ts);
 * - `unverified`: the share with `verified: false`;
 * - the 五个一 lists that are empty.
 * A record can be both sourced and editorial (a sourced node whose stage is ours).
 */
import { type Cluster, type NodeKind, NodeKind as NodeKindEnum, type Source } from '../data/schema.ts';

/** In the schema's order. */
export const NODE_KINDS: readonly NodeKind[] = NodeKindEnum.options;
export const FIVE_ONES = ['enterprises', 'projects', 'innovation', 'policies', 'consulting'] as const;
export type FiveOnesList = (typeof FIVE_ONES)[number];

export interface ClusterReport {
  id: string;
  name: string;
  kind: Cluster['kind'];
  nodes: Record<NodeKind, number>;
  nodesTotal: number;
  firms: number;
  projects: number;
  innovation: number;
  policies: number;
  consulting: number;
  targets: number;
  records: number;
  sourcedRecords: number;
  editorialRecords: number;
  unverifiedRecords: number;
  /** Shares of `records`, 0–1, rounded to 3 decimals (0 when there are no records). */
  sourced: number;
  editorial: number;
  unverified: number;
  emptyFiveOnes: FiveOnesList[];
}

export interface DataReport {
  clusters: ClusterReport[];
  totals: Omit<ClusterReport, 'id' | 'name' | 'kind' | 'emptyFiveOnes'> & { clusters: number };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object with a `sources: string[]` list, outermost first (normalize.ts walks the same way). */
function eachRecord(value: unknown, visit: (rec: Obj) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) eachRecord(v, visit);
    return;
  }
  if (!isObj(value)) return;
  if (Array.isArray(value.sources) && value.sources.every((s) => typeof s === 'string')) visit(value);
  for (const [key, v] of Object.entries(value))
    if (key !== 'sources' && typeof v === 'object') eachRecord(v, visit);
}

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);

function clusterReport(cluster: Cluster, level: (id: string) => Source['level'] | undefined): ClusterReport {
  const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const n of cluster.chain.nodes) nodes[n.kind] += 1;
  let records = 0;
  let sourcedRecords = 0;
  let editorialRecords = 0;
  let unverifiedRecords = 0;
  eachRecord(cluster, (rec) => {
    const ids = rec.sources as string[];
    records += 1;
    if (ids.some((id) => level(id) !== undefined && level(id) !== 'editorial')) sourcedRecords += 1;
    const allEditorial = ids.length > 0 && ids.every((id) => level(id) === 'editorial');
    if (allEditorial || rec.stageEditorial === true || rec.segmentsEditorial === true) editorialRecords += 1;
    if (rec.verified === false) unverifiedRecords += 1;
  });
  const f = cluster.fiveOnes;
  return {
    id: cluster.id,
    name: cluster.name.zh,
    kind: cluster.kind,
    nodes,
    nodesTotal: cluster.chain.nodes.length,
    firms: f.enterprises.length,
    projects: f.projects.length,
    innovation: f.innovation.length,
    policies: f.policies.length,
    consulting: f.consulting.length,
    targets: cluster.targets.length,
    records,
    sourcedRecords,
    editorialRecords,
    unverifiedRecords,
    sourced: share(sourcedRecords, records),
    editorial: share(editorialRecords, records),
    unverified: share(unverifiedRecords, records),
    emptyFiveOnes: FIVE_ONES.filter((k) => f[k].length === 0),
  };
}

/** The report for these clusters, judged against these sources (shared and cluster-own alike). */
export function dataReport(clusters: readonly Cluster[], sources: readonly Source[]): DataReport {
  const levels = new Map(sources.map((s) => [s.id, s.level]));
  const level = (id: string) => levels.get(id);
  const rows = clusters.map((c) => clusterReport(c, level));
  const sum = (pick: (r: ClusterReport) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, sum((r) => r.nodes[k])])) as Record<
    NodeKind,
    number
  >;
  const records = sum((r) => r.records);
  const sourcedRecords = sum((r) => r.sourcedRecords);
  const editorialRecords = sum((r) => r.editorialRecords);
  const unverifiedRecords = sum((r) => r.unverifiedRecords);
  return {
    clusters: rows,
    totals: {
      clusters: rows.length,
      nodes,
      nodesTotal: sum((r) => r.nodesTotal),
      firms: sum((r) => r.firms),
      projects: sum((r) => r.projects),
      innovation: sum((r) => r.innovation),
      policies: sum((r) => r.policies),
      consulting: sum((r) => r.consulting),
      targets: sum((r) => r.targets),
      records,
      sourcedRecords,
      editorialRecords,
      unverifiedRecords,
      sourced: share(sourcedRecords, records),
      editorial: share(editorialRecords, records),
      unverified: share(unverifiedRecords, records),
    },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** Short column names for the five 五个一 lists in the table. */
const LIST_ABBR: Record<FiveOnesList, string> = {
  enterprises: 'firms',
  projects: 'proj',
  innovation: 'innov',
  policies: 'pol',
  consulting: 'cons',
};

/** A plain-text table of the report, one row per cluster and a total row. */
export function formatReportTable(report: DataReport): string {
  const head = [
    'cluster',
    'nodes',
    'seg/prod/tech/inst/plat/proj/pol/ent',
    'firms',
    'proj',
    'innov',
    'pol',
    'cons',
    'tgt',
    'records',
    'sourced',
    'editorial',
    'unverified',
    'empty 五个一',
  ];
  const kinds = (n: Record<NodeKind, number>) =>
    [n.segment, n.product, n.technology, n.institution, n.platform, n.project, n.policy, n.enterprise].join(
      '/',
    );
  const row = (
    id: string,
    r: Omit<ClusterReport, 'id' | 'name' | 'kind' | 'emptyFiveOnes'>,
    empty: string,
  ) => [
    id,
    String(r.nodesTotal),
    kinds(r.nodes),
    String(r.firms),
    String(r.projects),
    String(r.innovation),
    String(r.policies),
    String(r.consulting),
    String(r.targets),
    String(r.records),
    pct(r.sourced),
    pct(r.editorial),
    pct(r.unverified),
    empty,
  ];
  const rows = [
    head,
    ...report.clusters.map((r) => row(r.id, r, r.emptyFiveOnes.map((k) => LIST_ABBR[k]).join(',') || '—')),
    row(`total (${report.totals.clusters})`, report.totals, ''),
  ];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) =>
        i === 0 || i === r.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    line(rows[0] ?? []),
    rule,
    ...rows.slice(1, -1).map(line),
    rule,
    line(rows[rows.length - 1] ?? []),
  ].join('\n');
}
