/**
 * A confirmed column mapping as a small JSON file, so the next export of the same system maps itself
 * (mapping.ts `reuseMapping`). Read back through the same JSON reader and zod checks as the data
 * files: a hand-edited or foreign file is refused with problems saying where, never half-applied.
 */
import { parseJsonText } from '../data/jsonText.ts';
import { formatPath, type Problem, problem } from '../data/problems.ts';
import { z } from '../data/zod.ts';
import { type ColumnMapping, FIELD_KEYS, type FieldKey } from './types.ts';

const MappingFile = z
  .object({
    version: z.literal(1),
    headerRow: z.number().int().min(0).max(1_000_000),
    columns: z
      .array(
        z
          .object({
            header: z.string().max(1000),
            field: z.enum(FIELD_KEYS as unknown as [FieldKey, ...FieldKey[]]),
          })
          .strict(),
      )
      .max(10_000),
  })
  .strict();

export function mappingJson(m: ColumnMapping): string {
  const columns = m.columns.map((c) => ({ header: c.header, field: c.field }));
  return `${JSON.stringify({ version: 1, headerRow: m.headerRow, columns }, null, 2)}\n`;
}

export function parseMappingJson(
  text: string,
  file: string,
): { mapping: ColumnMapping | null; problems: Problem[] } {
  const json = parseJsonText(text, file);
  if (!json.ok) return { mapping: null, problems: json.problems };
  const result = MappingFile.safeParse(json.value);
  if (result.success) return { mapping: result.data, problems: [] };
  // A mapping file is small and hand-edited at most: the first few issues say what is wrong.
  const problems = result.error.issues
    .slice(0, 10)
    .map((issue) =>
      problem(
        file,
        formatPath(issue.path),
        `this is not a saved column mapping: ${issue.message}`,
        'choose a mapping file saved by the import, or map the columns again',
      ),
    );
  return { mapping: null, problems };
}
