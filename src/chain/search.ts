/**
 * Node search for the chain diagram: matches the Chinese and the English name, case- and
 * width-insensitively (NFKC folds full-width Latin such as "ＡＢＣ"), ranked exact → prefix →
 * word prefix → substring, then by importance.
 */
import { runInSlices, type Steps } from '../data/slices.ts';
import { collationRanks, collator } from '../i18n/collation.ts';
import type { ChainViewGraph, ChainViewNode } from '../model/chainGraph.ts';
import type { Lang } from './strings.ts';

export interface SearchHit {
  node: ChainViewNode;
  /** The name that matched, in the UI language when both did. */
  label: string;
  rank: number;
}

/** A hit while scanning, with its node's index (for `order`). */
type Hit = SearchHit & { index: number };

export function normalizeQuery(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A name, normalized once, with its words. */
interface Folded {
  text: string;
  words: string[];
}

/**
 * What a graph's search keeps between keystrokes (graphs are immutable). `zh`/`en`: the names,
 * folded once, by node index (normalizing every name on every keystroke costs tens of thousands of
 * NFKC passes per key on a big user graph); `folded` counts how many are so far. `last`: the
 * previous query and the indices of every node it matched, in either language. `order`: each
 * name's place in its language's collation, once warmSearch has worked it out (ties between equally
 * ranked hits then need no collator).
 */
interface SearchState {
  zh: Folded[];
  en: Folded[];
  folded: number;
  last: { q: string; matches: Int32Array } | null;
  order: Partial<Record<Lang, Int32Array>>;
}

const states = new WeakMap<ChainViewGraph, SearchState>();

function fold(name: string): Folded {
  const text = normalizeQuery(name);
  return { text, words: text.split(/[\s\-_/()（）·]+/) };
}

/** The graph's search state, with its names folded so far (warmSearch folds them ahead). */
function stateOf(graph: ChainViewGraph): SearchState {
  let st = states.get(graph);
  if (!st) {
    st = { zh: [], en: [], folded: 0, last: null, order: {} };
    states.set(graph, st);
  }
  return st;
}

/** Folds names up to node index `to`. */
function foldUpTo(graph: ChainViewGraph, st: SearchState, to: number): void {
  for (let i = st.folded; i < to; i++) {
    const n = graph.nodes[i] as ChainViewNode;
    st.zh[i] = fold(n.name.zh);
    st.en[i] = fold(n.name.en);
  }
  st.folded = Math.max(st.folded, to);
}

/** Nodes folded per step by warmSearch: a few milliseconds each. */
const WARM_SLICE = 2000;

/**
 * Above this many nodes the names are not ordered ahead, and ties are compared with the collator
 * as they come: ordering 62,500 names took 450 ms of the page's time in Chromium (in slices, but
 * beside the preparation of the cluster just picked), against a few ms saved per keystroke.
 */
const ORDER_AT_MOST = 20_000;

/** Folds the names, then works out their order in `lang`'s collation (i18n/collation.ts). */
function* warmSteps(graph: ChainViewGraph, st: SearchState, lang: Lang): Steps<void> {
  while (st.folded < graph.nodes.length) {
    foldUpTo(graph, st, Math.min(graph.nodes.length, st.folded + WARM_SLICE));
    yield;
  }
  if (st.order[lang] || graph.nodes.length > ORDER_AT_MOST) return;
  const names = graph.nodes.map((n) => n.name[lang]);
  st.order[lang] = yield* collationRanks(names, collator(lang));
}

/**
 * Gets a big graph ready for its first keystroke, a slice per task, so typing never waits for tens
 * of thousands of names at once (measured by `npm run bench`): folds its names and orders them in
 * `lang`. `onReady` is called once it is done (or at once for a small graph). Returns a cancel.
 */
export function warmSearch(graph: ChainViewGraph, lang: Lang = 'zh', onReady?: () => void): () => void {
  if (graph.nodes.length <= WARM_SLICE) {
    onReady?.();
    return () => {};
  }
  const st = stateOf(graph);
  const ctrl = new AbortController();
  void runInSlices(warmSteps(graph, st, lang), { signal: ctrl.signal, endApart: true }).then((r) => {
    if (!r.ok) return;
    rehearse(graph, st);
    onReady?.();
  });
  return () => ctrl.abort();
}

/**
 * Two throwaway searches once the names are ready: the first real keystroke would otherwise also
 * pay for the engine compiling the scan (measured 5–9 ms of a 12,500-firm first key). They leave no
 * narrowing behind (see searchNodes).
 */
function rehearse(graph: ChainViewGraph, st: SearchState): void {
  const probe = graph.nodes[0]?.name.zh.slice(0, 1) ?? '';
  if (!probe) return;
  searchNodes(graph, probe, 'zh');
  searchNodes(graph, `${probe}${probe}`, 'en');
  st.last = null;
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring; Infinity: no match (the common case, tried first). */
function score(name: Folded, q: string): number {
  const n = name.text;
  if (!n.includes(q)) return Number.POSITIVE_INFINITY;
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  for (const w of name.words) if (w.startsWith(q)) return 2;
  return 3;
}

/**
 * The nodes to scan for `q`: a query that contains the previous one (the next keystroke, typically)
 * can only match what the previous one matched, so only those are scanned again.
 */
function candidates(st: SearchState, q: string): Int32Array | null {
  return st.last && q.includes(st.last.q) ? st.last.matches : null;
}

export function searchNodes(graph: ChainViewGraph, query: string, lang: Lang, limit = 12): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const st = stateOf(graph);
  const order = st.order[lang];
  const textOrder = collator(lang);
  const byName = order
    ? (a: Hit, b: Hit) => (order[a.index] as number) - (order[b.index] as number)
    : (a: Hit, b: Hit) => textOrder.compare(a.node.name[lang], b.node.name[lang]);
  const before = (a: Hit, b: Hit) => a.rank - b.rank || b.node.importance - a.node.importance || byName(a, b);
  foldUpTo(graph, st, graph.nodes.length);
  const own = st[lang];
  const alt = st[other];
  const scan = candidates(st, q);
  const count = scan ? scan.length : graph.nodes.length;
  const matches = new Int32Array(count);
  let matched = 0;
  // Only the best `limit` are kept, in order: a one-character query over 12,500 firms matches
  // thousands, and sorting them all cost more than the search itself.
  const best: Hit[] = [];
  for (let k = 0; k < count; k++) {
    const i = scan ? (scan[k] as number) : k;
    const rankOwn = score(own[i] as Folded, q);
    const rankAlt = score(alt[i] as Folded, q);
    const rank = Math.min(rankOwn, rankAlt);
    if (rank === Number.POSITIVE_INFINITY) continue;
    matches[matched++] = i;
    const node = graph.nodes[i] as ChainViewNode;
    const last = best[best.length - 1];
    if (
      best.length >= limit &&
      last &&
      (rank > last.rank || (rank === last.rank && node.importance < last.node.importance))
    )
      continue;
    const hit = { node, rank, index: i, label: rankOwn <= rankAlt ? node.name[lang] : node.name[other] };
    if (best.length >= limit && last && before(hit, last) >= 0) continue;
    let j = best.length;
    while (j > 0 && before(hit, best[j - 1] as Hit) < 0) j--;
    best.splice(j, 0, hit);
    if (best.length > limit) best.pop();
  }
  st.last = { q, matches: matches.subarray(0, matched) };
  return best.map(({ node, rank, label }) => ({ node, rank, label }));
}
