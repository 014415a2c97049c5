/**
 * `npm run bench` — prints (never asserts) how the chain diagram performs on this machine:
 *
 *   layout   Node: computeLayout time and ticks for the largest bundled cluster (data/clusters/) and
 *            seeded synthetic graphs of 2 000 and 10 000 nodes (4 % segments, 20 % products, 76 %
 *            enterprises, ~2 links per node, power-law targets).
 *   render   Node: one full render (scene + labels + drawChain) into a recording 2D context — the
 *            JavaScript side of a frame, without rasterisation.
 *   browser  (--browser) headless Chromium via test/browser/support/browser.ts: layout, a crisp full
 *            redraw, and 3 s of drag-panning (cached-bitmap frames at large N).
 *
 * Options: --browser, --baseline (also time d3-force's defaults, 300 ticks, on the 2 000-node graph),
 * --sizes=2000,10000.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { type Ctx2D, drawChain } from '../src/chain/draw.ts';
import { computeLayout, type Positions } from '../src/chain/layout.ts';
import { activeSet, buildScene, sceneBounds, sceneLabels } from '../src/chain/scene.ts';
import { lightTheme } from '../src/chain/theme.ts';
import { fitView } from '../src/chain/viewport.ts';
import { ClusterFile } from '../src/data/schema.ts';
import { buildChainGraph, type ChainViewGraph } from '../src/model/chainGraph.ts';
import { recordingContext } from '../test/fixtures/chain/recordingContext.ts';
import { syntheticGraph } from '../test/fixtures/chain/synthetic.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '2000,10000').split(',').map(Number);
const VIEWPORT = { width: 1280, height: 800 };

export interface BenchCase {
  name: string;
  graph: ChainViewGraph;
  /** How the browser phase rebuilds the graph in the page. */
  source: { synthetic: number } | { graph: ChainViewGraph };
}

function largestBundledCluster(): BenchCase | null {
  const dir = join(root, 'data/clusters');
  if (!existsSync(dir)) return null;
  let best: BenchCase | null = null;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    try {
      const { cluster } = ClusterFile.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const graph = buildChainGraph(cluster);
      if (!best || graph.nodes.length > best.graph.nodes.length)
        best = { name: `cluster ${cluster.id}`, graph, source: { graph } };
    } catch (err) {
      console.warn(`skipping ${file}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    }
  }
  return best;
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function layoutPhase(cases: BenchCase[]): Map<string, Positions> {
  console.log('\n## layout (Node, main thread)');
  const out = new Map<string, Positions>();
  for (const c of cases) {
    const r = computeLayout(c.graph);
    out.set(c.name, r.positions);
    console.log(
      `${c.name.padEnd(28)} ${String(c.graph.nodes.length).padStart(6)} nodes ${String(c.graph.links.length).padStart(6)} links  ${ms(r.ms).padStart(9)}  ${r.ticks} ticks`,
    );
  }
  if (flag('baseline')) {
    const g = syntheticGraph(2000);
    const nodes: (SimulationNodeDatum & { id: string })[] = g.nodes.map((n) => ({ id: n.id }));
    const t0 = performance.now();
    forceSimulation(nodes)
      .force(
        'link',
        forceLink(g.links.map((l) => ({ ...l }))).id((d) => (d as { id: string }).id),
      )
      .force('charge', forceManyBody())
      .stop()
      .tick(300);
    console.log(
      `${'d3 defaults, 2 000 nodes'.padEnd(28)} 300 ticks ${ms(performance.now() - t0)} (reference)`,
    );
  }
  return out;
}

function renderPhase(cases: BenchCase[], positions: Map<string, Positions>) {
  console.log(
    `\n## render (Node, recording context, ${VIEWPORT.width}×${VIEWPORT.height}, fitted; median of 3)`,
  );
  for (const c of cases) {
    const pos = positions.get(c.name) as Positions;
    const times = { scene: [] as number[], labels: [] as number[], draw: [] as number[] };
    let calls = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const scene = buildScene(c.graph, pos);
      const state = { selectedId: null, emphasisIds: null, focusId: null };
      const active = activeSet(scene, state);
      const view = fitView(sceneBounds(scene) ?? { x0: 0, y0: 0, x1: 1, y1: 1 }, VIEWPORT, 16);
      const t1 = performance.now();
      const labels = sceneLabels(scene, state, active, view, VIEWPORT, 'zh');
      const t2 = performance.now();
      const rec = recordingContext({ record: false });
      drawChain(rec.ctx as unknown as Ctx2D, {
        scene,
        state,
        active,
        labels,
        view,
        size: VIEWPORT,
        dpr: 1,
        theme: lightTheme,
        lang: 'zh',
        pinned: new Set(),
      });
      const t3 = performance.now();
      times.scene.push(t1 - t0);
      times.labels.push(t2 - t1);
      times.draw.push(t3 - t2);
      calls = ['fill', 'stroke', 'fillText'].reduce((n, op) => n + rec.count(op), 0);
    }
    console.log(
      `${c.name.padEnd(28)} scene ${ms(median(times.scene)).padStart(9)}  labels ${ms(median(times.labels)).padStart(9)}  draw ${ms(median(times.draw)).padStart(9)}  (${calls} fill/stroke/text calls)`,
    );
  }
}

