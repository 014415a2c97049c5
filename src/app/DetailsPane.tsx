/**
 * The panels beside the views: what is selected (a chain node or a city profile), then the cluster's
 * governance and its 五个一 tabs — or, with no cluster chosen, the overview of the 链长制.
 */
import { memo, useMemo } from 'react';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import type { Source } from '../data/schema.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import { nodeCities as citiesOfNode, graphNode } from '../model/graphIndex.ts';
import { CityProfile } from '../panels/CityProfile.tsx';
import { cityProfileEntries } from '../panels/cityProfileEntries.ts';
import { FiveOnesTabs } from '../panels/FiveOnesTabs.tsx';
import { GovernanceCard } from '../panels/GovernanceCard.tsx';
import { NodeDetails, type NodeDetailsNode } from '../panels/NodeDetails.tsx';
import { Overview } from '../panels/Overview.tsx';
import { roleLabel } from '../panels/strings.ts';
import { useAppStore } from '../state/useAppStore.ts';
import { cityNameOf, clusterList, overviewClusters } from './datasetViews.ts';

function DetailsPaneContent(props: {
  dataset: Dataset;
  entry: ClusterEntry | null;
  graph: ChainViewGraph | null;
  lang: Lang;
}) {
  const { dataset, entry, graph, lang } = props;
  const s = useAppStore((st) => ({
    node: st.node,
    city: st.city,
    tab: st.tab,
    setTab: st.setTab,
    template: st.template,
    setTemplate: st.setTemplate,
    selectNode: st.selectNode,
    selectCity: st.selectCity,
    selectCluster: st.selectCluster,
  }));
  const sources = (id: string): Source | undefined => dataset.sources.get(id);
  const cityName = cityNameOf(dataset, lang);
  const clusters = clusterList(dataset);
  const cluster = entry?.cluster ?? null;
  const nodeName = (id: string) => {
    const n = (graph && graphNode(graph, id)) ?? entry?.nodes.get(id);
    return n ? nameIn(lang, n.name) : id;
  };

  const selectedNode = useMemo((): NodeDetailsNode | null => {
    if (!s.node || !cluster) return null;
    const chainNode = entry?.nodes.get(s.node);
    if (chainNode) return chainNode;
    const f = cluster.fiveOnes;
    const rec =
      f.enterprises.find((e) => e.id === s.node) ??
      f.projects.find((p) => p.id === s.node) ??
      f.innovation.find((p) => p.id === s.node);
    if (!rec) return null;
    const viewNode = graph && s.node ? graphNode(graph, s.node) : undefined;
    return { ...rec, kind: viewNode?.kind ?? 'enterprise', stage: viewNode?.stage } as NodeDetailsNode;
  }, [s.node, cluster, entry, graph]);

  const nodeCities = (() => {
    if (!s.node || !graph || !cluster) return [];
    const codes = citiesOfNode(graph, s.node);
    return codes.map((code) => {
      const role = cluster.cities.find((c) => c.adcode === code);
      return {
        adcode: code,
        name: cityName(code),
        role: role ? (role.roleLabel ? nameIn(lang, role.roleLabel) : roleLabel(lang, role.role)) : undefined,
      };
    });
  })();

  const city = s.city ? dataset.cities.get(s.city) : undefined;
  const region = city ? dataset.regions.get(city.region) : undefined;

  return (
    <div className="details" data-testid="details">
      {selectedNode && (
        <NodeDetails
          node={selectedNode}
          cities={nodeCities}
          sources={sources}
          lang={lang}
          onClose={() => s.selectNode(null)}
        />
      )}
      {/* A city's profile lists its firms: it waits for the clusters' files (partial: not in yet). */}
      {city && !dataset.meta.partial && (
        <CityProfile
          city={{ adcode: city.adcode, name: city.name, regionName: region?.name ?? { zh: '', en: '' } }}
          entries={cityProfileEntries(clusters, city.adcode)}
          totalClusters={clusters.length}
          lang={lang}
          onPickCluster={(id) => s.selectCluster(id)}
          onClose={() => s.selectCity(null)}
        />
      )}
      {cluster ? (
        <>
          <GovernanceCard cluster={cluster} sources={sources} lang={lang} />
          <FiveOnesTabs
            cluster={cluster}
            tab={s.tab}
            onTab={s.setTab}
            template={s.template}
            onTemplate={s.setTemplate}
            sources={sources}
            cityName={cityName}
            nodeName={nodeName}
            lang={lang}
            selectedNodeId={s.node}
            onSelectNode={(id) => s.selectNode(id)}
          />
        </>
      ) : (
        <Overview
          framework={dataset.framework}
          models={dataset.models}
          clusters={overviewClusters(dataset)}
          sources={sources}
          lang={lang}
          // What the clusters share, and how complete their records are, once their files are in.
          {...(dataset.meta.partial
            ? {}
            : {
                shared: {
                  dataset,
                  onPickCluster: s.selectCluster,
                  onPickNode: s.selectNode,
                  onPickCity: s.selectCity,
                },
              })}
        />
      )}
    </div>
  );
}

/** Drawn again only when its own props change, not on every re-render of the workspace (a loading
 * list's progress ticks re-render it many times a second). */
export const DetailsPane = memo(DetailsPaneContent);
