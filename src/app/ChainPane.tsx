/**
 * The chosen cluster's four charts (产业链图, 区域分布图, 技术路线图, 应用领域图) behind one tab strip, with the
 * search box, the legend and each chart's accessible list twin. Selection goes through the store, so
 * the map, the other charts and the panels follow; a selected city dims what is not located there,
 * and the gap analysis's nodes are marked in every chart.
 */
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ChainLegend } from '../chain/ChainLegend.tsx';
import { ChainSearch } from '../chain/ChainSearch.tsx';
import { ChainView, type ChainViewHandle } from '../chain/ChainView.tsx';
import { useChainLayout } from '../chain/useChainLayout.ts';
import { toScreen } from '../chain/viewport.ts';
import { ApplicationsChart } from '../chart/ApplicationsChart.tsx';
import { RoadmapChart } from '../chart/RoadmapChart.tsx';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import { type Lang, nameIn, t } from '../i18n/index.ts';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import { nodesInCity } from '../model/graphIndex.ts';
import { regionMatrixOf } from '../model/keptViews.ts';
import { ChainTable } from '../panels/ChainTable.tsx';
import { ClusterCityMatrix } from '../panels/ClusterCityMatrix.tsx';
import { RegionMatrixView } from '../panels/region/RegionMatrixView.tsx';
import { useAppStore, useAppStoreApi } from '../state/useAppStore.ts';
import { ChartTabs } from './ChartTabs.tsx';
import { cityNameOf, overviewClusters } from './datasetViews.ts';
import { exposeTestHooks } from './testHooks.ts';
import { viewRegistry } from './viewRegistry.ts';

function ChainPaneContent(props: {
  dataset: Dataset;
  entry: ClusterEntry | null;
  graph: ChainViewGraph | null;
  /** Node ids the gap analysis ranks: marked in every chart. */
  gapIds: ReadonlySet<string>;
  lang: Lang;
  /** In an embed the chart is the one its author chose (`view=`): no tab strip. */
  embedded?: boolean;
}) {
  const { dataset, entry, graph, gapIds, lang } = props;
  const s = useAppStore((st) => ({
    node: st.node,
    city: st.city,
    previewNode: st.preview.node,
    previewCity: st.preview.city,
    view: st.view,
    setView: st.setView,
    setPreview: st.setPreview,
    selectNode: st.selectNode,
    selectCluster: st.selectCluster,
    selectCity: st.selectCity,
    setChainCamera: st.setChainCamera,
  }));
  const panelId = useId();
  const { positions } = useChainLayout(graph);
  const matrix = entry ? regionMatrixOf(dataset, entry) : null;
  const isDiagram = s.view === 'chain';
  const [asList, setAsList] = useState(false);
  const viewRef = useRef<ChainViewHandle>(null);
  const store = useAppStoreApi();

  // A camera from the URL is applied once the layout is there; otherwise the renderer fits the chain.
  // Read, not subscribed: a pan must not re-render the pane.
  useEffect(() => {
    const camera = store.getState().chain;
    if (positions && camera) viewRef.current?.setView(camera);
  }, [positions, store]);
  useEffect(() => {
    viewRegistry.setChain(positions && !asList && isDiagram ? viewRef.current : null);
  }, [positions, asList, isDiagram]);
  useEffect(() => () => viewRegistry.setChain(null), []);

  // A previewed city (hover in the region matrix) dims like a selected one.
  const shownCity = s.previewCity ?? s.city;
  const emphasisIds = useMemo(() => {
    if (!shownCity || !graph) return null;
    return nodesInCity(graph, shownCity);
  }, [shownCity, graph]);

  useEffect(() => {
    exposeTestHooks({
      chain: () => ({
        selected: s.node,
        emphasis: emphasisIds ? [...emphasisIds].sort() : null,
        focus: s.previewNode,
        view: s.view,
        project: (id) => {
          const p = positions?.[id];
          const v = viewRef.current?.getView();
          return p && v ? toScreen(v, p) : null;
        },
      }),
    });
  });

  if (!entry || !graph)
    return (
      <div className="chain-pane">
        <p className="chain-hint">{t(lang, 'chain.pick')}</p>
        <ClusterCityMatrix
          clusters={overviewClusters(dataset)}
          cities={[...dataset.cities.values()]}
          selectedCity={s.city}
          lang={lang}
          onPickCluster={s.selectCluster}
          onPickCity={s.selectCity}
        />
      </div>
    );

  const cityName = cityNameOf(dataset, lang);
  const clusterName = nameIn(lang, entry.cluster.name);
  return (
    <div className="chain-pane">
      <div className="chain-toolbar">
        <h2 className="chain-title">{clusterName}</h2>
        <ChainSearch
          graph={graph}
          lang={lang}
          onPick={(id) => {
            s.selectNode(id);
            if (!asList && isDiagram) viewRef.current?.flyTo(id);
          }}
        />
        <button type="button" aria-pressed={asList} onClick={() => setAsList(!asList)}>
          {asList ? t(lang, 'chain.diagram') : t(lang, 'chain.table')}
        </button>
      </div>
      {!props.embedded && <ChartTabs view={s.view} lang={lang} panelId={panelId} onView={s.setView} />}
      <div
        className="chart-panel"
        id={panelId}
        {...(props.embedded ? {} : { role: 'tabpanel', 'aria-labelledby': `${panelId}-tab-${s.view}` })}
        data-testid="chart-panel"
        data-view={s.view}
      >
        {s.view === 'region' && matrix ? (
          <RegionMatrixView
            matrix={matrix}
            lang={lang}
            selectedNode={s.node}
            selectedCity={s.city}
            gapIds={gapIds}
            asList={asList}
            onSelectNode={s.selectNode}
            onSelectCity={s.selectCity}
            onPreview={s.setPreview}
          />
        ) : s.view === 'tech' ? (
          <RoadmapChart
            cluster={entry.cluster}
            lang={lang}
            selectedId={s.node}
            emphasisIds={emphasisIds}
            gapIds={gapIds}
            onSelect={s.selectNode}
            asList={asList}
          />
        ) : s.view === 'apps' ? (
          <ApplicationsChart
            cluster={entry.cluster}
            lang={lang}
            selectedId={s.node}
            emphasisIds={emphasisIds}
            gapIds={gapIds}
            onSelect={s.selectNode}
            asList={asList}
          />
        ) : asList ? (
          <div className="chain-table-host">
            <ChainTable
              graph={graph}
              clusterName={clusterName}
              selectedId={s.node}
              emphasisIds={emphasisIds}
              lang={lang}
              cityName={cityName}
              onSelect={(id) => s.selectNode(id)}
            />
          </div>
        ) : (
          <div className="chain-canvas-host">
            <ChainView
              ref={viewRef}
              graph={graph}
              positions={positions}
              selectedId={s.node}
              emphasisIds={emphasisIds}
              focusId={s.previewNode}
              lang={lang}
              onSelect={(id) => s.selectNode(id)}
              onViewChange={(v) => s.setChainCamera({ x: v.x, y: v.y, k: v.k })}
            />
            {!positions && <p className="chain-empty">{t(lang, 'chain.laying')}</p>}
            <p className="visually-hidden">{clusterName}</p>
          </div>
        )}
      </div>
      {isDiagram && (
        <details className="chain-legend-box">
          <summary>{t(lang, 'chain.legend')}</summary>
          <ChainLegend lang={lang} className="chain-legend" />
        </details>
      )}
    </div>
  );
}

/** Drawn again only when its own props change, not on every re-render of the workspace (a loading
 * list's progress ticks re-render it many times a second). */
export const ChainPane = memo(ChainPaneContent);
