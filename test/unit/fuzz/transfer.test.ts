// @vitest-environment node
/**
 * The worker sends big results in parts (src/data/transfer.ts) and the page freezes big inputs in
 * slices (src/data/freeze.ts). Property: for any dataset, CSV table or cluster file, splitting,
 * cloning each message as postMessage would, and joining gives back exactly the original; freezing in
 * slices freezes everything deepFreeze would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, deepFreezeInSlices } from '../../../src/data/freeze.ts';
import { type ParseOutcome, parseNow } from '../../../src/data/parseBytes.ts';
import { joinOutcome, PART_WEIGHT, splitOutcome } from '../../../src/data/transfer.ts';
import { miniBundle, readMini } from '../data/helpers.ts';
import { fuzzOptions, utf8 } from './support.ts';

/** What postMessage does to each message: a structured clone, message by message. */
function roundTrip(outcome: ParseOutcome): ParseOutcome {
  const sent = structuredClone(outcome);
  const parts = splitOutcome(sent).map((p) => structuredClone(p));
  return joinOutcome(structuredClone(sent), parts);
}

/** A bundle whose clusters carry `firms` extra firms each, to force several parts per cluster. */
function bigBundle(firms: number, clusters: number) {
  const b = miniBundle();
  const base = b.clusters[0];
  b.clusters = Array.from({ length: clusters }, (_, c) => {
    const cl = structuredClone(base);
    cl.id = `c-${c}`;
    for (let i = 0; i < firms; i++)
      cl.fiveOnes.enterprises.push({
        id: `f-${i}`,
        name: { zh: `企业${i}`, en: `Firm ${i}` },
        tier: 'other',
        sources: ['src-fixture'],
      });
    return cl;
  });
  return b;
}

const interpret = (json: unknown, name = 'x.json') =>
  parseNow({ format: 'json', name, bytes: utf8(JSON.stringify(json)), interpret: true });

describe('worker results in parts', () => {
  it('round-trips datasets of any size exactly', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3 * PART_WEIGHT }), fc.integer({ min: 1, max: 4 }), (firms, clusters) => {
        const outcome = interpret(bigBundle(firms, clusters));
        expect(outcome.format === 'input' && outcome.input?.kind).toBe('dataset');
        const expected = structuredClone(outcome);
        const parts = splitOutcome(outcome);
        if (firms * clusters > PART_WEIGHT) expect(parts.length).toBeGreaterThan(1);
        expect(
          joinOutcome(
            outcome,
            parts.map((p) => structuredClone(p)),
          ),
        ).toEqual(expected);
      }),
      fuzzOptions(20),
    );
  });

  it('round-trips a cluster file and a CSV table', () => {
    const cluster = readMini('clusters/petrochem.json');
    for (let i = 0; i < 5000; i++)
      cluster.cluster.fiveOnes.enterprises.push({
        id: `f-${i}`,
        name: { zh: `企业${i}`, en: `F${i}` },
        tier: 'other',
        sources: ['src-fixture'],
      });
    const asCluster = interpret(cluster);
    expect(roundTrip(asCluster)).toEqual(asCluster);
    const rows = Array.from({ length: 9000 }, (_, i) => `企业${i},茂名\n`).join('');
    const csv = parseNow({ format: 'csv', name: 'a.csv', bytes: utf8(`name,city\n${rows}x\n`) });
    expect(splitOutcome(structuredClone(csv)).length).toBeGreaterThan(3);
    expect(roundTrip(csv)).toEqual(csv);
  });

  it('leaves small and failed outcomes whole', () => {
    const bad = interpret({ nope: 1 });
    expect(splitOutcome(bad)).toEqual([]);
    expect(splitOutcome({ format: 'cancelled' })).toEqual([]);
  });
});

describe('freezing in slices', () => {
  it('freezes every object deepFreeze would, yielding between slices', async () => {
    const a = bigBundle(20000, 2);
    const b = structuredClone(a);
    deepFreeze(a);
    expect(await deepFreezeInSlices(b)).toBe(true);
    const unfrozen = (v: unknown): number =>
      typeof v !== 'object' || v === null
        ? 0
        : (Object.isFrozen(v) ? 0 : 1) + Object.values(v).reduce((n: number, x) => n + unfrozen(x), 0);
    expect(unfrozen(a)).toBe(0);
    expect(unfrozen(b)).toBe(0);
  });

  it('stops when cancelled', async () => {
    const ctrl = new AbortController();
    const big = bigBundle(60000, 2);
    const pending = deepFreezeInSlices(big, ctrl.signal);
    ctrl.abort();
    expect(await pending).toBe(false);
  });
});
