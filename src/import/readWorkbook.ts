/**
 * The bytes of a department's own 企业名录 → a Workbook of text cells. Excel and OpenDocument files
 * are read with SheetJS (@e965/xlsx, the maintained fork: the `xlsx` 0.18 package on npm has open
 * advisories); CSV and other delimited text with papaparse. Every cell becomes the text the person
 * sees in Excel, so a 统一社会信用代码 or an adcode 440300 keeps its digits; nothing is evaluated
 * (a formula gives its saved value), hyperlinks give their text.
 *
 * SheetJS is large, so this module is only ever loaded by a dynamic import (parseBytes.ts), in the
 * parse worker for big files. It never throws: a damaged or encrypted file is a Problem.
 */
import { type CellObject, read, utils, type WorkBook, type WorkSheet } from '@e965/xlsx';
import Papa from 'papaparse';
import { quoteProblem } from '../data/csv.ts';
import { decodeText } from '../data/decode.ts';
import { MAX_FILE_BYTES } from '../data/limits.ts';
import { type Problem, problem } from '../data/problems.ts';
import {
  detectSheetDelimiter,
  MAX_SHEET_CELLS,
  MAX_SHEET_ROWS,
  sheetTooBigProblem,
  tooManyCells,
  tooManyRows,
} from './sheetText.ts';
import type { SheetTable, Workbook } from './types.ts';

export { detectHeaderRow, detectSheetDelimiter, MAX_SHEET_CELLS, MAX_SHEET_ROWS } from './sheetText.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

const SAVE_AGAIN = 'open it in Excel or WPS and save it again as .xlsx, or as "CSV UTF-8"';

function broken(file: string): Problem {
  return problem(file, '', 'the workbook could not be read: it is damaged or not a spreadsheet', SAVE_AGAIN);
}

/** SheetJS's own words for an encrypted file (and none of its other errors). */
const ENCRYPTED = /password|EncryptionInfo|Encryption scheme|Encryption Flags|ODS Encryption/i;

function readError(file: string, err: unknown): Problem {
  const text = err instanceof Error ? err.message : String(err);
  if (ENCRYPTED.test(text))
    return problem(
      file,
      '',
      'the workbook is protected with a password',
      'open it in Excel or WPS, remove the password (File › Info › Protect Workbook), and save it again as .xlsx or as "CSV UTF-8"',
    );
  return broken(file);
}

const nameOf = (file: string) => file.replace(/^.*[\\/]/, '');
const ext = (file: string) => /\.([a-z0-9]+)$/i.exec(nameOf(file))?.[1]?.toLowerCase() ?? '';

/**
 * The text Excel shows for a cell. One exception: a whole number Excel shows in scientific notation
 * (General format, more than 11 digits) is written out, since those are codes a person typed.
 */
function cellText(cell: CellObject | undefined): string {
  if (!cell) return '';
  const v = cell.v;
  // A formula never calculated, or an error cell of an unknown code, has nothing to show.
  let w: unknown = cell.w;
  if (w === undefined && v !== undefined && v !== null) {
    try {
      w = utils.format_cell(cell);
    } catch {
      w = String(v);
    }
  }
  if (typeof w !== 'string') return '';
  if (cell.t === 'n' && typeof v === 'number' && Number.isSafeInteger(v) && /e/i.test(w)) return String(v);
  return w.trim();
}

type Range = { s: { r: number; c: number }; e: { r: number; c: number } };

/**
 * Ragged rows of text → the table: trailing empty rows and columns dropped, every row padded to the
 * same width, each merged range filled with its top-left value. Null when the sheet is over a limit
 * (the problem is added).
 */
function tabulate(
  raw: readonly (readonly string[] | undefined)[],
  merges: readonly Range[],
  file: string,
  where: string,
  problems: Problem[],
): string[][] | null {
  let height = 0;
  let width = 0;
  raw.forEach((row, r) => {
    if (!row) return;
    for (let c = row.length - 1; c >= 0; c--)
      if (row[c] !== '') {
        height = r + 1;
        width = Math.max(width, c + 1);
        break;
      }
  });
  if (height > MAX_SHEET_ROWS) {
    problems.push(tooManyRows(file, where));
    return null;
  }
  if (height * width > MAX_SHEET_CELLS) {
    problems.push(tooManyCells(file, where, height, width));
    return null;
  }
  const rows: string[][] = [];
  for (let r = 0; r < height; r++) {
    const src = raw[r] ?? [];
    const row = new Array<string>(width);
    for (let c = 0; c < width; c++) row[c] = src[c] ?? '';
    rows.push(row);
  }
  // Clipped to the table: a merge reaching past the last filled row or column adds nothing to read.
  // The fill is bounded too, so overlapping merges in a hostile file cannot multiply the work.
  let budget = MAX_SHEET_CELLS;
  for (const m of merges) {
    const top = rows[m.s.r];
    if (!top || m.s.c >= width) continue;
    const value = top[m.s.c] ?? '';
    for (let r = m.s.r; r <= Math.min(m.e.r, height - 1) && budget > 0; r++) {
      const row = rows[r] as string[];
      for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) row[c] = value;
      budget -= width;
    }
  }
  return rows;
}

