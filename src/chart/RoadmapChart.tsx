/**
 * The 技术路线图 tab: the cluster's roadmap items in status lanes (卡脖子 · 缺失 · 追赶 · 已掌握) across years
 * and plan periods, with plan targets as milestones. Drawn from roadmapLayout's display list through
 * ItemsSvg (so mouse and keyboard pick an item's node the same way as in the other charts), or, as its
 * list twin, one table row per item plus a table of the milestones.
 */
import { useMemo, useRef } from 'react';
import type { Cluster } from '../data/schema.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import { entrySelectId, ROADMAP_LANES, type RoadmapModel, roadmapModel } from '../model/roadmap.ts';
import { TableScroll } from '../panels/common/TableScroll.tsx';
import { sourceAnchor } from '../panels/common/types.ts';
import type { ChartProps } from './chartProps.ts';
import { ItemsSvg } from './ItemsSvg.tsx';
import { roadmapFigure } from './roadmapLayout.ts';
import { laneLabel, roadmapText, whenLabel } from './roadmapStrings.ts';
import { useFitWidth } from './useFitWidth.ts';
import './chart.css';
import './roadmap.css';

export type RoadmapChartProps = ChartProps;

export function RoadmapChart(props: RoadmapChartProps) {
  if (props.asList) return <RoadmapList {...props} />;
  return <RoadmapSvg {...props} />;
}

function RoadmapSvg(props: RoadmapChartProps) {
  const { cluster, lang, selectedId, emphasisIds, gapIds } = props;
  const host = useRef<HTMLDivElement>(null);
  const width = useFitWidth(host);
  const fig = useMemo(
    () => roadmapFigure(cluster, { lang, width, selectedId, emphasisIds, gapIds }),
    [cluster, lang, selectedId, emphasisIds, gapIds, width],
  );
  const model = useMemo(() => roadmapModel(cluster), [cluster]);
  const lanes = ROADMAP_LANES.filter((l) => model.entries.some((e) => e.lane === l));
  return (
    <div className="roadmap-chart items-chart" data-testid="roadmap-chart" ref={host}>
      {model.entries.length > 0 && (
        <ul className="roadmap-legend chart-legend" aria-label={roadmapText(lang, 'legend')}>
          {lanes.map((l) => (
            <li key={l}>
              {/* Classes, not inline styles, so the CSP needs no style exceptions; colours match ROADMAP_STYLE. */}
              <span className={`roadmap-swatch roadmap-swatch-${l}`} aria-hidden="true" />
              {laneLabel(lang, l)}
            </li>
          ))}
          {model.entries.some((e) => e.editorial) && (
            <li>
              <span className="roadmap-mark" aria-hidden="true">
                {roadmapText(lang, 'editorialMark')}
              </span>
              {roadmapText(lang, 'editorialShort')}
            </li>
          )}
          {model.milestones.length > 0 && (
            <li>
              <span className="roadmap-diamond" aria-hidden="true" />
              {roadmapText(lang, 'milestoneLong')}
            </li>
          )}
          <li>
            <span className="roadmap-swatch roadmap-swatch-gap" aria-hidden="true" />
            {roadmapText(lang, 'gapLong')}
          </li>
        </ul>
      )}
      <TableScroll label={roadmapText(lang, 'scroll')}>
        <ItemsSvg
          width={fig.width}
          height={fig.height}
          items={fig.items}
          hits={fig.hits}
          label={roadmapText(lang, 'label')}
          selectedId={selectedId}
          onSelect={props.onSelect}
          testId="roadmap-svg"
        />
      </TableScroll>
    </div>
  );
}

function targetName(lang: Lang, cluster: Cluster, id: string): string {
  const t = cluster.targets.find((x) => x.id === id);
  return t ? `${nameIn(lang, t.metric)} (${t.year})` : id;
}

function Sources({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`#${sourceAnchor(id)}`}>{id}</a>
        </span>
      ))}
    </>
  );
}

