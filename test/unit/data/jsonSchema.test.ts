import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, SCHEMA_DIR } from '../../../scripts/export-json-schema.ts';

describe('data/schema/*.json', () => {
  const fresh = generateJsonSchemas();

  it('are exactly what scripts/export-json-schema.ts generates (run it after changing schema.ts)', () => {
    for (const [name, text] of fresh) expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), name).toBe(text);
  });

  it('has no stale files', () => {
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual([...fresh.keys()].sort());
  });

  it('describes the single-file dataset with named record types', () => {
    const dataset = JSON.parse(fresh.get('dataset.schema.json') ?? '{}');
    expect(dataset.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'sources', 'regions', 'cities', 'clusters']),
    );
    expect(Object.keys(dataset.$defs)).toEqual(expect.arrayContaining(['Cluster', 'Enterprise', 'Source']));
  });
});
