/**
 * Every source id a record tree cites, in order of first appearance. Walks any value: a `sources`
 * array of strings is a list of citations (a cluster file's `sources` array of Source objects is not,
 * and is skipped as ids but still walked). Pure; safe on cyclic values.
 */
export function collectSourceIds(value: unknown): string[] {
  const out: string[] = [];
  const seenIds = new Set<string>();
  const seen = new WeakSet<object>();
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v) walk(item);
      return;
    }
    for (const [key, child] of Object.entries(v)) {
      if (key === 'sources' && Array.isArray(child))
        for (const id of child)
          if (typeof id === 'string' && !seenIds.has(id)) {
            seenIds.add(id);
            out.push(id);
          }
      walk(child);
    }
  };
  walk(value);
  return out;
}
