/**
 * The manifest as our site serves it carries `clusterIndex`: each listed cluster's id, names, kind,
 * order and cities with their roles, read from its file at build (or dev-serve) time. A deep link
 * loads its own cluster first and the start page none (src/data/load.ts `onlyCluster`); with the
 * index the picker lists all the clusters at once, and the start page's map and cluster × city
 * matrix are drawn before the cluster files are checked. The index can never drift from the files,
 * because nobody writes it by hand.
 * A manifest that already has an index, or is not one, is returned as it was.
 */
import { dirname, join } from 'node:path';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cluster city as the index carries it: its adcode and role, nothing else. */
const cityAndRole = (c: unknown) => (isObj(c) ? { adcode: c.adcode, role: c.role } : c);

/** `read`: a file's text by its path relative to the manifest's folder, or null when missing. */
export function manifestWithIndex(manifestText: string, read: (path: string) => string | null): string {
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return manifestText;
  }
  if (!isObj(manifest) || 'clusterIndex' in manifest || !isObj(manifest.files)) return manifestText;
  const paths = manifest.files.clusters;
  if (!Array.isArray(paths)) return manifestText;
  const index: Obj[] = [];
  for (const path of paths) {
    if (typeof path !== 'string') continue;
    const text = read(path);
    if (text === null) continue;
    try {
      const file: unknown = JSON.parse(text);
      const c = isObj(file) && isObj(file.cluster) ? file.cluster : null;
      if (!c) continue;
      index.push({
        id: c.id,
        name: c.name,
        nameVariants: c.nameVariants ?? [],
        kind: c.kind,
        order: c.order,
        ...(Array.isArray(c.cities) ? { cities: c.cities.map(cityAndRole) } : {}),
      });
    } catch {
      // A file that does not parse is reported when it loads; the index just leaves it out.
    }
  }
  return `${JSON.stringify({ ...manifest, clusterIndex: index }, null, 2)}\n`;
}

/** A reader of files beside `manifestFile` on disk. */
export function readBeside(
  manifestFile: string,
  readText: (full: string) => string,
): (path: string) => string | null {
  const dir = dirname(manifestFile);
  return (path) => {
    try {
      return readText(join(dir, path));
    } catch {
      return null;
    }
  };
}
