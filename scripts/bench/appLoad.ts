/**
 * The app's own load, from the built dist served on 127.0.0.1 with gzip (bytes are counted as
 * decoded and as their gzip size): for `/` and a deep link, in a fresh browser context each run (cold
 * cache), the times of the page's marks — first contentful paint, the map's first paint (the d3-geo
 * preview), maplibre's first WebGL frame, its `load` and first `idle`, the first chain diagram — and
 * the longest main-thread task before the first map paint and up to idle; requests and their bytes.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { LONGTASKS_SCRIPT } from '../../test/browser/support/longTasks.ts';

export interface LoadRun {
  fcp: number | null;
  datasetReady: number | null;
  mapFirstPaint: number | null;
  mapRender: number | null;
  mapLoad: number | null;
  mapIdle: number | null;
  chainFirstDraw: number | null;
  longestToFirstPaint: number;
  longestToIdle: number;
  requests: number;
  clusterFiles: number;
  bytes: number;
  gzipBytes: number;
}
export interface LoadRow extends LoadRun {
  label: string;
  query: string;
  runs: number;
}

const MARKS = {
  datasetReady: 'chainatlas:dataset-ready',
  mapFirstPaint: 'chainatlas:map-first-paint',
  mapRender: 'chainatlas:map-render',
  mapLoad: 'chainatlas:map-load',
  mapIdle: 'chainatlas:map-idle',
  chainFirstDraw: 'chainatlas:chain-first-draw',
} as const;

/** A slow link for `--net=slow`: 4 Mbit/s down, 1 up, 60 ms round trip (a branch office, 4G). */
export const SLOW_NET = {
  offline: false,
  latency: 60,
  downloadThroughput: 500_000,
  uploadThroughput: 125_000,
};

async function loadOnce(
  browser: Browser,
  url: string,
  waitChain: boolean,
  net: typeof SLOW_NET | null,
): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(LONGTASKS_SCRIPT);
  const page = await context.newPage();
  if (net) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', net);
  }
  const bodies: Promise<Buffer | null>[] = [];
  let clusterFiles = 0;
  page.on('response', (res) => {
    if (/\/data\/clusters\/[^/]+\.json/.test(res.url())) clusterFiles++;
    bodies.push(res.body().catch(() => null));
  });
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARKS.mapIdle, {
    timeout: 60000,
  });
  if (waitChain)
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARKS.chainFirstDraw, {
      timeout: 60000,
    });
  await page.waitForTimeout(300);
  // A plain loop, no inner functions: tsx's name helper (__name) does not exist in the page.
  const seen = await page.evaluate((marks) => {
    const out: Record<string, number | null> = {};
    for (const [k, name] of Object.entries({ ...marks, fcp: 'first-contentful-paint' }))
      out[k] = performance.getEntriesByName(name)[0]?.startTime ?? null;
    const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
    return { marks: out, tasks };
  }, MARKS);
  const longestUntil = (t: number | null) =>
    Math.max(0, ...seen.tasks.filter((x) => t !== null && x.start < t).map((x) => x.duration));
  const buffers = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  await context.close();
  const m = seen.marks;
  return {
    fcp: m.fcp ?? null,
    datasetReady: m.datasetReady ?? null,
    mapFirstPaint: m.mapFirstPaint ?? null,
    mapRender: m.mapRender ?? null,
    mapLoad: m.mapLoad ?? null,
    mapIdle: m.mapIdle ?? null,
    chainFirstDraw: waitChain ? (m.chainFirstDraw ?? null) : null,
    longestToFirstPaint: longestUntil(m.mapFirstPaint ?? null),
    longestToIdle: longestUntil(m.mapIdle ?? null),
    requests: buffers.length,
    clusterFiles,
    bytes: buffers.reduce((s, b) => s + b.length, 0),
    gzipBytes: buffers.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
  };
}

function medianRun(runs: LoadRun[]): LoadRun {
  const pick = <K extends keyof LoadRun>(k: K): LoadRun[K] => {
    const xs = runs.map((r) => r[k]).filter((v): v is NonNullable<LoadRun[K]> => v !== null) as number[];
    if (!xs.length) return null as LoadRun[K];
    return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as LoadRun[K];
  };
  const out = {} as Record<keyof LoadRun, unknown>;
  for (const k of Object.keys(runs[0] as LoadRun) as (keyof LoadRun)[]) out[k] = pick(k);
  return out as LoadRun;
}

export async function appLoadPhase(
  browser: Browser,
  baseUrl: string,
  cases: { label: string; query: string; chain: boolean }[],
  runs: number,
  net: typeof SLOW_NET | null = null,
): Promise<LoadRow[]> {
  // Round by round, each page once per round: this machine's speed drifts by a third within minutes,
  // and the ratios the report prints (the app against our map alone) should compare loads made
  // side by side, not one page's runs at the start of the phase with another's at its end.
  const all: LoadRun[][] = cases.map(() => []);
  for (let i = 0; i < runs; i++)
    for (const [k, c] of cases.entries())
      all[k]?.push(await loadOnce(browser, `${baseUrl}${c.query}`, c.chain, net));
  return cases.map((c, k) => ({ label: c.label, query: c.query, runs, ...medianRun(all[k] ?? []) }));
}
