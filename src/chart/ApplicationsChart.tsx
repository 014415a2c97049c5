/**
 * The 应用领域图 tab: which products and technologies the sources say apply to which application
 * fields. Drawn from applicationsLayout's display list through ItemsSvg (so mouse and keyboard pick
 * a node the same way as in the other charts), or, as its list twin, one table row per relation.
 */
import { useMemo, useRef } from 'react';
import { nameIn } from '../i18n/index.ts';
import { applicationsModel } from '../model/applications.ts';
import { TableScroll } from '../panels/common/TableScroll.tsx';
import { applicationsFigure } from './applicationsLayout.ts';
import { appsText } from './applicationsStrings.ts';
import type { ChartProps } from './chartProps.ts';
import { ItemsSvg } from './ItemsSvg.tsx';
import { useFitWidth } from './useFitWidth.ts';
import './chart.css';
import './applications.css';

export type ApplicationsChartProps = ChartProps;

export function ApplicationsChart(props: ApplicationsChartProps) {
  if (props.asList) return <ApplicationsList {...props} />;
  return <ApplicationsSvg {...props} />;
}

function ApplicationsSvg(props: ApplicationsChartProps) {
  const { cluster, lang, selectedId, emphasisIds, gapIds } = props;
  const host = useRef<HTMLDivElement>(null);
  const width = useFitWidth(host);
  const fig = useMemo(
    () => applicationsFigure(cluster, { lang, width, selectedId, emphasisIds, gapIds }),
    [cluster, lang, selectedId, emphasisIds, gapIds, width],
  );
  const empty = fig.hits.length === 0;
  return (
    <div className="apps-chart items-chart" data-testid="apps-chart" ref={host}>
      {!empty && (
        <ul className="apps-legend chart-legend">
          <li>
            <span className="apps-swatch apps-swatch-flow" aria-hidden="true" />
            {appsText(lang, 'legendFlow')}
          </li>
          <li>
            <span className="apps-swatch apps-swatch-editorial" aria-hidden="true" />
            {appsText(lang, 'legendEditorial')}
          </li>
          <li>
            <span className="apps-swatch apps-swatch-gap" aria-hidden="true" />
            {appsText(lang, 'legendGap')}
          </li>
        </ul>
      )}
      <TableScroll label={appsText(lang, 'scroll')}>
        <ItemsSvg
          width={fig.width}
          height={fig.height}
          items={fig.items}
          hits={fig.hits}
          label={appsText(lang, 'title')}
          selectedId={selectedId}
          onSelect={props.onSelect}
          testId="apps-svg"
        />
      </TableScroll>
    </div>
  );
}

/** The list twin: the same relations as text, with each name a button that selects its node. */
function ApplicationsList(props: ApplicationsChartProps) {
  const { cluster, lang, selectedId, gapIds } = props;
  const model = useMemo(() => applicationsModel(cluster), [cluster]);
  if (!model.flows.length)
    return (
      <p className="apps-empty" data-testid="apps-list-empty">
        {appsText(lang, 'empty')}
      </p>
    );
  // Rows follow the chart's order (left column, then right), so the list reads like the picture.
  const li = new Map(model.left.map((n, i) => [n.id, i]));
  const ri = new Map(model.right.map((n, i) => [n.id, i]));
  const rows = model.flows
    .slice()
    .sort(
      (a, b) =>
        (li.get(a.source) ?? 0) - (li.get(b.source) ?? 0) ||
        (ri.get(a.target) ?? 0) - (ri.get(b.target) ?? 0),
    );
  const names = new Map([...model.left, ...model.right].map((n) => [n.id, nameIn(lang, n.name)]));
  const pick = (id: string) => (
    <>
      <button
        type="button"
        aria-pressed={id === selectedId}
        onClick={() => props.onSelect(id === selectedId ? null : id)}
      >
        {names.get(id) ?? id}
      </button>
      {gapIds.has(id) && <span className="apps-gap">{appsText(lang, 'gap')}</span>}
    </>
  );
  return (
    <TableScroll label={appsText(lang, 'listCaption')}>
      <table className="apps-list" data-testid="apps-list">
        <caption>{appsText(lang, 'listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{appsText(lang, 'colSource')}</th>
            <th scope="col">{appsText(lang, 'colField')}</th>
            <th scope="col">{appsText(lang, 'colSources')}</th>
            <th scope="col">{appsText(lang, 'colEditorial')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr
              key={`${f.source}\u0000${f.target}`}
              className={f.source === selectedId || f.target === selectedId ? 'is-selected' : undefined}
            >
              <td>{pick(f.source)}</td>
              <td>{pick(f.target)}</td>
              <td>{f.sources.join(', ')}</td>
              <td>{appsText(lang, f.editorial ? 'yes' : 'no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
