/**
 * Everything an exported figure shows, derived from the dataset and the view's ids with the same
 * selectors the live map and diagram use (cityFills, beltFeatures, legendData), so the export cannot
 * drift from the screen. Pure: the browser glue (collect.ts) supplies boundaries, layout positions,
 * the diagram's camera, the link and the clock.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import { chartViewName } from '../app/ChartTabs.tsx';
import { BUNDLED_GEO_CREDIT } from '../app/config.ts';
import { overviewClusters } from '../app/datasetViews.ts';
import type { Positions } from '../chain/layout.ts';
import { chainStrings } from '../chain/strings.ts';
import { type LegendGroup, legendData, lightTheme } from '../chain/theme.ts';
import type { Size, View } from '../chain/viewport.ts';
import { applicationsFigure } from '../chart/applicationsLayout.ts';
import { regionFigure } from '../chart/regionLayout.ts';
import { roadmapFigure } from '../chart/roadmapLayout.ts';
import type { Dataset } from '../data/normalize.ts';
import type { Cluster } from '../data/schema.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import type { Boundaries } from '../map/geo.ts';
import { buildChainGraph, type ChainViewGraph } from '../model/chainGraph.ts';
import { gapNodeIds, gapTypeLabel } from '../model/gaps.ts';
import { graphNode, nodesInCity } from '../model/graphIndex.ts';
import { gapsOf, regionMatrixOf } from '../model/keptViews.ts';
import {
  ABSENT_FILL,
  beltFeatures,
  cityFills,
  clusterCounts,
  ROLE_FILLS,
  ROLE_ORDER,
  strongestRole,
} from '../model/mapModel.ts';
import { countSteps } from '../panels/MapLegend.tsx';
import { panelText, roleLabel } from '../panels/strings.ts';
import type { ChartView } from '../state/viewState.ts';
import type { Item } from './displayList.ts';
import { sourceEntries, viewSourceIds } from './sources.ts';
import { type FigureStrings, figureStrings } from './strings.ts';

export interface MapPart {
  boundaries: Boundaries;
  fills: Record<string, string>;
  selected: string | null;
  highlighted: readonly string[];
  belts: FeatureCollection<LineString | Point>;
  lang: Lang;
}

export interface ChainPart {
  graph: ChainViewGraph;
  /** null when no layout is at hand: the SVG then shows an empty diagram box. */
  positions: Positions | null;
  /** The live diagram's camera and size, so the export shows what is on screen; null = fit. */
  view: View | null;
  liveSize: Size | null;
  selectedId: string | null;
  emphasisIds: ReadonlySet<string> | null;
}

export interface MapLegendData {
  title: string;
  swatches: { fill: string; label: string }[];
  belt: string | null;
  base: string | null;
}

/** One of the four charts other than the force diagram, laid out at its own size. */
export interface ChartPart {
  view: ChartView;
  title: string;
  width: number;
  height: number;
  items: Item[];
}

export interface FigureInput {
  lang: Lang;
  /** Used in file names: the cluster id, or "overview". */
  slug: string;
  title: string;
  subtitle: string | null;
  map: MapPart | null;
  /** null for the overview (no cluster chosen): the figure then shows the map alone. */
  chain: ChainPart | null;
  /** Set when the view is 区域分布图, 技术路线图 or 应用领域图: drawn where the diagram would be. */
  chart: ChartPart | null;
  /** The computed 补链 list in one line per entry ("1 name: reasons"), top first; [] = none. */
  gaps: string[];
  mapLegend: MapLegendData;
  chainLegend: LegendGroup[] | null;
  /** Numbered "[n] title（publisher，date）" entries, with the source's address when it has one. */
  sources: { text: string; url: string | null }[];
  mapCredit: string;
  date: string;
  link: string;
  strings: FigureStrings;
}

export interface ViewIds {
  cluster: string | null;
  node: string | null;
  city: string | null;
  lang: Lang;
  /** Which of the four charts; the force diagram when absent. */
  view?: ChartView;
}

/** How wide the charts are laid out before the figure scales them into their box. */
const CHART_WIDTH = 900;
/** Gap entries the figure lists: the rest are in the CSV. */
const FIGURE_GAPS = 6;

export interface LiveParts {
  boundaries: Boundaries | null;
  positions?: Positions | null;
  chainView?: View | null;
  chainSize?: Size | null;
  /** The deep link (location.href in the app). */
  link: string;
  date: string;
  graph?: ChainViewGraph | null;
}

