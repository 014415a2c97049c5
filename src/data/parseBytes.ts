/**
 * Bytes of one file → parsed content, for JSON and CSV alike. The same functions run on the main
 * thread for small files and inside parse.worker.ts for large ones.
 */
import { type CsvTable, parseCsvText } from './csv.ts';
import { decodeText, type TextEncodingName } from './decode.ts';
import { parseJsonText } from './jsonText.ts';
import { jsonFileKind } from './load.ts';
import { fail, type Problem, problem, type Result } from './problems.ts';
import type { Part } from './transfer.ts';
import { inputFromJsonSync, type UserInput } from './userInput.ts';

export type FileFormat = 'json' | 'csv';

export interface ParsedCsv {
  table: CsvTable;
  encoding: TextEncodingName;
}

/** UTF-8 bytes → JSON value, depth-guarded. */
export function parseJsonBytes(bytes: Uint8Array, file: string): Result<unknown> {
  const decoded = decodeText(bytes, file, false);
  if (!decoded.ok) return decoded;
  return parseJsonText(decoded.value.text, file);
}

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

/** `.csv`/`.tsv`/`.txt` are read as CSV; everything else as JSON. */
export function formatOf(name: string, contentType = ''): FileFormat {
  if (/\.(csv|tsv|txt)$/i.test(name) || /^text\/(csv|tab-separated-values)/i.test(contentType)) return 'csv';
  return 'json';
}

export interface ParseRequest {
  format: FileFormat;
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

export type ParseOutcome =
  | { format: 'json'; result: Result<unknown> }
  | { format: 'input'; input: UserInput | null; problems: Problem[] }
  | { format: 'csv'; result: Result<ParsedCsv> }
  | { format: 'cancelled' };

/** Messages between the page and parse.worker.ts; big results come as parts before 'done'. */
export type WorkerRequest = {
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
  | { type: 'done'; outcome: ParseOutcome };

/** A request's bytes, read from its blob when it has none; null when the browser cannot read them. */
export async function requestBytes(req: ParseRequest): Promise<Uint8Array | null> {
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

/** The outcome for a file the browser could not read (deleted or locked since it was picked). */
export function unreadable(req: ParseRequest): ParseOutcome {
  return failedOutcome(
    req,
    problem(
      req.name,
      '',
      'the browser could not read this file',
      'check that the file still exists and is not open elsewhere, then try again',
    ),
  );
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
