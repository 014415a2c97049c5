/**
 * A large parse result crosses from the worker in parts. The page deserializes each message in one
 * task, so one 50 MB message would freeze it for a second or more; instead the big arrays (a
 * dataset's clusters and sources, a cluster's firms, a CSV's rows and problems) travel in slices of
 * about PART_WEIGHT records, each its own short task, and are joined again on arrival. Pure.
 */
import type { ParseOutcome } from './parseBytes.ts';

/** Records per message: small enough that deserializing one stays well under 50 ms. */
export const PART_WEIGHT = 4000;

export type PartPath = 'clusters' | 'sources' | 'enterprises' | 'rows' | 'tableProblems';

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

/** The big arrays of an outcome, each with a way to swap it out and back. */
function slots(outcome: ParseOutcome): Slot[] {
  const slot = <T>(path: PartPath, owner: Record<string, T[]>, key: string): Slot => ({
    path,
    get: () => owner[key] as unknown[],
    set: (items) => {
      owner[key] = items as T[];
    },
  });
  if (outcome.format === 'input' && outcome.input) {
    const input = outcome.input;
    if (input.kind === 'dataset') {
      const raw = input.raw as unknown as Record<string, unknown[]>;
      return [slot('clusters', raw, 'clusters'), slot('sources', raw, 'sources')];
    }
    if (input.kind === 'cluster')
      return [
        slot('enterprises', input.cluster.fiveOnes as unknown as Record<string, unknown[]>, 'enterprises'),
      ];
  }
  if (outcome.format === 'csv' && outcome.result.ok) {
    const table = outcome.result.value.table as unknown as Record<string, unknown[]>;
    return [slot('rows', table, 'rows'), slot('tableProblems', table, 'problems')];
  }
  return [];
}

/** How much work deserializing an item is: a cluster weighs its records, anything else 1. */
function weight(item: unknown): number {
  if (typeof item !== 'object' || item === null || !('chain' in item)) return 1;
  let n = 1;
  const visit = (v: unknown) => {
    if (Array.isArray(v)) n += v.length;
    else if (typeof v === 'object' && v !== null)
      for (const x of Object.values(v)) if (Array.isArray(x)) n += x.length;
  };
  const c = item as Record<string, unknown>;
  visit(c.chain);
  visit(c.fiveOnes);
  for (const key of ['targets', 'cities', 'belts', 'focusAreas']) visit(c[key]);
  return n;
}

/**
 * Takes the big arrays out of `outcome` (leaving empty ones) and returns them as parts in order;
 * `outcome` itself is then small enough to post in one message.
 */
export function splitOutcome(outcome: ParseOutcome): Part[] {
  const parts: Part[] = [];
  for (const s of slots(outcome)) {
    const all = s.get();
    if (!Array.isArray(all) || all.length === 0) continue;
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
  return parts;
}

/** Puts the parts back into the outcome they were taken from. */
export function joinOutcome(outcome: ParseOutcome, parts: readonly Part[]): ParseOutcome {
  if (parts.length === 0) return outcome;
  for (const s of slots(outcome)) {
    const mine = parts.filter((p) => p.path === s.path);
    if (mine.length === 0) continue;
    const all: unknown[] = [];
    for (const p of mine) for (const item of p.items) all.push(item);
    s.set(all);
  }
  return outcome;
}
