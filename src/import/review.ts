/**
 * The review of an imported 企业名录, as pure functions over ReviewRow[]: each returns new rows and
 * keeps the untouched ones as they were (same objects), so a table re-renders only what changed.
 */
import { defaultState } from './matchNodes.ts';
import { normalise } from './matchText.ts';
import type { BulkRule, MappedRow, Matcher, ReviewRow, ReviewState } from './types.ts';

/** Every row with its suggestions and the state the matcher starts it in. */
export function reviewRows(rows: readonly MappedRow[], matcher: Matcher): ReviewRow[] {
  return rows.map((row) => {
    const suggestions = matcher.suggest(row);
    return { ...row, suggestions, ...defaultState(suggestions) };
  });
}

/** Sets the state of the rows with these (sheet) row numbers. What is chosen stays as it was. */
export function setState(
  rows: readonly ReviewRow[],
  rowNumbers: Iterable<number>,
  state: ReviewState,
): ReviewRow[] {
  const wanted = new Set(rowNumbers);
  return rows.map((r) => (wanted.has(r.row) && r.state !== state ? { ...r, state } : r));
}

/**
 * Places one row in these nodes (duplicates dropped, order kept). The state is left alone: picking
 * a node and confirming the row are separate acts, so a pick never confirms a row by itself.
 */
export function setChosen(rows: readonly ReviewRow[], row: number, nodeIds: readonly string[]): ReviewRow[] {
  const chosen = [...new Set(nodeIds)];
  return rows.map((r) => (r.row === row ? { ...r, chosen } : r));
}

/**
 * How a rule compares text: full-width letters and digits as half-width (ＬＥＤ = LED), case and runs
 * of spaces ignored, the same way the matcher reads the row.
 */
const fold = (s: string) => normalise(s);

/**
 * "All rows whose 主营产品 contains 光伏 → 太阳能制造": every matching row gets the rule's node and
 * state. With `header` null the rule reads the row's mapped text and segment cells. An empty
 * `contains` matches nothing, so a half-typed rule cannot sweep the whole table.
 */
export function applyRule(
  rows: readonly ReviewRow[],
  rule: BulkRule,
): { rows: ReviewRow[]; matched: number } {
  const needle = fold(rule.contains);
  let matched = 0;
  const out = rows.map((r) => {
    const cells = rule.header === null ? [r.text, r.segmentText] : [r.cells[rule.header] ?? ''];
    if (!needle || !cells.some((c) => fold(c).includes(needle))) return r;
    matched++;
    // A rejection rule may name no node: the row is then left with nothing chosen.
    return { ...r, chosen: rule.nodeId ? [rule.nodeId] : [], state: rule.state };
  });
  return { rows: out, matched };
}

/**
 * `unplaced`: rows not rejected with no node chosen, which would be added without a place on the
 * chain. A type, not an interface, so it passes as a plain record (message parameters).
 */
export type ReviewCounts = { confirmed: number; uncertain: number; rejected: number; unplaced: number };

export function counts(rows: readonly ReviewRow[]): ReviewCounts {
  const c: ReviewCounts = { confirmed: 0, uncertain: 0, rejected: 0, unplaced: 0 };
  for (const r of rows) {
    c[r.state]++;
    if (r.state !== 'rejected' && r.chosen.length === 0) c.unplaced++;
  }
  return c;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  /** Rows with a truth entry. */
  n: number;
  /** Of those, rows placed (first chosen node, not rejected) / placed right / that should be placed. */
  placed: number;
  correct: number;
  expected: number;
}

/**
 * For evaluating the matcher against labelled rows: a row's placement is its first chosen node
 * (none when rejected); `truth` maps a row number to its node, or null when the firm belongs to
 * none. Precision is right placements over placements, recall right placements over rows that
 * have a node; each is 1 when its denominator is 0 (nothing claimed, nothing missed).
 */
export function precisionRecall(
  rows: readonly ReviewRow[],
  truth: ReadonlyMap<number, string | null>,
): PrecisionRecall {
  let [n, placed, correct, expected] = [0, 0, 0, 0];
  for (const r of rows) {
    if (!truth.has(r.row)) continue;
    const want = truth.get(r.row) ?? null;
    const got = r.state === 'rejected' ? null : (r.chosen[0] ?? null);
    n++;
    if (got !== null) placed++;
    if (want !== null) expected++;
    if (got !== null && got === want) correct++;
  }
  const precision = placed ? correct / placed : 1;
  return { precision, recall: expected ? correct / expected : 1, n, placed, correct, expected };
}
