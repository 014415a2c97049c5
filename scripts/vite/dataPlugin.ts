/**
 * Serves the bundled dataset (data/) at ./data/ in dev and copies it into dist/data/ at build time, so the
 * app fetches its data at run time exactly like a user's own dataset, and a static host needs nothing else.
 * Only JSON files are served or emitted; data/README.md and any other file stay out of the site. The
 * manifest goes out with its cluster index (clusterIndex.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { manifestWithIndex, readBeside } from './clusterIndex.ts';

const readText = (full: string) => readFileSync(full, 'utf8');

/** A data file as the site serves it: the top-level manifest gains its cluster index. */
function served(dataDir: string, full: string): Buffer | string {
  if (full !== join(dataDir, 'manifest.json')) return readFileSync(full);
  return manifestWithIndex(readText(full), readBeside(full, readText));
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

export function dataPlugin(dataDir: string): Plugin {
  return {
    name: 'chainatlas-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const match = /\/data\/(.+\.json)$/.exec(url);
        if (!match?.[1]) return next();
        const full = normalize(join(dataDir, decodeURIComponent(match[1])));
        if (!full.startsWith(dataDir + sep)) return next();
        try {
          const body = served(dataDir, full);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end('not found');
        }
      });
    },
    generateBundle() {
      for (const full of jsonFiles(dataDir)) {
        const rel = relative(dataDir, full).split(sep).join('/');
        this.emitFile({ type: 'asset', fileName: `data/${rel}`, source: served(dataDir, full) });
      }
    },
  };
}
