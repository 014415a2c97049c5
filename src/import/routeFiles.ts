/**
 * Which of a person's files go to the import wizard: spreadsheets always, and CSVs whose header is
 * not our own enterprise format (a registry export with its own Chinese headers). A CSV in our format
 * keeps loading at once, as before. Only the first few kilobytes are read to decide.
 */

import { detectDelimiter } from '../data/csv.ts';
import { CSV_COLUMNS } from '../data/csvColumns.ts';
import { decodeText } from '../data/decode.ts';

const SHEET_RE = /\.(xlsx|xlsm|xls|ods)$/i;
const TABLE_RE = /\.(csv|tsv|txt)$/i;
const SNIFF_BYTES = 16 * 1024;

export const isSheetFile = (name: string) => SHEET_RE.test(name);
export const isTableFile = (name: string) => TABLE_RE.test(name);

/** True when the first line names every required column of our enterprise CSV (any accepted name). */
export function isOwnCsvHeader(firstLine: string): boolean {
  const cells = new Set(
    firstLine
      .split(detectDelimiter(firstLine))
      .map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase()),
  );
  return CSV_COLUMNS.filter((c) => c.required).every((c) => c.names.some((n) => cells.has(n.toLowerCase())));
}

async function ownCsv(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  // Cut at the last line break so a character split by the slice does not read as bad encoding.
  const cut = head.length === SNIFF_BYTES ? head.lastIndexOf(0x0a) : -1;
  const bytes = cut > 0 ? head.subarray(0, cut) : head;
  const decoded = decodeText(bytes, file.name, true);
  if (!decoded.ok) return true; // let the ordinary path report what is wrong with it
  const [first = ''] = decoded.value.text.replace(/^\uFEFF/, '').split(/\r?\n/, 1);
  return isOwnCsvHeader(first);
}

/** Splits the files into those for the wizard and those for the ordinary loader. */
export async function routeFiles(files: readonly File[]): Promise<{ wizard: File[]; direct: File[] }> {
  const wizard: File[] = [];
  const direct: File[] = [];
  for (const f of files) {
    if (isSheetFile(f.name) || (isTableFile(f.name) && !(await ownCsv(f)))) wizard.push(f);
    else direct.push(f);
  }
  return { wizard, direct };
}
