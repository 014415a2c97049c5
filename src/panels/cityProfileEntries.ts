/** Which clusters a city takes part in, with its roles and its firms in each. Pure. */
import type { Cluster, ClusterCity, Enterprise } from '../data/schema.ts';

export interface CityProfileEntry {
  cluster: Cluster;
  /** The city's rows in cluster.cities (a city may hold several roles). */
  roles: ClusterCity[];
  /** The cluster's enterprises located in the city. */
  firms: Enterprise[];
}

/** Clusters that name the city or have a firm there; pillar clusters first, each kind in its order. */
export function cityProfileEntries(clusters: readonly Cluster[], adcode: string): CityProfileEntry[] {
  const entries: CityProfileEntry[] = [];
  for (const cluster of clusters) {
    const roles = cluster.cities.filter((c) => c.adcode === adcode);
    const firms = cluster.fiveOnes.enterprises.filter((e) => e.cities.includes(adcode));
    if (roles.length > 0 || firms.length > 0) entries.push({ cluster, roles, firms });
  }
  const kindRank = (c: Cluster) => (c.kind === 'pillar' ? 0 : 1);
  return entries.sort(
    (a, b) => kindRank(a.cluster) - kindRank(b.cluster) || a.cluster.order - b.cluster.order,
  );
}