export function buildFigureInput(dataset: Dataset, ids: ViewIds, live: LiveParts): FigureInput {
  const { lang } = ids;
  const strings = figureStrings(lang);
  const entry = ids.cluster ? dataset.clusters.get(ids.cluster) : undefined;
  const cluster = entry?.cluster ?? null;
  const graph = cluster ? (live.graph ?? buildChainGraph(cluster)) : null;
  const node = graph && ids.node ? (graphNode(graph, ids.node) ?? null) : null;
  const city = ids.city ? dataset.cities.get(ids.city) : undefined;
  // As the map on screen: while the clusters' files load, from the manifest's index.
  const clusters = overviewClusters(dataset);
  const adcodes = [...dataset.cities.keys()];

  const subtitle = [
    node && `${chainStrings(lang).kind[node.kind]}${strings.colon}${nameIn(lang, node.name)}`,
    city && `${strings.city}${strings.colon}${nameIn(lang, city.name)}`,
  ].filter(Boolean);

  let map: MapPart | null = null;
  if (live.boundaries) {
    const labelPoints = new Map(
      live.boundaries.labels.features.map((f) => [f.properties.adcode, f.properties.label] as const),
    );
    map = {
      boundaries: live.boundaries,
      fills: cityFills(adcodes, clusters, cluster),
      selected: city ? city.adcode : null,
      highlighted: node?.cities ?? [],
      belts: beltFeatures(cluster, labelPoints, lang),
      lang,
    };
  }

  const chain: ChainPart | null = graph
    ? {
        graph,
        positions: live.positions ?? null,
        view: live.chainView ?? null,
        liveSize: live.chainSize ?? null,
        selectedId: node?.id ?? null,
        emphasisIds: city ? nodesInCity(graph, city.adcode) : null,
      }
    : null;

  const geo = dataset.meta.geo;
  const geoTitles = (geo?.sources ?? []).map((id) => dataset.sources.get(id)?.title ?? id);
  const mapCredit = [
    `${strings.boundaries}${strings.colon}${geoTitles.join(strings.listSep) || BUNDLED_GEO_CREDIT}`,
    geo ? nameIn(lang, geo.note) : strings.defaultNote,
    geo?.reviewNumber ? `${strings.reviewNumber} ${geo.reviewNumber}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  // The gaps and the region matrix the views have shown, not worked out again (keptViews.ts).
  const gaps = entry ? gapsOf(dataset, entry) : [];
  const gapIds = gapNodeIds(gaps);
  const view = ids.view ?? 'chain';
  let chart: ChartPart | null = null;
  if (entry && cluster && view !== 'chain') {
    const opts = {
      lang,
      width: CHART_WIDTH,
      selectedId: node?.id ?? null,
      emphasisIds: graph && city ? nodesInCity(graph, city.adcode) : null,
      gapIds,
    };
    const fig =
      view === 'region'
        ? regionFigure(regionMatrixOf(dataset, entry), opts)
        : view === 'tech'
          ? roadmapFigure(cluster, opts)
          : applicationsFigure(cluster, opts);
    chart = {
      view,
      title: chartViewName(lang, view),
      width: fig.width,
      height: fig.height,
      items: fig.items,
    };
  }
  const sep = lang === 'en' ? ', ' : '、';
  const gapLines = gaps
    .slice(0, FIGURE_GAPS)
    .map(
      (g) =>
        `${g.rank} ${nameIn(lang, g.name)}${strings.colon}${g.reasons.map((r) => gapTypeLabel(lang, r.type)).join(sep)}`,
    );
  if (gaps.length > FIGURE_GAPS) gapLines.push(strings.gapsMore.replace('{n}', String(gaps.length)));

  const sourceIds = cluster ? viewSourceIds(cluster, new Set(graph?.nodes.map((n) => n.id))) : [];
  return {
    lang,
    slug: cluster?.id ?? 'overview',
    title: cluster
      ? `${nameIn(lang, cluster.name)}${chart ? ` · ${chart.title}` : ''}`
      : nameIn(lang, dataset.meta.name),
    subtitle: subtitle.length ? subtitle.join(' · ') : null,
    map,
    chain,
    chart,
    gaps: gapLines,
    mapLegend: mapLegend(dataset, cluster, lang),
    chainLegend: cluster ? legendData(lightTheme, lang) : null,
    sources: sourceEntries(sourceIds, (id) => dataset.sources.get(id), lang).map((text, i) => ({
      text,
      url: dataset.sources.get(sourceIds[i] ?? '')?.url ?? null,
    })),
    mapCredit,
    date: live.date,
    link: live.link,
    strings,
  };
}

function mapLegend(dataset: Dataset, cluster: Cluster | null, lang: Lang): MapLegendData {
  if (!cluster) {
    const counts = clusterCounts(overviewClusters(dataset));
    return {
      title: panelText(lang, 'legend.count'),
      swatches: countSteps(Math.max(0, ...counts.values()), lang),
      belt: null,
      base: null,
    };
  }
  const present = new Set([...dataset.cities.keys()].map((c) => strongestRole(cluster, c)));
  return {
    title: panelText(lang, 'legend.roles'),
    swatches: [
      ...ROLE_ORDER.filter((r) => present.has(r)).map((r) => ({
        fill: ROLE_FILLS[r],
        label: roleLabel(lang, r),
      })),
      { fill: ABSENT_FILL, label: panelText(lang, 'legend.absent') },
    ],
    belt: panelText(lang, 'legend.belt'),
    base: panelText(lang, 'legend.base'),
  };
}

/** Local calendar date as YYYY-MM-DD (the reader's day, not UTC's). */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
