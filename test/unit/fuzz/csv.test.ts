// @vitest-environment node
/**
 * The CSV loader under fuzzing: random CSV text (quotes, BOM, CR/LF, ragged rows, every delimiter),
 * tables under our real headers with hostile cells, UTF-16 and GBK-looking bytes. Each goes through
 * what a dropped CSV goes through (decode → parse → rows → firms merged into the mini dataset).
 * Pass: no uncaught error, no prototype pollution, every problem actionable and row problems located.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvBytes } from '../../../src/data/parseBytes.ts';
import { Enterprise } from '../../../src/data/schema.ts';
import { mergeUserInputs } from '../../../src/data/userData.ts';
import { miniDataset } from '../data/helpers.ts';
import {
  expectActionable,
  expectNoPollution,
  fuzzOptions,
  guarded,
  nastyString,
  report,
  SEED,
  tally,
  utf8,
} from './support.ts';

const t = tally('csv');
const base = miniDataset();

function loadCsv(bytes: Uint8Array, file: string): boolean {
  const parsed = parseCsvBytes(bytes, file);
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    expectActionable(parsed.problems, file);
    return false;
  }
  expectActionable(parsed.value.table.problems, file);
  for (const p of parsed.value.table.problems) expect(p.where).toMatch(/^row \d+/);
  const { dataset, problems } = mergeUserInputs(base, {
    inputs: [{ kind: 'csv', file, table: parsed.value.table }],
    problems: [],
    cancelled: false,
  });
  expectActionable(problems);
  // Row-level problems name their row (and usually the column).
  for (const p of problems) if (p.file === file && p.where) expect(p.where).toMatch(/^row \d+/);
  // Firms built from rows (without running the schema per row) are exactly what the schema makes.
  for (const entry of dataset?.clusters.values() ?? [])
    for (const firm of entry.cluster.fiveOnes.enterprises)
      if (dataset?.marks.records.has(`${entry.cluster.id}/${firm.id}`))
        expect(Enterprise.parse(firm)).toEqual(firm);
  return dataset !== base && dataset !== null;
}

function run(bytes: Uint8Array, file: string): Promise<void> {
  return guarded(t, () => {
    if (loadCsv(bytes, file)) t.accepted++;
    else t.rejected++;
    expectNoPollution();
  });
}

const HEADERS = [
  'name',
  '企业名称',
  'city',
  '城市',
  'cluster',
  '集群',
  'segment',
  '环节',
  'tier',
  '梯队',
  'source',
  '来源',
  'name_en',
  'source_url',
  'verified',
  '__proto__',
  'constructor',
  'toString',
  '',
];
const CELLS = [
  '测试企业',
  '茂名',
  '440900',
  '广州市',
  'petrochem',
  '绿色石化',
  'ethylene',
  '乙烯;原油炼制',
  '龙头',
  'leading',
  '链主',
  'src-fixture',
  'https://example.org/a?b=1',
  'javascript:alert(1)',
  '是',
  'maybe',
  '=HYPERLINK("http://x")',
  '"quoted, cell"',
  '"unterminated',
  'a""b',
  '\uFEFF',
  '__proto__',
];

const cell = fc.oneof(fc.constantFrom(...CELLS), nastyString, fc.string({ maxLength: 8 }));
const delimiter = fc.constantFrom(',', ';', '\t');
const newline = fc.constantFrom('\n', '\r\n', '\r');

/** Joins cells without quoting, so quotes, delimiters and newlines in cells stay hostile. */
const rawCsv = fc
  .record({
    header: fc.array(fc.constantFrom(...HEADERS), { minLength: 0, maxLength: 10 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
    delimiter,
    newline,
    bom: fc.boolean(),
  })
  .map(
    ({ header, rows, delimiter: d, newline: n, bom }) =>
      (bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.join(d)).join(n),
  );

/** Each column's cell: usually a valid value, sometimes a hostile one. */
const column = (...valid: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: cell });
const COLUMNS: Record<string, fc.Arbitrary<string>> = {
  企业名称: fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `企业${s}`) },
    { weight: 1, arbitrary: cell },
  ),
  城市: column('茂名', '440900', '广州市', 'Zhanjiang', '茂名;湛江', ''),
  集群: column('petrochem', '绿色石化', '绿色石化产业集群'),
  环节: column('ethylene', '乙烯', 'Crude refining', ''),
  梯队: column('龙头', 'leading', '链主', '其他'),
  来源: column('src-fixture', '某报道（2024-01-02）', 'https://news.example/a'),
  来源链接: column('', 'https://news.example/article?id=1'),
  verified: column('', 'true', '否'),
};

/** Our real header in a random order, rows of the right length, cells properly quoted. */
const wellFormedCsv = fc.shuffledSubarray(Object.keys(COLUMNS), { minLength: 6 }).chain((header) =>
  fc
    .array(fc.tuple(...header.map((h) => COLUMNS[h] as fc.Arbitrary<string>)), {
      minLength: 1,
      maxLength: 15,
    })
    .map((rows) =>
      [header, ...rows]
        .map((r) => r.map((c) => (/[",;\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
        .join('\n'),
    ),
);

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** Bytes in GBK's lead/trail ranges, mixed with ASCII commas and newlines: decodes as *something*. */
const gbkLooking = fc
  .array(
    fc.oneof(
      fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x40, max: 0xfe })),
      fc.constantFrom([0x2c], [0x0a], [0x22], [0x41]),
    ),
    { maxLength: 120 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe(`CSV loader fuzzing (seed ${SEED}; replay with FUZZ_SEED)`, () => {
  afterAll(() => {
    report(t);
  });

  it('random CSV text: quotes, BOM, ragged rows, every delimiter and newline', async () => {
    await fc.assert(
      fc.asyncProperty(rawCsv, (s) => run(utf8(s), 'raw.csv')),
      fuzzOptions(),
    );
  });

  it('well-formed tables under our headers with hostile cells', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedCsv, (s) => run(utf8(s), 'firms.csv')),
      fuzzOptions(),
    );
  });

  it('the same tables as UTF-16 "Unicode text"', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(rawCsv, wellFormedCsv), (s) => run(utf16le(s), 'unicode.csv')),
      fuzzOptions(),
    );
  });

  it('GBK-looking and arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(gbkLooking, fc.uint8Array({ maxLength: 200 })), (b) => run(b, 'bytes.csv')),
      fuzzOptions(),
    );
  });

  it('found no uncaught error', () => {
    expect(t.uncaught).toBe(0);
    expect(t.runs).toBeGreaterThanOrEqual(4000);
  });
});
