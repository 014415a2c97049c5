/**
 * Bytes of one file → parsed content, for JSON and CSV alike, and for the import's workbooks (any
 * .xlsx/.xls/.ods or CSV read as sheets of text, src/import/readWorkbook.ts). The same functions run
 * on the main thread for small files and inside parse.worker.ts for large ones.
 */
import type { Workbook } from '../import/types.ts';
import { type CsvTable, parseCsvText } from './csv.ts';
import { decodeText, type TextEncodingName } from './decode.ts';
import { jsonFileKind } from './jsonFileKind.ts';
import { parseJsonBytes } from './jsonText.ts';
import { fail, type Problem, problem, type Result } from './problems.ts';
import type { Part } from './transfer.ts';
import { inputFromJsonSync, type UserInput } from './userInput.ts';

/** What the data loader reads: our own JSON files and enterprise CSVs. */
export type DataFormat = 'json' | 'csv';
/** `sheet`: a workbook for the import — a spreadsheet, or delimited text, read as sheets of text. */
export type FileFormat = DataFormat | 'sheet';

export interface ParsedCsv {
  table: CsvTable;
  encoding: TextEncodingName;
}

/** UTF-8 bytes → JSON value, depth-guarded (jsonText.ts; the loader imports it from there). */
export { parseJsonBytes };

/** UTF-8 / UTF-16 / GBK bytes → CSV table. `onProgress` gets 0–1. */
export function parseCsvBytes(
  bytes: Uint8Array,
  file: string,
  onProgress?: (f: number) => void,
): Result<ParsedCsv> {
  const decoded = decodeText(bytes, file, true);
  if (!decoded.ok) return decoded;
  const table = parseCsvText(decoded.value.text, file, onProgress);
  if (!table.ok) return table;
  return { ok: true, value: { table: table.value, encoding: decoded.value.encoding } };
}

/**
 * `.csv`/`.tsv`/`.txt` are read as CSV; everything else as JSON. Never `sheet`: a spreadsheet given to
 * the data loader is refused with a message saying how to save it as CSV (decode.ts), and the import
 * asks for sheets itself (SheetRequest).
 */
export function formatOf(name: string, contentType = ''): DataFormat {
  if (/\.(csv|tsv|txt)$/i.test(name) || /^text\/(csv|tab-separated-values)/i.test(contentType)) return 'csv';
  return 'json';
}

export interface ParseRequest {
  format: DataFormat;
  name: string;
  /** The file's bytes, or … */
  bytes?: Uint8Array;
  /**
   * … the file itself, read where the parse runs: reading 50 MB into an ArrayBuffer costs the page's
   * thread about 200 ms, so a large file is handed to the worker unread.
   */
  blob?: Blob;
  /**
   * JSON only: also migrate, validate and assemble the value into the input it stands for, so a large
   * file's whole check runs where the parse runs (in the worker), not on the page's thread.
   */
  interpret?: boolean;
}

export type BytesRequest = ParseRequest & { bytes: Uint8Array };

/**
 * A file for the import: read as a workbook whatever it is (readWorkbook.ts tells a spreadsheet from
 * delimited text by its bytes and name), so a CSV with a registry's own headers is read as a sheet.
 */
export interface SheetRequest {
  name: string;
  bytes?: Uint8Array;
  blob?: Blob;
}

/** What the data loader gets back (userData.ts handles each of these). */
export type ParseOutcome =
  | { format: 'json'; result: Result<unknown> }
  | { format: 'input'; input: UserInput | null; problems: Problem[] }
  | { format: 'csv'; result: Result<ParsedCsv> }
  | { format: 'cancelled' };

/** What the import gets back: the workbook carries its own problems, even when it has no sheets. */
export type WorkbookOutcome = { format: 'workbook'; workbook: Workbook };

/**
 * Every outcome the worker can post. Kept apart from ParseOutcome so that the data loader's handling
 * stays exhaustive: it never asks for a workbook, so it never gets one.
 */
export type AnyOutcome = ParseOutcome | WorkbookOutcome;

