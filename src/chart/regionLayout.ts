/**
 * The 区域分布图 matrix as display-list items, for the exported figure (the live view is an HTML
 * table, RegionMatrixView). Cities down, segments across, each cell's short counts in text and a
 * tint when it holds anything; the selected segment's column and the gap segments are marked. Pure.
 */
import { type Item, textMaker } from '../export/displayList.ts';
import { estimateWidth, wrapText } from '../export/text.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import type { RegionCell, RegionMatrix } from '../model/regionMatrix.ts';
import { regionText } from '../panels/region/strings.ts';

export interface RegionFigure {
  width: number;
  height: number;
  items: Item[];
}

const INK = '#1f2937';
const MUTED = '#5b6470';
const GRID = '#d8dce2';
const FILLED = '#e7eefc';
const SELECTED = '#f9c9c9';
const GAP = '#9f1239';

function short(cell: RegionCell, lang: Lang): string {
  const parts: string[] = [];
  if (cell.located) parts.push(regionText(lang, 'located'));
  if (cell.firms.length) parts.push(`${regionText(lang, 'firms')}${cell.firms.length}`);
  if (cell.projects.length) parts.push(`${regionText(lang, 'projects')}${cell.projects.length}`);
  if (cell.innovation.length) parts.push(`${regionText(lang, 'innovation')}${cell.innovation.length}`);
  return parts.join(' ');
}

export function regionFigure(
  matrix: RegionMatrix,
  opts: { lang: Lang; width: number; selectedId: string | null; gapIds: ReadonlySet<string> },
): RegionFigure {
  const { lang } = opts;
  const size = 12;
  const rowH = 22;
  const headW = 84;
  const cols = Math.max(1, matrix.columns.length);
  const colW = Math.max(40, (opts.width - headW) / cols);
  const width = headW + colW * cols;
  const items: Item[] = [];
  const text = textMaker({ size, fill: INK });

  // Column heads: up to three wrapped lines; a gap segment gets a red tag under its name.
  // A word wider than its column (English heads in a narrow matrix) gets a smaller size rather
  // than a break inside it.
  const headSize = matrix.columns.map((c) => {
    const widest = Math.max(
      0,
      ...nameIn(lang, c.name)
        .split(/\s+/)
        .map((w) => estimateWidth(w, size)),
    );
    return widest > colW - 6 ? Math.max(7, Math.floor((size * (colW - 6)) / widest)) : size;
  });
  const heads = matrix.columns.map((c, i) =>
    wrapText(nameIn(lang, c.name), colW - 6, headSize[i] ?? size, { maxLines: 3 }),
  );
  const headH = Math.max(1, ...heads.map((h) => h.length)) * (size + 3) + 18;
  matrix.columns.forEach((col, i) => {
    const x = headW + i * colW;
    if (col.id === opts.selectedId) items.push({ t: 'rect', x, y: 0, w: colW, h: headH, fill: SELECTED });
    heads[i]?.forEach((line, j) => {
      items.push(
        text(x + 3, (j + 1) * (size + 3), line, {
          size: headSize[i] ?? size,
          weight: col.id === opts.selectedId ? 700 : 400,
        }),
      );
    });
    if (opts.gapIds.has(col.id)) {
      const y = headH - 15;
      items.push({ t: 'rect', x: x + 3, y, w: 30, h: 13, fill: GAP });
      items.push(text(x + 5, y + 10.5, regionText(lang, 'gap'), { size: 10, fill: '#ffffff' }));
    }
  });

  matrix.rows.forEach((row, r) => {
    const y = headH + r * rowH;
    items.push(text(4, y + 15, nameIn(lang, row.name), { weight: 700 }));
    row.cells.forEach((cell, i) => {
      const x = headW + i * colW;
      const label = short(cell, lang);
      const fill = matrix.columns[i]?.id === opts.selectedId ? SELECTED : label ? FILLED : undefined;
      if (fill) items.push({ t: 'rect', x, y, w: colW, h: rowH, fill });
      if (label) {
        const [fitted = ''] = wrapText(label, colW - 4, 11, { maxLines: 1 });
        items.push(text(x + colW / 2, y + 15, fitted, { size: 11, anchor: 'middle' }));
      }
    });
  });

  const height = headH + Math.max(1, matrix.rows.length) * rowH;
  // Grid last so it sits over the tints.
  for (let i = 0; i <= cols; i++)
    items.push({ t: 'rect', x: headW + i * colW, y: 0, w: 0.6, h: height, fill: GRID });
  for (let r = 0; r <= matrix.rows.length; r++)
    items.push({ t: 'rect', x: 0, y: headH + r * rowH, w: width, h: 0.6, fill: GRID });
  if (!matrix.rows.length) items.push(text(headW, headH + 16, regionText(lang, 'noRows'), { fill: MUTED }));
  return { width, height, items };
}
