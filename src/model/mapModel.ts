/**
 * What the map shows, derived from the dataset and the selection: fills (the choropleth), highlighted
 * cities and the cluster's belts and bases. Pure: the map controller only paints what this returns.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { CityRole, Cluster, ClusterCity } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';

/** Strongest role first: a city listed with several roles is coloured by the first it has. */
export const ROLE_ORDER: readonly CityRole[] = [
  'core',
  'innovation',
  'rnd',
  'manufacturing',
  'production',
  'agglomeration',
  'supporting',
  'member',
];

export const ROLE_FILLS: Record<CityRole, string> = {
  core: '#e8793a',
  innovation: '#d9a1e0',
  rnd: '#b9a4ef',
  manufacturing: '#f2b36d',
  production: '#f6cf8f',
  agglomeration: '#8fc9b9',
  supporting: '#cfe3c2',
  member: '#f3dcb0',
};
export const ABSENT_FILL = '#eef0f2';

/** Sequential ramp for "how many of the clusters are in this city" (light → dark blue). */
const COUNT_RAMP = ['#eef4fb', '#d4e4f4', '#b5d0ec', '#93b9e1', '#6f9fd3', '#4e83c2', '#346aab'];

export function countFill(count: number, max: number): string {
  if (count <= 0 || max <= 0) return ABSENT_FILL;
  const i = Math.min(COUNT_RAMP.length - 1, Math.ceil((count / max) * (COUNT_RAMP.length - 1)));
  return COUNT_RAMP[i] ?? ABSENT_FILL;
}

/**
 * What the overview (the count map, the cluster × city matrix) needs of a cluster: the whole
 * cluster, or its entry in the manifest's index while the cluster files load.
 */
export interface ClusterOverview {
  id: string;
  name: Cluster['name'];
  kind: Cluster['kind'];
  order: number;
  cities: readonly Pick<ClusterCity, 'adcode' | 'role'>[];
}

export function strongestRole(cluster: ClusterOverview, adcode: string): CityRole | null {
  const roles = new Set(cluster.cities.filter((c) => c.adcode === adcode).map((c) => c.role));
  return ROLE_ORDER.find((r) => roles.has(r)) ?? null;
}

/** Number of clusters that name each city. */
export function clusterCounts(clusters: readonly ClusterOverview[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cluster of clusters)
    for (const code of new Set(cluster.cities.map((c) => c.adcode)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

export function cityFills(
  adcodes: readonly string[],
  clusters: readonly ClusterOverview[],
  cluster: ClusterOverview | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (cluster) {
    for (const code of adcodes) {
      const role = strongestRole(cluster, code);
      out[code] = role ? ROLE_FILLS[role] : ABSENT_FILL;
    }
    return out;
  }
  const counts = clusterCounts(clusters);
  const max = Math.max(0, ...counts.values());
  for (const code of adcodes) out[code] = countFill(counts.get(code) ?? 0, max);
  return out;
}

/** Lines through a belt's member cities and points for its bases, labelled in the current language. */
export function beltFeatures(
  cluster: Cluster | null,
  labelPoints: ReadonlyMap<string, [number, number]>,
  lang: 'zh' | 'en',
): FeatureCollection<LineString | Point> {
  const features: Feature<LineString | Point>[] = [];
  for (const belt of cluster?.belts ?? []) {
    const name = nameIn(lang, belt.name);
    const coords = belt.cities.map((c) => labelPoints.get(c)).filter((p): p is [number, number] => !!p);
    const isLine = (belt.kind === 'belt' || belt.kind === 'corridor') && coords.length >= 2;
    if (isLine) {
      features.push({
        type: 'Feature',
        properties: { belt: belt.id, kind: belt.kind },
        geometry: { type: 'LineString', coordinates: coords },
      });
    }
    // Bases and sites: a point at their city; the belt's own label sits on its middle point.
    const sitePoints = belt.sites.length
      ? belt.sites.map((s) => ({ code: s.adcode, label: nameIn(lang, s.name) }))
      : isLine
        ? []
        : belt.cities.map((code) => ({ code, label: '' }));
    sitePoints.forEach((site) => {
      const p = labelPoints.get(site.code);
      if (p)
        features.push({
          type: 'Feature',
          properties: { belt: belt.id, kind: 'site', site: site.label },
          geometry: { type: 'Point', coordinates: p },
        });
    });
    const anchor = coords[Math.floor((coords.length - 1) / 2)];
    if (anchor)
      features.push({
        type: 'Feature',
        properties: { belt: belt.id, kind: 'label', label: name },
        geometry: { type: 'Point', coordinates: anchor },
      });
  }
  return { type: 'FeatureCollection', features };
}