// ---------------------------------------------------------------- browser phase
/** Runs inside the page (bundled by esbuild): layout, crisp redraw, 3 s of drag-panning. */
const PAGE_SOURCE = `
import { computeLayout } from './src/chain/layout.ts';
import { createChainRenderer } from './src/chain/renderer.ts';
import { lightTheme } from './src/chain/theme.ts';
import { syntheticGraph } from './test/fixtures/chain/synthetic.ts';
const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
window.__bench = async (source) => {
  const graph = source.synthetic ? syntheticGraph(source.synthetic) : source.graph;
  const t0 = performance.now();
  const { positions, ticks } = computeLayout(graph);
  const layoutMs = performance.now() - t0;
  const host = document.getElementById('host');
  const r = createChainRenderer(host, { theme: lightTheme, lang: 'zh', onSelect() {}, onHover() {} });
  r.update({ graph, positions, selectedId: null, emphasisIds: null, focusId: null, lang: 'zh' });
  await frame();
  await frame();
  const redraw = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    r.toCanvas(1).getContext('2d').getImageData(0, 0, 1, 1); // forces the raster work to finish
    redraw.push(performance.now() - t);
  }
  const canvas = host.querySelector('canvas');
  const fire = (type, x, y) => canvas.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 7, pointerType: 'mouse', button: 0, bubbles: true }));
  // (3, 3) lies in the fit padding, outside every lane: the press starts a pan, not a node drag.
  fire('pointerdown', 3, 3);
  const intervals = [];
  let last = await frame();
  const start = last;
  while (last - start < 3000) {
    const t = (last - start) / 1000;
    fire('pointermove', 3 + 200 * Math.sin(t * 2), 3 + 120 * Math.sin(t * 3));
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  const up = performance.now();
  fire('pointerup', 3, 3);
  await frame();
  await frame();
  const settle = performance.now() - up;
  r.destroy();
  return { layoutMs, ticks, redraw: median(redraw), pan: { median: median(intervals), p95: p95(intervals), fps: intervals.length / ((last - start) / 1000) }, settle };
};
`;

async function browserPhase(cases: BenchCase[]) {
  console.log(`\n## browser (headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, DPR 1)`);
  const support = join(root, 'test/browser/support/browser.ts');
  if (!existsSync(support)) {
    console.log('(test/browser/support/browser.ts not found: skipped)');
    return;
  }
  const { launchBrowser } = (await import(pathToFileURL(support).href)) as {
    launchBrowser(): Promise<import('playwright-core').Browser>;
  };
  // esbuild is already installed (tsx runs on it); bundling here keeps the bench free of the app build.
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: { contents: PAGE_SOURCE, resolveDir: root, loader: 'ts', sourcefile: 'bench-page.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const browser = await launchBrowser();
  try {
    for (const c of cases) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.setContent(
        `<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="host" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></div></body>`,
      );
      await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
      const r = (await page.evaluate(
        (source) => (window as unknown as { __bench(s: unknown): Promise<unknown> }).__bench(source),
        c.source,
      )) as {
        layoutMs: number;
        ticks: number;
        redraw: number;
        pan: { median: number; p95: number; fps: number };
        settle: number;
      };
      console.log(
        `${c.name.padEnd(28)} layout ${ms(r.layoutMs).padStart(9)} (${r.ticks} ticks)  full redraw ${ms(r.redraw).padStart(8)}  ` +
          `pan median ${ms(r.pan.median)} p95 ${ms(r.pan.p95)} ${r.pan.fps.toFixed(1)} fps  crisp after pan ${ms(r.settle)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const cases: BenchCase[] = [];
  const bundled = largestBundledCluster();
  if (bundled) cases.push(bundled);
  else console.log('(no bundled clusters in data/clusters/)');
  for (const n of sizes)
    cases.push({ name: `synthetic ${n}`, graph: syntheticGraph(n), source: { synthetic: n } });

  const positions = layoutPhase(cases);
  renderPhase(cases, positions);
  if (flag('browser')) await browserPhase(cases);
  else {
    console.log('\n(browser frame times: npm run bench -- --browser)');
  }
}

await main();
