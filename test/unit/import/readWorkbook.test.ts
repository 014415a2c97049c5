// @vitest-environment node
/**
 * Reading a department's own 企业名录: workbooks built here with SheetJS's writer, CSVs in the
 * encodings and delimiters people produce, broken and oversized files, the header row, the parse
 * worker's `sheet` path and its transfer in parts, and the sample files in test/fixtures/import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CellObject, CFB, utils, type WorkSheet, write } from '@e965/xlsx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/data/limits.ts';
import type { WorkbookOutcome, WorkerMessage, WorkerRequest } from '../../../src/data/parseBytes.ts';
import { readSheetNow } from '../../../src/data/parseBytes.ts';
import type { Problem } from '../../../src/data/problems.ts';
import { zhRuleFor, zhWhere } from '../../../src/data/problemText.ts';
import { joinOutcome, PART_WEIGHT, splitOutcome } from '../../../src/data/transfer.ts';
import { detectHeaderRow, detectSheetDelimiter, readWorkbook } from '../../../src/import/readWorkbook.ts';
import { readWorkbookFile } from '../../../src/import/readWorkbookFile.ts';
import type { Workbook } from '../../../src/import/types.ts';
import { gbk } from '../fuzz/gbk.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Every problem the tests meet, to check that each reads in Chinese. */
const seen: Problem[] = [];
function read(bytes: Uint8Array, file: string): Workbook {
  const wb = readWorkbook(bytes, file);
  seen.push(...wb.problems);
  return wb;
}

function xlsx(sheets: Record<string, WorkSheet>): Uint8Array {
  const wb = utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) utils.book_append_sheet(wb, ws, name);
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const TITLE = '2024年深圳市企业名录';
const HEADERS = ['企业名称', '所在城市', '统一社会信用代码', '主营产品', '邮编'];

/** A title merged over the table, Chinese headers, then firms; `blank` puts an empty line under the title. */
function minglu(blank = false): WorkSheet {
  const ws = utils.aoa_to_sheet([
    [TITLE],
    ...(blank ? [[]] : []),
    HEADERS,
    ['示例光伏科技有限公司01', '深圳', '91440300MA00000001', '光伏组件', 518000],
    ['示例储能有限公司02', '', '91440300MA00000002', '储能', 123456789012345],
    ['测试激光有限公司03', '广州', '914401000000000003', '激光器', 0.1 + 0.2],
  ]);
  const top = blank ? 3 : 2;
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
    // 所在城市 merged over the first two firms.
    { s: { r: top, c: 1 }, e: { r: top + 1, c: 1 } },
  ];
  return ws;
}

