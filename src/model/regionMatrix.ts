/**
 * 区域分布图 as a table: the chain's segments as columns, the cities as rows, and in each cell what
 * the dataset places there — firms, projects and innovation items of that segment (directly, or of a
 * node that is `part_of` it), and whether a source locates the segment itself in the city. Pure.
 */
import type { City, CityRole, Cluster, Localized, Stage } from '../data/schema.ts';

export interface RegionColumn {
  id: string;
  name: Localized;
  stage?: Stage;
}
export interface RegionCell {
  nodeId: string;
  firms: string[];
  projects: string[];
  innovation: string[];
  /** A source places the segment itself in this city (node.cities). */
  located: boolean;
}
export interface RegionRow {
  adcode: string;
  name: Localized;
  /** The cluster's roles for the city, as the sources word them. */
  roles: { role: CityRole; label?: Localized }[];
  cells: RegionCell[];
  /** Records in the row, for ordering. */
  total: number;
}
export interface RegionMatrix {
  columns: RegionColumn[];
  rows: RegionRow[];
}

const STAGE_ORDER: Record<Stage, number> = { upstream: 0, midstream: 1, downstream: 2 };

/** Node id → the segment ids it counts for: itself, and the segments it is `part_of`. */
function segmentsOf(cluster: Cluster, segmentIds: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of segmentIds) out.set(id, [id]);
  for (const l of cluster.chain.links) {
    if (l.kind !== 'part_of' || !segmentIds.has(l.target) || segmentIds.has(l.source)) continue;
    out.set(l.source, [...(out.get(l.source) ?? []), l.target]);
  }
  return out;
}

export function regionMatrix(cluster: Cluster, cities: readonly City[]): RegionMatrix {
  const segments = cluster.chain.nodes
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => n.kind === 'segment')
    .sort(
      (a, b) =>
        (a.n.stage ? STAGE_ORDER[a.n.stage] : 3) - (b.n.stage ? STAGE_ORDER[b.n.stage] : 3) || a.i - b.i,
    )
    .map(({ n }) => n);
  const segmentIds = new Set(segments.map((n) => n.id));
  const counts = segmentsOf(cluster, segmentIds);
  const column = new Map(segments.map((n, i) => [n.id, i]));

  type Key = 'firms' | 'projects' | 'innovation';
  const cells = new Map<string, RegionCell[]>();
  const rowOf = (adcode: string): RegionCell[] => {
    let row = cells.get(adcode);
    if (!row) {
      row = segments.map((n) => ({ nodeId: n.id, firms: [], projects: [], innovation: [], located: false }));
      cells.set(adcode, row);
    }
    return row;
  };
  // Each record is placed once per (city, column): its cities and columns are de-duplicated here,
  // so no cell list is searched (with 12,500 firms in one cluster that search took 125 ms).
  const place = (key: Key, rec: { id: string; cities: string[]; segments: string[] }) => {
    const cols = new Set(rec.segments.flatMap((s) => counts.get(s) ?? []).map((s) => column.get(s) ?? -1));
    for (const code of new Set(rec.cities))
      for (const c of cols) {
        const cell = c >= 0 ? rowOf(code)[c] : undefined;
        if (cell) cell[key].push(rec.id);
      }
  };
  const f = cluster.fiveOnes;
  for (const e of f.enterprises) place('firms', e);
  for (const p of f.projects) place('projects', p);
  for (const p of f.innovation) place('innovation', p);
  segments.forEach((n, c) => {
    for (const code of n.cities) {
      const cell = rowOf(code)[c];
      if (cell) cell.located = true;
    }
  });
  for (const c of cluster.cities) rowOf(c.adcode);

  const rows: RegionRow[] = cities
    .filter((city) => cells.has(city.adcode))
    .map((city) => {
      const row = cells.get(city.adcode) ?? [];
      return {
        adcode: city.adcode,
        name: city.name,
        roles: cluster.cities
          .filter((c) => c.adcode === city.adcode)
          .map((c) => (c.roleLabel ? { role: c.role, label: c.roleLabel } : { role: c.role })),
        cells: row,
        total: row.reduce(
          (sum, cell) =>
            sum + cell.firms.length + cell.projects.length + cell.innovation.length + (cell.located ? 1 : 0),
          0,
        ),
      };
    })
    .sort((a, b) => b.total - a.total || a.adcode.localeCompare(b.adcode));
  return { columns: segments.map((n) => ({ id: n.id, name: n.name, stage: n.stage })), rows };
}

/** Cities in the column of `nodeId` that hold anything for it: what the map lights. */
export function columnCities(matrix: RegionMatrix, nodeId: string): string[] {
  const c = matrix.columns.findIndex((col) => col.id === nodeId);
  if (c < 0) return [];
  return matrix.rows
    .filter((r) => {
      const cell = r.cells[c];
      return (
        !!cell && (cell.located || cell.firms.length + cell.projects.length + cell.innovation.length > 0)
      );
    })
    .map((r) => r.adcode);
}
