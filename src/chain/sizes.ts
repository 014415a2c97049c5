/**
 * Node sizes in graph units (1 unit = 1 CSS px at zoom 1). Shared by the layout (collision radius),
 * the canvas renderer, the SVG renderer and hit-testing, so all four agree on how big a node is.
 */
import type { NodeKind, Tier } from '../data/schema.ts';

const KIND_RADIUS: Record<NodeKind, number> = {
  segment: 11,
  product: 6,
  technology: 6,
  enterprise: 4.5,
  institution: 6,
  platform: 6,
  project: 6,
  policy: 6,
};

const TIER_SCALE: Record<Tier, number> = {
  'chain-leader': 1.9,
  leading: 1.35,
  'hidden-champion': 1.1,
  specialized: 1,
  other: 1,
};

export function nodeRadius(node: { kind: NodeKind; tier?: Tier | undefined }): number {
  const r = KIND_RADIUS[node.kind];
  return node.kind === 'enterprise' && node.tier ? r * TIER_SCALE[node.tier] : r;
}