describe('workbooks', () => {
  it('reads every sheet as trimmed text: merged cells filled, codes and numbers as shown', () => {
    const other = utils.aoa_to_sheet([
      ['名称', '城市'],
      ['  测试机器人有限公司  ', 440300],
    ]);
    const wb = read(xlsx({ 名录: minglu(), 补充: other }), 'qiye.xlsx');
    expect(wb).toMatchObject({ file: 'qiye.xlsx', kind: 'xlsx', problems: [] });
    expect(wb.sheets.map((s) => s.name)).toEqual(['名录', '补充']);
    const rows = wb.sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(Array(5).fill(TITLE));
    expect(rows[1]).toEqual(HEADERS);
    expect(rows[2]).toEqual(['示例光伏科技有限公司01', '深圳', '91440300MA00000001', '光伏组件', '518000']);
    // The merged city reaches the second firm; the 15-digit number keeps its digits, not 1.23457E+14.
    expect(rows[3]).toEqual(['示例储能有限公司02', '深圳', '91440300MA00000002', '储能', '123456789012345']);
    expect(rows[4]?.[4]).toBe('0.3');
    expect(wb.sheets[1]?.rows).toEqual([
      ['名称', '城市'],
      ['测试机器人有限公司', '440300'],
    ]);
    expect(detectHeaderRow(rows)).toBe(1);
    expect(detectHeaderRow(read(xlsx({ a: minglu(true) }), 'b.xlsx').sheets[0]?.rows ?? [])).toBe(2);
  });

  it('pads rows, drops trailing empty rows and columns, and never evaluates formulas or follows links', () => {
    const ws = utils.aoa_to_sheet([['名称', '城市', '', ''], ['甲', '', '', '   '], ['乙']]);
    ws.B3 = { t: 'n', v: 7, f: 'HYPERLINK("https://x.example","7")' };
    ws.C3 = { t: 's', v: '官网', l: { Target: 'https://example.com/' } };
    ws.D3 = { t: 'n', f: 'WEBSERVICE("https://x.example")' } as WorkSheet[string];
    ws.A9 = { t: 's', v: '  ' };
    ws['!ref'] = 'A1:H9';
    const rows = read(xlsx({ s: ws }), 'f.xlsx').sheets[0]?.rows;
    expect(rows).toEqual([
      ['名称', '城市', ''],
      ['甲', '', ''],
      ['乙', '7', '官网'],
    ]);
  });

  it("reads .ods, old .xls and Excel 2003 XML alike, keeping Excel's row and column numbers", () => {
    // The table starts at C3: two empty rows and columns before it.
    const ws = utils.sheet_add_aoa(
      {},
      [
        ['名称', '资本'],
        ['甲', 1234567.5],
      ],
      { origin: 'C3' },
    );
    (ws.D4 as CellObject).z = '#,##0.00';
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 's');
    const expected = [
      Array(4).fill(''),
      Array(4).fill(''),
      ['', '', '名称', '资本'],
      ['', '', '甲', '1,234,567.50'],
    ];
    const as = (bookType: 'biff8' | 'xlml' | 'ods', type: 'array' | 'string' = 'array') => {
      const out = write(wb, { type, bookType });
      return typeof out === 'string' ? utf8(out) : new Uint8Array(out as ArrayBuffer);
    };
    expect(read(as('biff8'), 'old.xls').sheets[0]?.rows).toEqual(expected);
    expect(read(as('xlml', 'string'), 'x2003.xls').sheets[0]?.rows).toEqual(expected);
    // OpenDocument keeps the value; its writer here drops the number format.
    expect(read(as('ods'), 'calc.ods').sheets[0]?.rows[3]).toEqual(['', '', '甲', '1234567.5']);
  });

  it('writes dates as YYYY-MM-DD', () => {
    const ws = utils.aoa_to_sheet([['成立日期'], [new Date(Date.UTC(2021, 2, 5))]], { cellDates: true });
    expect(read(xlsx({ s: ws }), 'd.xlsx').sheets[0]?.rows[1]).toEqual(['2021-03-05']);
  });

  it('reports a damaged, a renamed or a password-protected workbook instead of throwing', () => {
    const good = xlsx({ s: minglu() });
    const damaged = read(good.slice(0, good.length / 2), 'half.xlsx');
    expect(damaged.sheets).toEqual([]);
    expect(damaged.problems).toEqual([
      expect.objectContaining({ file: 'half.xlsx', message: expect.stringMatching(/damaged/) }),
    ]);
    expect(read(utf8('name,city\n甲,深圳\n'), 'renamed.xlsx').problems[0]?.message).toMatch(/damaged/);
    expect(read(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'junk.xlsx').problems[0]?.fix).toMatch(/\.xlsx/);

    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const locked = read(new Uint8Array(CFB.write(cfb, { type: 'array' })), 'locked.xlsx');
    expect(locked.problems[0]?.message).toBe('the workbook is protected with a password');
    expect(locked.problems[0]?.fix).toMatch(/remove the password/);
  });

  it('reads an HTML table saved under an .xls name', () => {
    const html =
      '<html><body><table><tr><td>企业名称</td><td>城市</td></tr><tr><td>示例有限公司</td><td>440300</td></tr></table></body></html>';
    const wb = read(utf8(html), 'export.xls');
    expect(wb.kind).toBe('xlsx');
    expect(wb.sheets[0]?.rows).toEqual([
      ['企业名称', '城市'],
      ['示例有限公司', '440300'],
    ]);
  });

  it('refuses a sheet over 200,000 rows, reading no more of it than the row after the limit', () => {
    const sheet = (n: number) =>
      ({
        '!data': Array.from({ length: n }, (_, i) => [{ t: 's', v: `示例${i}` }]),
        '!ref': `A1:A${n}`,
      }) as WorkSheet;
    const over = read(xlsx({ 长: sheet(200_002) }), 'long.xlsx');
    expect(over.sheets).toEqual([]);
    expect(over.problems).toEqual([
      expect.objectContaining({
        where: 'sheet "长"',
        message: expect.stringMatching(/more than 200,000 rows/),
      }),
    ]);
    expect(read(xlsx({ 长: sheet(200_000) }), 'ok.xlsx').sheets[0]?.rows).toHaveLength(200_000);
  });

  it('refuses a sheet over the cell limit (a stray cell far to the right) but keeps the others', () => {
    // Dense, so that the writer does not visit every one of the 16 million cells of the range.
    const data: CellObject[][] = Array.from({ length: 1000 }, () => []);
    (data[0] as CellObject[])[0] = { t: 's', v: '名称' };
    (data[0] as CellObject[])[16383] = { t: 's', v: 'x' };
    (data[999] as CellObject[])[0] = { t: 's', v: '甲' };
    const wide = { '!data': data, '!ref': 'A1:XFD1000' } as WorkSheet;
    const wb = read(xlsx({ 宽: wide, 正常: utils.aoa_to_sheet([['名称'], ['甲']]) }), 'wide.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['正常']);
    expect(wb.problems).toEqual([
      expect.objectContaining({ where: 'sheet "宽"', message: expect.stringMatching(/16,384 columns/) }),
    ]);
  });
});

