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

/** A name, normalized once, with its words. */
interface Folded {
  text: string;
  words: string[];
}

/**
 * Folded names per graph (graphs are immutable): normalizing every name on every keystroke costs
 * tens of thousands of NFKC passes per key on a big user graph.
 */
const foldedNames = new WeakMap<ChainViewGraph, Map<ChainViewNode, { zh: Folded; en: Folded }>>();

function fold(name: string): Folded {
  const text = normalizeQuery(name);
  return { text, words: text.split(/[\s\-_/()（）·]+/) };
}

function foldedOf(graph: ChainViewGraph): Map<ChainViewNode, { zh: Folded; en: Folded }> {
  let m = foldedNames.get(graph);
  if (!m) {
    m = new Map(graph.nodes.map((n) => [n, { zh: fold(n.name.zh), en: fold(n.name.en) }]));
    foldedNames.set(graph, m);
  }
  return m;
}

function score(name: Folded, q: string): number {
  const n = name.text;
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  if (name.words.some((w) => w.startsWith(q))) return 2;
  if (n.includes(q)) return 3;
  return Number.POSITIVE_INFINITY;
}

export function searchNodes(graph: ChainViewGraph, query: string, lang: Lang, limit = 12): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const hits: SearchHit[] = [];
  const folded = foldedOf(graph);
  for (const node of graph.nodes) {
    const names = folded.get(node) as { zh: Folded; en: Folded };
    const own = score(names[lang], q);
    const alt = score(names[other], q);
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
