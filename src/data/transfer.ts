/**
 * A large parse result crosses from the worker in parts. The page deserializes each message in one
 * task, so one 50 MB message would freeze it for a second or more; instead the big arrays (each
 * cluster's firms, a dataset's clusters and sources, a cluster file's firms, a CSV's rows and
 * problems, a workbook's rows sheet by sheet) travel in slices of about PART_WEIGHT records, each
 * its own short task, and are joined again on arrival. Pure.
 */
import type { AnyOutcome } from './parseBytes.ts';

/** Records per message: small enough that deserializing one stays in the tens of milliseconds. */
export const PART_WEIGHT = 2000;

/** Which array a part belongs to; `firms:3` is the firm list of the dataset's cluster 3. */
export type PartPath =
  | 'clusters'
  | 'sources'
  | 'enterprises'
  | 'rows'
  | 'tableProblems'
  | `firms:${number}`
  | `sheet:${number}`;

export interface Part {
  type: 'part';
  path: PartPath;
  items: unknown[];
}

interface Slot {
  path: PartPath;
  get(): unknown[];
  set(items: unknown[]): void;
}

type Owner = Record<string, unknown[]>;

function slot(path: PartPath, owner: Owner, key: string): Slot {
  return {
    path,
    get: () => owner[key] as unknown[],
    set: (items) => {
      owner[key] = items;
    },
  };
}

/** The big arrays of an outcome, each with a way to swap it out and back. */
function slots(outcome: AnyOutcome): Slot[] {
  if (outcome.format === 'input' && outcome.input) {
    const input = outcome.input;
    if (input.kind === 'dataset') {
      const raw = input.raw as unknown as Owner;
      return [slot('clusters', raw, 'clusters'), slot('sources', raw, 'sources')];
    }
    if (input.kind === 'cluster')
      return [slot('enterprises', input.cluster.fiveOnes as unknown as Owner, 'enterprises')];
  }
  if (outcome.format === 'csv' && outcome.result.ok) {
    const table = outcome.result.value.table as unknown as Owner;
    return [slot('rows', table, 'rows'), slot('tableProblems', table, 'problems')];
  }
  // `sheet:2` is the rows of the workbook's sheet 2; a row of cells weighs one record.
  if (outcome.format === 'workbook')
    return outcome.workbook.sheets.map((sheet, i) => slot(`sheet:${i}`, sheet as unknown as Owner, 'rows'));
  return [];
}

/** Each cluster's firm list in a dataset: the bulk of a big file, split below the cluster level. */
function firmSlots(outcome: AnyOutcome): Slot[] {
  if (outcome.format !== 'input' || outcome.input?.kind !== 'dataset') return [];
  return outcome.input.raw.clusters.map((c, i) =>
    slot(`firms:${i}`, c.fiveOnes as unknown as Owner, 'enterprises'),
  );
}

/** How much work deserializing an item is: a cluster weighs its records, anything else 1. */
function weight(item: unknown): number {
  if (typeof item !== 'object' || item === null || !('chain' in item)) return 1;
  let n = 1;
  const count = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    for (const x of Object.values(v)) if (Array.isArray(x)) n += x.length;
  };
  const c = item as Record<string, unknown>;
  count(c.chain);
  count(c.fiveOnes);
  count(c);
  return n;
}

function takeParts(s: Slot, parts: Part[]): void {
  const all = s.get();
  if (!Array.isArray(all) || all.length === 0) return;
  s.set([]);
  let items: unknown[] = [];
  let w = 0;
  for (const item of all) {
    items.push(item);
    w += weight(item);
    if (w >= PART_WEIGHT) {
      parts.push({ type: 'part', path: s.path, items });
      items = [];
      w = 0;
    }
  }
  if (items.length) parts.push({ type: 'part', path: s.path, items });
}

/**
 * Takes the big arrays out of `outcome` (leaving empty ones) and returns them as parts in order;
 * `outcome` itself is then small enough to post in one message.
 */
export function splitOutcome(outcome: AnyOutcome): Part[] {
  const parts: Part[] = [];
  // Firms first, while the clusters are still in place; then the (now light) clusters.
  for (const s of firmSlots(outcome)) takeParts(s, parts);
  for (const s of slots(outcome)) takeParts(s, parts);
  return parts;
}

function fill(s: Slot, byPath: Map<PartPath, Part[]>): void {
  const mine = byPath.get(s.path);
  if (!mine) return;
  const all: unknown[] = [];
  for (const p of mine) for (const item of p.items) all.push(item);
  s.set(all);
}

/** Puts the parts back into the outcome they were taken from. */
export function joinOutcome<T extends AnyOutcome>(outcome: T, parts: readonly Part[]): T {
  if (parts.length === 0) return outcome;
  const byPath = new Map<PartPath, Part[]>();
  for (const p of parts) {
    const list = byPath.get(p.path) ?? [];
    list.push(p);
    byPath.set(p.path, list);
  }
  // The clusters first, then each one's firms.
  for (const s of slots(outcome)) fill(s, byPath);
  for (const s of firmSlots(outcome)) fill(s, byPath);
  return outcome;
}
