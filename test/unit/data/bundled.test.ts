/**
 * The bundled data/ must assemble with zero problems, through the same reader the app and
 * `npm run data:check` use. (It fails while cluster files are still being written; that is expected.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { fileVersion } from '../../../src/data/migrate.ts';
import { normalize } from '../../../src/data/normalize.ts';
import { parseJsonBytes } from '../../../src/data/parseBytes.ts';
import { formatProblem, type Problem } from '../../../src/data/problems.ts';
import { SCHEMA_VERSION } from '../../../src/data/schema.ts';
import { ROOT } from './helpers.ts';

const DATA = join(ROOT, 'data');

function load() {
  const problems: Problem[] = [];
  const read = (path: string) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(DATA, path));
    } catch {
      problems.push({ file: path, where: '', message: 'file not found', fix: 'create it' });
      return undefined;
    }
    const parsed = parseJsonBytes(bytes, path);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    if (fileVersion(parsed.value) !== SCHEMA_VERSION)
      problems.push({
        file: path,
        where: 'schemaVersion',
        message: 'not the current version',
        fix: 'migrate it',
      });
    return parsed.value;
  };
  const assembled = assembleDataset('manifest.json', read);
  return { ...assembled, problems: [...problems, ...assembled.problems] };
}

describe('bundled data/', () => {
  const { dataset, problems } = load();

  it('assembles with zero problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  it('has the 20 clusters (10 pillar, 10 emerging) and 21 cities', () => {
    if (!dataset) return;
    const ds = normalize(dataset);
    expect(ds.clusters.size).toBe(20);
    const kinds = [...ds.clusters.values()].map((c) => `${c.cluster.kind}-${c.cluster.order}`);
    expect(kinds.filter((k) => k.startsWith('pillar'))).toHaveLength(10);
    expect(new Set(kinds).size).toBe(20);
    expect(ds.cities.size).toBe(21);
  });

  it('every record carries at least one source id that exists', () => {
    if (!dataset) return;
    const ds = normalize(dataset);
    const missing = ds.records.filter(
      (r) => r.sources.length === 0 || r.sources.some((id) => !ds.sources.has(id)),
    );
    expect(missing.map((r) => `${r.clusterId ?? ''} ${r.path}`)).toEqual([]);
  });
});
