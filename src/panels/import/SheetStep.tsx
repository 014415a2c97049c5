/** Step 1 of the import: which sheet, which row holds the headers, and a preview of the rows. */
import type { Lang } from '../../i18n/index.ts';
import type { Workbook } from '../../import/types.ts';
import { formatNumber } from '../strings.ts';
import { importText } from './strings.ts';

const PREVIEW_ROWS = 8;
const HEADER_CHOICES = 20;
const PREVIEW_COLS = 8;

export function SheetStep(props: {
  workbook: Workbook;
  sheetIndex: number;
  headerRow: number;
  lang: Lang;
  onSheet(index: number): void;
  onHeaderRow(row: number): void;
}) {
  const { workbook, lang } = props;
  const sheet = workbook.sheets[props.sheetIndex];
  const t = (k: Parameters<typeof importText>[1], v?: Record<string, string | number>) =>
    importText(lang, k, v);
  if (!sheet) return null;
  const rowText = (r: number) => (sheet.rows[r] ?? []).filter(Boolean).slice(0, 4).join(' | ').slice(0, 60);
  const first = Math.max(0, props.headerRow - 1);
  const shown = sheet.rows.slice(first, first + PREVIEW_ROWS);
  return (
    <div className="import-step" data-testid="import-sheet">
      {workbook.sheets.length > 1 && (
        <label className="import-field">
          {t('sheet')}{' '}
          <select value={props.sheetIndex} onChange={(e) => props.onSheet(Number(e.target.value))}>
            {workbook.sheets.map((s, i) => (
              // Sheet names are unique within a workbook.
              <option key={s.name} value={i}>
                {s.name} · {t('rows', { n: formatNumber(lang, s.rows.length) })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="import-field">
        {t('headerRow')}{' '}
        <select
          value={props.headerRow}
          onChange={(e) => props.onHeaderRow(Number(e.target.value))}
          data-testid="import-header-row"
        >
          {sheet.rows.slice(0, HEADER_CHOICES).map((_, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the sheet
            <option key={r} value={r}>
              {t('rowLabel', { n: r + 1 })}：{rowText(r)}
            </option>
          ))}
        </select>
        <span className="import-hint">{t('headerRowHint')}</span>
      </label>
      <div className="import-table-scroll">
        <table className="import-preview">
          <caption>{t('preview')}</caption>
          <tbody>
            {shown.map((row, i) => {
              const r = first + i;
              const header = r === props.headerRow;
              return (
                <tr key={r} className={header ? 'is-header' : r < props.headerRow ? 'is-skipped' : undefined}>
                  <th scope="row">{r + 1}</th>
                  {row.slice(0, PREVIEW_COLS).map((cell, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions in the row
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
