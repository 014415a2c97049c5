/**
 * Small numbers for link kinds and tiers: for numeric keys (chainGraph's duplicate check), for the
 * layout worker's packed messages (chain/layoutWire.ts) and for ranking firms by tier
 * (chain/leafDistances.ts). Here rather than from the schema's enums, so that the layout worker
 * needs no zod.
 */
import type { LinkKind, Tier } from '../data/schema.ts';

export const LINK_KIND_CODE: Record<LinkKind, number> = {
  supplies: 0,
  part_of: 1,
  enables: 2,
  located_in: 3,
  applies_to: 4,
  supports: 5,
};

export const LINK_KIND_COUNT = Object.keys(LINK_KIND_CODE).length;

/** From 链主 down, in the schema's order. */
export const TIER_RANK: Record<Tier, number> = {
  'chain-leader': 0,
  leading: 1,
  'hidden-champion': 2,
  specialized: 3,
  other: 4,
};
