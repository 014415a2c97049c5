/**
 * The review helpers over an imported 企业名录: starting states from the matcher, state and node
 * edits that leave other rows untouched, bulk rules with their normalised "contains", the counts
 * the summary shows, and precision / recall for evaluation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import { buildMatcher } from '../../../src/import/matchNodes.ts';
import {
  applyRule,
  counts,
  precisionRecall,
  reviewRows,
  setChosen,
  setState,
} from '../../../src/import/review.ts';
import type { MappedRow, ReviewRow } from '../../../src/import/types.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const { dataset } = assembleDataset('manifest.json', (p) => JSON.parse(readFileSync(join(DATA, p), 'utf8')));
if (!dataset) throw new Error('bundled data did not assemble');
const energy = normalize(dataset).clusters.get('new-energy')?.cluster;
if (!energy) throw new Error('new-energy not loaded');
const matcher = buildMatcher(energy);

const mapped = (row: number, 行业: string, 主营产品: string, segmentText = ''): MappedRow => ({
  ...{ row, name: `示例能源有限公司${row}`, city: '440300', cityFrom: '深圳市', tier: 'other' },
  ...{ text: `${行业}；${主营产品}`, segmentText, cells: { 行业, 主营产品 } },
});
const ROWS = [
  mapped(2, '光伏设备及元器件制造', '单晶硅光伏组件、太阳能电池片的研发、生产'),
  mapped(3, '太阳能发电', '分布式光伏电站投资、建设、运营'),
  mapped(4, '电池制造', '锂离子电池、储能系统的研发、生产'),
  mapped(5, '风力发电', 'ＬＥＤ照明；海上风电项目开发'),
  mapped(6, '批发业', '五金交电销售', '氢能'),
];

describe('reviewRows', () => {
  const rows = reviewRows(ROWS, matcher);

  it('keeps every mapped field and adds suggestions with a starting state', () => {
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0]).toMatchObject({ ...ROWS[0], state: 'confirmed', chosen: ['n-solar-mfg'] });
    expect(rows[0]?.suggestions[0]?.nodeId).toBe('n-solar-mfg');
    expect(rows[4]).toMatchObject({ chosen: ['n-hydrogen'], state: 'confirmed' });
  });

  it('leaves a row it cannot place uncertain with nothing chosen, never rejected', () => {
    expect(rows[2]).toMatchObject({ state: 'uncertain', chosen: [] });
    expect(rows.some((r) => r.state === 'rejected')).toBe(false);
  });
});

describe('editing rows', () => {
  const rows = reviewRows(ROWS, matcher);

  it('setState changes only the named rows and keeps the others as the same objects', () => {
    const next = setState(rows, [3, 4, 99], 'rejected');
    expect(next.map((r) => r.state)).toEqual([
      'confirmed',
      'rejected',
      'rejected',
      rows[3]?.state,
      'confirmed',
    ]);
    expect(next[0]).toBe(rows[0]);
    expect(next[2]?.chosen).toEqual(rows[2]?.chosen);
    expect(rows[1]?.state).not.toBe('rejected');
  });

  it('setChosen places one row, drops duplicate ids and leaves the state alone', () => {
    const next = setChosen(rows, 4, ['n-smart-grid', 'n-solar', 'n-smart-grid']);
    expect(next[2]).toMatchObject({ chosen: ['n-smart-grid', 'n-solar'], state: 'uncertain' });
    expect(next[1]).toBe(rows[1]);
    expect(setChosen(rows, 2, [])[0]?.chosen).toEqual([]);
  });
});

describe('applyRule', () => {
  const rows = reviewRows(ROWS, matcher);

  it('matches the cell under the header, case-insensitive and full-width folded', () => {
    const { rows: next, matched } = applyRule(rows, {
      header: '主营产品',
      contains: 'led',
      nodeId: 'n-offshore-wind',
      state: 'confirmed',
    });
    expect(matched).toBe(1);
    expect(next[3]).toMatchObject({ chosen: ['n-offshore-wind'], state: 'confirmed' });
    expect(next.filter((r, i) => r !== rows[i])).toHaveLength(1);
  });

  it('reads the mapped text and segment cells when the header is null', () => {
    const photovoltaic = applyRule(rows, {
      header: null,
      contains: '光伏',
      nodeId: 'n-solar',
      state: 'confirmed',
    });
    expect(photovoltaic.matched).toBe(2);
    expect(photovoltaic.rows.slice(0, 2).map((r) => r.chosen)).toEqual([['n-solar'], ['n-solar']]);
    expect(
      applyRule(rows, { header: null, contains: '氢能', nodeId: 'n-hydrogen', state: 'confirmed' }).matched,
    ).toBe(1);
  });

  it('rejects in bulk, and matches nothing with an empty or absent cell', () => {
    const r = applyRule(rows, { header: '行业', contains: '电池', nodeId: '', state: 'rejected' });
    expect(r.matched).toBe(1);
    expect(r.rows[2]).toMatchObject({ state: 'rejected', chosen: [] });
    expect(
      applyRule(rows, { header: '行业', contains: ' ', nodeId: 'n-solar', state: 'confirmed' }).matched,
    ).toBe(0);
    expect(
      applyRule(rows, { header: '经营范围', contains: '光伏', nodeId: 'n-solar', state: 'confirmed' })
        .matched,
    ).toBe(0);
  });
});

describe('counts and precisionRecall', () => {
  const base = (row: number, state: ReviewRow['state'], chosen: string[]): ReviewRow => ({
    ...mapped(row, '', ''),
    ...{ suggestions: [], chosen, state },
  });
  const rows = [
    base(2, 'confirmed', ['a']),
    base(3, 'confirmed', []),
    base(4, 'uncertain', ['b']),
    base(5, 'uncertain', []),
    base(6, 'rejected', ['a']),
  ];

  it('counts states and the rows that would be added without a node', () => {
    expect(counts(rows)).toEqual({ confirmed: 2, uncertain: 2, rejected: 1, unplaced: 2 });
    expect(counts([])).toEqual({ confirmed: 0, uncertain: 0, rejected: 0, unplaced: 0 });
  });

  it('scores the first chosen node against the truth, a rejected row as no placement', () => {
    const truth = new Map<number, string | null>([
      [2, 'a'],
      [3, 'a'],
      [4, 'c'],
      [5, null],
      [6, 'a'],
    ]);
    expect(precisionRecall(rows, truth)).toEqual({
      ...{ precision: 1 / 2, recall: 1 / 4 },
      ...{ n: 5, placed: 2, correct: 1, expected: 4 },
    });
    expect(precisionRecall(rows, new Map())).toMatchObject({ precision: 1, recall: 1, n: 0 });
  });
});
