/**
 * The 区域分布图 beside the map: rows are cities, columns the chain's segments, cells what the
 * dataset places there. A column header selects its segment (the map lights its cities, the diagram
 * selects the node); a row header selects its city (the diagram dims what is not there). Hover and
 * focus preview the same without selecting. The list twin gives each segment's cities as text.
 */
import type { Lang } from '../../i18n/index.ts';
import { nameIn } from '../../i18n/index.ts';
import type { RegionCell, RegionMatrix } from '../../model/regionMatrix.ts';
import { NO_PREVIEW, type Preview } from '../../state/store.ts';
import { TableScroll } from '../common/TableScroll.tsx';
import { formatNumber, roleLabel } from '../strings.ts';
import { regionText } from './strings.ts';
import '../../chart/chart.css';
import './region.css';

export interface RegionMatrixViewProps {
  matrix: RegionMatrix;
  lang: Lang;
  selectedNode: string | null;
  selectedCity: string | null;
  gapIds: ReadonlySet<string>;
  asList: boolean;
  onSelectNode(id: string | null): void;
  onSelectCity(adcode: string | null): void;
  onPreview(preview: Preview): void;
}

function cellFilled(cell: RegionCell): boolean {
  return cell.located || cell.firms.length + cell.projects.length + cell.innovation.length > 0;
}

function cellText(cell: RegionCell, lang: Lang): { short: string; long: string } {
  const n = (v: number) => formatNumber(lang, v);
  const parts: [number, 'firms' | 'projects' | 'innovation'][] = [
    [cell.firms.length, 'firms'],
    [cell.projects.length, 'projects'],
    [cell.innovation.length, 'innovation'],
  ];
  const present = parts.filter(([v]) => v > 0);
  const short = [
    ...(cell.located ? [regionText(lang, 'located')] : []),
    ...present.map(([v, k]) => `${regionText(lang, k)}${n(v)}`),
  ].join(' ');
  const sep = lang === 'en' ? ', ' : '，';
  const long = [
    ...present.map(([v, k]) => `${n(v)}${lang === 'en' ? ' ' : ''}${regionText(lang, `${k}Long`)}`),
    ...(cell.located ? [regionText(lang, 'locatedLong')] : []),
  ].join(sep);
  return { short, long: long || regionText(lang, 'empty') };
}

export function RegionMatrixView(props: RegionMatrixViewProps) {
  const { matrix, lang, selectedNode, selectedCity, gapIds } = props;
  const leave = () => props.onPreview(NO_PREVIEW);
  if (!matrix.columns.length) return <p className="region-empty">{regionText(lang, 'noColumns')}</p>;
  if (props.asList) return <RegionList {...props} />;
  const selectedCol = matrix.columns.findIndex((c) => c.id === selectedNode);
  return (
    <div className="region items-chart" data-testid="region-matrix">
      <TableScroll label={regionText(lang, 'scroll')}>
        <table className="region-matrix">
          <caption>{regionText(lang, 'caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{regionText(lang, 'corner')}</th>
              {matrix.columns.map((col) => {
                const selected = col.id === selectedNode;
                return (
                  <th key={col.id} scope="col" className={selected ? 'is-selected' : undefined}>
                    <button
                      type="button"
                      className="region-col"
                      aria-pressed={selected}
                      data-node={col.id}
                      onClick={() => props.onSelectNode(selected ? null : col.id)}
                      onMouseEnter={() => props.onPreview({ node: col.id, city: null })}
                      onFocus={() => props.onPreview({ node: col.id, city: null })}
                      onMouseLeave={leave}
                      onBlur={leave}
                    >
                      {nameIn(lang, col.name)}
                    </button>
                    {gapIds.has(col.id) && <span className="region-gap">{regionText(lang, 'gap')}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => {
              const selected = row.adcode === selectedCity;
              const lit = selectedCol >= 0 && !!row.cells[selectedCol] && cellFilled(row.cells[selectedCol]);
              const roles = row.roles
                .map((r) => (r.label ? nameIn(lang, r.label) : roleLabel(lang, r.role)))
                .join(' · ');
              return (
                <tr
                  key={row.adcode}
                  className={
                    [selected && 'is-selected', lit && 'is-lit'].filter(Boolean).join(' ') || undefined
                  }
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="region-city"
                      aria-pressed={selected}
                      data-city={row.adcode}
                      onClick={() => props.onSelectCity(selected ? null : row.adcode)}
                      onMouseEnter={() => props.onPreview({ node: null, city: row.adcode })}
                      onFocus={() => props.onPreview({ node: null, city: row.adcode })}
                      onMouseLeave={leave}
                      onBlur={leave}
                    >
                      {nameIn(lang, row.name)}
                    </button>
                    {roles && (
                      <span className="region-role" title={roles}>
                        {roles}
                      </span>
                    )}
                  </th>
                  {row.cells.map((cell, c) => {
                    const text = cellText(cell, lang);
                    const filled = cellFilled(cell);
                    const cls = [filled && 'is-filled', c === selectedCol && 'is-col']
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <td key={cell.nodeId} className={cls || undefined} title={text.long}>
                        <span aria-hidden="true">{text.short}</span>
                        <span className="visually-hidden">{text.long}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {!matrix.rows.length && <p className="region-empty">{regionText(lang, 'noRows')}</p>}
    </div>
  );
}

/** The list twin: one entry per segment with the cities that hold something for it. */
function RegionList(props: RegionMatrixViewProps) {
  const { matrix, lang } = props;
  return (
    <section className="region-list" data-testid="region-list" aria-label={regionText(lang, 'listTitle')}>
      <h3>{regionText(lang, 'listTitle')}</h3>
      <ul>
        {matrix.columns.map((col, c) => {
          const cities = matrix.rows.filter((r) => r.cells[c] && cellFilled(r.cells[c]));
          return (
            <li key={col.id}>
              <button
                type="button"
                aria-pressed={col.id === props.selectedNode}
                onClick={() => props.onSelectNode(col.id === props.selectedNode ? null : col.id)}
              >
                {nameIn(lang, col.name)}
              </button>
              {props.gapIds.has(col.id) && <span className="region-gap">{regionText(lang, 'gap')}</span>}
              {lang === 'en' ? ': ' : '：'}
              {cities.length
                ? cities
                    .map((r) => {
                      const cell = r.cells[c];
                      const detail = cell ? cellText(cell, lang).long : '';
                      return lang === 'en'
                        ? `${nameIn(lang, r.name)} (${detail})`
                        : `${nameIn(lang, r.name)}（${detail}）`;
                    })
                    .join(lang === 'en' ? '; ' : '；')
                : regionText(lang, 'listNone')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