/** The list twin: every item as a row in the chart's order (lane, then time), names as buttons. */
function RoadmapList(props: RoadmapChartProps) {
  const { cluster, lang, selectedId, emphasisIds, gapIds } = props;
  const model = useMemo(() => roadmapModel(cluster), [cluster]);
  const nodeNames = new Map(cluster.chain.nodes.map((n) => [n.id, nameIn(lang, n.name)]));
  const none = roadmapText(lang, 'none');
  const sep = lang === 'en' ? '; ' : '；';
  return (
    <div className="roadmap-chart items-chart">
      <TableScroll label={roadmapText(lang, 'listCaption')}>
        <table className="roadmap-list" data-testid="roadmap-list">
          <caption>{roadmapText(lang, 'listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{roadmapText(lang, 'colName')}</th>
              <th scope="col">{roadmapText(lang, 'colStatus')}</th>
              <th scope="col">{roadmapText(lang, 'colWhen')}</th>
              <th scope="col">{roadmapText(lang, 'colTargets')}</th>
              <th scope="col">{roadmapText(lang, 'colNode')}</th>
              <th scope="col">{roadmapText(lang, 'colSources')}</th>
            </tr>
          </thead>
          <tbody>
            {model.entries.length === 0 && (
              <tr>
                <td colSpan={6} className="roadmap-empty">
                  {roadmapText(lang, 'empty')}
                </td>
              </tr>
            )}
            {model.entries.map((e) => {
              const id = entrySelectId(e);
              const selected = id === selectedId;
              const dimmed = emphasisIds !== null && !(e.nodeId !== undefined && emphasisIds.has(e.nodeId));
              const cls = [selected && 'is-selected', dimmed && 'is-dimmed'].filter(Boolean).join(' ');
              return (
                <tr key={e.id} data-id={e.id} className={cls || undefined}>
                  <td>
                    {/* Toggles, like a hit in the chart: picking the selected item clears the selection. */}
                    <button
                      type="button"
                      aria-pressed={selected}
                      onClick={() => props.onSelect(selected ? null : id)}
                    >
                      {nameIn(lang, e.name)}
                    </button>
                  </td>
                  <td>
                    {laneLabel(lang, e.lane)}
                    {e.editorial && (
                      <span className="roadmap-badge">{roadmapText(lang, 'editorialShort')}</span>
                    )}
                    {!e.verified && <span className="roadmap-badge">{roadmapText(lang, 'unverified')}</span>}
                  </td>
                  <td className={e.when ? undefined : 'roadmap-undated'}>{whenLabel(lang, e.when)}</td>
                  <td>
                    {e.targets.length ? e.targets.map((t) => targetName(lang, cluster, t)).join(sep) : none}
                  </td>
                  <td>
                    {e.nodeId ? (nodeNames.get(e.nodeId) ?? e.nodeId) : none}
                    {e.nodeId && gapIds.has(e.nodeId) && (
                      <span className="roadmap-gap">{roadmapText(lang, 'gap')}</span>
                    )}
                  </td>
                  <td>
                    <Sources ids={e.sources} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {model.milestones.length > 0 && <Milestones {...props} model={model} nodeNames={nodeNames} />}
      </TableScroll>
    </div>
  );
}

function Milestones(
  props: RoadmapChartProps & { model: RoadmapModel; nodeNames: ReadonlyMap<string, string> },
) {
  const { lang, model, nodeNames } = props;
  const sep = lang === 'en' ? ', ' : '、';
  const itemName = new Map(model.entries.map((e) => [e.id, nameIn(lang, e.name)]));
  return (
    <table className="roadmap-list" data-testid="roadmap-milestones">
      <caption>{roadmapText(lang, 'milestonesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{roadmapText(lang, 'colYear')}</th>
          <th scope="col">{roadmapText(lang, 'colMetric')}</th>
          <th scope="col">{roadmapText(lang, 'colSegments')}</th>
          <th scope="col">{roadmapText(lang, 'colServedBy')}</th>
          <th scope="col">{roadmapText(lang, 'colSources')}</th>
        </tr>
      </thead>
      <tbody>
        {model.milestones.map((m) => (
          <tr key={m.targetId} data-id={m.targetId}>
            <td>{m.year}</td>
            <td>{nameIn(lang, m.metric)}</td>
            <td>
              {m.segments.length
                ? m.segments.map((s) => nodeNames.get(s) ?? s).join(sep)
                : roadmapText(lang, 'wholeChain')}
            </td>
            <td>
              {m.servedBy.length
                ? m.servedBy.map((id) => itemName.get(id) ?? id).join(sep)
                : roadmapText(lang, 'none')}
            </td>
            <td>
              <Sources ids={m.sources} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
