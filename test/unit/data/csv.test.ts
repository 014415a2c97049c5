import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/data/csv.ts';
import { enterprisesFromCsv } from '../../../src/data/csvEnterprises.ts';
import { decodeText, looksLikeChinese } from '../../../src/data/decode.ts';
import { parseCsvBytes } from '../../../src/data/parseBytes.ts';
import { miniRaw, utf8 } from './helpers.ts';

const HEADER = 'name,city,cluster,segment,tier,source';

function table(text: string) {
  const r = parseCsvText(text, 'firms.csv');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('CSV text', () => {
  it('reads UTF-8 with a BOM: the first header is clean', () => {
    const r = parseCsvBytes(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`${HEADER}\n甲,广州,petrochem,,龙头,src-fixture\n`)]),
      'bom.csv',
    );
    expect(r.ok && r.value.table.header[0]).toBe('name');
    expect(r.ok && r.value.encoding).toBe('utf-8');
  });

  it('detects GBK (广州 = B9E3 D6DD) and decodes it', () => {
    const bytes = new Uint8Array([...utf8('name,city\nfirm,'), 0xb9, 0xe3, 0xd6, 0xdd, 0x0a]);
    const decoded = decodeText(bytes, 'gbk.csv', true);
    expect(decoded).toEqual({ ok: true, value: { text: 'name,city\nfirm,广州\n', encoding: 'gbk' } });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GBK', () => {
    const latin1 = new Uint8Array([...utf8('name\ncaf'), 0xe9, 0x0a]);
    const r = decodeText(latin1, 'latin1.csv', true);
    expect(!r.ok && r.problems[0]?.message).toBe(
      'the text encoding is not UTF-8, and it does not read as GBK Chinese either',
    );
    expect(!r.ok && r.problems[0]?.fix).toMatch(/CSV UTF-8/);
    expect(looksLikeChinese('é½')).toBe(false);
  });

  it('reads UTF-16 (Excel "Unicode text") by its BOM', () => {
    const text = 'name\tcity\n甲\t广州\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = parseCsvBytes(bytes, 'u16.csv');
    expect(r.ok && r.value.table).toMatchObject({
      header: ['name', 'city'],
      delimiter: '\t',
      rows: [{ row: 2, cells: ['甲', '广州'] }],
    });
  });

  it('a ragged row is reported with its row number and left out; the rest is kept', () => {
    const t = table('a,b\n1,2\n3,4,5\n6\n\n7,8\n');
    expect(t.rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 6, cells: ['7', '8'] },
    ]);
    expect(t.problems.map((p) => [p.where, p.message])).toEqual([
      ['row 3', 'this row has 3 cells but the header has 2; the row was left out'],
      ['row 4', 'this row has 1 cell but the header has 2; the row was left out'],
    ]);
  });

  it('an unterminated quote rejects the file instead of merging rows', () => {
    const r = parseCsvText('a,b\n1,2\n3,"abc\n4,5\n6,7\n', 'q.csv');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      expect.objectContaining({
        file: 'q.csv',
        where: 'row 3',
        message: expect.stringMatching(/never closed/),
      }),
    ]);
    const stray = parseCsvText('a,b\n1,"x"y\n2,3\n', 'q.csv');
    expect(!stray.ok && stray.problems[0]?.where).toBe('row 2');
  });

  it('__proto__ and constructor headers pollute nothing', () => {
    const t = table(
      `${HEADER},__proto__,constructor\n测试企业乙,茂名,petrochem,乙烯,龙头,src-fixture,{"x":1},evil\n`,
    );
    expect(t.header).toContain('__proto__');
    const result = enterprisesFromCsv(t, 'firms.csv', miniRaw());
    expect(result.additions).toHaveLength(1);
    expect(result.problems.map((p) => p.message)).toEqual([
      'column "__proto__" is not one we read; it was ignored',
      'column "constructor" is not one we read; it was ignored',
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(result.additions[0]?.enterprise)).toBe(Object.prototype);
  });

  it('reports a 0-byte file and a file with no rows', () => {
    const zero = parseCsvBytes(new Uint8Array(), 'empty.csv');
    expect(!zero.ok && zero.problems[0]?.message).toBe('the file is empty (0 bytes)');
    const blank = parseCsvText('\n\n', 'blank.csv');
    expect(!blank.ok && blank.problems[0]?.message).toBe('the file has no rows');
  });

  it('refuses an Excel workbook, saying how to save CSV', () => {
    const r = parseCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'firms.xlsx.csv');
    expect(!r.ok && r.problems[0]).toMatchObject({
      message: expect.stringMatching(/Excel workbook/),
      fix: expect.stringMatching(/CSV UTF-8/),
    });
  });
});

