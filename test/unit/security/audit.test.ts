// @vitest-environment node
/**
 * scripts/audit.mjs offline: the lockfile we ship passes the pinned-range floor, and a planted lockfile
 * with maplibre-gl 6.4.0 (attribution XSS) and d3-color 3.0.1 (ReDoS) fails it, naming both.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const audit = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'audit.mjs'), '--offline', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('dependency floor (scripts/audit.mjs --offline)', () => {
  it('passes on our lockfile', () => {
    const r = audit();
    expect(r.stdout).toContain('audit: ok');
    expect(r.status).toBe(0);
  });

  it('fails on a lockfile resolving a vulnerable maplibre-gl and d3-color', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    lock.packages['node_modules/maplibre-gl'].version = '6.4.0';
    lock.packages['node_modules/d3-color'] = { version: '3.0.1' };
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    try {
      writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
      const r = audit('--lockfile', join(dir, 'package-lock.json'));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('maplibre-gl@6.4.0');
      expect(r.stderr).toContain('GHSA-jrc7-96c5-q579');
      expect(r.stderr).toContain('d3-color@3.0.1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
