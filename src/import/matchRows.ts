/**
 * Step 3 of the import for a whole sheet: its rows read through the mapping (mappedRows.ts) and
 * matched to the chain (matchNodes.ts, review.ts), a slice of rows at a time, so that 100,000 rows
 * never make one long task, whether in the match worker (match.worker.ts) or, where there is no
 * worker, on the page's own thread between yields (matchClient.ts). Pure: plain data in and out, so
 * a request can be sent to a worker as it is. Also the messages between the page and that worker.
 */
import type { Problem } from '../data/problems.ts';
import { PART_WEIGHT } from '../data/transfer.ts';
import { mappingReader } from './mappedRows.ts';
import { buildMatcher } from './matchNodes.ts';
import type { CityRef } from './resolveCity.ts';
import { reviewRows } from './review.ts';
import type { ColumnMapping, MatchCluster, ReviewRow, SheetTable } from './types.ts';

export interface MatchRequest {
  sheet: SheetTable;
  mapping: ColumnMapping;
  /** The file's name, for the problems. */
  file: string;
  cities: readonly CityRef[];
  cluster: MatchCluster;
}

/** One slice's firms, and how many of the sheet's data rows are read so far, of how many. */
export interface MatchSlice {
  rows: ReviewRow[];
  done: number;
  total: number;
}

export interface MatchResult {
  rows: ReviewRow[];
  problems: Problem[];
}

/** Just what the matcher reads of a cluster, copied: a Cluster carries its firms and sources too. */
export function matchCluster(c: MatchCluster): MatchCluster {
  return {
    name: { zh: c.name.zh },
    nameVariants: [...c.nameVariants],
    chain: {
      nodes: c.chain.nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        name: { zh: n.name.zh, en: n.name.en },
        ...(n.description ? { description: { zh: n.description.zh } } : {}),
      })),
      links: c.chain.links.map((l) => ({ source: l.source, target: l.target, kind: l.kind })),
    },
  };
}

/** A request of plain data only (no dataset objects), ready to be cloned into a worker. */
export function matchRequest(
  sheet: SheetTable,
  mapping: ColumnMapping,
  file: string,
  cities: readonly CityRef[],
  cluster: MatchCluster,
): MatchRequest {
  return {
    sheet,
    mapping,
    file,
    cities: cities.map((c) => ({ adcode: c.adcode, name: { zh: c.name.zh, en: c.name.en } })),
    cluster: matchCluster(cluster),
  };
}

/** How many of the sheet's rows the request reads: its data rows. */
export const dataRows = (req: Pick<MatchRequest, 'sheet' | 'mapping'>) =>
  Math.max(0, req.sheet.rows.length - req.mapping.headerRow - 1);

/**
 * The request's firms, `size` sheet rows per slice, each read and matched when the caller asks for
 * the next; returns the problems at the end. The matcher is built once, before the first slice.
 */
export function* matchSlices(req: MatchRequest, size: number): Generator<MatchSlice, Problem[], void> {
  const reader = mappingReader(req.sheet, req.mapping, req.file, req.cities);
  const matcher = buildMatcher(req.cluster);
  const total = Math.max(0, reader.end - reader.first);
  const step = Math.max(1, Math.floor(size));
  for (let from = reader.first; from < reader.end; from += step) {
    const to = Math.min(from + step, reader.end);
    yield { rows: reviewRows(reader.read(from, to), matcher), done: to - reader.first, total };
  }
  return reader.problems();
}

/** Every slice at once: small sheets, and tests. */
export function matchAll(req: MatchRequest, size = Number.POSITIVE_INFINITY): MatchResult {
  const slices = matchSlices(req, Math.min(size, dataRows(req) || 1));
  const rows: ReviewRow[] = [];
  for (let next = slices.next(); ; next = slices.next()) {
    if (next.done) return { rows, problems: next.value };
    for (const r of next.value.rows) rows.push(r);
  }
}

// ------------------------------------------------------------------ the worker's messages
/**
 * Page → worker: `start` with everything but the sheet's rows, which follow in `rows` messages of
 * a few thousand each (serializing 100,000 rows in one message would be one long task on the page),
 * until `count` rows have come; then the worker starts.
 */
export type MatchWorkerRequest =
  | { type: 'start'; request: Omit<MatchRequest, 'sheet'> & { sheet: { name: string } }; count: number }
  | { type: 'rows'; rows: string[][] };

/**
 * Worker → page: each slice's firms as they are matched (each message one short task to read on
 * the page), then the problems.
 */
export type MatchWorkerMessage =
  | ({ type: 'slice' } & MatchSlice)
  | { type: 'done'; problems: Problem[] }
  | { type: 'failed'; message: string };

/**
 * The worker's side (match.worker.ts puts this on its scope): collects the sheet's rows after
 * `start`, then reads and matches them PART_WEIGHT rows at a time, posting each slice as it is done.
 */
export function matchWorkerSide(post: (msg: MatchWorkerMessage) => void): (msg: MatchWorkerRequest) => void {
  let start: Extract<MatchWorkerRequest, { type: 'start' }> | null = null;
  let rows: string[][] = [];
  const run = (req: MatchRequest) => {
    try {
      const slices = matchSlices(req, PART_WEIGHT);
      for (let next = slices.next(); ; next = slices.next()) {
        if (next.done) {
          post({ type: 'done', problems: next.value });
          return;
        }
        post({ type: 'slice', ...next.value });
      }
    } catch (e) {
      post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (msg) => {
    if (msg.type === 'start') {
      start = msg;
      rows = [];
    } else for (const r of msg.rows) rows.push(r);
    if (start && rows.length >= start.count) {
      const { request } = start;
      start = null;
      run({ ...request, sheet: { name: request.sheet.name, rows } });
    }
  };
}
