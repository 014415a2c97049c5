/**
 * A rejection a person can act on: which file, which record, what is wrong, what to do.
 * Every validation step reports `Problem`s instead of throwing.
 */
export interface Problem {
  /** File name (or URL) the problem was found in. */
  file: string;
  /**
   * Where in the file: a JSON path like `cluster.chain.links[3].target`, `line 3, column 7` for a
   * JSON syntax error, or `row 12, column 城市` for CSV. Empty when the whole file is meant.
   */
  where: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
  /**
   * The same in Chinese, when the step that found it can say it better than a translation of the
   * English could (zod's zh-CN messages for schema problems). Set with `withZh`; when it is absent
   * (or lost in a copy) problemText.ts translates the English.
   */
  zh?: { message: string; fix: string };
}

/** The outcome of a step that may reject its input: a value, or the problems that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function problem(file: string, where: string, message: string, fix: string): Problem {
  return { file, where, message, fix };
}

/**
 * Attaches the Chinese text as a non-enumerable property: it is a display hint, so a problem still
 * compares, prints and serializes as the four fields above.
 */
export function withZh(p: Problem, zh: { message: string; fix: string }): Problem {
  return Object.defineProperty(p, 'zh', { value: zh, enumerable: false, configurable: true });
}

/** The closing line of a file whose problems were too many to list. */
export function moreProblems(file: string, count: number): Problem {
  return problem(
    file,
    '',
    `${count} more problems in this file are not listed`,
    'fix the ones above first, then load the file again',
  );
}

/** Problems kept per file: a 500,000-row file with one mistake in every row must not list them all. */
export const MAX_FILE_PROBLEMS = 1000;

/**
 * A file's problems, keeping the first `max` and counting the rest: `list()` ends with one line
 * saying how many more there were. Memory stays bounded however bad the file is.
 */
export function problemCollector(file: string, max = MAX_FILE_PROBLEMS) {
  const kept: Problem[] = [];
  let over = 0;
  return {
    add(p: Problem): void {
      if (kept.length < max) kept.push(p);
      else over++;
    },
    get count(): number {
      return kept.length + over;
    },
    list(): Problem[] {
      return over > 0 ? [...kept, moreProblems(file, over)] : kept;
    },
  };
}

/** The list without repeats (same file, place and message), in order. Linear. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.where}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function fail<T>(...problems: Problem[]): Result<T> {
  return { ok: false, problems };
}

export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.where || '(file)'}: ${p.message} — ${p.fix}`;
}

/** `['cluster','chain','links',3,'target']` → `cluster.chain.links[3].target` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** 1-based line and column of a character offset, as editors count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function formatLineColumn(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}
