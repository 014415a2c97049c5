/**
 * Which chain-diagram node stands for a 五个一 record. The diagram (src/model/chainGraph.ts) draws a
 * record as its own node, id = record id, when the chain already has that id or when at least one of
 * the record's segments exists in the chain. Records with neither are not in the diagram.
 */
import type { Cluster } from '../../data/schema.ts';

export function chainNodeIds(cluster: Cluster): ReadonlySet<string> {
  return new Set(cluster.chain.nodes.map((n) => n.id));
}

export function chainNodeIdFor(
  nodeIds: ReadonlySet<string>,
  record: { id: string; segments: readonly string[] },
): string | null {
  if (nodeIds.has(record.id)) return record.id;
  return record.segments.some((s) => s !== record.id && nodeIds.has(s)) ? record.id : null;
}
