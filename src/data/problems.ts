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
