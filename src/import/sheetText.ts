/**
 * The pure parts of reading a sheet, free of the spreadsheet library so that the page can use them
 * without loading it (readWorkbook.ts re-exports them): the limits and their problems, the delimiter
 * of a text export, and which row holds the column headers.
 */
import { tooBigProblem } from '../data/fetchBytes.ts';
import { type Problem, problem } from '../data/problems.ts';

/** Most rows a sheet may have: a province's enterprise register, with room to spare. */
export const MAX_SHEET_ROWS = 200_000;

/**
 * Most cells (rows × columns) a sheet may have: 200,000 firms of 40 columns. Bounds memory, and the
 * time to post the table from the worker, when one stray cell far to the right widens every row.
 */
export const MAX_SHEET_CELLS = 8_000_000;

const count = (n: number) => n.toLocaleString('en-US');

/** `where` is `sheet "名录"`, or '' for a CSV (its one sheet is the whole file). */
export function tooManyRows(file: string, where: string): Problem {
  return problem(
    file,
    where,
    `this sheet has more than ${count(MAX_SHEET_ROWS)} rows; it was not read`,
    `split the list into files of at most ${count(MAX_SHEET_ROWS)} rows, or remove the rows you do not need`,
  );
}

export function tooManyCells(file: string, where: string, rows: number, columns: number): Problem {
  return problem(
    file,
    where,
    `this sheet has ${count(rows)} rows of ${count(columns)} columns, more than the ${count(MAX_SHEET_CELLS)} cells that can be read; it was not read`,
    'delete the columns you do not need (and any stray cell far to the right of the table), then save the file again',
  );
}

/** The file-size limit's problem, with a fix for a list rather than a dataset. */
export function sheetTooBigProblem(file: string, size: number): Problem {
  return {
    ...tooBigProblem(file, size),
    fix: 'save only the sheet with the enterprise list, or split the list into smaller files',
  };
}

// ------------------------------------------------------------------ the delimiter of a text export
const DELIMITERS = ['\t', ';', ','] as const;
/** Lines looked at: enough to see past a title line or two. */
const DELIMITER_LINES = 20;

/**
 * Tab, semicolon or comma: the one that splits the most of the first lines into the same number of
 * cells (quotes respected), so a title line above the table, or commas inside the cells of a
 * semicolon file, do not decide it. Comma when none splits any line.
 */
export function detectSheetDelimiter(text: string): string {
  const perLine: Map<string, number>[] = [];
  let counts = new Map<string, number>();
  let quoted = false;
  let filled = false;
  for (let i = 0; i < text.length && perLine.length < DELIMITER_LINES; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (filled) perLine.push(counts);
      counts = new Map();
      filled = false;
    } else if (!quoted) {
      if ((DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      if (ch.trim() !== '') filled = true;
    }
  }
  if (filled && perLine.length < DELIMITER_LINES) perLine.push(counts);
  let best = ',';
  let bestLines = 0;
  let bestWidth = 0;
  for (const d of DELIMITERS) {
    // The most common non-zero count of this delimiter, and on how many lines it occurs.
    const tally = new Map<number, number>();
    for (const line of perLine) {
      const n = line.get(d) ?? 0;
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [width, lines] of tally)
      if (lines > bestLines || (lines === bestLines && width > bestWidth)) {
        best = d;
        bestLines = lines;
        bestWidth = width;
      }
  }
  return best;
}

// ------------------------------------------------------------------ the header row

/** Rows looked at: titles above a table are a handful of lines, never pages. */
const SCAN_ROWS = 20;

/** Header words of the enterprise lists people export (工商, 统计, 招商 systems), and English ones. */
const HEADER_WORDS = [
  '企业名称',
  '单位名称',
  '名称',
  '企业',
  '公司',
  '城市',
  '地市',
  '所在地',
  '区县',
  '县区',
  '区域',
  '地区',
  '注册地址',
  '地址',
  '所属行业',
  '行业',
  '主营产品',
  '主营业务',
  '产品',
  '经营范围',
  '统一社会信用代码',
  '信用代码',
  '序号',
  '企业类型',
  '类型',
  '梯队',
  '环节',
  '产业链',
  'name',
  'company',
  'city',
  'district',
  'address',
  'industry',
  'product',
  'code',
];

/** Longest cell that can still be a header: "统一社会信用代码（必填）" is 12; a firm's name is longer. */
const MAX_HEADER_CHARS = 12;

/** "主营产品（服务）*" → "主营产品": notes in brackets and required-field stars are not the header word. */
function bare(cell: string): string {
  return cell
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

/** How many cells of the row read as header words. */
function headerHits(row: readonly string[]): number {
  let hits = 0;
  for (const cell of row) {
    if (cell === '' || cell.length > MAX_HEADER_CHARS) continue;
    const b = bare(cell);
    if (b !== '' && HEADER_WORDS.some((w) => b.includes(w))) hits++;
  }
  return hits;
}

/**
 * Distinct non-empty cells: a merged title copied into every cell it covers (readWorkbook fills
 * merges) counts once, so it never looks like a row of headers.
 */
function distinctFilled(row: readonly string[]): number {
  const seen = new Set<string>();
  for (const cell of row) if (cell !== '') seen.add(cell);
  return seen.size;
}

/**
 * The 0-based index of the header row: among the first 20 rows, those with at least 2 distinct cells
 * and at least 60% as many as the widest of them are candidates; the candidate with the most cells
 * that read as header words wins (the first on a tie), else the first candidate, else row 0.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  const top = rows.slice(0, SCAN_ROWS);
  const filled = top.map(distinctFilled);
  const widest = Math.max(0, ...filled);
  let first = -1;
  let best = -1;
  let bestHits = 0;
  top.forEach((row, i) => {
    const n = filled[i] ?? 0;
    if (n < 2 || n < 0.6 * widest) return;
    if (first < 0) first = i;
    const hits = headerHits(row);
    if (hits > bestHits) {
      best = i;
      bestHits = hits;
    }
  });
  if (best >= 0) return best;
  return Math.max(first, 0);
}
