/** Cluster search and grouping for the picker. Pure. */
import type { Cluster } from '../data/schema.ts';

/** Case- and width-insensitive form, so "ＡＩ", "ai" and "AI" match alike. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function matchesCluster(cluster: Cluster, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return [cluster.name.zh, cluster.name.en, ...cluster.nameVariants].some((n) => fold(n).includes(q));
}

export interface ClusterGroups {
  pillar: Cluster[];
  emerging: Cluster[];
}

export function groupClusters(clusters: readonly Cluster[], query: string): ClusterGroups {
  const hits = clusters.filter((c) => matchesCluster(c, query)).sort((a, b) => a.order - b.order);
  return {
    pillar: hits.filter((c) => c.kind === 'pillar'),
    emerging: hits.filter((c) => c.kind === 'emerging'),
  };
}
