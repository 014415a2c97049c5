/**
 * What kind of ChainAtlas file a JSON value is. Its own module because both the loader (load.ts)
 * and the byte parser that runs in the worker (parseBytes.ts) ask, and the loader imports the parser.
 */
export type JsonFileKind = 'manifest' | 'bundle' | 'cluster' | 'unknown';

/** What kind of ChainAtlas file a (migrated) JSON value is, judged by its top-level fields. */
export function jsonFileKind(json: unknown): JsonFileKind {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'unknown';
  if (Object.hasOwn(json, 'files')) return 'manifest';
  if (Object.hasOwn(json, 'clusters')) return 'bundle';
  if (Object.hasOwn(json, 'cluster')) return 'cluster';
  return 'unknown';
}
