/**
 * Big input: a single-file dataset just under the 50 MB limit (61 clusters, 305,000 firms) and a
 * 500,000-row CSV of enterprises, generated into a temp dir (never committed) and loaded through the
 * file input. They are read in the worker with a progress bar; cancel takes effect within a second;
 * a file over the limit is refused before any parsing. A PerformanceObserver for 'longtask' (init
 * script) measures the longest main-thread task during each load; the load time and that figure are
 * printed. Goal: no task over 200 ms; asserted with generous bounds so a slow CI machine passes.
 */
import {
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { han, writeFirmsCsv } from '../fixtures/big/firmsCsv.ts';
import { launchBrowser } from './support/browser.ts';
import {
  backToBundled,
  clickCity,
  clusterIds,
  pickAllClusters,
  pickClusterById,
  problemEntries,
  waitForChain,
  waitForDataIdle,
  waitForMap,
} from './support/driver.ts';
import { LONGTASKS_SCRIPT } from './support/longTasks.ts';

const LIMIT = 50 * 1024 * 1024; // src/data/limits.ts MAX_FILE_BYTES, stated in the data panel
const ROOT = join(import.meta.dirname, '..', '..');
const CITIES = JSON.parse(readFileSync(join(ROOT, 'data', 'cities.json'), 'utf8'));
const CODES: string[] = CITIES.cities.map((c: { adcode: string }) => c.adcode);
const TIERS = ['chain-leader', 'leading', 'hidden-champion', 'specialized', 'other'];

/** Streams a single-file dataset of as many 5,000-firm clusters as fit under `limit` bytes. */
async function writeBigBundle(path: string, limit: number): Promise<{ clusters: number; firms: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  const sources = Array.from({ length: 200 }, (_, i) => ({
    id: `src-${i}`,
    title: `来源文件${han(i, 12)}（${2000 + (i % 25)}年）`,
    publisher: `发布机构${han(i + 3, 5)}`,
    date: '2023-05-01',
    url: `https://example.org/doc/${i}`,
    level: 'press',
  }));
  const head = {
    schemaVersion: 1,
    id: 'big-50mb',
    name: { zh: '大数据集测试', en: 'Big dataset test' },
    province: { adcode: '440000', name: { zh: '广东省', en: 'Guangdong' } },
    sources,
    regions: CITIES.regions.map((r: object) => ({ ...r, sources: ['src-0'] })),
    cities: CITIES.cities.map((c: object) => ({ ...c, sources: ['src-0'] })),
  };
  await write(`${JSON.stringify(head).slice(0, -1)},"clusters":[`);
  let clusters = 0;
  let firms = 0;
  while (bytes < limit - 1_000_000) {
    const c = clusters;
    const nodes = Array.from({ length: 30 }, (_, i) => ({
      id: `n-${i}`,
      kind: i % 3 ? 'product' : 'segment',
      name: { zh: `环节${han(c * 31 + i)}`, en: `Segment ${c}-${i}` },
      stage: ['upstream', 'midstream', 'downstream'][i % 3],
      cities: [CODES[i % CODES.length]],
      sources: [`src-${i}`],
    }));
    const links = nodes
      .slice(1)
      .map((n, i) => ({ source: `n-${i}`, target: n.id, kind: 'supplies', sources: ['src-0'] }));
    const cluster = {
      id: `big-${c}`,
      name: { zh: `集群${han(c, 4)}${c}`, en: `Cluster ${c}` },
      kind: c % 2 ? 'emerging' : 'pillar',
      order: (c % 99) + 1,
      description: { zh: `测试集群${c}。`, en: `Test cluster ${c}.` },
      governance: {
        chiefChainLeader: { role: { zh: '省长', en: 'Governor' }, sources: ['src-0'] },
        linkedLeader: null,
        leadDepartments: [],
      },
      cities: CODES.slice(0, 8).map((adcode, i) => ({
        adcode,
        role: i < 2 ? 'core' : 'member',
        sources: ['src-1'],
      })),
      chain: { nodes, links },
      sources: ['src-0'],
    };
    await write(`${c ? ',' : ''}${JSON.stringify(cluster).slice(0, -1)},"fiveOnes":{"enterprises":[`);
    for (let e = 0; e < 5000; e++, firms++)
      await write(
        (e ? ',' : '') +
          JSON.stringify({
            id: `e-${e}`,
            name: { zh: `企业${han(c * 5000 + e, 8)}${e}`, en: `Firm ${c}-${e}` },
            tier: TIERS[e % 5],
            cities: [CODES[(c + e) % CODES.length]],
            segments: [`n-${e % 30}`],
            sources: [`src-${e % 200}`],
          }),
      );
    await write(']}}');
    clusters++;
  }
  await write(']}');
  await new Promise<void>((r) => out.end(() => r()));
  return { clusters, firms };
}

interface Measured {
  ms: number;
  longest: number;
  tasks: number;
  sawProgress: boolean;
}

/** How many firms a cluster lists, as its 五个一 tab says (opens the cluster). */
async function firmCount(page: Page, clusterId: string): Promise<number> {
  await pickClusterById(page, clusterId);
  const count = page.locator('.five-ones [role="tab"][data-tab="enterprises"] .tab-count');
  await expect.poll(async () => (await count.textContent())?.trim() ?? '').not.toBe('');
  return Number((await count.textContent())?.replace(/\D/g, ''));
}

/** Runs one user action and measures until two frames after it, with the longest task meanwhile. */
async function measureStep(
  page: Page,
  act: () => Promise<unknown>,
): Promise<{ ms: number; longest: number; tasks: number }> {
  const t0 = await page.evaluate(() => {
    (window as unknown as { __longtasks: unknown[] }).__longtasks = [];
    return performance.now();
  });
  await act();
  const t1 = await page.evaluate(
    () =>
      new Promise<number>((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))),
      ),
  );
  const tasks = await page.evaluate(
    () => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
  );
  const during = tasks.filter((t) => t.start >= t0);
  return {
    ms: Math.round(t1 - t0),
    longest: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    tasks: during.length,
  };
}

