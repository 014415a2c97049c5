// @vitest-environment node
/**
 * Broken files people really produce, each through the same path as a dropped file
 * (readUserFiles → merge): every one is rejected (or read) with a problem naming the file, the place
 * when there is one, the cause and a next step — and none throws.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseOnMainThread } from '../../../src/data/parseClient.ts';
import type { Problem } from '../../../src/data/problems.ts';
import { mergeUserInputs, readUserFiles } from '../../../src/data/userData.ts';
import { miniDataset, readMini } from '../data/helpers.ts';
import { gbk } from './gbk.ts';
import { expectActionable, expectNoPollution, guarded, report, tally, utf8 } from './support.ts';

const t = tally('broken samples');

async function load(name: string, content: Uint8Array | string) {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  return guarded(t, async () => {
    const loaded = await readUserFiles([new File([bytes as BlobPart], name)], { runner: parseOnMainThread });
    const merged = mergeUserInputs(miniDataset(), loaded);
    const problems: Problem[] = merged.problems;
    expectActionable(problems);
    expectNoPollution();
    if (loaded.inputs.length && merged.dataset) t.accepted++;
    else t.rejected++;
    return { loaded, merged, problems };
  });
}

const cluster = () => readMini('clusters/petrochem.json');
const HEADER = '企业名称,城市,集群,环节,梯队,来源\n';

describe('broken samples', () => {
  afterAll(() => {
    report(t);
  });

  it.each([
    [
      'unterminated JSON string',
      'a.json',
      '{"schemaVersion": 1, "cluster": {"id": "x}',
      /line 1, column \d+/,
    ],
    ['truncated JSON', 'a.json', '{"schemaVersion": 1,\n "cluster": {', /line 2, column \d+/],
    ['trailing comma', 'a.json', '{"schemaVersion": 1,}', /line 1, column \d+/],
    ['1e999', 'a.json', JSON.stringify(cluster()).replace('"order":2', '"order":1e999'), /cluster\.order/],
    ['100,000-deep nesting', 'a.json', `${'['.repeat(100000)}${']'.repeat(100000)}`, /line 1, column 65/],
    ['100,000-deep objects', 'a.json', `${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}`, /line 1, column/],
    ['an HTML page', 'a.json', '<!doctype html><title>404</title>', /^$/],
    ['a top-level list', 'a.json', '[]', /^$/],
    ['a newer format version', 'a.json', '{"schemaVersion": 99, "cluster": {}}', /schemaVersion/],
  ])('JSON: %s', async (_, name, text, where) => {
    const { problems } = await load(name, text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.file).toBe(name);
    expect(problems[0]?.where).toMatch(where);
  });

  it('JSON: a BOM is fine', async () => {
    const { loaded, problems } = await load('bom.json', `\uFEFF${JSON.stringify(cluster())}`);
    expect(problems).toEqual([]);
    expect(loaded.inputs).toHaveLength(1);
  });

  it('JSON: __proto__, constructor and toString keys are refused as unknown fields, never reach a prototype', async () => {
    const text = JSON.stringify(cluster()).replace(
      '"id":"petrochem"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"toString":1,"id":"petrochem"',
    );
    const { problems } = await load('proto.json', text);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/unknown fields? .*__proto__/);
    expect(problems[0]?.where).toBe('cluster');
  });

  it.each([
    ['0 bytes', 'empty.json', new Uint8Array(0), /empty/],
    ['only a BOM', 'bom-only.json', Uint8Array.from([0xef, 0xbb, 0xbf]), /empty/],
    ['a PNG image', 'image.json', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]), /PNG/],
    ['an Excel workbook', 'book.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), /Excel/],
    ['binary with NUL bytes', 'bin.csv', Uint8Array.from([1, 2, 3, 0, 4, 5]), /binary/],
    ['Latin-1 bytes', 'latin.json', Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), /UTF-8/],
  ])('binary: %s', async (_, name, bytes, message) => {
    const { problems } = await load(name, bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(message);
  });

  it('CSV: an unterminated quote stops the file at its row', async () => {
    const { problems, loaded } = await load(
      'quote.csv',
      `${HEADER}"测试企业,茂名,petrochem,,龙头,src-fixture\n乙,茂名,petrochem,,龙头,src-fixture\n`,
    );
    expect(loaded.inputs).toEqual([]);
    expect(problems[0]?.where).toBe('row 2');
    expect(problems[0]?.fix).toMatch(/quote/);
  });

  it('CSV: ragged rows are listed with their row and left out; good rows load', async () => {
    const { problems, merged } = await load(
      'ragged.csv',
      `${HEADER}甲企业,茂名,petrochem,,龙头,src-fixture\n乙企业,茂名\n丙企业,茂名,petrochem,,龙头,src-fixture,extra\n`,
    );
    expect(problems.map((p) => p.where)).toEqual(['row 3', 'row 4']);
    expect(
      merged.dataset?.clusters.get('petrochem')?.cluster.fiveOnes.enterprises.map((e) => e.name.zh),
    ).toContain('甲企业');
  });

  it('CSV: a BOM before the header is fine', async () => {
    const { problems, loaded } = await load(
      'bom.csv',
      `\uFEFF${HEADER}甲企业,茂名,petrochem,,龙头,src-fixture\n`,
    );
    expect(problems).toEqual([]);
    expect(loaded.inputs).toHaveLength(1);
  });

  it('CSV: GBK from Chinese Excel is read', async () => {
    const { problems, merged } = await load(
      'gbk.csv',
      gbk(`${HEADER}甲企业,茂名,绿色石化,,龙头,src-fixture\n`),
    );
    expect(problems).toEqual([]);
    expect(
      merged.dataset?.clusters.get('petrochem')?.cluster.fiveOnes.enterprises.map((e) => e.name.zh),
    ).toContain('甲企业');
  });

  it('CSV: __proto__ / constructor / toString headers and cells touch no prototype', async () => {
    const { problems } = await load(
      'proto.csv',
      '__proto__,constructor,toString,企业名称,城市,集群,环节,梯队,来源\n{"polluted":1},x,y,甲企业,__proto__,toString,constructor,hasOwnProperty,__proto__\n',
    );
    // The header's unknown columns are named, then each bad cell of row 2 with its column.
    expect(problems.slice(0, 3).map((p) => p.where)).toEqual([
      'row 1, column 1 "__proto__"',
      'row 1, column 2 "constructor"',
      'row 1, column 3 "toString"',
    ]);
    expect(
      problems
        .slice(3)
        .map((p) => p.where)
        .sort(),
    ).toEqual(['row 2, column 城市', 'row 2, column 梯队', 'row 2, column 集群']);
  });

  it('CSV: only a header', async () => {
    const { problems } = await load('header.csv', HEADER);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/no rows/);
  });

  it('CSV: 0 bytes', async () => {
    const { problems } = await load('empty.csv', new Uint8Array(0));
    expect(problems[0]?.message).toMatch(/empty/);
  });

  it('threw nothing', () => {
    expect(t.uncaught).toBe(0);
  });
});
