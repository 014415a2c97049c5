/** The map with everything it shows derived from the dataset and the selection. */
import { memo, useEffect, useMemo } from 'react';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import { type Lang, nameIn, t } from '../i18n/index.ts';
import { MapView } from '../map/MapView.tsx';
import type { MapController } from '../map/mapController.ts';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import { graphNode } from '../model/graphIndex.ts';
import { beltFeatures, cityFills, clusterCounts, strongestRole } from '../model/mapModel.ts';
import { MapLegend } from '../panels/MapLegend.tsx';
import { useAppStore } from '../state/useAppStore.ts';
import { useBoundaries } from './boundariesQuery.ts';
import { BUNDLED_GEO_CREDIT, BUNDLED_GEO_PATH } from './config.ts';
import { overviewClusters } from './datasetViews.ts';
import { allowRestOfData } from './restOfData.ts';
import { exposeTestHooks } from './testHooks.ts';
import { viewRegistry } from './viewRegistry.ts';

const NO_CITIES: readonly string[] = [];

function MapPaneContent(props: {
  dataset: Dataset;
  entry: ClusterEntry | null;
  graph: ChainViewGraph | null;
  lang: Lang;
}) {
  const { dataset, entry, graph, lang } = props;
  const { node, city, shownCity, camera, selectCity, setMapCamera } = useAppStore((s) => ({
    // A chart's hover preview lights the map like a selection would, without changing it.
    node: s.preview.node ?? s.node,
    city: s.city,
    shownCity: s.preview.city ?? s.city,
    camera: s.map,
    selectCity: s.selectCity,
    setMapCamera: s.setMapCamera,
  }));
  const geo = dataset.meta.geo;
  const boundaries = useBoundaries(dataset);

  const adcodes = useMemo(() => [...dataset.cities.keys()], [dataset]);
  const clusters = overviewClusters(dataset);
  const cluster = entry?.cluster ?? null;
  const fills = useMemo(() => cityFills(adcodes, clusters, cluster), [adcodes, clusters, cluster]);
  const highlighted = useMemo(() => {
    if (!node || !graph) return NO_CITIES;
    return graphNode(graph, node)?.cities ?? NO_CITIES;
  }, [node, graph]);
  const labelPoints = useMemo(() => {
    const m = new Map<string, [number, number]>();
    for (const f of boundaries.data?.labels.features ?? []) m.set(f.properties.adcode, f.properties.label);
    return m;
  }, [boundaries.data]);
  const belts = useMemo(() => beltFeatures(cluster, labelPoints, lang), [cluster, labelPoints, lang]);
  const cityNames = useMemo(() => {
    const out: Record<string, string> = {};
    for (const c of dataset.cities.values()) out[c.adcode] = nameIn(lang, c.name);
    return out;
  }, [dataset, lang]);
  const counts = useMemo(() => clusterCounts(clusters), [clusters]);
  const rolesPresent = useMemo(
    () =>
      cluster ? [...new Set(adcodes.map((c) => strongestRole(cluster, c)).filter((r) => r !== null))] : [],
    [cluster, adcodes],
  );

  const sourceNames = (geo?.sources ?? [])
    .map((id) => dataset.sources.get(id)?.title.replace(/\s*\(.*\)$/, ''))
    .filter(Boolean)
    .join('; ');
  const note = geo ? nameIn(lang, geo.note) : t(lang, 'map.schematic');
  const review = geo?.reviewNumber ? ` · ${t(lang, 'map.reviewNumber')} ${geo.reviewNumber}` : '';
  const footer = `${t(lang, 'map.source')}: ${sourceNames || BUNDLED_GEO_CREDIT} · ${note}${review}`;

  useEffect(() => {
    exposeTestHooks({
      mapState: () => ({ fills, highlighted: [...highlighted], belts: belts.features.length }),
    });
  });
  const onReady = (c: MapController) => {
    viewRegistry.setMap(c);
    allowRestOfData();
    exposeTestHooks({ map: c });
  };
  useEffect(() => () => viewRegistry.setMap(null), []);

  if (boundaries.isError)
    return (
      <p role="alert" className="load-error">
        {t(lang, 'error.title')}: {boundaries.error.message}
      </p>
    );
  if (!boundaries.data) return <div className="map-view map-loading">{t(lang, 'map.loading')}</div>;
  return (
    <>
      <div className="map-toolbar">
        <label>
          {t(lang, 'city.pick')}{' '}
          <select
            value={city ?? ''}
            onChange={(e) => selectCity(e.target.value || null)}
            data-testid="city-select"
          >
            <option value="">{t(lang, 'city.none')}</option>
            {[...dataset.cities.values()].map((c) => (
              <option key={c.adcode} value={c.adcode}>
                {nameIn(lang, c.name)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <MapView
        boundaries={boundaries.data}
        bundledBoundaries={(geo?.boundaries ?? BUNDLED_GEO_PATH) === BUNDLED_GEO_PATH}
        camera={camera}
        fills={fills}
        selected={shownCity}
        highlighted={highlighted}
        belts={belts}
        lang={lang}
        cityNames={cityNames}
        footer={footer}
        ariaLabel={t(lang, 'map.aria')}
        loadingText={t(lang, 'map.loading')}
        onSelect={selectCity}
        onCamera={setMapCamera}
        onReady={onReady}
      />
      <MapLegend
        mode={cluster ? 'roles' : 'count'}
        max={Math.max(0, ...counts.values())}
        rolesPresent={rolesPresent}
        lang={lang}
      />
    </>
  );
}

/** Drawn again only when its own props change, not on every re-render of the workspace (a loading
 * list's progress ticks re-render it many times a second). */
export const MapPane = memo(MapPaneContent);
