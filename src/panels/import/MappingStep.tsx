/**
 * Step 2 of the import: what each column means. The app proposes; the person confirms or changes
 * each column, and can save the mapping as a small JSON file to reuse for the next export of the
 * same system, or load one saved earlier.
 */
import type { ChangeEvent } from 'react';
import type { Lang } from '../../i18n/index.ts';
import { type ColumnMapping, FIELD_KEYS, type FieldKey, type SheetTable } from '../../import/types.ts';
import { fieldLabel, importText } from './strings.ts';

const SAMPLES = 3;

export function MappingStep(props: {
  sheet: SheetTable;
  mapping: ColumnMapping;
  lang: Lang;
  note: string | null;
  onField(column: number, field: FieldKey): void;
  onSave(): void;
  onLoad(file: File): void;
}) {
  const { sheet, mapping, lang } = props;
  const t = (k: Parameters<typeof importText>[1]) => importText(lang, k);
  const samples = (c: number) =>
    sheet.rows
      .slice(mapping.headerRow + 1)
      .map((r) => r[c] ?? '')
      .filter(Boolean)
      .slice(0, SAMPLES)
      .map((s) => (s.length > 24 ? `${s.slice(0, 24)}…` : s))
      .join(' / ');
  const hasName = mapping.columns.some((c) => c.field === 'name');
  return (
    <div className="import-step" data-testid="import-mapping">
      <div className="import-table-scroll">
        <table className="import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('samples')}</th>
              <th scope="col">{t('meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.columns.map((col, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions in the sheet
              <tr key={c} data-field={col.field}>
                <th scope="row">{col.header || `#${c + 1}`}</th>
                <td className="import-samples">{samples(c)}</td>
                <td>
                  <select
                    aria-label={`${t('meaning')}: ${col.header || `#${c + 1}`}`}
                    value={col.field}
                    onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                      props.onField(c, e.target.value as FieldKey)
                    }
                  >
                    {FIELD_KEYS.map((f) => (
                      <option key={f} value={f}>
                        {fieldLabel(lang, f)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!hasName && (
        <p className="import-warning" role="alert">
          {t('needName')}
        </p>
      )}
      <div className="import-actions-row">
        <button type="button" onClick={props.onSave}>
          {t('saveMapping')}
        </button>
        <label className="import-file-button">
          {t('loadMapping')}
          <input
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) props.onLoad(f);
              e.target.value = '';
            }}
          />
        </label>
        {props.note && <span className="import-hint">{props.note}</span>}
      </div>
    </div>
  );
}
