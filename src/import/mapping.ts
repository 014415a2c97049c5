/**
 * A sheet's columns onto the import's fields: a proposal from the header words (and the cells, where
 * the header says nothing), and the mapping saved as JSON so the next export of the same system
 * maps itself, matched by header text rather than position. The rows read through a confirmed
 * mapping are mappedRows.ts (re-exported here).
 */
import { GD_CITIES } from './gdDistricts.ts';
import {
  type Guess,
  guessFromCells,
  guessFromHeader,
  looksLikeLegalForms,
  looksLikeSegments,
  normalizeHeader,
} from './headerWords.ts';
import { type CityRef, cleanPlace, resolveCity } from './resolveCity.ts';
import type { ColumnMapping, FieldKey, SheetTable } from './types.ts';

export { applyMapping, columnLetter, MAX_NAME, type MappingReader, mappingReader } from './mappedRows.ts';
export { mappingJson, parseMappingJson } from './mappingFile.ts';

/** A header row lower than this is not searched for: title blocks are a few rows. */
const HEADER_SEARCH_ROWS = 30;
/** Fields one column at most may carry; the first column claiming one keeps it. */
const SINGLE: ReadonlySet<FieldKey> = new Set(['name', 'credit-code', 'tier', 'cluster', 'segment']);

const columnCells = (sheet: SheetTable, headerRow: number, c: number) =>
  sheet.rows.slice(headerRow + 1, headerRow + 201).map((r) => r[c] ?? '');

/** Known-place tests for the cells, from the cities (and their districts) the firms may be in. */
function placeTests(cities: readonly CityRef[]) {
  const isPlace = (cell: string) => resolveCity({ city: cell }, cities).adcode !== null;
  const cityNames = new Set(cities.flatMap((c) => [c.name.zh, c.name.zh.replace(/市$/, '')]));
  const isCity = (cell: string) => cityNames.has(cleanPlace(cell).replace(/^广东省?/, ''));
  return { isPlace, isCity };
}

/** One column's field: the header first, the cells where the header is unclear, then the checks. */
function guessColumn(
  sheet: SheetTable,
  headerRow: number,
  c: number,
  tests: ReturnType<typeof placeTests>,
): Guess {
  const cells = columnCells(sheet, headerRow, c);
  const guess =
    guessFromHeader(sheet.rows[headerRow]?.[c] ?? '') ?? guessFromCells(cells, tests.isPlace, tests.isCity);
  if (guess === 'segment' && !looksLikeSegments(cells)) return 'text';
  if (guess === 'tier' && looksLikeLegalForms(cells)) return 'ignore';
  return guess ?? 'ignore';
}

/** A second column claiming a one-column field: free text stays text, anything else is ignored. */
const demote = (field: FieldKey): FieldKey => (field === 'segment' ? 'text' : 'ignore');

/** Districts help find the city: the city column when there is none, address-like when there is. */
function settle(guesses: readonly Guess[], fixed: readonly boolean[] = []): FieldKey[] {
  const hasCity = guesses.includes('city');
  const taken = new Set<FieldKey>(
    guesses.filter((g, i) => fixed[i] && SINGLE.has(g as FieldKey)) as FieldKey[],
  );
  return guesses.map((g, i) => {
    const field: FieldKey = g === 'district' ? (hasCity ? 'address' : 'city') : g;
    if (fixed[i] || !SINGLE.has(field)) return field;
    if (taken.has(field)) return demote(field);
    taken.add(field);
    return field;
  });
}

/** The row most likely to hold the headers: the most cells that read as known header words. */
export function guessHeaderRow(sheet: SheetTable): number {
  let best = 0;
  let bestScore = 0;
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, r) => {
    const score = new Set(row.filter((h) => guessFromHeader(h) !== null).map(normalizeHeader)).size;
    if (score > bestScore) [best, bestScore] = [r, score];
  });
  return best;
}

export function proposeMapping(
  sheet: SheetTable,
  headerRow: number,
  cities: readonly CityRef[] = GD_CITIES,
): ColumnMapping {
  const header = sheet.rows[headerRow] ?? [];
  const tests = placeTests(cities);
  const fields = settle(header.map((_, c) => guessColumn(sheet, headerRow, c, tests)));
  return {
    version: 1,
    headerRow,
    columns: header.map((h, c) => ({ header: h, field: fields[c] ?? 'ignore' })),
  };
}

// ------------------------------------------------------------------ saving and reusing a mapping
/**
 * A saved mapping on a new export of the same system: the header row is the one whose cells best
 * match the saved headers; each column takes the saved field of its header (repeated headers in
 * order), and columns the saved mapping does not know are proposed afresh.
 */
export function reuseMapping(
  saved: ColumnMapping,
  sheet: SheetTable,
  cities: readonly CityRef[] = GD_CITIES,
): ColumnMapping {
  const known = new Map<string, FieldKey[]>();
  for (const c of saved.columns) {
    const key = normalizeHeader(c.header);
    if (key) known.set(key, [...(known.get(key) ?? []), c.field]);
  }
  let headerRow = -1;
  let bestScore = 0;
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, r) => {
    const score = new Set(row.map(normalizeHeader).filter((h) => known.has(h))).size;
    if (score > bestScore || (score === bestScore && score > 0 && r === saved.headerRow))
      [headerRow, bestScore] = [r, score];
  });
  if (headerRow < 0) return proposeMapping(sheet, guessHeaderRow(sheet), cities);
  const proposed = proposeMapping(sheet, headerRow, cities);
  const header = sheet.rows[headerRow] ?? [];
  const used = new Map<string, number>();
  const fixed: boolean[] = [];
  const guesses: Guess[] = header.map((h, c) => {
    const key = normalizeHeader(h);
    const n = used.get(key) ?? 0;
    const field = known.get(key)?.[n];
    used.set(key, n + 1);
    fixed[c] = field !== undefined;
    return field ?? proposed.columns[c]?.field ?? 'ignore';
  });
  // The saved fields stand as they were; a fresh proposal yields where it would double one.
  const fields = settle(guesses, fixed);
  return {
    version: 1,
    headerRow,
    columns: header.map((h, c) => ({ header: h, field: fields[c] ?? 'ignore' })),
  };
}
