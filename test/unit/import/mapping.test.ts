// @vitest-environment node
/**
 * A department's 企业名录 onto the import's fields: the proposal from header words and cells, the
 * rows read through a mapping (with a problem, in both languages, for each row it cannot place), and
 * the saved mapping's JSON and its reuse on the next export.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/data/problems.ts';
import { localizeProblem, zhRuleFor } from '../../../src/data/problemText.ts';
import { tierOf } from '../../../src/import/headerWords.ts';
import {
  applyMapping,
  columnLetter,
  guessHeaderRow,
  MAX_NAME,
  mappingJson,
  parseMappingJson,
  proposeMapping,
  reuseMapping,
} from '../../../src/import/mapping.ts';
import type { ColumnMapping, FieldKey, SheetTable } from '../../../src/import/types.ts';

const FILE = '企业名录.xlsx';
/** Well-formed, made up: 91 (enterprise) · 440300 (深圳市) · 10 more characters. */
const SZ_CODE = '91440300MA5ABCDE1X';
const sheet = (rows: string[][], name = '名录'): SheetTable => ({ name, rows });
const fields = (m: ColumnMapping) => m.columns.map((c) => c.field);
const fieldOf = (m: ColumnMapping, header: string): FieldKey | undefined =>
  m.columns.find((c) => c.header === header)?.field;

/** Every problem has a Chinese rule for its message and fix, and a Chinese place. */
function expectChinese(problems: readonly Problem[]) {
  for (const p of problems) {
    expect(zhRuleFor(p.message), p.message).toBeDefined();
    expect(zhRuleFor(p.fix), p.fix).toBeDefined();
    const zh = localizeProblem(p, 'zh');
    expect(zh.where, p.where).not.toMatch(/\b(sheet|row|column)\b/);
  }
}

const TITLE = '2024年广东省新能源汽车产业链重点企业名录';
const HEADER = [
  '序号',
  '企业名称',
  '所在地市',
  '区县',
  '统一社会信用代码',
  '行业',
  '主营产品',
  '企业类型',
  '法定代表人',
];
const TYPICAL = sheet([
  HEADER.map(() => TITLE), // a merged title cell carries its text in every cell it covers
  HEADER,
  [
    '1',
    '深圳某某新能源汽车股份有限公司',
    '深圳市',
    '坪山区',
    SZ_CODE,
    '汽车制造业',
    '新能源汽车、动力电池',
    '链主企业',
    '李某',
  ],
  [
    '2',
    '广州某某汽车零部件有限公司',
    '广州',
    '番禺区',
    '',
    '汽车制造业',
    '电机',
    '“专精特新”中小企业',
    '张三',
  ],
  ['', '', '', '', '', '', '', '', ''],
  ['4', '', '佛山', '顺德区', '', '', '电控', '', ''],
  ['5', '某某新材料有限公司', '', '顺德', '', '化学原料', '隔膜', '其他', ''],
  ['6', '某某科技有限公司', '长沙市', '', '', '', '', '', ''],
]);

