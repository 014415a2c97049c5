import { describe, expect, it } from 'vitest';
import { fileVersion, migrateFile } from '../../../src/data/migrate.ts';
import { ClusterFile, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import type { Json } from './helpers.ts';
import { readFixture, readMini } from './helpers.ts';

describe('migrateFile', () => {
  it('migrates the v0 spreadsheet draft to v1', () => {
    const v0 = readFixture('legacy-v0-cluster.json');
    expect(fileVersion(v0)).toBe(0);
    const { json, from, to, problems } = migrateFile(v0, 'legacy.json');
    expect(problems).toEqual([]);
    expect(from).toBe(0);
    expect(to).toBe(SCHEMA_VERSION);
    const out = json as Json;
    expect(out.schemaVersion).toBe(1);
    expect(Object.keys(out)[0]).toBe('schemaVersion');
    expect(out.cluster.name).toEqual({ zh: '旧格式集群', en: 'Legacy cluster' });
    expect(out.cluster.kind).toBe('emerging');
    expect(out.cluster.type).toBeUndefined();
    expect(out.cluster.description).toEqual({
      zh: '用旧草稿格式写的测试集群。',
      en: 'A test cluster in the old draft format.',
    });
    expect(out.cluster.governance.chiefChainLeader.role).toEqual({
      zh: '省长（总链长）',
      en: 'Governor (chief chain leader)',
    });
    expect(out.cluster.chain.nodes[0].name).toEqual({ zh: '零件', en: 'Parts' });
    expect(ClusterFile.safeParse(out).success).toBe(true);
  });

  it('maps 支柱 to pillar and migrates every cluster of a single-file dataset', () => {
    const { json } = migrateFile({
      clusters: [
        { id: 'a', type: '支柱' },
        { id: 'b', type: '战略性新兴产业集群' },
      ],
    });
    expect((json as Json).clusters.map((c: Json) => c.kind)).toEqual(['pillar', 'emerging']);
  });

  it('reports a cluster type it cannot map', () => {
    const { json, problems } = migrateFile({ cluster: { id: 'a', type: '传统' } }, 'a.json');
    expect(json).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'a.json',
        where: 'cluster.type',
        message: 'cluster type "传统" is neither 支柱 nor 新兴',
      }),
    ]);
  });

  it('reports a field given both ways', () => {
    const { problems } = migrateFile({ cluster: { name: { zh: 'a', en: 'a' }, name_zh: 'b' } }, 'a.json');
    expect(problems[0]).toMatchObject({
      where: 'cluster.name_zh',
      message: 'both "name" and "name_zh" are given',
    });
  });

  it('leaves current files as they are', () => {
    const file = readMini('clusters/petrochem.json');
    const { json, from, problems } = migrateFile(file, 'p.json');
    expect(problems).toEqual([]);
    expect(from).toBe(1);
    expect(json).toBe(file);
  });

  it('rejects files from a newer ChainAtlas with a clear next step', () => {
    const { json, problems } = migrateFile({ schemaVersion: SCHEMA_VERSION + 1, cluster: {} }, 'new.json');
    expect(json).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /made by a newer ChainAtlas \(format version 2; this app reads up to version 1\)/,
    );
    expect(problems[0]?.fix).toMatch(/^update the app/);
  });

  it.each([['1'], [1.5], [-1], [null]])('rejects schemaVersion %j', (v) => {
    const { problems } = migrateFile({ schemaVersion: v }, 'x.json');
    expect(problems[0]).toMatchObject({
      where: 'schemaVersion',
      message: expect.stringMatching(/is not a version number/),
    });
  });

  it('rejects a top level that is not an object', () => {
    expect(migrateFile([1, 2], 'x.json').problems[0]?.message).toMatch(/top level is a list/);
  });

  it('keeps a __proto__ key an own property and pollutes nothing', () => {
    const parsed = JSON.parse(
      '{"__proto__": {"polluted": true}, "cluster": {"__proto__": {"x": 1}, "name_zh": "a", "name_en": "b"}}',
    );
    const { json } = migrateFile(parsed, 'p.json');
    const out = json as Json;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(out.cluster)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.polluted).toBeUndefined();
    // The schema then names the stray field.
    expect(ClusterFile.safeParse(out).success).toBe(false);
  });
});
