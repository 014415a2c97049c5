/**
 * What the single file carries besides code: every data file the manifest lists (plus the manifest and
 * the map boundaries it names), as text exactly as in data/, and the fonts as data: URLs. Paths are
 * relative to the page, as the hosted build serves them (data/…, fonts/…).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { InlinedBundle } from '../../../src/data/inlined.ts';

function inside(dir: string, rel: string): string {
  const full = normalize(join(dir, rel));
  if (!full.startsWith(dir + sep)) throw new Error(`manifest path leaves data/: ${rel}`);
  return full;
}

/** data/manifest.json and what it lists; throws on a file that is missing (the build must not ship a hole). */
export function dataFiles(dataDir: string): Record<string, string> {
  const manifestText = readFileSync(join(dataDir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as {
    files: { sources: string; cities: string; framework?: string; models?: string; clusters: string[] };
    geo?: { boundaries?: string };
  };
  const f = manifest.files;
  const listed = [f.sources, f.cities, f.framework, f.models, ...f.clusters, manifest.geo?.boundaries];
  const out: Record<string, string> = { 'data/manifest.json': manifestText };
  for (const rel of listed) {
    if (!rel) continue;
    out[`data/${rel}`] = readFileSync(inside(dataDir, rel), 'utf8');
  }
  return out;
}

/** fonts/*.woff2 → data:font/woff2;base64 URLs. */
export function fontAssets(fontsDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(fontsDir)
    .filter((n) => n.endsWith('.woff2'))
    .sort())
    out[`fonts/${name}`] = `data:font/woff2;base64,${readFileSync(join(fontsDir, name)).toString('base64')}`;
  return out;
}

export function buildBundle(dataDir: string, fontsDir: string): InlinedBundle {
  return { version: 1, files: dataFiles(dataDir), assets: fontAssets(fontsDir) };
}
