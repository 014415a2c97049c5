/**
 * `npm run bench` — prints (never asserts) how ChainAtlas performs on this machine, side by side with
 * two references installed as dev dependencies for the bench only: force-graph, and plain d3-force
 * with a canvas redrawn on d3-zoom. Everything runs in one headless Chromium session (the browser the
 * test suite uses), medians of several runs. Writes bench-out/bench.json and bench-out/bench.md.
 *
 *   sizes    the app built with our vite config: shell (what index.html loads before first content)
 *            and every chunk, raw and gzip.
 *   load     `/` and a deep link (?c=robotics): first contentful paint, the map's first paint, maplibre's
 *            first frame, load and idle, the first chain diagram, longest main-thread task, bytes;
 *            again on a slow link (4 Mbit/s, 60 ms round trip). Beside them, our map alone on an
 *            empty page (scripts/bench/mapAlone): what maplibre itself needs on this machine.
 *   layout   seeded synthetic graphs (2k, 10k, 50k nodes, ~2 links per node, communities): ours vs
 *            d3-force's defaults — time, movement on the last tick, time to < 0.1 units/tick, edge
 *            crossings per 1,000 link pairs, stress, overlapping nodes (scripts/bench/quality.ts).
 *   render   the same fixed positions drawn by ours, force-graph and d3 + canvas: mount, 3 s of real
 *            mouse drag-panning, the second after release, 3 s of programmatic pans.
 *   stable   10 % new firms join a laid-out graph: how far the nodes already drawn move.
 *   list     a 100,000-row CSV of firms loaded in the app, then keystrokes in the chain search.
 *   install  `npm ci` of our lockfile in an empty directory (warm npm cache; --install=cold: empty).
 *
 * Options: --only=sizes,load,layout,list,install (layout includes render), --sizes=2000,10000,50000,
 * --runs=3, --load-runs=5 (app loads on the fast link, round by round), --rows=100000,
 * --install=warm|cold|no, --quick (2k and 10k, one run, no install).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/browser/support/browser.ts';
import { serveStatic } from '../test/browser/support/server.ts';
import { appLoadPhase, SLOW_NET } from './bench/appLoad.ts';
import { bigListPhase } from './bench/bigList.ts';
import { graphPhases, stablePhase } from './bench/graphs.ts';
import { installPhase } from './bench/install.ts';
import { type BenchReport, reportMarkdown } from './bench/report.ts';
import { buildApp, buildMapAlone, measureSizes } from './bench/sizes.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = args.includes('--quick');
const only = new Set((opt('only') ?? 'sizes,load,layout,list,install').split(','));
const sizes = (opt('sizes') ?? (quick ? '2000,10000' : '2000,10000,50000')).split(',').map(Number);
const runs = Number(opt('runs') ?? (quick ? 1 : 3));
// Loads vary most from run to run here, and the map's bound is judged on them: more of them.
const loadRuns = Number(opt('load-runs') ?? (quick ? 1 : 5));
const rows = Number(opt('rows') ?? 100_000);
const install = (opt('install') ?? (quick ? 'no' : 'warm')) as 'warm' | 'cold' | 'no';
const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

async function main() {
  const browser = await launchBrowser();
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? '?',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      browser: browser.version(),
    },
    runs,
  };
  const outDir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-dist-'));
  try {
    if (only.has('sizes') || only.has('load') || only.has('list')) {
      log('building the app');
      buildApp(root, outDir);
      report.sizes = measureSizes(outDir);
      if (only.has('load')) buildMapAlone(root, join(outDir, 'map-alone'));
    }
    if (only.has('load') || only.has('list')) {
      const server = await serveStatic(outDir, { prefix: '/app/', gzip: true });
      try {
        if (only.has('load')) {
          log('app load');
          const pages = [
            { label: 'start page /', query: '', chain: false },
            { label: 'deep link ?c=robotics', query: '?c=robotics', chain: true },
          ];
          // What maplibre takes by itself here: the bound on the app's map idle is judged against it.
          const alone = { label: 'maplibre alone (our map, empty page)', query: 'map-alone/', chain: false };
          report.load = await appLoadPhase(browser, server.url, [...pages, alone], loadRuns);
          log('app load on a slow link');
          report.loadSlow = await appLoadPhase(browser, server.url, pages, runs, SLOW_NET);
        }
        if (only.has('list')) {
          log(`${rows.toLocaleString('en')}-row list`);
          report.list = await bigListPhase(browser, server.url, rows);
        }
      } finally {
        await server.close();
      }
    }
    if (only.has('layout')) {
      const { layout, render } = await graphPhases(browser, root, sizes, { runs, log });
      report.layout = layout;
      report.render = render;
      report.stable = sizes.filter((n) => n <= 10_000).map(stablePhase);
    }
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  if (only.has('install') && install !== 'no') {
    log(`npm ci (${install} cache)`);
    report.install = installPhase(root, install);
  }
  const md = reportMarkdown(report);
  console.log(md);
  mkdirSync(join(root, 'bench-out'), { recursive: true });
  writeFileSync(join(root, 'bench-out/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(root, 'bench-out/bench.md'), md);
  log('wrote bench-out/bench.json and bench-out/bench.md');
}

await main();