/** Messages between the page and parse.worker.ts; big results come as parts before 'done'. */
export type WorkerRequest = {
  /** `sheet`: read as a workbook (SheetRequest). */
  format: FileFormat;
  name: string;
  /** Either the bytes (transferred) or the unread file. */
  bytes?: ArrayBuffer;
  blob?: Blob;
  interpret?: boolean;
  /** Post the result's big arrays as parts (transfer.ts) before 'done'. */
  inParts?: boolean;
};
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | Part
  | { type: 'done'; outcome: AnyOutcome };

/** A request's bytes, read from its blob when it has none; null when the browser cannot read them. */
export async function requestBytes(req: { bytes?: Uint8Array; blob?: Blob }): Promise<Uint8Array | null> {
  if (req.bytes) return req.bytes;
  try {
    return new Uint8Array((await req.blob?.arrayBuffer()) ?? new ArrayBuffer(0));
  } catch {
    return null;
  }
}

/** The outcome of a request that failed before any content was parsed, for the one `problem`. */
export function failedOutcome(req: ParseRequest, p: Problem): ParseOutcome {
  const result = fail<never>(p);
  return req.format === 'csv' ? { format: 'csv', result } : { format: 'json', result };
}

/** A workbook with no sheets, only the problem that stopped it. */
export function failedWorkbook(name: string, p: Problem): WorkbookOutcome {
  const kind = /\.(csv|tsv|txt)$/i.test(name) ? 'csv' : 'xlsx';
  return { format: 'workbook', workbook: { file: name, kind, sheets: [], problems: [p] } };
}

/** A file the browser could not read (deleted or locked since it was picked). */
export function unreadableProblem(name: string): Problem {
  return problem(
    name,
    '',
    'the browser could not read this file',
    'check that the file still exists and is not open elsewhere, then try again',
  );
}

/** The outcome for a file the browser could not read. */
export function unreadable(req: ParseRequest): ParseOutcome {
  return failedOutcome(req, unreadableProblem(req.name));
}

/**
 * A file for the import → its workbook. The reader (and SheetJS with it, some 370 kB) is loaded on
 * first use, so that neither the page's first load nor the parse worker's start pays for it.
 */
export async function readSheetNow(
  bytes: Uint8Array,
  name: string,
  onProgress?: (fraction: number) => void,
): Promise<WorkbookOutcome> {
  let reader: typeof import('../import/readWorkbook.ts');
  try {
    reader = await import('../import/readWorkbook.ts');
  } catch {
    // The chunk could not be fetched: offline, or the app was updated on the server meanwhile.
    return failedWorkbook(
      name,
      problem(
        name,
        '',
        'the spreadsheet reader could not be loaded',
        'check the connection, reload the page and try again',
      ),
    );
  }
  try {
    return { format: 'workbook', workbook: reader.readWorkbook(bytes, name, onProgress) };
  } catch {
    // readWorkbook reports what it knows as problems; this is for what it cannot (out of memory).
    // Without it a worker would never answer: a rejected promise there fires no `error` event.
    return failedWorkbook(
      name,
      problem(
        name,
        '',
        'the file could not be read: the parser stopped unexpectedly',
        'reload the page and try again; if it persists, the file may be too complex',
      ),
    );
  }
}

export function parseNow(req: BytesRequest, onProgress?: (fraction: number) => void): ParseOutcome {
  if (req.format === 'csv') return { format: 'csv', result: parseCsvBytes(req.bytes, req.name, onProgress) };
  const parsed = parseJsonBytes(req.bytes, req.name);
  if (!req.interpret) return { format: 'json', result: parsed };
  if (!parsed.ok) return { format: 'input', input: null, problems: parsed.problems };
  // A manifest is small and only its reader can follow it (it fetches the files it lists, relative
  // to its own address): it goes back as plain JSON.
  if (jsonFileKind(parsed.value) === 'manifest') return { format: 'json', result: parsed };
  // Coarse steps: reading and parsing is about half the work, checking the other half.
  onProgress?.(0.5);
  const { input, problems } = inputFromJsonSync(parsed.value, req.name);
  onProgress?.(0.9);
  return { format: 'input', input, problems };
}
