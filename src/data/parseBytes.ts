/**
 * Bytes of one file → parsed content, for JSON and CSV alike. The same functions run on the main
 * thread for small files and inside parse.worker.ts for large ones.
 */
import { type CsvTable, parseCsvText } from './csv.ts';
import { decodeText, type TextEncodingName } from './decode.ts';
import { parseJsonText } from './jsonText.ts';
import type { Result } from './problems.ts';

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
  bytes: Uint8Array;
}

export type ParseOutcome =
  | { format: 'json'; result: Result<unknown> }
  | { format: 'csv'; result: Result<ParsedCsv> }
  | { format: 'cancelled' };

/** Messages between the page and parse.worker.ts. */
export type WorkerRequest = { format: FileFormat; name: string; bytes: ArrayBuffer };
export type WorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; outcome: ParseOutcome };

export function parseNow(req: ParseRequest, onProgress?: (fraction: number) => void): ParseOutcome {
  return req.format === 'csv'
    ? { format: 'csv', result: parseCsvBytes(req.bytes, req.name, onProgress) }
    : { format: 'json', result: parseJsonBytes(req.bytes, req.name) };
}
