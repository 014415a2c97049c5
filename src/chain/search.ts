/**
 * Node search for the chain diagram: matches the Chinese and the English name, case- and
 * width-insensitively (NFKC folds full-width Latin such as "ＡＢＣ"), ranked exact → prefix →
 * word prefix → substring, then by importance.
 */
import type { ChainViewGraph, ChainViewNode } from '../model/chainGraph.ts';
import type { Lang } from './strings.ts';

export interface SearchHit {
  node: ChainViewNode;
  /** The name that matched, in the UI language when both did. */
  label: string;
  rank: number;
}

export function normalizeQuery(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function score(name: string, q: string): number {
  const n = normalizeQuery(name);
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  if (n.split(/[\s\-_/()（）·]+/).some((w) => w.startsWith(q))) return 2;
  if (n.includes(q)) return 3;
  return Number.POSITIVE_INFINITY;
}

export function searchNodes(graph: ChainViewGraph, query: string, lang: Lang, limit = 12): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const hits: SearchHit[] = [];
  for (const node of graph.nodes) {
    const own = score(node.name[lang], q);
    const alt = score(node.name[other], q);
    const rank = Math.min(own, alt);
    if (rank === Number.POSITIVE_INFINITY) continue;
    hits.push({ node, rank, label: own <= alt ? node.name[lang] : node.name[other] });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.node.importance - a.node.importance ||
      a.node.name[lang].localeCompare(b.node.name[lang], lang === 'zh' ? 'zh-CN' : 'en'),
  );
  return hits.slice(0, limit);
}
