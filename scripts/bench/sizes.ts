/**
 * Bundle sizes for the bench: builds the app (vite, our config) into a temporary directory and
 * reports every emitted asset raw and gzip (level 9, as a static host's gzip would send it), and the
 * shell: what index.html loads before the first content (its scripts, module preloads and styles).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}
export interface Sizes {
  shell: Asset[];
  shellGzip: number;
  assets: Asset[];
  totalGzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function buildApp(root: string, outDir: string): void {
  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

/**
 * The "maplibre alone" page (scripts/bench/mapAlone): our map on an empty page, for the load phase
 * to show what maplibre itself takes on this machine. Built after the sizes are measured, into
 * `outDir`, so it is served beside the app.
 */
export function buildMapAlone(root: string, outDir: string): void {
  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', join(root, 'scripts/bench/mapAlone/vite.config.ts'), '--outDir', outDir],
    { cwd: root, stdio: 'inherit' },
  );
}

export function measureSizes(outDir: string): Sizes {
  const assets: Asset[] = walk(outDir)
    .filter((p) => /\.(js|mjs|css|html|json|woff2)$/.test(p))
    .map((p) => {
      const buf = readFileSync(p);
      return { file: relative(outDir, p), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] as string);
  const shellFiles = new Set(['index.html', ...referenced]);
  // Chunks a shell script imports statically load before it runs: follow `import … from "./x.js"`.
  const queue = [...shellFiles].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop() as string;
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = join(file, '..', m[1] as string);
      if (!shellFiles.has(dep)) {
        shellFiles.add(dep);
        queue.push(dep);
      }
    }
  }
  const shell = assets.filter((a) => shellFiles.has(a.file));
  return {
    shell,
    shellGzip: shell.reduce((s, a) => s + a.gzip, 0),
    assets,
    totalGzip: assets.reduce((s, a) => s + a.gzip, 0),
  };
}
