/**
 * The reviewed rows of an imported 企业名录 → firms to add to a cluster, as an ordinary user input:
 * confirmed rows only, each one Enterprise whose note says the file, sheet and row it came from.
 * Every record is checked against the schema's Enterprise type; a row that fails is reported and
 * left out, never thrown, so one overlong name cannot stop the rest of the import.
 */
import type { CsvAddition } from '../data/csvEnterprises.ts';
import { fileTag } from '../data/csvLookups.ts';
import { type Problem, problem, problemCollector } from '../data/problems.ts';
import { Enterprise, type Source } from '../data/schema.ts';
import type { ReviewRow } from './types.ts';

export interface ImportOptions {
  file: string;
  sheet: string;
  clusterId: string;
  /** The id of `importSource(file, sheet)` (or another source the dataset already has). */
  sourceId: string;
}

export interface EnterpriseAdditions {
  additions: CsvAddition[];
  /** Rows the person did not confirm: left out of the input, counted so the summary can say so. */
  left: { uncertain: number; rejected: number };
  problems: Problem[];
}

/** The schema's id limit (80) less room for "u-", the row number and the source suffix. */
const SLUG_MAX = 48;

/**
 * The file's part of every id made from it. File names are often all Chinese (企业名录.xlsx) and
 * ids are lower-case ASCII, so the ASCII letters of the name are kept for readability and a short
 * hash of the file and sheet names keeps two files — or two sheets of one workbook — apart.
 */
export function importSlug(file: string, sheet: string): string {
  const ascii = file
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,5}$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX - 7)
    .replace(/-+$/, '');
  const tag = fileTag(`${file}\u0000${sheet}`);
  return ascii ? `${ascii}-${tag}` : tag;
}

/** The source every firm of this import cites: the person's own file, at the editorial level. */
export function importSource(file: string, sheet: string): Source {
  const title = file.trim().slice(0, 300) || 'imported file';
  return {
    id: `u-${importSlug(file, sheet)}-src`,
    title,
    publisher: '本人导入 / imported by the user',
    level: 'editorial',
    note: {
      zh: `用户自己导入的企业名录：${title} › ${sheet}`,
      en: `A list of firms the user imported: ${title} › ${sheet}`,
    },
  };
}

export function toEnterpriseAdditions(rows: readonly ReviewRow[], opts: ImportOptions): EnterpriseAdditions {
  const { file, sheet, clusterId, sourceId } = opts;
  const slug = importSlug(file, sheet);
  const problems = problemCollector(file);
  const additions: CsvAddition[] = [];
  const left = { uncertain: 0, rejected: 0 };
  for (const r of rows) {
    if (r.state !== 'confirmed') {
      left[r.state]++;
      continue;
    }
    const name = r.name.trim();
    const fields = {
      id: `u-${slug}-${r.row}`,
      name: { zh: name, en: name },
      tier: r.tier,
      cities: r.city ? [r.city] : [],
      segments: r.chosen,
      // The placement is the person's own review, not something a source states.
      segmentsEditorial: true,
      verified: false,
      sources: [sourceId],
      note: { zh: `${file} › ${sheet} › 第${r.row}行`, en: `${file} › ${sheet} › row ${r.row}` },
    };
    const parsed = Enterprise.safeParse(fields);
    if (parsed.success) {
      additions.push({ clusterId, enterprise: parsed.data, row: r.row });
      continue;
    }
    for (const issue of parsed.error.issues)
      problems.add(
        problem(
          file,
          `${sheet}, row ${r.row}`,
          `${issue.path.join('.') || 'firm'}: ${issue.message}`,
          'correct the cell in the file (a name is 1–200 characters), or reject the row',
        ),
      );
  }
  return { additions, left, problems: problems.list() };
}