describe('delimited text', () => {
  it('reads GBK (Excel on a Chinese Windows), with a title line above the table', () => {
    const text = `${TITLE},,\r\n企业名称,所在城市,主营产品\r\n示例光伏有限公司,深圳,"光伏组件,逆变器"\r\n`;
    const wb = read(gbk(text), 'minglu.csv');
    expect(wb).toMatchObject({ kind: 'csv', encoding: 'gbk', delimiter: ',', problems: [] });
    expect(wb.sheets).toEqual([
      {
        name: 'minglu',
        rows: [
          [TITLE, '', ''],
          ['企业名称', '所在城市', '主营产品'],
          ['示例光伏有限公司', '深圳', '光伏组件,逆变器'],
        ],
      },
    ]);
    expect(detectHeaderRow(wb.sheets[0]?.rows ?? [])).toBe(1);
  });

  it('detects semicolon and tab, strips a UTF-8 BOM and pads ragged rows', () => {
    const semi = read(utf8('\uFEFF企业名称;城市;注册资本\n示例甲;深圳;1,5\n示例乙;广州\n\n\n'), 's.csv');
    expect(semi).toMatchObject({ delimiter: ';', encoding: 'utf-8' });
    expect(semi.sheets[0]?.rows).toEqual([
      ['企业名称', '城市', '注册资本'],
      ['示例甲', '深圳', '1,5'],
      ['示例乙', '广州', ''],
    ]);
    const tab = read(utf8('企业名录\n\n名称\t城市\n示例丙\t440300\n'), 't.txt');
    expect(tab.delimiter).toBe('\t');
    expect(tab.sheets[0]?.rows).toEqual([
      ['企业名录', ''],
      ['', ''],
      ['名称', '城市'],
      ['示例丙', '440300'],
    ]);
    expect(detectHeaderRow(tab.sheets[0]?.rows ?? [])).toBe(2);
  });

  it('picks the delimiter that splits most lines alike', () => {
    expect(detectSheetDelimiter('标题\na;b;c\n1,5;2;3\n4;5,5;6\n')).toBe(';');
    expect(detectSheetDelimiter('"a\tb",c\n1,2\n')).toBe(',');
    expect(detectSheetDelimiter('只有一列\n甲\n')).toBe(',');
  });

  it('rejects an unclosed quote, and a file over the row limit', () => {
    const quote = read(utf8('a,b\n1,"2\n3,4\n'), 'q.csv');
    expect(quote.sheets).toEqual([]);
    expect(quote.problems[0]).toMatchObject({
      where: 'row 2',
      message: expect.stringMatching(/never closed/),
    });
    const many = read(utf8(`名称\n${'示例\n'.repeat(200_000)}`), 'many.csv');
    expect(many.sheets).toEqual([]);
    expect(many.problems[0]?.message).toBe('this sheet has more than 200,000 rows; it was not read');
    expect(read(utf8(`名称\n${'示例\n'.repeat(199_999)}\n\n`), 'ok.csv').sheets[0]?.rows).toHaveLength(
      200_000,
    );
    expect(read(utf8(' \n\n'), 'blank.csv').problems[0]?.message).toBe('the file has no rows');
    expect(read(new Uint8Array([0x41, 0x80, 0xff]), 'soup.csv').problems[0]?.message).toMatch(/not UTF-8/);
  });
});

