/**
 * A sheet's columns onto the import's fields: a proposal from the header words (and the cells, where
 * the header says nothing), the rows read through a confirmed mapping, and the mapping saved as JSON
 * so the next export of the same system maps itself, matched by header text rather than position.
 *
 * Header text is only ever a Map key; each row's `cells` is a prototype-free object, so a
 * `__proto__` or `constructor` column is an ordinary column.
 */
import { type Problem, problem, problemCollector } from '../data/problems.ts';
import { GD_CITIES } from './gdDistricts.ts';
import {
  type Guess,
  guessFromCells,
  guessFromHeader,
  looksLikeLegalForms,
  looksLikeSegments,
  normalizeHeader,
  tierOf,
} from './headerWords.ts';
import { type CityMiss, type CityRef, type CityResolution, cleanPlace, resolveCity } from './resolveCity.ts';
import type { ColumnMapping, FieldKey, MappedRow, SheetTable } from './types.ts';

export { mappingJson, parseMappingJson } from './mappingFile.ts';

/** The dataset's limit for a firm's name (schema.ts: Localized, 200 characters). */
export const MAX_NAME = 200;
/** A header row lower than this is not searched for: title blocks are a few rows. */
const HEADER_SEARCH_ROWS = 30;
/** Fields one column at most may carry; the first column claiming one keeps it. */
const SINGLE: ReadonlySet<FieldKey> = new Set(['name', 'credit-code', 'tier', 'cluster', 'segment']);

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

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

// ------------------------------------------------------------------ reading the rows
const FIX_CITY =
  'write the city (e.g. 深圳市 or 440300) in the city column, or an address that starts with the city';

function cityMessage(miss: CityMiss, text: string, count: number): string {
  switch (miss) {
    case 'outside':
      return `"${text}" is not in any of the ${count} cities on the map; the firm is kept off the map until a city is given`;
    case 'province':
      return `"${text}" names the province, not one of its ${count} cities; the firm is kept off the map until a city is given`;
    case 'ambiguous':
      return `"${text}" is a place name in more than one city; the firm is kept off the map until a city is given`;
    case 'unknown':
      return `no city could be read from "${text}"; the firm is kept off the map until a city is given`;
    default:
      return 'the row gives no city, address or credit code; the firm is kept off the map until a city is given';
  }
}

/** A name cut to the limit, "…" included, never splitting a surrogate pair. */
function cutName(name: string): string {
  let end = MAX_NAME - 1;
  const code = name.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${name.slice(0, end)}…`;
}

/** Unique keys for `cells`: the header, or its column letter when the header is empty or repeated. */
function cellKeys(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((h, c) => {
    const key = h && !seen.has(h) ? h : `${h}(${columnLetter(c)})`;
    seen.add(key);
    return key;
  });
}

export function applyMapping(
  sheet: SheetTable,
  mapping: ColumnMapping,
  file: string,
  cities: readonly CityRef[] = GD_CITIES,
): { rows: MappedRow[]; problems: Problem[] } {
  const problems = problemCollector(file);
  const rows: MappedRow[] = [];
  const header = sheet.rows[mapping.headerRow];
  if (!header) {
    problems.add(
      problem(
        file,
        `sheet "${sheet.name}"`,
        `the header row ${mapping.headerRow + 1} is past the end of the sheet`,
        'choose the row that holds the column headers',
      ),
    );
    return { rows, problems: problems.list() };
  }
  const fieldAt = (c: number): FieldKey => mapping.columns[c]?.field ?? 'ignore';
  const cols = (f: FieldKey) => header.flatMap((_, c) => (fieldAt(c) === f ? [c] : []));
  const [nameCol] = cols('name');
  const [codeCol] = cols('credit-code');
  const [tierCol] = cols('tier');
  const [segmentCol] = cols('segment');
  const cityCols = cols('city');
  const addressCols = cols('address');
  const textCols = cols('text');
  const where = (r: number, c: number | undefined) =>
    c === undefined
      ? `sheet "${sheet.name}", row ${r + 1}`
      : `sheet "${sheet.name}", row ${r + 1}, column ${columnLetter(c)} "${header[c] ?? ''}"`;
  if (nameCol === undefined) {
    problems.add(
      problem(
        file,
        where(mapping.headerRow, undefined),
        "no column is mapped to the firm's name",
        "choose the column that holds the firms' names (企业名称) as the name column",
      ),
    );
    return { rows, problems: problems.list() };
  }
  const keys = cellKeys(header);
  const cityColumn = cityCols[0] ?? addressCols[0] ?? codeCol;
  for (let r = mapping.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (row.every((cell) => !cell.trim())) continue;
    const at = (c: number | undefined) => (c === undefined ? '' : (row[c] ?? '').trim());
    const joined = (cs: number[], sep: string) => cs.map(at).filter(Boolean).join(sep);
    let name = at(nameCol);
    if (!name) {
      problems.add(
        problem(
          file,
          where(r, nameCol),
          'this row has no firm name; it was left out',
          "fill in the firm's name (企业名称) in this row, or delete the row",
        ),
      );
      continue;
    }
    if (name.length > MAX_NAME) {
      problems.add(
        problem(
          file,
          where(r, nameCol),
          `the firm's name is ${name.length} characters long; it was cut to ${MAX_NAME}, ending in "…"`,
          'check the cell: a name this long is usually an address or a description pasted into the name column',
        ),
      );
      name = cutName(name);
    }
    const city: CityResolution = resolveCity(
      { city: joined(cityCols, ' '), address: joined(addressCols, ' '), creditCode: at(codeCol) },
      cities,
    );
    if (city.adcode === null)
      problems.add(
        problem(
          file,
          where(r, cityColumn),
          cityMessage(city.miss ?? 'empty', city.text ?? '', cities.length),
          FIX_CITY,
        ),
      );
    else if (
      cityCols.length &&
      joined(cityCols, ' ') &&
      resolveCity({ city: joined(cityCols, ' ') }, cities).adcode === null
    )
      // The city cell says something we cannot read, but the address or credit code placed the firm:
      // it is kept there, and the person is told which cell to check.
      problems.add(
        problem(
          file,
          where(r, cityCols[0]),
          `"${joined(cityCols, ' ')}" is not one of the ${cities.length} cities; the firm was placed by its address or credit code (${city.from})`,
          'check the city cell; correct it if the placement is wrong',
        ),
      );
    const cells = new Map<string, string>(header.map((_, c) => [keys[c] ?? columnLetter(c), row[c] ?? '']));
    rows.push({
      row: r + 1,
      name,
      city: city.adcode,
      cityFrom: city.from,
      text: joined(textCols, ' '),
      segmentText: at(segmentCol),
      tier: tierCol === undefined ? 'other' : tierOf(at(tierCol)),
      cells: Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(cells)),
    });
  }
  return { rows, problems: problems.list() };
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