/** Loads a file through the file input and measures until the page shows the result and is idle. */
async function measureLoad(page: Page, path: string, done: () => Promise<unknown>): Promise<Measured> {
  let sawProgress = false;
  const m = await measureStep(page, async () => {
    await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles(path);
    sawProgress = await page
      .locator('.data-progress progress')
      .waitFor({ timeout: 15000 })
      .then(() => true)
      .catch(() => false);
    await waitForDataIdle(page, 240000);
    await done();
  });
  return { ...m, sawProgress };
}

describe('big input through the file input', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let bigJson: string;
  let bigCsv: string;
  const pageErrors: string[] = [];
  const figures: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chainatlas-big-'));
    bigJson = join(dir, 'big-dataset.json');
    bigCsv = join(dir, 'big-firms.csv');
    const t = Date.now();
    const made = await writeBigBundle(bigJson, LIMIT - 300_000);
    await writeFirmsCsv(bigCsv, 500_000);
    console.log(
      `big-input: generated ${(statSync(bigJson).size / 2 ** 20).toFixed(1)} MB JSON (${made.clusters} clusters, ` +
        `${made.firms} firms) and ${(statSync(bigCsv).size / 2 ** 20).toFixed(1)} MB CSV (500,000 rows) in ${Date.now() - t} ms`,
    );
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(LONGTASKS_SCRIPT);
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(inject('appUrl'));
    await waitForMap(page);
  }, 180000);

  afterAll(async () => {
    console.log(figures.join('\n'));
    await context?.close();
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('cancels a 50 MB load within a second, keeping the data shown', { timeout: 120000 }, async () => {
    await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles(bigJson);
    const cancel = page.locator('.data-progress button');
    await cancel.waitFor({ timeout: 15000 });
    await page.waitForTimeout(300); // the worker is busy now
    const t0 = Date.now();
    await cancel.click();
    await waitForDataIdle(page, 5000);
    const ms = Date.now() - t0;
    figures.push(`big-input: cancel took effect in ${ms} ms`);
    expect(ms).toBeLessThan(1000);
    expect(await clusterIds(page)).toHaveLength(20);
    expect((await problemEntries(page)).map((p) => p.message).join(' ')).toMatch(/cancel|取消/);
  });

  it('refuses a file over 50 MB before reading it, with the limit in the message', {
    timeout: 60000,
  }, async () => {
    const over = join(dir, 'too-big.json');
    writeFileSync(over, '');
    truncateSync(over, LIMIT + 1); // sparse: nothing to generate
    const t0 = Date.now();
    await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles(over);
    await expect
      .poll(async () => (await problemEntries(page)).some((p) => p.place.startsWith('too-big.json')))
      .toBe(true);
    const entry = (await problemEntries(page)).find((p) => p.place.startsWith('too-big.json'));
    figures.push(`big-input: over-limit file refused in ${Date.now() - t0} ms: ${entry?.message}`);
    expect(`${entry?.message} ${entry?.fix}`).toMatch(/50 MB/);
    expect(await clusterIds(page)).toHaveLength(20);
  });

  it('loads a 50 MB single-file dataset in the worker without blocking the page', {
    timeout: 240000,
  }, async () => {
    const m = await measureLoad(page, bigJson, () =>
      page.waitForFunction(
        () => document.querySelectorAll('nav.sidebar .picker-item[data-cluster]').length >= 60,
        null,
        {
          timeout: 240000,
        },
      ),
    );
    figures.push(
      `big-input: 50 MB JSON: load ${m.ms} ms; longest main-thread task ${m.longest} ms (${m.tasks} tasks over 50 ms); progress bar ${m.sawProgress ? 'shown' : 'NOT shown'}`,
    );
    expect(m.sawProgress).toBe(true);
    expect((await clusterIds(page)).length).toBeGreaterThanOrEqual(60);
    expect(await page.locator('.data-problem').count()).toBe(0);
    expect(m.longest).toBeLessThan(1000);
  });

  it('cancels a 500,000-row CSV while merging it, within a second, changing nothing', {
    timeout: 240000,
  }, async () => {
    await backToBundled(page);
    await expect.poll(() => clusterIds(page)).toHaveLength(20);
    const firmsBefore = await firmCount(page, 'petrochem');
    await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles(bigCsv);
    // Reading fills the bar to 70%; merging the rest.
    await page.waitForFunction(
      () => Number(document.querySelector('.data-progress progress')?.getAttribute('value')) > 72,
      null,
      { timeout: 120000, polling: 20 },
    );
    const t0 = Date.now();
    await page.locator('.data-progress button').click();
    await waitForDataIdle(page, 5000);
    const ms = Date.now() - t0;
    figures.push(`big-input: cancel while merging the CSV took effect in ${ms} ms`);
    expect(ms).toBeLessThan(1000);
    expect(await page.locator('.data-panel').last().getAttribute('data-source')).toBe('bundled');
    expect(await firmCount(page, 'petrochem')).toBe(firmsBefore);
    expect((await problemEntries(page)).map((p) => `${p.place} ${p.message}`).join(' ')).toMatch(
      /big-firms\.csv.*(cancel|取消)/,
    );
  });

  it('loads a 500,000-row CSV of firms onto the bundled data', { timeout: 240000 }, async () => {
    await backToBundled(page);
    await expect.poll(() => clusterIds(page)).toHaveLength(20);
    // For comparison: picking the same cluster with the bundled data alone (its own few firms).
    await pickAllClusters(page);
    const plain = await measureStep(page, async () => {
      await pickClusterById(page, 'petrochem');
      await waitForChain(page);
    });
    figures.push(
      `big-input: bundled data only, pick 绿色石化: ${plain.ms} ms; longest main-thread task ${plain.longest} ms`,
    );
    await pickAllClusters(page); // the overview: picking a cluster is measured on its own below
    const m = await measureLoad(page, bigCsv, () =>
      page.locator('.data-status__files').filter({ hasText: 'big-firms.csv' }).waitFor({ timeout: 240000 }),
    );
    figures.push(
      `big-input: 500,000-row CSV: load ${m.ms} ms; longest main-thread task ${m.longest} ms (${m.tasks} tasks over 50 ms); progress bar ${m.sawProgress ? 'shown' : 'NOT shown'}`,
    );
    expect(m.sawProgress).toBe(true);
    expect(await page.locator('.data-problem').count()).toBe(0);
    // The merge runs in slices (src/data/slices.ts); one unsliced pass over 500,000 rows takes seconds.
    expect(m.longest).toBeLessThan(1000);
  });

  it('after the CSV, a cluster with 62,500 firms, its firm table and a city stay responsive', {
    timeout: 240000,
  }, async () => {
    const steps: [string, () => Promise<unknown>][] = [
      [
        'pick 绿色石化',
        async () => {
          await pickClusterById(page, 'petrochem');
          await waitForChain(page);
        },
      ],
      [
        'open its firm table',
        async () => {
          await page.locator('.five-ones [role="tab"][data-tab="enterprises"]').click();
          await page.locator('.enterprises-table tbody tr').first().waitFor({ timeout: 60000 });
        },
      ],
      [
        'sort the firms by name',
        () => page.locator('.enterprises-table .sort-button[data-sort="name"]').click(),
      ],
      ['click 茂名 on the map', () => clickCity(page, '440900')],
    ];
    const longest: number[] = [];
    for (const [label, act] of steps) {
      const m = await measureStep(page, act);
      figures.push(
        `big-input: after the CSV, ${label}: ${m.ms} ms; longest main-thread task ${m.longest} ms`,
      );
      longest.push(m.longest);
    }
    // 500,000 + bundled firms: 62,500 added to 绿色石化, and the table says how many it holds.
    await expect
      .poll(() => page.locator('.enterprises .tier-filter [data-tier="all"] .count').textContent())
      .toMatch(/62[,，]?5\d\d/);
    expect(Math.max(...longest)).toBeLessThan(1000);
  });

  it('never threw', () => {
    expect(pageErrors).toEqual([]);
  });
});
