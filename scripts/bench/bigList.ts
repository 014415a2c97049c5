/**
 * A large enterprise list in the app: a 100,000-row CSV of firms (our format) chosen in the data
 * panel while 绿色石化 is open. Measures the time until the firms are on the chain (read, validated
 * and merged in the parse worker and in slices) and the longest main-thread task meanwhile; then
 * three keystrokes in the chain search over the cluster's 12,500 added firms, by the Event Timing
 * API: the handler time (processing) and the time to the next paint (duration, 8 ms granular).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeFirmsCsv } from '../../test/fixtures/big/firmsCsv.ts';

export interface BigListRow {
  rows: number;
  loadMs: number;
  longestTask: number;
  tasksOver50: number;
  keystrokes: { key: string; processing: number; duration: number }[];
}

const OBSERVERS = `(() => {
  window.__longtasks = [];
  window.__events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
    }).observe({ type: 'event', durationThreshold: 0, buffered: true });
  } catch (e) {}
})();`;

type Win = {
  __longtasks: { start: number; duration: number }[];
  __events: { name: string; start: number; duration: number; processing: number }[];
};

export async function bigListPhase(browser: Browser, baseUrl: string, rows: number): Promise<BigListRow> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-'));
  const csv = join(dir, 'firms.csv');
  try {
    await writeFirmsCsv(csv, rows);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(OBSERVERS);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?c=petrochem`);
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60000 });
    await page.waitForTimeout(500);
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles(csv);
    await page.locator('.data-panel[data-source="user"]').first().waitFor({ timeout: 120000 });
    await page.locator('.data-progress').waitFor({ state: 'detached', timeout: 120000 });
    const t1 = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(
      ([a, b]) => (window as unknown as Win).__longtasks.filter((t) => t.start >= a && t.start <= b),
      [t0, t1] as const,
    );
    const search = page.locator('.chain-search input[type="search"]');
    await search.click();
    await page.waitForTimeout(300);
    const keys = ['1', '2', '3'];
    const keystrokes: BigListRow['keystrokes'] = [];
    for (const key of keys) {
      const before = await page.evaluate(() => performance.now());
      await page.keyboard.press(key);
      await page.waitForTimeout(400);
      const events = await page.evaluate(
        (from) => (window as unknown as Win).__events.filter((e) => e.start >= from),
        before,
      );
      const keyish = events.filter((e) =>
        ['keydown', 'keypress', 'input', 'keyup', 'beforeinput'].includes(e.name),
      );
      keystrokes.push({
        key,
        processing: keyish.reduce((s, e) => s + e.processing, 0),
        duration: Math.max(0, ...keyish.map((e) => e.duration)),
      });
    }
    await context.close();
    return {
      rows,
      loadMs: t1 - t0,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      tasksOver50: tasks.length,
      keystrokes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
