/** Schema-validates one parsed JSON file and turns zod issues into `Problem`s. */
import type { z } from 'zod';
import { formatPath, moreProblems, type Problem, type Result, withZh } from './problems.ts';
import { zhText } from './problemText.ts';
import { zhZodError } from './problemText.zod.ts';

const FIX_BY_CODE: Record<string, string> = {
  invalid_type: 'give this field the expected type (see data/README.md)',
  unrecognized_keys: 'remove the field or check its spelling against data/README.md',
  invalid_value: 'use one of the allowed values listed in data/README.md',
  too_small: 'fill in this field; it may not be empty',
  too_big: 'shorten this value',
  invalid_format: 'write the value in the format the message names',
  invalid_union: 'give this field one of the shapes listed in data/README.md',
};

/** Most files with hundreds of issues have one cause; the first 50 are enough to find it. */
const MAX_ISSUES = 50;

function describe(issue: z.core.$ZodIssue): { message: string; fix?: string } {
  const received = (issue as { received?: unknown }).received;
  if (issue.code === 'invalid_type' && (received === 'Infinity' || received === 'NaN'))
    return {
      message: 'this number is too large to represent (a value like 1e999 reads as Infinity)',
      fix: 'write an ordinary number',
    };
  if (issue.code === 'unrecognized_keys')
    return {
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
    };
  return { message: issue.message };
}

export function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): Result<T> {
  // The reader has already reported a missing or unparsable file; don't pile schema errors on top.
  if (data === undefined) return { ok: false, problems: [] };
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues;
  // The same check again with zod's Chinese messages: only on failure, so a good file pays nothing.
  const zhIssues = schema.safeParse(data, { error: zhZodError }).error?.issues ?? [];
  const problems: Problem[] = issues.slice(0, MAX_ISSUES).map((issue, i) => {
    const { message, fix } = describe(issue);
    const fixEn = fix ?? FIX_BY_CODE[issue.code] ?? 'correct the value (see data/README.md)';
    const where = formatPath(issue.path);
    const zh = zhIssues[i];
    // zod's own messages differ between the two runs; ours (describe's, the schema's) are the
    // same in both and are translated like every other message.
    const fromZod =
      zh !== undefined &&
      message === issue.message &&
      zh.message !== message &&
      formatPath(zh.path) === where;
    return withZh(
      { file, where, message, fix: fixEn },
      { message: fromZod ? zh.message : zhText(message), fix: zhText(fixEn) },
    );
  });
  if (issues.length > MAX_ISSUES) problems.push(moreProblems(file, issues.length - MAX_ISSUES));
  return { ok: false, problems };
}