describe('detectHeaderRow', () => {
  it('skips titles, blank lines and a 制表日期 line, preferring header words', () => {
    const w = ['', '', '', '', ''];
    expect(
      detectHeaderRow([
        Array(5).fill('广东省某市重点企业名录'),
        w,
        ['制表日期：', '2024-05-01', '', '', ''],
        ['序号', '企业名称', '所在地市', '行业', '主营产品'],
        ['1', '示例有限公司', '深圳', '新能源', '储能'],
      ]),
    ).toBe(3);
    // No header words: the first row as wide as the table.
    expect(detectHeaderRow([['说明'], ['甲', '乙', '丙'], ['1', '2', '3']])).toBe(1);
    expect(
      detectHeaderRow([
        ['Name', 'City'],
        ['Acme', 'Shenzhen'],
      ]),
    ).toBe(0);
    expect(detectHeaderRow([])).toBe(0);
  });
});

describe('the pipeline', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('readWorkbookFile reads a File here, refuses an oversized one unread, and reports a cancel', async () => {
    const file = new File([xlsx({ s: minglu() }) as BlobPart], 'qiye.xlsx');
    const progress: number[] = [];
    const wb = await readWorkbookFile(file, { onProgress: (f) => progress.push(f) });
    expect(wb.sheets[0]?.rows[1]).toEqual(HEADERS);
    expect(progress.at(-1)).toBe(1);
    const huge = { name: 'huge.xlsx', size: MAX_FILE_BYTES + 1 } as File;
    const tooBig = await readWorkbookFile(huge);
    expect(tooBig.problems[0]?.message).toMatch(/^the file is too big/);
    expect(tooBig.problems[0]?.fix).toMatch(/enterprise list/);
    const ctrl = new AbortController();
    ctrl.abort();
    expect((await readWorkbookFile(file, { signal: ctrl.signal })).problems[0]?.message).toBe(
      'loading was cancelled',
    );
    seen.push(...tooBig.problems);
  });

  it('the worker reads a `sheet` request and posts its rows in parts', async () => {
    const posted: WorkerMessage[] = [];
    const scope: { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage: unknown } = {
      onmessage: null,
      postMessage: (m: WorkerMessage) => posted.push(m),
    };
    vi.stubGlobal('self', scope);
    await import('../../../src/data/parse.worker.ts');
    const text = `名称,城市\n${Array.from({ length: 5000 }, (_, i) => `示例${i},深圳`).join('\n')}\n`;
    const bytes = utf8(text).buffer as ArrayBuffer;
    scope.onmessage?.({ data: { format: 'sheet', name: 'big.csv', bytes, inParts: true } } as MessageEvent);
    await vi.waitFor(() => expect(posted.at(-1)?.type).toBe('done'));
    const parts = posted.filter((m) => m.type === 'part');
    expect(parts.length).toBeGreaterThan(1);
    const done = posted.at(-1);
    if (done?.type !== 'done') throw new Error('no outcome');
    const joined = joinOutcome(done.outcome, parts);
    expect(joined.format === 'workbook' && joined.workbook.sheets[0]?.rows).toHaveLength(5001);
  });

  it('a workbook outcome round-trips through parts exactly', async () => {
    const rows = Array.from({ length: 2 * PART_WEIGHT + 3 }, (_, i) => `示例${i},深圳`).join('\n');
    const outcome: WorkbookOutcome = await readSheetNow(utf8(`名称,城市\n${rows}\n`), 'r.csv');
    const expected = structuredClone(outcome);
    const sent = structuredClone(outcome);
    const parts = splitOutcome(sent).map((p) => structuredClone(p));
    expect(parts).toHaveLength(3);
    expect(sent.workbook.sheets[0]?.rows).toEqual([]);
    expect(joinOutcome(structuredClone(sent), parts)).toEqual(expected);
  });
});

