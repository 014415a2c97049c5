/**
 * The 技术路线图 of one cluster as plain data: roadmap items sorted into status lanes and time columns,
 * and the cluster's plan targets as milestones on the same time axis. Pure (no React), so the live
 * chart, its list twin and the exported figure all read the same model.
 *
 * Honesty rules from data/README.md: an item's lane is its status only where a source gives one
 * (otherwise the "unknown" lane), and an item with neither a year nor a period goes to an explicit
 * "undated" column — a year no source gives is never guessed.
 */
import type { Cluster, Localized, RoadmapItem, SourceLevel, TechStatus } from '../data/schema.ts';

export type RoadmapLane = TechStatus | 'unknown';

/** Top to bottom: what most needs the chain leader's attention first. */
export const ROADMAP_LANES: readonly RoadmapLane[] = [
  'chokepoint',
  'missing',
  'catching-up',
  'mastered',
  'unknown',
];

export interface RoadmapWhen {
  year?: number;
  from?: number;
  to?: number;
}

export type RoadmapColumn =
  | { key: string; kind: 'year'; year: number }
  | { key: string; kind: 'period'; from: number; to: number }
  | { key: typeof UNDATED; kind: 'undated' };

export const UNDATED = 'undated';

export interface RoadmapEntry {
  id: string;
  name: Localized;
  kind: RoadmapItem['kind'];
  lane: RoadmapLane;
  /** As the source dates it; null when it gives neither a year nor a period. */
  when: RoadmapWhen | null;
  /** Key of the column it is drawn in. */
  column: string;
  nodeId?: string;
  /** Ids of the cluster's targets it serves. */
  targets: string[];
  sources: string[];
  /** The status is our reading of the source, or only editorial notes back the item. */
  editorial: boolean;
  verified: boolean;
}

export interface RoadmapMilestone {
  targetId: string;
  metric: Localized;
  year: number;
  column: string;
  /** Chain node ids the target is about; empty = the whole chain. */
  segments: string[];
  /** Ids of the roadmap items that say they serve this target. */
  servedBy: string[];
  sources: string[];
}

export interface RoadmapModel {
  /** Time columns left to right; the undated column, when there is one, is last. */
  columns: RoadmapColumn[];
  /** All five lanes in ROADMAP_LANES order, empty ones included (the layout decides what to draw). */
  lanes: { lane: RoadmapLane; entries: RoadmapEntry[] }[];
  /** Every entry, in lane order, then column order, then data order. */
  entries: RoadmapEntry[];
  milestones: RoadmapMilestone[];
}

export interface RoadmapModelOptions {
  /** The level of a source id; with it, an item backed only by editorial notes counts as editorial. */
  sourceLevel?: (id: string) => SourceLevel | undefined;
}

function isYear(v: number | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** The item's date as given; a period whose ends are the same year is that year. */
function whenOf(item: RoadmapItem): RoadmapWhen | null {
  const when: RoadmapWhen = {};
  if (isYear(item.year)) when.year = item.year;
  if (item.period && isYear(item.period.from) && isYear(item.period.to)) {
    when.from = Math.min(item.period.from, item.period.to);
    when.to = Math.max(item.period.from, item.period.to);
  }
  return when.year === undefined && when.from === undefined ? null : when;
}

function yearColumn(year: number): RoadmapColumn {
  return { key: String(year), kind: 'year', year };
}

/** A year is the more precise of the two when a source gives both, so it decides the column. */
function columnOf(when: RoadmapWhen | null): RoadmapColumn {
  if (!when) return { key: UNDATED, kind: 'undated' };
  if (when.year !== undefined) return yearColumn(when.year);
  const from = when.from ?? 0;
  const to = when.to ?? from;
  return from === to ? yearColumn(from) : { key: `${from}-${to}`, kind: 'period', from, to };
}

function span(c: RoadmapColumn): [number, number] {
  if (c.kind === 'year') return [c.year, c.year];
  if (c.kind === 'period') return [c.from, c.to];
  return [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
}

/** By start, then end: 2021 < 2021–2025 < 2023–2025 < 2025; undated last. */
function compareColumns(a: RoadmapColumn, b: RoadmapColumn): number {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  if (a0 !== b0) return a0 < b0 ? -1 : 1;
  if (a1 !== b1) return a1 < b1 ? -1 : 1;
  return 0;
}

/**
 * Where a target year sits on the axis: its own year column, else the narrowest plan period that
 * contains it (a 2025 target belongs at the end of 2021–2025), else null (the caller adds a column).
 */
function milestoneColumn(columns: readonly RoadmapColumn[], year: number): RoadmapColumn | null {
  const exact = columns.find((c) => c.kind === 'year' && c.year === year);
  if (exact) return exact;
  const containing = columns
    .filter((c) => c.kind === 'period' && c.from <= year && year <= c.to)
    .sort((a, b) => {
      const [a0, a1] = span(a);
      const [b0, b1] = span(b);
      return a1 - a0 - (b1 - b0) || b0 - a0;
    });
  return containing[0] ?? null;
}

export function roadmapModel(cluster: Cluster, opts: RoadmapModelOptions = {}): RoadmapModel {
  const level = opts.sourceLevel;
  const onlyEditorial = (ids: readonly string[]) =>
    level !== undefined && ids.length > 0 && ids.every((id) => level(id) === 'editorial');

  const byKey = new Map<string, RoadmapColumn>();
  const raw = cluster.roadmap.map((item) => {
    const when = whenOf(item);
    const column = columnOf(when);
    byKey.set(column.key, column);
    const entry: RoadmapEntry = {
      id: item.id,
      name: item.name,
      kind: item.kind,
      lane: item.status ?? 'unknown',
      when,
      column: column.key,
      targets: [...item.targets],
      sources: [...item.sources],
      editorial: item.statusEditorial === true || onlyEditorial(item.sources),
      verified: item.verified !== false,
    };
    if (item.node) entry.nodeId = item.node;
    return entry;
  });

  // Plan targets only: baselines and actuals are not milestones the roadmap works towards.
  const plans = cluster.targets.filter((t) => t.kind === 'target' && isYear(t.year));
  const itemColumns = [...byKey.values()].sort(compareColumns);
  for (const t of plans)
    if (!milestoneColumn(itemColumns, t.year)) byKey.set(String(t.year), yearColumn(t.year));
  const columns = [...byKey.values()].sort(compareColumns);
  const order = new Map(columns.map((c, i) => [c.key, i]));

  const lanes = ROADMAP_LANES.map((lane) => ({
    lane,
    entries: raw
      .filter((e) => e.lane === lane)
      // Stable: data order within a column.
      .sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0)),
  }));

  const milestones: RoadmapMilestone[] = plans
    .map((t) => ({
      targetId: t.id,
      metric: t.metric,
      year: t.year,
      column: (milestoneColumn(columns, t.year) ?? yearColumn(t.year)).key,
      segments: [...(t.segments ?? [])],
      servedBy: raw.filter((e) => e.targets.includes(t.id)).map((e) => e.id),
      sources: [...t.sources],
    }))
    .sort((a, b) => a.year - b.year);

  return { columns, lanes, entries: lanes.flatMap((l) => l.entries), milestones };
}

/** The id a chart selects for an entry: its chain node when it advances one, else its own id. */
export function entrySelectId(entry: RoadmapEntry): string {
  return entry.nodeId ?? entry.id;
}
