/**
 * How far each record hung on a hub sits from it. A person's 企业名录 can put ten thousand firms on
 * one segment, each tied to it by a single `part_of` link: at the link's own length (28 units) they
 * cannot all fit, so they pile up in a blob that the collision force fights on every tick (a
 * 62,500-node layout took 23–35 s, nearly all of it collisions, and still overlapped). Here the
 * records that hang on a hub by their only link get lengths that fill a disc around it: the k-th
 * of them (链主 and 骨干 first, then in the data's order) at `FILL · spacing · √(k + ½)`, never
 * shorter than the link's own length. A hub with a dozen such records, as in the bundled clusters,
 * keeps the plain lengths; only the ones beyond fill outward.
 */
import { TIER_RANK } from '../model/codes.ts';
import type { LayoutGraph } from './layout.ts';

/** √(1 / (0.8 π)): discs of this radius per √count hold that many nodes at 80 % packing. */
const FILL = 0.63;

/**
 * Per link of `graph` (same order): `base(i)`, or longer for a degree-1 node's `part_of` link to a
 * hub as above. `spacing(n)` is the centre-to-centre distance two touching copies of node n need.
 */
export function leafLinkDistances(
  graph: LayoutGraph,
  base: (link: number) => number,
  spacing: (node: number) => number,
): Float64Array {
  const { nodes, links } = graph;
  const index = new Map<string, number>();
  nodes.forEach((d, i) => {
    index.set(d.id, i);
  });
  const degree = new Int32Array(nodes.length);
  const ends = new Int32Array(links.length * 2).fill(-1);
  links.forEach((l, k) => {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s === undefined || t === undefined || s === t) return;
    ends[2 * k] = s;
    ends[2 * k + 1] = t;
    degree[s] = (degree[s] as number) + 1;
    degree[t] = (degree[t] as number) + 1;
  });
  const out = Float64Array.from(links, (_, k) => base(k));
  // Each hub's leaves: [link, leaf] pairs.
  const leaves = new Map<number, number[]>();
  links.forEach((l, k) => {
    const s = ends[2 * k] as number;
    const t = ends[2 * k + 1] as number;
    if (l.kind !== 'part_of' || s < 0) return;
    const [leaf, hub] =
      degree[s] === 1 && degree[t] !== 1 ? [s, t] : degree[t] === 1 && degree[s] !== 1 ? [t, s] : [-1, -1];
    if (leaf < 0) return;
    const list = leaves.get(hub);
    if (list) list.push(k, leaf);
    else leaves.set(hub, [k, leaf]);
  });
  const rank = (leaf: number) => TIER_RANK[nodes[leaf]?.tier ?? 'other'];
  for (const list of leaves.values()) {
    const order = Array.from({ length: list.length / 2 }, (_, i) => i);
    // Stable: within a tier, the data's order.
    order.sort((a, b) => rank(list[2 * a + 1] as number) - rank(list[2 * b + 1] as number));
    order.forEach((at, k) => {
      const link = list[2 * at] as number;
      const leaf = list[2 * at + 1] as number;
      out[link] = Math.max(out[link] as number, FILL * spacing(leaf) * Math.sqrt(k + 0.5));
    });
  }
  return out;
}
