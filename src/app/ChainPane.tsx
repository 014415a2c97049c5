/**
 * The chain diagram of the chosen cluster, with its search box, legend and the accessible list twin.
 * Selection goes through the store, so the map and the panels follow; a selected city dims every
 * node that is not located there.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChainLegend } from '../chain/ChainLegend.tsx';
import { ChainSearch } from '../chain/ChainSearch.tsx';
import { ChainView, type ChainViewHandle } from '../chain/ChainView.tsx';
import { useChainLayout } from '../chain/useChainLayout.ts';
import { toScreen } from '../chain/viewport.ts';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import { type Lang, nameIn, t } from '../i18n/index.ts';
import { type ChainViewGraph, nodesInCity } from '../model/chainGraph.ts';
import { ChainTable } from '../panels/ChainTable.tsx';
import { ClusterCityMatrix } from '../panels/ClusterCityMatrix.tsx';
import { useAppStore, useAppStoreApi } from '../state/useAppStore.ts';
import { cityNameOf, clusterList } from './datasetViews.ts';
import { exposeTestHooks } from './testHooks.ts';
import { viewRegistry } from './viewRegistry.ts';

export function ChainPane(props: {
  dataset: Dataset;
  entry: ClusterEntry | null;
  graph: ChainViewGraph | null;
  lang: Lang;
}) {
  const { dataset, entry, graph, lang } = props;
  const s = useAppStore((st) => ({
    node: st.node,
    city: st.city,
    selectNode: st.selectNode,
    selectCluster: st.selectCluster,
    selectCity: st.selectCity,
    setChainCamera: st.setChainCamera,
  }));
  const { positions } = useChainLayout(graph);
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
    viewRegistry.setChain(positions && !asList ? viewRef.current : null);
  }, [positions, asList]);
  useEffect(() => () => viewRegistry.setChain(null), []);

  const emphasisIds = useMemo(() => {
    if (!s.city || !graph) return null;
    return nodesInCity(graph, s.city);
  }, [s.city, graph]);

  useEffect(() => {
    exposeTestHooks({
      chain: () => ({
        selected: s.node,
        emphasis: emphasisIds ? [...emphasisIds].sort() : null,
        focus: null,
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
          clusters={clusterList(dataset)}
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
            if (!asList) viewRef.current?.flyTo(id);
          }}
        />
        <button type="button" aria-pressed={asList} onClick={() => setAsList(!asList)}>
          {asList ? t(lang, 'chain.diagram') : t(lang, 'chain.table')}
        </button>
      </div>
      {asList ? (
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
            focusId={null}
            lang={lang}
            onSelect={(id) => s.selectNode(id)}
            onViewChange={(v) => s.setChainCamera({ x: v.x, y: v.y, k: v.k })}
          />
          {!positions && <p className="chain-empty">{t(lang, 'chain.laying')}</p>}
          <p className="visually-hidden">{clusterName}</p>
        </div>
      )}
      <details className="chain-legend-box">
        <summary>{t(lang, 'chain.legend')}</summary>
        <ChainLegend lang={lang} className="chain-legend" />
      </details>
    </div>
  );
}