describe('proposeMapping', () => {
  it('finds the header row below a title and maps typical headers', () => {
    expect(guessHeaderRow(TYPICAL)).toBe(1);
    const m = proposeMapping(TYPICAL, 1);
    expect(m.version).toBe(1);
    expect(m.headerRow).toBe(1);
    expect(m.columns.map((c) => c.header)).toEqual(HEADER);
    expect(fields(m)).toEqual([
      'ignore',
      'name',
      'city',
      'address', // 区县 beside a city column: read with the address
      'credit-code',
      'text',
      'text',
      'tier',
      'ignore',
    ]);
  });

  it('maps a district column to the city when there is no city column', () => {
    const s = sheet([
      ['企业名称', '所在区县', '注册地址'],
      ['甲有限公司', '南山区', '深圳市南山区科技园'],
    ]);
    expect(fields(proposeMapping(s, 0))).toEqual(['name', 'city', 'address']);
  });

  it('normalises headers: full-width, spaces, * and notes', () => {
    const s = sheet([['* 企业名称（必填）', '所 在 城 市', '统一社会信用代码：', 'ＣＩＴＹ']]);
    expect(fields(proposeMapping(s, 0))).toEqual(['name', 'city', 'credit-code', 'city']);
  });

  it('maps English headers', () => {
    const s = sheet([
      [
        'No.',
        'Company',
        'City',
        'Address',
        'Credit Code',
        'Industry',
        'Main products',
        'Segment',
        'Tier',
        'Cluster',
      ],
      [
        '1',
        'A Co., Ltd.',
        'Shenzhen',
        '1 Keji Rd',
        '',
        'batteries',
        'cells',
        'cell manufacturing',
        'leading',
        'x',
      ],
    ]);
    expect(fields(proposeMapping(s, 0))).toEqual([
      'ignore',
      'name',
      'city',
      'address',
      'credit-code',
      'text',
      'text',
      'segment',
      'tier',
      'cluster',
    ]);
  });

  it('reads a segment column as free text when its cells are sentences', () => {
    const short = sheet([
      ['企业名称', '产业链环节'],
      ['甲公司', '动力电池'],
    ]);
    expect(fieldOf(proposeMapping(short, 0), '产业链环节')).toBe('segment');
    const long = sheet([
      ['企业名称', '产业链环节'],
      ['甲公司', '主要从事动力电池电芯、模组及电池管理系统的研发，产品用于乘用车。'],
    ]);
    expect(fieldOf(proposeMapping(long, 0), '产业链环节')).toBe('text');
  });

  it('ignores a 企业类型 column that holds legal forms, not tiers', () => {
    const s = sheet([
      ['企业名称', '企业类型'],
      ['甲公司', '有限责任公司(自然人投资或控股)'],
      ['乙公司', '股份有限公司(上市)'],
    ]);
    expect(fieldOf(proposeMapping(s, 0), '企业类型')).toBe('ignore');
  });

  it('reads the cells when the headers say nothing', () => {
    const s = sheet([
      ['列1', '', '列3', '列4', '列5'],
      ['广东某某电子科技有限公司', SZ_CODE, '深圳市', '南山区', '办公室'],
      ['佛山某某电器有限公司', '91440606MA4UXXXXX5', '佛山市', '顺德区', '车间'],
    ]);
    expect(fields(proposeMapping(s, 0))).toEqual(['name', 'credit-code', 'city', 'address', 'ignore']);
  });

  it('gives a one-column field to the first column claiming it', () => {
    const s = sheet([['企业名称', '公司名称', '环节', '所属环节']]);
    expect(fields(proposeMapping(s, 0))).toEqual(['name', 'ignore', 'segment', 'text']);
  });

  it('is harmless with a __proto__ header', () => {
    const s = sheet([
      ['企业名称', '__proto__', 'constructor', 'hasOwnProperty'],
      ['甲有限公司', 'x', 'y', 'z'],
    ]);
    const m = proposeMapping(s, 0);
    expect(fields(m)).toEqual(['name', 'ignore', 'ignore', 'ignore']);
    const { rows } = applyMapping(s, m, FILE);
    const cells = rows[0]?.cells as Record<string, string>;
    expect(Object.getPrototypeOf(cells)).toBeNull();
    expect(Object.entries(cells)).toEqual([
      ['企业名称', '甲有限公司'],
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['hasOwnProperty', 'z'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('applyMapping', () => {
  const { rows, problems } = applyMapping(TYPICAL, proposeMapping(TYPICAL, 1), FILE);

  it('reads each firm with its Excel row, city, text and tier', () => {
    expect(rows.map((r) => [r.row, r.name, r.city, r.tier])).toEqual([
      [3, '深圳某某新能源汽车股份有限公司', '440300', 'chain-leader'],
      [4, '广州某某汽车零部件有限公司', '440100', 'specialized'],
      [7, '某某新材料有限公司', '440600', 'other'],
      [8, '某某科技有限公司', null, 'other'],
    ]);
    const [first] = rows;
    expect(first?.cityFrom).toBe('深圳市 — 深圳市');
    expect(first?.text).toBe('汽车制造业 新能源汽车、动力电池');
    expect(first?.segmentText).toBe('');
    expect(first?.cells.主营产品).toBe('新能源汽车、动力电池');
    expect(first?.cells.法定代表人).toBe('李某');
    // No city column value: the district, read with the address, still places the firm.
    expect(rows[2]?.cityFrom).toBe('地址 顺德 — 佛山市');
  });

  it('drops a row without a name, saying where, and skips empty rows silently', () => {
    const noName = problems.filter((p) => /no firm name/.test(p.message));
    expect(noName).toEqual([
      {
        file: FILE,
        where: 'sheet "名录", row 6, column B "企业名称"',
        message: 'this row has no firm name; it was left out',
        fix: "fill in the firm's name (企业名称) in this row, or delete the row",
      },
    ]);
    expect(localizeProblem(noName[0] as Problem, 'zh').where).toBe('工作表“名录”第 6 行 B 列“企业名称”');
    expect(problems).toHaveLength(2);
  });

  it('keeps a firm whose city is unknown, off the map, with a problem', () => {
    const p = problems.find((q) => /city/.test(q.message)) as Problem;
    expect(p.where).toBe('sheet "名录", row 8, column C "所在地市"');
    expect(p.message).toBe(
      'no city could be read from "长沙市"; the firm is kept off the map until a city is given',
    );
    expect(localizeProblem(p, 'zh').message).toBe(
      '无法从“长沙市”读出地市；填写地市之前，该企业不在地图上显示',
    );
    expectChinese(problems);
  });

  it('says which city words put a firm off the map', () => {
    const s = sheet([
      ['企业名称', '城市', '地址'],
      ['甲公司', '北京市', ''],
      ['乙公司', '440000', ''],
      ['丙公司', '', ''],
    ]);
    const out = applyMapping(s, proposeMapping(s, 0), FILE);
    expect(out.rows.map((r) => r.city)).toEqual([null, null, null]);
    expect(out.problems.map((p) => p.message)).toEqual([
      '"北京市" is not in any of the 21 cities on the map; the firm is kept off the map until a city is given',
      '"440000" names the province, not one of its 21 cities; the firm is kept off the map until a city is given',
      'the row gives no city, address or credit code; the firm is kept off the map until a city is given',
    ]);
    expectChinese(out.problems);
  });

  it('cuts a name over 200 characters, with a "…" and a problem', () => {
    const s = sheet([['企业名称'], ['长'.repeat(250)]]);
    const out = applyMapping(s, proposeMapping(s, 0), FILE);
    expect(out.rows[0]?.name).toHaveLength(MAX_NAME);
    expect(out.rows[0]?.name.endsWith('…')).toBe(true);
    expect(out.problems.map((p) => p.message)).toContain(
      'the firm\'s name is 250 characters long; it was cut to 200, ending in "…"',
    );
    expectChinese(out.problems);
  });

  it('needs a name column, and a header row inside the sheet', () => {
    const s = sheet([['城市'], ['深圳']]);
    const none = applyMapping(s, proposeMapping(s, 0), FILE);
    expect(none.rows).toEqual([]);
    expect(none.problems.map((p) => [p.where, p.message])).toEqual([
      ['sheet "名录", row 1', "no column is mapped to the firm's name"],
    ]);
    const past = applyMapping(s, { version: 1, headerRow: 5, columns: [] }, FILE);
    expect(past.problems.map((p) => p.where)).toEqual(['sheet "名录"']);
    expectChinese([...none.problems, ...past.problems]);
  });

  it('reads tier words', () => {
    expect(
      [
        '链主',
        '链主企业',
        '龙头',
        '龙头企业',
        '骨干',
        '省级骨干企业',
        '隐形冠军',
        '单项冠军',
        '制造业单项冠军企业',
        '专精特新',
        '小巨人',
        '“专精特新”中小企业',
        '国家级专精特新“小巨人”企业',
        'chain-leader',
        'Hidden champion',
        '链主企业、专精特新',
        '其他',
        '规上企业',
        '',
      ].map(tierOf),
    ).toEqual([
      'chain-leader',
      'chain-leader',
      'leading',
      'leading',
      'leading',
      'leading',
      'hidden-champion',
      'hidden-champion',
      'hidden-champion',
      'specialized',
      'specialized',
      'specialized',
      'specialized',
      'chain-leader',
      'hidden-champion',
      'chain-leader',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('saved mappings', () => {
  const mapping = proposeMapping(TYPICAL, 1);

  it('round-trips through JSON', () => {
    const text = mappingJson(mapping);
    expect(JSON.parse(text)).toEqual(mapping);
    expect(parseMappingJson(text, 'm.json')).toEqual({ mapping, problems: [] });
  });

  it('rejects a malformed mapping with a clear problem', () => {
    const bad = JSON.stringify({ ...mapping, columns: [{ header: '企业名称', field: 'firm' }] });
    const out = parseMappingJson(bad, 'm.json');
    expect(out.mapping).toBeNull();
    expect(out.problems).toHaveLength(1);
    const [p] = out.problems as [Problem];
    expect(p.where).toBe('columns[0].field');
    expect(p.message).toMatch(/^this is not a saved column mapping: Invalid option/);
    expect(p.fix).toBe('choose a mapping file saved by the import, or map the columns again');
    expect(localizeProblem(p, 'zh').message).toMatch(/^这不是保存的列对应关系：/);
    expectChinese(out.problems);

    for (const text of [
      JSON.stringify({ ...mapping, version: 2 }),
      JSON.stringify({ ...mapping, headerRow: -1 }),
      JSON.stringify({ ...mapping, extra: true }),
      '[]',
    ])
      expect(parseMappingJson(text, 'm.json').mapping, text).toBeNull();
    const notJson = parseMappingJson('{"version": 1,', 'm.json');
    expect(notJson.mapping).toBeNull();
    expect(notJson.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('reuses a mapping on a sheet whose columns moved, by header text', () => {
    const edited: ColumnMapping = {
      ...mapping,
      columns: mapping.columns.map((c) => (c.header === '法定代表人' ? { ...c, field: 'text' } : c)),
    };
    const next = sheet([
      [TITLE, TITLE, TITLE, TITLE, TITLE, TITLE],
      ['说明：数据截至2024年底', '', '', '', '', ''],
      ['主营产品', '法定代表人', '统一社会信用代码', '企业名称', '企业梯队', '所在地市'],
      ['电机', '李四', SZ_CODE, '甲有限公司', '龙头企业', '深圳'],
    ]);
    const m = reuseMapping(edited, next);
    expect(m.headerRow).toBe(2);
    expect(m.columns).toEqual([
      { header: '主营产品', field: 'text' },
      { header: '法定代表人', field: 'text' }, // the person's own choice, kept
      { header: '统一社会信用代码', field: 'credit-code' },
      { header: '企业名称', field: 'name' },
      { header: '企业梯队', field: 'tier' }, // unknown to the saved mapping: proposed afresh
      { header: '所在地市', field: 'city' },
    ]);
    const { rows } = applyMapping(next, m, FILE);
    expect(rows.map((r) => [r.row, r.name, r.city, r.tier])).toEqual([
      [4, '甲有限公司', '440300', 'leading'],
    ]);
  });

  it('falls back to a fresh proposal when no header matches', () => {
    const other = sheet([
      ['Company', 'City'],
      ['A Ltd', 'Foshan'],
    ]);
    expect(fields(reuseMapping(mapping, other))).toEqual(['name', 'city']);
  });
});

it('names columns as Excel does', () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
    'A',
    'B',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});
