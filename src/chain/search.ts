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

/** One collator per language: `localeCompare(…, locale)` builds one per call, which made sorting a
 * few thousand hits of a one-character query cost tens of milliseconds. */
const COLLATORS: Record<Lang, Intl.Collator> = {
  zh: new Intl.Collator('zh-CN'),
  en: new Intl.Collator('en'),
};

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

/** The graph's folded names so far (warmSearch fills them ahead, a slice at a time). */
function namesOf(graph: ChainViewGraph): Map<ChainViewNode, { zh: Folded; en: Folded }> {
  let m = foldedNames.get(graph);
  if (!m) {
    m = new Map();
    foldedNames.set(graph, m);
  }
  return m;
}

function foldedOf(graph: ChainViewGraph): Map<ChainViewNode, { zh: Folded; en: Folded }> {
  const m = namesOf(graph);
  if (m.size < graph.nodes.length) foldSome(graph, m, 0, graph.nodes.length);
  return m;
}

function foldSome(
  graph: ChainViewGraph,
  m: Map<ChainViewNode, { zh: Folded; en: Folded }>,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const n = graph.nodes[i] as ChainViewNode;
    if (!m.has(n)) m.set(n, { zh: fold(n.name.zh), en: fold(n.name.en) });
  }
}

/** Nodes folded per task by warmSearch: a few milliseconds each. */
const WARM_SLICE = 2000;

/**
 * Folds a big graph's names ahead of the first keystroke, a slice per task, so typing never waits
 * for tens of thousands of names at once (measured by `npm run bench`). Returns a cancel.
 */
export function warmSearch(graph: ChainViewGraph): () => void {
  if (graph.nodes.length <= WARM_SLICE) return () => {};
  const map = namesOf(graph);
  let from = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const step = () => {
    const to = Math.min(graph.nodes.length, from + WARM_SLICE);
    foldSome(graph, map, from, to);
    from = to;
    timer = from < graph.nodes.length ? setTimeout(step, 0) : setTimeout(rehearse, 0);
  };
  // Two throwaway searches once the names are folded: the first real keystroke would otherwise
  // also pay for the engine compiling the scan (measured 5–9 ms of a 12,500-firm first key).
  const rehearse = () => {
    timer = null;
    const probe = graph.nodes[0]?.name.zh.slice(0, 1) ?? '';
    if (!probe) return;
    searchNodes(graph, probe, 'zh');
    searchNodes(graph, `${probe}${probe}`, 'en');
  };
  timer = setTimeout(step, 0);
  return () => {
    if (timer) clearTimeout(timer);
  };
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
  const collator = COLLATORS[lang];
  const before = (a: SearchHit, b: SearchHit) =>
    a.rank - b.rank ||
    b.node.importance - a.node.importance ||
    collator.compare(a.node.name[lang], b.node.name[lang]);
  // Only the best `limit` are kept, in order: a one-character query over 12,500 firms matches
  // thousands, and sorting them all cost more than the search itself.
  const best: SearchHit[] = [];
  const folded = foldedOf(graph);
  for (const node of graph.nodes) {
    const names = folded.get(node) as { zh: Folded; en: Folded };
    const own = score(names[lang], q);
    const alt = score(names[other], q);
    const rank = Math.min(own, alt);
    if (rank === Number.POSITIVE_INFINITY) continue;
    const last = best[best.length - 1];
    if (
      best.length >= limit &&
      last &&
      (rank > last.rank || (rank === last.rank && node.importance < last.node.importance))
    )
      continue;
    const hit = { node, rank, label: own <= alt ? node.name[lang] : node.name[other] };
    if (best.length >= limit && last && before(hit, last) >= 0) continue;
    let i = best.length;
    while (i > 0 && before(hit, best[i - 1] as SearchHit) < 0) i--;
    best.splice(i, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best;
}