function sheetOf(ws: WorkSheet, name: string, file: string, problems: Problem[]): SheetTable | null {
  const data = (ws as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? [];
  const raw = Array.from(data, (row) => (row ? Array.from(row, cellText) : undefined));
  const rows = tabulate(raw, (ws['!merges'] ?? []) as Range[], file, `sheet "${name}"`, problems);
  return rows ? { name, rows } : null;
}

/** Text that is an HTML table or Excel 2003 XML: what many systems save under a `.xls` name. */
const MARKUP = /^\s*</;

function readSpreadsheet(bytes: Uint8Array, file: string, onProgress?: (f: number) => void): Workbook {
  const problems: Problem[] = [];
  const wb: Workbook = { file, kind: 'xlsx', sheets: [], problems };
  let book: WorkBook;
  const opts = {
    dense: true,
    cellDates: true,
    // Dates as ISO text: unambiguous, and what Excel on a Chinese system shows apart from the dashes.
    dateNF: 'yyyy-mm-dd',
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    // One row more than the limit: enough to know a sheet is over it, without reading it all.
    sheetRows: MAX_SHEET_ROWS + 1,
  } as const;
  try {
    if (startsWith(bytes, ZIP) || startsWith(bytes, CFB)) book = read(bytes, { ...opts, type: 'array' });
    else {
      // Markup goes through our decoder first: such files are often GBK, which SheetJS would garble.
      const decoded = decodeText(bytes, file, true);
      if (!decoded.ok) return { ...wb, problems: [broken(file)] };
      book = read(decoded.value.text, { ...opts, type: 'string' });
    }
  } catch (err) {
    return { ...wb, problems: [readError(file, err)] };
  }
  onProgress?.(0.8);
  for (const name of book.SheetNames) {
    const ws = book.Sheets[name];
    const sheet = ws ? sheetOf(ws, name, file, problems) : null;
    if (sheet) wb.sheets.push(sheet);
  }
  if (book.SheetNames.length > 0 && wb.sheets.every((s) => s.rows.length === 0) && problems.length === 0)
    problems.push(noRows(file));
  return wb;
}

function noRows(file: string): Problem {
  return problem(
    file,
    '',
    'the file has no rows',
    'check that this is the enterprise list: a table with a header row and one row per firm',
  );
}

function readDelimited(bytes: Uint8Array, file: string, onProgress?: (f: number) => void): Workbook {
  const decoded = decodeText(bytes, file, true);
  if (!decoded.ok) return { file, kind: 'csv', sheets: [], problems: decoded.problems };
  const raw = decoded.value.text;
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const delimiter = detectSheetDelimiter(text);
  const problems: Problem[] = [];
  const wb: Workbook = {
    file,
    kind: 'csv',
    sheets: [],
    encoding: decoded.value.encoding,
    delimiter,
    problems,
  };
  const rows: string[][] = [];
  const state: { fatal: Problem | null; over: boolean } = { fatal: null, over: false };
  let lastFilled = -1;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      const quote = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
      if (quote) {
        state.fatal = quoteProblem(file, rows.length + 1, quote.code);
        parser.abort();
        return;
      }
      const cells = result.data.map((c) => c.trim());
      if (cells.some((c) => c !== '')) {
        // A filled row past the limit: the file is over it, whatever blank lines came between.
        if (rows.length >= MAX_SHEET_ROWS) {
          state.over = true;
          parser.abort();
          return;
        }
        lastFilled = rows.length;
      }
      rows.push(cells);
      if (onProgress && rows.length % 2000 === 0) onProgress(Math.min(1, result.meta.cursor / text.length));
    },
  });
  if (state.fatal) return { ...wb, problems: [state.fatal] };
  if (state.over) return { ...wb, problems: [tooManyRows(file, '')] };
  const table = tabulate(rows.slice(0, lastFilled + 1), [], file, '', problems);
  if (!table) return wb;
  if (table.length === 0) problems.push(noRows(file));
  wb.sheets.push({ name: nameOf(file).replace(/\.[^.]*$/, '') || 'Sheet1', rows: table });
  return wb;
}

/**
 * One file's bytes → its sheets as text. A ZIP (.xlsx, .ods) or OLE (.xls) file by its first bytes,
 * or a spreadsheet by its name, is read as a workbook; anything else as delimited text (CSV, TSV, a
 * `.txt` export), in UTF-8, UTF-16 or GBK. `onProgress` gets 0–1.
 */
export function readWorkbook(bytes: Uint8Array, file: string, onProgress?: (f: number) => void): Workbook {
  try {
    return readAny(bytes, file, onProgress);
  } catch {
    // SheetJS meeting a structure it does not expect deep inside a file it could open.
    return { file, kind: 'xlsx', sheets: [], problems: [broken(file)] };
  }
}

function readAny(bytes: Uint8Array, file: string, onProgress?: (f: number) => void): Workbook {
  if (bytes.length > MAX_FILE_BYTES)
    return { file, kind: 'xlsx', sheets: [], problems: [sheetTooBigProblem(file, bytes.length)] };
  const kind = ext(file);
  let wb: Workbook;
  if (startsWith(bytes, ZIP) || startsWith(bytes, CFB)) wb = readSpreadsheet(bytes, file, onProgress);
  // A workbook name without a workbook's bytes is damaged, not text to read as a table of garbage …
  else if (['xlsx', 'xlsm', 'xlsb', 'ods'].includes(kind))
    wb = { file, kind: 'xlsx', sheets: [], problems: [broken(file)] };
  // … except `.xls`, a name many systems give to an HTML table or tab-separated text.
  else if (kind === 'xls' && MARKUP.test(new TextDecoder().decode(bytes.subarray(0, 512))))
    wb = readSpreadsheet(bytes, file, onProgress);
  else wb = readDelimited(bytes, file, onProgress);
  onProgress?.(1);
  return wb;
}
