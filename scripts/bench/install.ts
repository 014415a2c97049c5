/**
 * Fresh-install time: `npm ci` of our package.json and lockfile in an empty temporary directory.
 * `warm` uses this machine's npm cache (packages already downloaded once, the usual case on a
 * developer machine and in CI with a cache); `cold` uses an empty cache, so every package is fetched
 * from the registry. Also reports whether any package ran a native build (node-gyp).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface InstallRow {
  cache: 'warm' | 'cold';
  seconds: number;
  nativeBuild: boolean;
}

export function installPhase(root: string, cache: 'warm' | 'cold'): InstallRow {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-install-'));
  try {
    copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
    copyFileSync(join(root, 'package-lock.json'), join(dir, 'package-lock.json'));
    const args = ['ci', '--no-audit', '--no-fund', '--foreground-scripts'];
    if (cache === 'cold') args.push('--cache', join(dir, '.npm-cache'));
    const t0 = performance.now();
    const log = execFileSync('npm', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const seconds = (performance.now() - t0) / 1000;
    return { cache, seconds, nativeBuild: /node-gyp|gyp info/.test(log) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
