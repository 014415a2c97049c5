/**
 * The single-file build: `npm run build:single` makes dist-single/chainatlas.html, which a person can
 * mail or copy to a laptop and open by double-click. From file://, with no server and no network, the
 * map and the diagram render, a large file of their own still parses in its (inlined) worker, and
 * nothing is requested from anywhere but the file itself.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalReferences, rawTextElements } from '../../scripts/vite/single/inlineHtml.ts';
import { launchBrowser } from './support/browser.ts';
import { loadUserFile } from './support/driver.ts';
import { waitForChainIn, waitForMapIn } from './support/embedDriver.ts';
import { type AppSession, openApp } from './support/session.ts';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'dist-single');
const file = join(outDir, 'chainatlas.html');
const fileUrl = pathToFileURL(file).href;

/** Requests a page opened from disk may make: the file itself, and what it builds in memory. */
function offline(url: string): boolean {
  return url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:');
}

let browser: Browser;

beforeAll(async () => {
  // Always from the current sources, exactly as `npm run build:single` runs it (a production build:
  // vitest's NODE_ENV=test would otherwise give React's development build).
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'vite.single.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`build:single failed:\n${run.stdout}\n${run.stderr}`);
  browser = await launchBrowser();
}, 180000);
afterAll(async () => {
  await browser?.close();
});

describe('the single file', () => {
  it('is one self-contained HTML file with a hash-based CSP and the data inside', () => {
    expect(readdirSync(outDir)).toEqual(['chainatlas.html']);
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|'self'|https?:/);
    expect(externalReferences(html)).toEqual([]);
    const elements = rawTextElements(html);
    expect(elements.filter((e) => /\ssrc=/.test(e.attrs))).toEqual([]);
    expect(elements.map((e) => e.tag).sort()).toEqual(['script', 'script', 'style']);
    const block = /<script type="application\/json" id="chainatlas-data">([^<]*)<\/script>/.exec(html)?.[1];
    expect(block).toBeDefined();
    const data = JSON.parse(block ?? '') as { files: Record<string, string>; assets: Record<string, string> };
    expect(data.files['data/clusters/petrochem.json']).toBe(
      readFileSync(join(root, 'data', 'clusters', 'petrochem.json'), 'utf8'),
    );
    expect(Object.keys(data.files)).toContain('data/geo/guangdong.topo.json');
    expect(Object.keys(data.assets).sort()).toEqual([
      'fonts/chainatlas-cjk-400.woff2',
      'fonts/chainatlas-cjk-700.woff2',
      'fonts/chainatlas-latin-400.woff2',
      'fonts/chainatlas-latin-700.woff2',
    ]);
  });
});

describe('opened from disk (file://), offline', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp(browser, `${fileUrl}?c=petrochem`);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('renders the map and the diagram of the cluster named in the address', async () => {
    await waitForMapIn(app.page);
    await waitForChainIn(app.page);
    expect(await app.page.locator('.chain-title').textContent()).toBe('绿色石化');
    expect(await app.page.locator('.data-panel').getAttribute('data-source')).toBe('bundled');
  });

  it('parses a large file of my own in its inlined worker', async () => {
    // Over 1 MB, so the parse runs in the worker (src/data/limits.ts): the bundled cluster, padded.
    const text = readFileSync(join(root, 'data', 'clusters', 'petrochem.json'), 'utf8');
    const padded = `${text.trimEnd()}${' '.repeat(1_100_000)}\n`;
    await loadUserFile(app.page, 'my-petrochem.json', padded);
    await expect
      .poll(() => app.page.locator('.data-panel').getAttribute('data-source'), { timeout: 20000 })
      .toBe('user');
    expect(await app.page.locator('.data-problem').count()).toBe(0);
    expect(app.requests.filter((r) => r.startsWith('blob:')).length).toBeGreaterThan(0);
  });

  it('requested nothing but the file itself and what it made in memory, and logged no error', () => {
    expect(app.requests.filter((r) => !offline(r))).toEqual([]);
    expect(app.requests.filter((r) => r.startsWith('file:'))).toEqual([`${fileUrl}?c=petrochem`]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});

describe('the hosted build opened from disk by mistake', () => {
  it('says to use a web server or the single file, instead of a blank page', async () => {
    const app = await openApp(browser, pathToFileURL(join(root, 'dist', 'index.html')).href);
    try {
      const note = app.page.getByTestId('embed-note');
      await note.waitFor({ timeout: 15000 });
      expect(await note.textContent()).toContain('dist-single/chainatlas.html');
      expect(app.pageErrors).toEqual([]);
      expect(app.cspViolations).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
