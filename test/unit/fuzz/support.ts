/**
 * Shared machinery of the fuzz suite: one fixed seed (replay another with FUZZ_SEED=<n>), a tally of
 * runs and uncaught errors per loader that each file prints, and the check every rejection must pass:
 * it names the file, says what is wrong and what to do next.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem } from '../../../src/data/problems.ts';

/** Fixed by default so CI is reproducible; `FUZZ_SEED=123 npx vitest run test/unit/fuzz` replays 123. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20260917;
if (!Number.isInteger(SEED)) throw new Error(`FUZZ_SEED must be an integer, got ${process.env.FUZZ_SEED}`);

/** Runs per property; the brief asks for at least 1,000 per loader. */
export const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1000;

export const fuzzOptions = (numRuns = RUNS) => ({ seed: SEED, numRuns, endOnFailure: false });

export interface Tally {
  name: string;
  runs: number;
  uncaught: number;
  rejected: number;
  accepted: number;
  firstError: string | null;
}

export function tally(name: string): Tally {
  return { name, runs: 0, uncaught: 0, rejected: 0, accepted: 0, firstError: null };
}

/**
 * Runs one input through a loader step, counting it. An exception is counted (unless it is a failed
 * expectation of the test itself) and re-thrown so fast-check shrinks the input and prints the seed
 * and path to replay it.
 */
export async function guarded<T>(t: Tally, step: () => T | Promise<T>): Promise<T> {
  t.runs++;
  try {
    return await step();
  } catch (e) {
    if (e instanceof Error && e.name === 'AssertionError') throw e;
    t.uncaught++;
    t.firstError ??= e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw e;
  }
}

export function report(t: Tally): string {
  const line = `fuzz[${t.name}]: ${t.runs} runs, ${t.accepted} accepted, ${t.rejected} rejected, ${t.uncaught} uncaught errors (seed ${SEED})`;
  console.log(line);
  if (t.firstError) console.log(`fuzz[${t.name}]: first uncaught error: ${t.firstError}`);
  return line;
}

/**
 * A rejection a person can act on: non-empty file, message and fix; `where` is a string (empty only
 * when the whole file is meant). Returns the problems for further checks.
 */
export function expectActionable(problems: readonly Problem[], file?: string): readonly Problem[] {
  for (const p of problems) {
    expect(typeof p.file).toBe('string');
    expect(p.file.length, JSON.stringify(p)).toBeGreaterThan(0);
    if (file !== undefined) expect(p.file).toBe(file);
    expect(typeof p.where).toBe('string');
    expect(p.message.trim().length, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p.fix.trim().length, JSON.stringify(p)).toBeGreaterThan(0);
  }
  return problems;
}

/** Syntax errors are locatable: they must carry a line and column. */
export function expectLocatedSyntax(problems: readonly Problem[]): void {
  for (const p of problems)
    if (p.message.startsWith('not valid JSON'))
      expect(p.where, JSON.stringify(p)).toMatch(/^line \d+, column \d+$/);
}

/** Nothing a file contains may reach Object.prototype. */
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
export function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PROTO_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** Strings that break naive code: lone surrogates, BOM, NUL, RTL, huge, prototype names. */
export const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\uD800',
    '\uDFFF',
    'a\uD834b',
    '\uFEFF',
    '\u0000',
    '\u202Eevil',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
    '   ',
    'x'.repeat(5000),
    '<img src=x onerror=__xss(0)>',
  ),
);
