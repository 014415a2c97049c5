/** Cluster search and grouping for the picker. Pure. */
import type { ClusterSummary } from '../data/schema.ts';

/** Case- and width-insensitive form, so "ＡＩ", "ai" and "AI" match alike. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function matchesCluster(cluster: ClusterSummary, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return [cluster.name.zh, cluster.name.en, ...cluster.nameVariants].some((n) => fold(n).includes(q));
}

export interface ClusterGroups<C extends ClusterSummary = ClusterSummary> {
  pillar: C[];
  emerging: C[];
}

/** Clusters or a manifest's index entries: the picker lists either. */
export function groupClusters<C extends ClusterSummary>(
  clusters: readonly C[],
  query: string,
): ClusterGroups<C> {
  const hits = clusters.filter((c) => matchesCluster(c, query)).sort((a, b) => a.order - b.order);
  return {
    pillar: hits.filter((c) => c.kind === 'pillar'),
    emerging: hits.filter((c) => c.kind === 'emerging'),
  };
}
