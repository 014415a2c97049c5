/**
 * `virtual:chainatlas/map-preview`: our boundaries (data/geo/guangdong.topo.json) projected at build
 * time for the loading page's map (src/map/previewBake.ts). Baked from the file on every build and
 * dev start, so it can never drift from the boundaries the live map draws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { boundariesFromTopology } from '../../src/map/geo.ts';
import { bakePreview } from '../../src/map/previewBake.ts';

const ID = 'virtual:chainatlas/map-preview';
const RESOLVED = `\0${ID}`;

export function previewPlugin(dataDir: string): Plugin {
  const file = join(dataDir, 'geo', 'guangdong.topo.json');
  return {
    name: 'chainatlas-map-preview',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      return `export default ${JSON.stringify(bakePreview(boundariesFromTopology(topology)))};`;
    },
  };
}
