/**
 * Performance marks read by `npm run bench` (scripts/bench/appLoad.ts): each is set once per page,
 * the first time its moment comes. Remembered here, so a caller on a hot path (the chain renderer's
 * every frame) costs one Set lookup, not a scan of the performance timeline.
 */
const marked = new Set<string>();

export function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  globalThis.performance?.mark?.(name);
}
