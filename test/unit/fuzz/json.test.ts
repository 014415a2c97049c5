// @vitest-environment node
/**
 * The JSON loader under fuzzing: arbitrary bytes and text, arbitrary JSON values, JSON shaped like our
 * files, and mutated valid cluster and single-file datasets all go through the same steps as a
 * dropped file (bytes → depth guard → JSON → migrate → schema → cross-checks → merge → normalize).
 * Pass: no uncaught error, no prototype pollution, every rejection actionable.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { migrateFile } from '../../../src/data/migrate.ts';
import { parseJsonBytes } from '../../../src/data/parseBytes.ts';
import { parseWith } from '../../../src/data/parseFile.ts';
import { BundleFile, ClusterFile, ManifestFile } from '../../../src/data/schema.ts';
import { inputFromJson, mergeUserInputs } from '../../../src/data/userData.ts';
import { miniBundle, miniDataset, readMini } from '../data/helpers.ts';
import { mutateToText, mutations } from './mutate.ts';
import {
  expectActionable,
  expectLocatedSyntax,
  expectNoPollution,
  fuzzOptions,
  guarded,
  report,
  SEED,
  tally,
  utf8,
} from './support.ts';

const t = tally('json');
const base = miniDataset();

/** A dropped JSON file's whole path; returns whether it was accepted. */
async function loadJson(bytes: Uint8Array, file: string): Promise<boolean> {
  const parsed = parseJsonBytes(bytes, file);
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    expectActionable(parsed.problems, file);
    expectLocatedSyntax(parsed.problems);
    return false;
  }
  const { input, problems } = await inputFromJson(parsed.value, file);
  expectActionable(problems);
  if (!input) {
    expect(problems.length).toBeGreaterThan(0);
    return false;
  }
  const merged = mergeUserInputs(base, { inputs: [input], problems, cancelled: false });
  expectActionable(merged.problems);
  // Whatever was accepted obeys the schema: finite numbers and non-empty names everywhere.
  for (const entry of merged.dataset?.clusters.values() ?? []) {
    expect(entry.cluster.name.zh.trim().length).toBeGreaterThan(0);
    for (const target of entry.cluster.targets) expect(Number.isFinite(target.value)).toBe(true);
  }
  return true;
}

async function run(bytes: Uint8Array, file: string): Promise<void> {
  const ok = await guarded(t, () => loadJson(bytes, file));
  if (ok) t.accepted++;
  else t.rejected++;
  expectNoPollution();
}

describe(`JSON loader fuzzing (seed ${SEED}; replay with FUZZ_SEED)`, () => {
  afterAll(() => {
    report(t);
  });

  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) => run(bytes, 'bytes.json')),
      fuzzOptions(),
    );
  });

  it('arbitrary text, including JSON-ish fragments and lone surrogates', async () => {
    const fragment = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      '\\',
      '1e999',
      'null',
      '\uFEFF',
      '\uD800',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 60 }).map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(text, (s) => run(utf8(s), 'text.json')),
      fuzzOptions(),
    );
  });

  it('arbitrary JSON values (keys biased to __proto__, toString …)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), (v) =>
        run(utf8(JSON.stringify(v) ?? 'null'), 'value.json'),
      ),
      fuzzOptions(),
    );
  });

  it('JSON shaped like our files, with arbitrary insides', async () => {
    const version = fc.constantFrom(0, 1, 2, -1, 1.5, '1', null, 1e308);
    const shaped = fc.oneof(
      fc.record(
        { schemaVersion: version, cluster: fc.jsonValue({ maxDepth: 4 }) },
        { requiredKeys: ['cluster'] },
      ),
      fc.record(
        {
          schemaVersion: version,
          clusters: fc.jsonValue({ maxDepth: 4 }),
          cities: fc.jsonValue({ maxDepth: 3 }),
        },
        { requiredKeys: ['clusters'] },
      ),
      fc.record({ schemaVersion: version, files: fc.jsonValue({ maxDepth: 3 }) }),
      fc
        .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }))
        .map((d) => ({ name_zh: 'x', ...d })),
    );
    await fc.assert(
      fc.asyncProperty(shaped, (v) => run(utf8(JSON.stringify(v)), 'shaped.json')),
      fuzzOptions(),
    );
  });

  it('mutated valid cluster files', async () => {
    const cluster = readMini('clusters/petrochem.json');
    await fc.assert(
      fc.asyncProperty(mutations, (list) => run(utf8(mutateToText(cluster, list)), 'mutated-cluster.json')),
      fuzzOptions(),
    );
  });

  it('mutated valid single-file datasets', async () => {
    const bundle = miniBundle();
    await fc.assert(
      fc.asyncProperty(mutations, (list) => run(utf8(mutateToText(bundle, list)), 'mutated-bundle.json')),
      fuzzOptions(),
    );
  });

  it('the schema and assembly steps on their own, with arbitrary file contents', async () => {
    const value = fc.jsonValue({ maxDepth: 5 });
    await fc.assert(
      fc.asyncProperty(
        value,
        value,
        fc.constantFrom<z.ZodType>(BundleFile, ClusterFile, ManifestFile),
        async (a, b, schema) => {
          await guarded(t, () => {
            expectActionable(migrateFile(a, 'a.json').problems);
            const parsed = parseWith(schema, a, 'a.json');
            if (!parsed.ok) expectActionable(parsed.problems, 'a.json');
            // A manifest whose listed files hold arbitrary JSON.
            const manifest = readMini('manifest.json');
            const assembled = assembleDataset('manifest.json', (path) =>
              path === 'manifest.json' ? manifest : path === 'cities.json' ? readMini(path) : b,
            );
            expectActionable(assembled.problems);
          });
          t.rejected++;
          expectNoPollution();
        },
      ),
      fuzzOptions(),
    );
  });

  it('found no uncaught error', () => {
    expect(t.uncaught).toBe(0);
    expect(t.runs).toBeGreaterThanOrEqual(7000);
  });
});
