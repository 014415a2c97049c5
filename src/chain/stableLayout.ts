/**
 * A stable picture when a graph grows: when a person's file adds firms to the chain on screen, the
 * nodes already there keep their places (they are passed to the layout as fixed positions) and
 * only the new ones are placed, beside their neighbours. A graph that mostly shares nothing with the
 * previous one (another cluster) is laid out afresh.
 */
import type { LayoutGraph, Positions } from './layout.ts';

/** Share of the new graph's nodes that must already have a place for the old places to be kept. */
export const CARRY_MIN_SHARE = 0.5;

export function carriedPositions(
  previous: Positions | null,
  graph: LayoutGraph,
  minShare = CARRY_MIN_SHARE,
): Positions | null {
  if (!previous || !graph.nodes.length) return null;
  const carried: Positions = {};
  let kept = 0;
  for (const d of graph.nodes) {
    const p = previous[d.id];
    if (p) {
      carried[d.id] = p;
      kept++;
    }
  }
  return kept / graph.nodes.length >= minShare ? carried : null;
}
