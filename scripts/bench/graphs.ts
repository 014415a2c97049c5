/**
 * Bench phases on seeded synthetic graphs, in one headless Chromium session:
 * - layout: ours vs d3-force's defaults on the same graph; time, ticks, movement on the last tick,
 *   time to < 0.1 units/tick, and the quality figures of quality.ts;
 * - render: the same fixed positions (our layout's) drawn by ours, force-graph and d3 + canvas;
 *   mount time, 3 s of real mouse drag-panning, the second after release, 3 s of programmatic pans.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { computeLayout } from '../../src/chain/layout.ts';
import { nodeRadius } from '../../src/chain/sizes.ts';
import { carriedPositions } from '../../src/chain/stableLayout.ts';
import { moves, withNewFirms } from '../../test/fixtures/chain/grow.ts';
import { syntheticGraph } from '../../test/fixtures/chain/synthetic.ts';
import type { BenchPageApi, FrameStats, LayoutRun, RendererName } from './graphPage.ts';
import { type Quality, quality } from './quality.ts';

export const VIEWPORT = { width: 1280, height: 800 };
export const RENDERERS: RendererName[] = ['ours', 'force-graph', 'd3-canvas'];

export interface LayoutRow {
  n: number;
  links: number;
  which: 'ours' | 'd3';
  runs: number;
  ms: number;
  ticks: number;
  lastMove: number;
  settledMs: number | null;
  quality: Quality;
}
export interface RenderRow {
  n: number;
  which: RendererName;
  mountMs: number;
  mountLongestTask: number;
  drag: FrameStats;
  afterRelease: FrameStats;
  programmatic: FrameStats;
}

export interface StableRow {
  n: number;
  /** Moves of the nodes already drawn, as shares of the picture's larger side. */
  warm: { largest: number; median: number; ms: number };
  afresh: { largest: number; median: number; ms: number };
}

/** 10 % new firms join a laid-out graph: kept places (what the app does) vs a fresh layout. Node. */
export function stablePhase(n: number): StableRow {
  const g = syntheticGraph(n);
  const first = computeLayout(g).positions;
  const bigger = withNewFirms(g);
  const warm = computeLayout(bigger, { positions: carriedPositions(first, bigger) ?? {} });
  const afresh = computeLayout(bigger);
  return {
    n,
    warm: { ...moves(first, warm.positions), ms: warm.ms },
    afresh: { ...moves(first, afresh.positions), ms: afresh.ms },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function pageBundle(root: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'scripts/bench/graphPage.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

async function graphPage(browser: Browser, script: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="host" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px;position:relative"></div></body>`,
  );
  await page.addScriptTag({ content: script });
  return page;
}

type Api = { __bench: BenchPageApi };

function qualityOf(n: number, xy: number[]): Quality {
  const g = syntheticGraph(n);
  const index = new Map(g.nodes.map((d, i) => [d.id, i]));
  const links = g.links.flatMap((l) => [index.get(l.source) ?? 0, index.get(l.target) ?? 0]);
  return quality({ xy, links, radius: g.nodes.map((d) => nodeRadius(d)) });
}

async function layoutRuns(page: Page, n: number, which: 'ours' | 'd3', runs: number, maxTicks: number) {
  const results: LayoutRun[] = [];
  for (let i = 0; i < runs; i++)
    results.push(
      await page.evaluate(
        ([n, which, maxTicks]) => (window as unknown as Api).__bench.layout(n, which, maxTicks),
        [n, which, maxTicks] as const,
      ),
    );
  const last = results.at(-1) as LayoutRun;
  const settled = results.map((r) => r.settledMs).filter((v): v is number => v !== null);
  const row: LayoutRow = {
    n,
    links: syntheticGraph(n).links.length,
    which,
    runs,
    ms: median(results.map((r) => r.ms)),
    ticks: last.ticks,
    lastMove: last.lastMove,
    settledMs: settled.length === results.length ? median(settled) : null,
    quality: qualityOf(n, last.xy),
  };
  return { row, xy: last.xy };
}

/** 3 s of drag-panning with real mouse input from (3, 3), a point in every renderer's fit padding. */
async function dragPan(page: Page): Promise<{ drag: FrameStats; afterRelease: FrameStats }> {
  await page.mouse.move(3, 3);
  await page.mouse.down();
  await page.evaluate(() => (window as unknown as Api).__bench.startRecording());
  const start = Date.now();
  for (let t = 0; t < 3; t = (Date.now() - start) / 1000)
    await page.mouse.move(3 + 200 * Math.abs(Math.sin(t * 2)), 3 + 120 * Math.abs(Math.sin(t * 3)));
  const drag = await page.evaluate(() => (window as unknown as Api).__bench.stopRecording());
  await page.evaluate(() => (window as unknown as Api).__bench.startRecording());
  await page.mouse.up();
  await page.waitForTimeout(1000);
  const afterRelease = await page.evaluate(() => (window as unknown as Api).__bench.stopRecording());
  return { drag, afterRelease };
}

export async function graphPhases(
  browser: Browser,
  root: string,
  sizes: number[],
  opts: { runs: number; log(s: string): void },
): Promise<{ layout: LayoutRow[]; render: RenderRow[] }> {
  const script = await pageBundle(root);
  const layout: LayoutRow[] = [];
  const render: RenderRow[] = [];
  for (const n of sizes) {
    const page = await graphPage(browser, script);
    // d3's defaults at 50,000 nodes run for minutes: one run there, `runs` elsewhere.
    const runs = n > 10_000 ? 1 : opts.runs;
    const mine = await layoutRuns(page, n, 'ours', runs, 0);
    layout.push(mine.row);
    opts.log(`layout ${n}: ours ${mine.row.ms.toFixed(0)} ms`);
    const ref = await layoutRuns(page, n, 'd3', n > 2000 ? 1 : runs, 300);
    layout.push(ref.row);
    opts.log(`layout ${n}: d3-force ${ref.row.ms.toFixed(0)} ms`);
    for (const which of RENDERERS) {
      const { mountMs, longestTask } = await page.evaluate(
        ([which, n, xy]) => (window as unknown as Api).__bench.mount(which, n, xy),
        [which, n, mine.xy] as const,
      );
      await page.waitForTimeout(500);
      const { drag, afterRelease } = await dragPan(page);
      const programmatic = await page.evaluate(() =>
        (window as unknown as Api).__bench.programmaticPan(3000),
      );
      render.push({ n, which, mountMs, mountLongestTask: longestTask, drag, afterRelease, programmatic });
      opts.log(
        `render ${n}: ${which} drag ${drag.fps.toFixed(0)} fps, programmatic ${programmatic.fps.toFixed(0)} fps`,
      );
    }
    await page.evaluate(() => (window as unknown as Api).__bench.destroy());
    await page.close();
  }
  return { layout, render };
}
