/**
 * `./node_modules/.bin/tsx scripts/make-import-fixtures.ts`: writes the sample 企业名录 files the
 * import tests read, into test/fixtures/import/:
 *  - qiye-minglu.xlsx: a title row merged over the table, then 40 firms, as a department exports them;
 *  - qiye-minglu-gbk.csv: the same kind of list as Excel on a Chinese Windows saves it (GBK, comma);
 *  - qiye-5000.csv: 5,000 firms in UTF-8, for the tests of a big list.
 * Every firm is fictional — 示例 or 测试 in every name, credit codes of zeros — and the cities are
 * written the many ways real lists write them (深圳 / 深圳市 / 440300 / 南山区), with products worded
 * like the chain segments so that the matcher has something to find. Deterministic: run it again
 * and the files are the same.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { utils, write } from '@e965/xlsx';
import { gbk } from '../test/unit/fuzz/gbk.ts';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'import');

const TITLE = '广东省某市重点企业名录（示例，非真实数据）';
const HEADERS = ['序号', '企业名称', '所在地市', '区县', '统一社会信用代码', '行业', '主营产品', '企业类型'];

/** City as written, its 区县 cell, and the adcode it stands for (in the credit code). */
const PLACES: readonly [city: string | number, district: string, adcode: string][] = [
  ['深圳', '南山区', '440300'],
  ['深圳市', '宝安区', '440300'],
  [440300, '', '440300'],
  ['南山区', '', '440300'],
  ['顺德区', '', '440600'],
  ['佛山市', '顺德区', '440600'],
  ['广州', '黄埔区', '440100'],
  ['广州市', '', '440100'],
  [440100, '南沙区', '440100'],
  ['东莞', '', '441900'],
  ['东莞市', '松山湖', '441900'],
  ['珠海市', '香洲区', '440400'],
  ['惠州', '仲恺高新区', '441300'],
  ['中山市', '', '442000'],
  ['江门', '', '440700'],
  ['肇庆市', '高要区', '441200'],
];

/** Name stem, 行业, 主营产品: words of the new-energy, robotics, laser and semiconductor chains. */
const TRADES: readonly [stem: string, trade: string, products: string][] = [
  ['光伏科技', '新能源', '光伏组件、光伏逆变器'],
  ['锂电新能源', '新能源', '锂电池、动力电池模组'],
  ['储能技术', '新能源', '储能系统、储能变流器'],
  ['海上风电装备', '新能源', '海上风电机组、风电电机'],
  ['精密传动', '机器人', '减速器、谐波减速器'],
  ['运动控制', '机器人', '伺服电机、伺服驱动器'],
  ['智能装备', '机器人', '工业机器人、系统集成'],
  ['激光科技', '激光与增材制造', '光纤激光器、激光加工装备'],
  ['微电子', '半导体与集成电路', '芯片设计、模拟芯片'],
  ['封测技术', '半导体与集成电路', '封装测试、先进封装'],
];

const KINDS = ['有限责任公司', '股份有限公司', '有限责任公司（外商投资）', '其他'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A credit code in the real format (so a resolver reads its adcode) that no firm holds: zeros. */
const creditCode = (adcode: string, i: number) => `91${adcode}MA${pad(i, 8)}`;

/** Row i (1-based) of a list: its cells, with 序号 and a 440300-style city as numbers. */
function firm(i: number, digits: number): (string | number)[] {
  const [city, district, adcode] = PLACES[(i * 7) % PLACES.length] as (typeof PLACES)[number];
  const [stem, trade, products] = TRADES[i % TRADES.length] as (typeof TRADES)[number];
  const prefix = i % 3 === 0 ? '测试' : '示例';
  const kind = KINDS[i % KINDS.length] as string;
  return [
    i,
    `${prefix}${stem}有限公司${pad(i, digits)}`,
    city,
    district,
    creditCode(adcode, i),
    trade,
    products,
    kind,
  ];
}

/** The 40 firms of the small lists; row 17 has no name and row 29 a city no resolver knows. */
function smallList(): (string | number)[][] {
  const rows = Array.from({ length: 40 }, (_, k) => firm(k + 1, 2));
  (rows[16] as (string | number)[])[1] = '';
  const unknown = rows[28] as (string | number)[];
  unknown[2] = '火星基地';
  unknown[3] = '';
  return rows;
}

function xlsx(): Uint8Array {
  const aoa = [[TITLE], HEADERS, ...smallList()];
  const ws = utils.aoa_to_sheet(aoa);
  const last = HEADERS.length - 1;
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: last } },
    // 行业 merged over two firms of the same trade, as grouped lists do.
    { s: { r: 2, c: 5 }, e: { r: 3, c: 5 } },
  ];
  // Text, never a number: Excel shows these as typed, and so must the import.
  for (let r = 2; r < aoa.length; r++) {
    const cell = ws[utils.encode_cell({ r, c: 4 })];
    if (cell) cell.t = 's';
  }
  const notes = utils.aoa_to_sheet([['说明'], ['本文件为测试用示例数据，企业名称与代码均为虚构。']]);
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '企业名录');
  utils.book_append_sheet(wb, notes, '说明');
  // A fixed date, so that writing again gives the same bytes.
  wb.Props = {
    CreatedDate: new Date('2024-01-01T00:00:00Z'),
    ModifiedDate: new Date('2024-01-01T00:00:00Z'),
  };
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** One CSV line: quoted only where a cell needs it. */
function csvLine(cells: readonly (string | number)[]): string {
  return cells
    .map((c) => {
      const s = String(c);
      return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',');
}

function gbkCsv(): Uint8Array {
  // Excel writes a merged title as its text and empty cells, and ends lines with CRLF.
  const lines = [csvLine([TITLE, ...HEADERS.slice(1).map(() => '')]), csvLine(HEADERS)];
  for (const row of smallList()) lines.push(csvLine(row));
  return gbk(`${lines.join('\r\n')}\r\n`);
}

function bigCsv(): Uint8Array {
  const lines = [csvLine(HEADERS)];
  for (let i = 1; i <= 5000; i++) lines.push(csvLine(firm(i, 4)));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const files: [string, Uint8Array][] = [
    ['qiye-minglu.xlsx', xlsx()],
    ['qiye-minglu-gbk.csv', gbkCsv()],
    ['qiye-5000.csv', bigCsv()],
  ];
  for (const [name, bytes] of files) {
    writeFileSync(join(OUT, name), bytes);
    console.log(`${name}: ${bytes.length.toLocaleString('en-US')} bytes`);
  }
}

main();
