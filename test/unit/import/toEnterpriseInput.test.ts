/**
 * Reviewed rows → firms to add: confirmed rows only, ids the schema accepts (also for all-Chinese
 * file names and for two sheets of one workbook), the file › sheet › row note as provenance, the
 * person's placement marked editorial, and a bad row reported rather than thrown.
 */
import { describe, expect, it } from 'vitest';
import { Enterprise, Source } from '../../../src/data/schema.ts';
import { importSlug, importSource, toEnterpriseAdditions } from '../../../src/import/toEnterpriseInput.ts';
import type { ReviewRow } from '../../../src/import/types.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const review = (row: number, state: ReviewRow['state'], extra: Partial<ReviewRow> = {}): ReviewRow => ({
  ...{ row, name: `示例新能源科技有限公司${row}`, city: '440300', cityFrom: '深圳市', text: '光伏组件' },
  ...{ segmentText: '', tier: 'specialized', cells: {}, suggestions: [], chosen: ['n-solar-mfg'], state },
  ...extra,
});
const FILE = '2024年企业名录（新能源）.xlsx';
const SHEET = '名录';
const source = importSource(FILE, SHEET);
const opts = { file: FILE, sheet: SHEET, clusterId: 'new-energy', sourceId: source.id };

describe('toEnterpriseAdditions', () => {
  const rows = [
    review(3, 'confirmed'),
    review(4, 'uncertain'),
    review(5, 'rejected'),
    review(6, 'confirmed', { city: null, chosen: ['n-solar', 'n-smart-grid'], tier: 'leading' }),
    review(7, 'uncertain', { chosen: [] }),
  ];
  const out = toEnterpriseAdditions(rows, opts);

  it('adds the confirmed rows only and counts the rest', () => {
    expect(out.additions.map((a) => a.row)).toEqual([3, 6]);
    expect(out.left).toEqual({ uncertain: 2, rejected: 1 });
    expect(out.problems).toEqual([]);
  });

  it('makes one schema-valid firm per row, placed where the person chose', () => {
    const [a, b] = out.additions;
    expect(a?.clusterId).toBe('new-energy');
    expect(a?.enterprise).toEqual({
      id: a?.enterprise.id,
      name: { zh: '示例新能源科技有限公司3', en: '示例新能源科技有限公司3' },
      tier: 'specialized',
      cities: ['440300'],
      segments: ['n-solar-mfg'],
      segmentsEditorial: true,
      verified: false,
      sources: [source.id],
      note: { zh: `${FILE} › ${SHEET} › 第3行`, en: `${FILE} › ${SHEET} › row 3` },
    });
    expect(b?.enterprise).toMatchObject({
      cities: [],
      segments: ['n-solar', 'n-smart-grid'],
      tier: 'leading',
    });
    for (const x of out.additions) expect(Enterprise.safeParse(x.enterprise).success).toBe(true);
  });

  it('gives ids the schema accepts, unique per row, file and sheet', () => {
    const ids = out.additions.map((x) => x.enterprise.id);
    for (const id of ids) {
      expect(id).toMatch(ID);
      expect(id.length).toBeLessThanOrEqual(80);
    }
    expect(ids[0]).toMatch(/^u-2024-[0-9a-f]{6}-3$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(importSlug('企业名录.xlsx', 'Sheet1')).toMatch(/^[0-9a-f]{6}$/);
    expect(importSlug('企业名录.xlsx', 'Sheet1')).not.toBe(importSlug('企业名录.xlsx', 'Sheet2'));
    expect(importSlug('企业名录.xlsx', 'Sheet1')).not.toBe(importSlug('产业名录.xlsx', 'Sheet1'));
    const long = importSlug(`${'Very Long Export Name '.repeat(10)}.csv`, 'x');
    expect(`u-${long}-1048576`.length).toBeLessThanOrEqual(80);
    expect(`u-${long}-1`).toMatch(ID);
  });

  it('reports a row the schema rejects and keeps the others', () => {
    const bad = toEnterpriseAdditions([review(8, 'confirmed', { name: '  ' }), review(9, 'confirmed')], opts);
    expect(bad.additions.map((a) => a.row)).toEqual([9]);
    expect(bad.problems).toHaveLength(2);
    expect(bad.problems[0]).toMatchObject({ file: FILE, where: `${SHEET}, row 8` });
    const long = toEnterpriseAdditions([review(10, 'confirmed', { name: '长'.repeat(201) })], opts);
    expect(long.additions).toEqual([]);
    expect(long.problems.length).toBeGreaterThan(0);
  });
});

describe('importSource', () => {
  it('is a schema-valid editorial source titled by the file, with no url', () => {
    expect(Source.safeParse(source).success).toBe(true);
    expect(source).toMatchObject({
      title: FILE,
      publisher: '本人导入 / imported by the user',
      level: 'editorial',
    });
    expect(source).not.toHaveProperty('url');
    expect(source.id).toMatch(ID);
    expect(importSource(FILE, 'Sheet2').id).not.toBe(source.id);
  });
});
