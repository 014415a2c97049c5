/**
 * A picked or dropped file → its Workbook, for the import wizard. Big files are read in the parse
 * worker and small ones here (parseClient.ts decides), and the spreadsheet library is loaded only
 * then, so neither the page's first load nor this module carries it: import the pure helpers the
 * wizard needs (detectHeaderRow …) from here, not from readWorkbook.ts, which would pull it in.
 */
import { cancelledProblem } from '../data/fetchBytes.ts';
import { MAX_FILE_BYTES } from '../data/limits.ts';
import { failedWorkbook } from '../data/parseBytes.ts';
import { readSheetAuto, type SheetRunner } from '../data/parseClient.ts';
import { sheetTooBigProblem } from './sheetText.ts';
import type { Workbook } from './types.ts';

export { detectHeaderRow, detectSheetDelimiter, MAX_SHEET_CELLS, MAX_SHEET_ROWS } from './sheetText.ts';

export interface ReadWorkbookOptions {
  signal?: AbortSignal;
  /** 0–1 while the file is read and parsed. */
  onProgress?: (fraction: number) => void;
  /** Tests: where the parse runs (default: the worker for big files, here for small ones). */
  runner?: SheetRunner;
}

/**
 * Never rejects: whatever stops the file is in `problems`, and the workbook then has no sheets.
 * Cancelled (the signal aborted), it is a workbook whose one problem says so.
 */
export async function readWorkbookFile(file: File, opts: ReadWorkbookOptions = {}): Promise<Workbook> {
  const name = file.name || 'file';
  // Size first: nothing of an oversized file is read.
  if (file.size > MAX_FILE_BYTES) return failedWorkbook(name, sheetTooBigProblem(name, file.size)).workbook;
  const run = opts.runner ?? readSheetAuto;
  const outcome = await run(
    { name, blob: file },
    {
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    },
  );
  if (outcome.format === 'cancelled') return failedWorkbook(name, cancelledProblem(name)).workbook;
  return outcome.workbook;
}