describe('the sample files', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

  it('qiye-minglu.xlsx: a title over 40 fictional firms, and a notes sheet', () => {
    const wb = read(fixture('qiye-minglu.xlsx'), 'qiye-minglu.xlsx');
    expect(wb.problems).toEqual([]);
    expect(wb.sheets.map((s) => s.name)).toEqual(['企业名录', '说明']);
    const rows = wb.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(42);
    expect(detectHeaderRow(rows)).toBe(1);
    expect(rows[1]).toEqual([
      '序号',
      '企业名称',
      '所在地市',
      '区县',
      '统一社会信用代码',
      '行业',
      '主营产品',
      '企业类型',
    ]);
    const firms = rows.slice(2);
    for (const r of firms) if (r[1]) expect(r[1]).toMatch(/^(示例|测试)/);
    expect(firms.filter((r) => r[1] === '')).toHaveLength(1);
    expect(firms.map((r) => r[2])).toEqual(
      expect.arrayContaining(['深圳', '深圳市', '440300', '南山区', '火星基地']),
    );
    expect(firms.every((r) => /^91\d{6}MA\d{8}$/.test(r[4] ?? ''))).toBe(true);
    expect(firms[1]?.[5]).toBe(firms[0]?.[5]);
  });

  it('qiye-minglu-gbk.csv and qiye-5000.csv', () => {
    const small = read(fixture('qiye-minglu-gbk.csv'), 'qiye-minglu-gbk.csv');
    expect(small).toMatchObject({ encoding: 'gbk', delimiter: ',', problems: [] });
    const rows = small.sheets[0]?.rows ?? [];
    expect(detectHeaderRow(rows)).toBe(1);
    expect(rows).toHaveLength(42);
    const big = read(fixture('qiye-5000.csv'), 'qiye-5000.csv');
    expect(big).toMatchObject({ encoding: 'utf-8', problems: [] });
    expect(big.sheets[0]?.rows).toHaveLength(5001);
    expect(detectHeaderRow(big.sheets[0]?.rows ?? [])).toBe(0);
  });
});

describe('problems in Chinese', () => {
  it('every problem met above has a rule for its message, its fix and its place', () => {
    expect(seen.length).toBeGreaterThan(8);
    for (const p of seen) {
      expect(zhRuleFor(p.message), p.message).toBeDefined();
      expect(zhRuleFor(p.fix), p.fix).toBeDefined();
      if (p.where) expect(zhWhere(p.where), p.where).not.toBe(p.where);
    }
  });
});
