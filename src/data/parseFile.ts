/** Schema-validates one parsed JSON file and turns zod issues into `Problem`s. */
import type { z } from 'zod';
import { formatPath, type Problem } from './problems.ts';

const FIX_BY_CODE: Record<string, string> = {
  invalid_type: 'give this field the expected type (see data/README.md)',
  unrecognized_keys: 'remove the field or check its spelling against data/README.md',
  invalid_value: 'use one of the allowed values listed in data/README.md',
  too_small: 'fill in this field; it may not be empty',
  too_big: 'shorten this value',
  invalid_format: 'write the value in the format the message names',
};

export function parseWith<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
): { ok: true; value: T } | { ok: false; problems: Problem[] } {
  // The reader has already reported a missing or unparsable file; don't pile schema errors on top.
  if (data === undefined) return { ok: false, problems: [] };
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.slice(0, 50).map((issue) => ({
    file,
    where: formatPath(issue.path),
    message: issue.message,
    fix: FIX_BY_CODE[issue.code] ?? 'correct the value (see data/README.md)',
  }));
  return { ok: false, problems };
}
