/**
 * Line breaking for the map's labels, as maplibre's symbols broke them: text wider than
 * MAX_WIDTH_EMS goes onto as many lines as it needs, of widths as even as the break points allow.
 * Pure.
 */

/** Longer text wraps onto lines of about this many ems (maplibre's `text-max-width`). */
export const MAX_WIDTH_EMS = 10;

// A line may not start with closing punctuation or end with opening punctuation.
// (Fullwidth and CJK brackets as escapes: the subset fonts carry only the characters the app shows.)
const NO_LINE_START =
  /^[\uff09)\u3011\u300d\u300f\u3009\u300b\uff0c\u3001\u3002\uff1a\uff1b\uff01\uff1f,.:;!?]/u;
const NO_LINE_END = /[\uff08(\u3010\u300c\u300e\u3008\u300a]$/u;

/**
 * Breaks text wider than MAX_WIDTH_EMS into as many lines as it needs, of widths as even as the
 * break points allow (as maplibre does): Chinese between any two characters, other text between
 * words. One line when it fits or cannot break.
 */
export function wrapLabel(
  text: string,
  size: number,
  measure: (t: string, size: number) => number,
): string[] {
  const full = measure(text, size);
  const count = Math.ceil(full / (MAX_WIDTH_EMS * size));
  if (count <= 1) return [text];
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/u.test(text);
  const units = cjk ? Array.from(text) : text.split(/(?<= )/u);
  const n = units.length;
  if (n < 2) return [text];
  // Line widths as sums of the units' widths (a trailing space does not count).
  const at = [0];
  for (const u of units) at.push((at.at(-1) ?? 0) + measure(u, size));
  const width = (i: number, j: number) =>
    (at[j] ?? 0) - (at[i] ?? 0) - (units[j - 1]?.endsWith(' ') ? measure(' ', size) : 0);
  const canBreak = (i: number) =>
    !NO_LINE_START.test(units[i] ?? '') && !NO_LINE_END.test(units[i - 1] ?? '');
  const target = full / count;
  // cost[k][j]: the best first k lines ending before unit j; from[k][j]: where the k-th line starts.
  const cost = Array.from({ length: count + 1 }, () =>
    new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY),
  );
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1));
  (cost[0] as number[])[0] = 0;
  for (let k = 1; k <= count; k++)
    for (let j = 1; j <= n; j++) {
      if (j < n && !canBreak(j)) continue;
      for (let i = k - 1; i < j; i++) {
        const before = cost[k - 1]?.[i] ?? Number.POSITIVE_INFINITY;
        if (before === Number.POSITIVE_INFINITY) continue;
        const c = before + (width(i, j) - target) ** 2;
        if (c < (cost[k]?.[j] ?? Number.POSITIVE_INFINITY)) {
          (cost[k] as number[])[j] = c;
          (from[k] as number[])[j] = i;
        }
      }
    }
  // The fewest lines that reach the end (fewer than planned when the break points run out).
  let k = count;
  while (k > 1 && (cost[k]?.[n] ?? Number.POSITIVE_INFINITY) === Number.POSITIVE_INFINITY) k--;
  if ((cost[k]?.[n] ?? Number.POSITIVE_INFINITY) === Number.POSITIVE_INFINITY) return [text];
  const lines: string[] = [];
  for (let j = n; k > 0; k--) {
    const i = from[k]?.[j] ?? 0;
    lines.unshift(units.slice(i, j).join('').trimEnd());
    j = i;
  }
  return lines;
}
