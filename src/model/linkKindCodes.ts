/** A small number per link kind: for numeric keys (chainGraph's duplicate check) and for the
 * layout worker's packed messages (chain/layoutWire.ts). */
import type { LinkKind } from '../data/schema.ts';

export const LINK_KIND_CODE: Record<LinkKind, number> = {
  supplies: 0,
  part_of: 1,
  enables: 2,
  located_in: 3,
  applies_to: 4,
  supports: 5,
};

export const LINK_KIND_COUNT = Object.keys(LINK_KIND_CODE).length;
