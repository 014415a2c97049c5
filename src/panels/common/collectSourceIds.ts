/**
 * Every source id a record tree cites, in order of first appearance. Walks any value: a `sources`
 * array of strings is a list of citations (a cluster file's `sources` array of Source objects is not,
 * and is skipped as ids but still walked). Pure; safe on cyclic values.
 * A cluster with a person's 60,000 firms is walked on every pick, so the walk avoids per-object
 * allocations, and results for frozen (dataset) values are kept.
 */
const cache = new WeakMap<object, readonly string[]>();

export function collectSourceIds(value: unknown): string[] {
  const frozen = typeof value === 'object' && value !== null && Object.isFrozen(value);
  const known = frozen ? cache.get(value) : undefined;
  if (known) return [...known];
  const out: string[] = [];
  const seenIds = new Set<string>();
  // Only the path from the root can close a cycle; a subtree shared by two records is walked twice.
  const path: object[] = [];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object' || path.includes(v)) return;
    path.push(v);
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object') walk(item);
    } else {
      const rec = v as Record<string, unknown>;
      for (const key in rec) {
        if (!Object.hasOwn(rec, key)) continue;
        const child = rec[key];
        if (key === 'sources' && Array.isArray(child))
          for (const id of child)
            if (typeof id === 'string' && !seenIds.has(id)) {
              seenIds.add(id);
              out.push(id);
            }
        if (typeof child === 'object') walk(child);
      }
    }
    path.pop();
  };
  walk(value);
  if (frozen) cache.set(value as object, out.slice());
  return out;
}
