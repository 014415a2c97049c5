/**
 * Text measuring and wrapping for the figure layout. The layout must run in jsdom (no canvas) and
 * give the PNG and the SVG the same line breaks, so widths are estimated per character, on the
 * generous side: Noto Sans SC draws CJK at 1 em and Latin at about 0.55 em on average.
 */

export type Measure = (text: string, size: number, bold?: boolean) => number;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ .,:;'!|il1()[\]\-–—·]/u;

export const estimateWidth: Measure = (text, size, bold = false) => {
  let em = 0;
  for (const ch of text)
    em += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.36 : ch >= 'A' && ch <= 'Z' ? 0.68 : 0.58;
  return em * size * (bold ? 1.05 : 1);
};

const BREAK_AFTER = /[\s/?&=,;，；、。）)]/u;

/**
 * Greedy line breaking: CJK may break anywhere; Latin words and URLs break at a space or a
 * separator when one is on the line, otherwise mid-word (a URL longer than the line still wraps).
 * At most `maxLines` lines; a cut last line ends in `ellipsis`.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  opts: { measure?: Measure; bold?: boolean; maxLines?: number; ellipsis?: string } = {},
): string[] {
  const measure = opts.measure ?? estimateWidth;
  const maxLines = opts.maxLines ?? Number.POSITIVE_INFINITY;
  const fits = (s: string) => measure(s, size, opts.bold) <= maxWidth;
  const lines: string[] = [];
  let rest = [...text.replace(/\s+/g, ' ').trim()];
  while (rest.length > 0) {
    let n = 1;
    while (n < rest.length && fits(rest.slice(0, n + 1).join(''))) n++;
    if (n < rest.length) {
      // Prefer to end the line after a separator, or before a CJK character, within its last third;
      // otherwise at the last space of the line, so a Latin word is broken only when it alone is
      // wider than the line ("Offshore wind" in a narrow column: "Offshore" / "wind").
      let found = false;
      for (let i = n; i > Math.floor(n * 0.66); i--) {
        const prev = rest[i - 1] ?? '';
        const next = rest[i] ?? '';
        if (BREAK_AFTER.test(prev) || WIDE.test(next) || WIDE.test(prev)) {
          n = i;
          found = true;
          break;
        }
      }
      if (!found && rest[n] !== ' ' && !WIDE.test(rest[n] ?? '')) {
        const space = rest.lastIndexOf(' ', n - 1);
        if (space > 0) n = space + 1;
      }
    }
    lines.push(rest.slice(0, n).join('').trimEnd());
    rest = rest.slice(n);
    while (rest[0] === ' ') rest.shift();
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const tail = opts.ellipsis ?? '…';
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 0 && !fits(last + tail)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last.trimEnd() + tail;
  return kept;
}
