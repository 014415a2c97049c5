/**
 * The rows of a sheet read through a confirmed mapping (mapping.ts proposes one): each data row as a
 * firm with its name, city, matched text, tier and raw cells, and a problem for every row or cell
 * that was left out, cut or could not be placed, by sheet, row and column.
 *
 * Header text is only ever a Map key; each row's `cells` is a prototype-free object, so a
 * `__proto__` or `constructor` column is an ordinary column.
 */
import { type Problem, problem, problemCollector } from '../data/problems.ts';
import { GD_CITIES } from './gdDistricts.ts';
import { tierOf } from './headerWords.ts';
import { type CityMiss, type CityRef, type CityResolution, resolveCity } from './resolveCity.ts';
import type { ColumnMapping, FieldKey, MappedRow, SheetTable } from './types.ts';

/** The dataset's limit for a firm's name (schema.ts: Localized, 200 characters). */
export const MAX_NAME = 200;

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

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

/**
 * A sheet read through a mapping a range of rows at a time, so that a long list can be read in
 * slices (matchRows.ts): `read(from, to)` gives the firms of sheet rows [from, to) and adds their
 * problems to `problems()`. The data rows are [first, end); none when the mapping cannot be read.
 */
export interface MappingReader {
  first: number;
  end: number;
  read(from: number, to: number): MappedRow[];
  problems(): Problem[];
}

export function mappingReader(
  sheet: SheetTable,
  mapping: ColumnMapping,
  file: string,
  cities: readonly CityRef[] = GD_CITIES,
): MappingReader {
  const problems = problemCollector(file);
  const nothing = (): MappingReader => ({
    first: 0,
    end: 0,
    read: () => [],
    problems: () => problems.list(),
  });
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
    return nothing();
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
    return nothing();
  }
  const keys = cellKeys(header);
  const cityColumn = cityCols[0] ?? addressCols[0] ?? codeCol;
  /** Sheet row r as a firm, or null when it is empty or has no name (reported). */
  const readRow = (r: number): MappedRow | null => {
    const row = sheet.rows[r] ?? [];
    if (row.every((cell) => !cell.trim())) return null;
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
      return null;
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
    return {
      row: r + 1,
      name,
      city: city.adcode,
      cityFrom: city.from,
      text: joined(textCols, ' '),
      segmentText: at(segmentCol),
      tier: tierCol === undefined ? 'other' : tierOf(at(tierCol)),
      cells: Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(cells)),
    };
  };
  return {
    first: mapping.headerRow + 1,
    end: sheet.rows.length,
    read(from, to) {
      const rows: MappedRow[] = [];
      for (let r = Math.max(from, mapping.headerRow + 1); r < Math.min(to, sheet.rows.length); r++) {
        const row = readRow(r);
        if (row) rows.push(row);
      }
      return rows;
    },
    problems: () => problems.list(),
  };
}

/** Every row of the sheet read through the mapping, at once. */
export function applyMapping(
  sheet: SheetTable,
  mapping: ColumnMapping,
  file: string,
  cities: readonly CityRef[] = GD_CITIES,
): { rows: MappedRow[]; problems: Problem[] } {
  const reader = mappingReader(sheet, mapping, file, cities);
  return { rows: reader.read(reader.first, reader.end), problems: reader.problems() };
}
