/**
 * CSV text → header + rows, strictly. papaparse runs with `header: false` so no row object is ever
 * built from user-chosen keys (a `__proto__` column cannot touch a prototype), and we check row
 * lengths ourselves: a ragged row is reported and left out, never padded or truncated silently.
 * An unterminated quote swallows the rest of the file into one cell, so it rejects the whole file.
 * (Never papaparse `worker: true`: it starts a blob: worker, which our CSP forbids.)
 */
import Papa from 'papaparse';
import { type Problem, problem, problemCollector, type Result } from './problems.ts';

export interface CsvRow {
  /** 1-based row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Rows left out (ragged, bad quotes); the rest of the table is usable. */
  problems: Problem[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most on the first line outside quotes; comma when none is. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** The delimited-text cases papaparse reports that run the rest of the file together. */
export function quoteProblem(file: string, row: number, code: string): Problem {
  return code === 'MissingQuotes'
    ? problem(
        file,
        `row ${row}`,
        'a quoted cell starting in this row is never closed, so everything after it ran together',
        'add the missing closing quote (") — or remove the stray opening one — and load the file again',
      )
    : problem(
        file,
        `row ${row}`,
        'a quoted cell in this row has text after its closing quote, so the rows after it ran together',
        'inside a quoted cell write a quote as two quotes (""), and put nothing between the closing quote and the next comma',
      );
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export function parseCsvText(
  raw: string,
  file: string,
  onProgress?: (fraction: number) => void,
): Result<CsvTable> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '')
    return {
      ok: false,
      problems: [
        problem(file, '', 'the file has no rows', 'choose a CSV file with a header row and data rows'),
      ],
    };
  const delimiter = detectDelimiter(text);
  const problems = problemCollector(file);
  const rows: CsvRow[] = [];
  // Written inside papaparse's callback; an object keeps TypeScript from narrowing them to null.
  const state: { header: string[] | null; fatal: Problem | null } = { header: null, fatal: null };
  let row = 0;
  let lastReport = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      row++;
      const cells = result.data;
      // Both quote errors make papaparse run on past the row's end, merging the rows after it
      // into one cell: stop and reject the file rather than show merged rows.
      const quoteError = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
      if (quoteError) {
        state.fatal = quoteProblem(file, row, quoteError.code);
        parser.abort();
        return;
      }
      if (onProgress && row - lastReport >= 2000) {
        lastReport = row;
        onProgress(Math.min(1, result.meta.cursor / text.length));
      }
      if (isBlank(cells)) return;
      const header = state.header;
      if (!header) {
        state.header = cells.map((c) => c.trim());
        return;
      }
      if (cells.length !== header.length) {
        const many = cells.length > header.length;
        problems.add(
          problem(
            file,
            `row ${row}`,
            `this row has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${header.length}; the row was left out`,
            many
              ? 'a cell probably contains a comma: put that cell in double quotes, or remove the extra cells'
              : 'add the missing cells (an empty cell is just two commas in a row)',
          ),
        );
        return;
      }
      rows.push({ row, cells });
    },
  });
  const { header, fatal } = state;
  if (fatal) return { ok: false, problems: [fatal] };
  if (!header)
    return {
      ok: false,
      problems: [problem(file, '', 'the file has no rows', 'choose a CSV file with a header row')],
    };
  onProgress?.(1);
  return { ok: true, value: { header, rows, delimiter, problems: problems.list() } };
}