describe('enterprises from CSV', () => {
  const raw = miniRaw();

  it('accepts Chinese headers and names: city by name, cluster by Chinese name, segment by node name, tier in Chinese', () => {
    const t = table(
      '企业名称,城市,集群,环节,梯队,来源\n测试企业乙,茂名,绿色石化,乙烯,龙头,src-fixture\n测试企业丙,440100;深圳,智能机器人,reducer,专精特新,src-fixture\n',
    );
    const { additions, problems, sources } = enterprisesFromCsv(t, 'firms.csv', raw);
    expect(problems).toEqual([]);
    expect(sources).toEqual([]);
    expect(
      additions.map((a) => [
        a.clusterId,
        a.row,
        a.enterprise.name,
        a.enterprise.cities,
        a.enterprise.segments,
        a.enterprise.tier,
      ]),
    ).toEqual([
      ['petrochem', 2, { zh: '测试企业乙', en: '测试企业乙' }, ['440900'], ['ethylene'], 'leading'],
      [
        'robotics',
        3,
        { zh: '测试企业丙', en: '测试企业丙' },
        ['440100', '440300'],
        ['reducer'],
        'specialized',
      ],
    ]);
    expect(additions[0]?.enterprise.id).toMatch(/^u[0-9a-f]{6}-r2$/);
  });

  it('accepts ids and English names too', () => {
    const t = table(
      `${HEADER},name_en,verified\nFirm,Maoming,petrochem,Ethylene,hidden-champion,src-fixture,Firm Ltd,否\n`,
    );
    const { additions, problems } = enterprisesFromCsv(t, 'firms.csv', raw);
    expect(problems).toEqual([]);
    expect(additions[0]?.enterprise).toMatchObject({
      name: { zh: 'Firm', en: 'Firm Ltd' },
      cities: ['440900'],
      tier: 'hidden-champion',
      verified: false,
    });
  });

  it('lists each bad row with its row number and column, and keeps the good rows', () => {
    const t = table(
      [
        '企业名称,城市,集群,环节,梯队,来源,verified',
        '好企业,茂名,petrochem,,其他,src-fixture,',
        '坏城市,北京,petrochem,,其他,src-fixture,',
        '坏集群,茂名,航天,,其他,src-fixture,',
        '坏梯队,茂名,petrochem,,巨头,src-fixture,',
        '坏环节,茂名,petrochem,火箭,其他,src-fixture,',
        ',茂名,petrochem,,其他,src-fixture,',
        '坏核实,茂名,petrochem,,其他,src-fixture,maybe',
        '测试企业甲,茂名,petrochem,,其他,src-fixture,',
      ].join('\n'),
    );
    const { additions, problems } = enterprisesFromCsv(t, 'firms.csv', raw);
    expect(additions.map((a) => a.enterprise.name.zh)).toEqual(['好企业']);
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'row 3, column 城市: no city "北京" in this dataset',
      'row 4, column 集群: no cluster "航天" in this dataset',
      'row 5, column 梯队: unknown tier "巨头"',
      'row 6, column 环节: "火箭" is not a segment of 绿色石化',
      'row 7, column 企业名称: name is empty',
      'row 8, column verified: "maybe" is not yes or no',
      'row 9, column 企业名称: "测试企业甲" is already listed in 绿色石化; the row was not added',
    ]);
  });

  it('turns a citation in words into a source record, with its link', () => {
    const t = table(
      `${HEADER},source_url\n甲,茂名,petrochem,,其他,某某日报 2024-01-02,https://news.example/a\n乙,茂名,petrochem,,其他,某某日报 2024-01-02,https://news.example/a\n`,
    );
    const { additions, sources } = enterprisesFromCsv(t, 'firms.csv', raw);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      title: '某某日报 2024-01-02',
      publisher: 'news.example',
      url: 'https://news.example/a',
      level: 'secondary',
    });
    expect(additions.map((a) => a.enterprise.sources)).toEqual([[sources[0]?.id], [sources[0]?.id]]);
  });

  it('says which columns are missing', () => {
    const { problems, additions } = enterprisesFromCsv(table('企业名称,城市\n甲,茂名\n'), 'firms.csv', raw);
    expect(additions).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        where: 'row 1',
        message: 'missing columns: cluster (集群), segment (环节), tier (梯队), source (来源)',
      }),
    ]);
  });
});
