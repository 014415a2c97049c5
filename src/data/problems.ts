/**
 * A rejection a person can act on: which file, which record, what is wrong, what to do.
 * Every validation step reports `Problem`s instead of throwing.
 */
export interface Problem {
  /** File name (or URL) the problem was found in. */
  file: string;
  /** Where in the file: a JSON path like `cluster.chain.links[3].target`, or `row 12` for CSV. */
  where: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
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
