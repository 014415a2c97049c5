/**
 * A large enterprise list in the app: a 100,000-row CSV of firms (our format) chosen in the data
 * panel while 绿色石化 is open. Measures the time until the firms are on the chain (read, validated
 * and merged in the parse worker and in slices) and the longest main-thread task meanwhile; then
 * three keystrokes in the chain search over the cluster's 12,500 added firms: the time from keydown
 * to the end of the input event (the search and React's render) and to the next frame (typed while
 * the diagram's layout still runs in its worker); and when the diagram with the firms is drawn
 * (the chain view has its new layout), with the longest main-thread task between the two.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { LONGTASKS_SCRIPT } from '../../test/browser/support/longTasks.ts';
import { writeFirmsCsv } from '../../test/fixtures/big/firmsCsv.ts';

export interface BigListRow {
  rows: number;
  loadMs: number;
  longestTask: number;
  tasksOver50: number;
  /** Time to the end of the input event and to the next frame, per key. */
  keystrokes: { key: string; processing: number; duration: number }[];
  /** Options the search list shows after the last key. */
  hits: number;
  /** From choosing the file to the chain view holding the layout of the graph with the firms. */
  diagramMs: number;
  /** Longest main-thread task from the firms on the chain to the diagram. */
  diagramLongestTask: number;
}

const PETROCHEM_SEGMENTS = [
  'seg-refining',
  'seg-basic-chemicals',
  'seg-fine-chemicals',
  'seg-new-chem-materials',
  'seg-resin-processing',
  'seg-engineering-plastics',
];

type KeyWin = { __kd: number; __handled: number; __painted: number; __drawnAt: number };

/** Notes when the chain view next turns ready after having been busy (its layout is in). */
const WATCH_DIAGRAM = () => {
  const w = window as unknown as KeyWin;
  w.__drawnAt = 0;
  let busy = false;
  new MutationObserver(() => {
    const view = document.querySelector('[data-testid="chain-view"]');
    const ready = view?.getAttribute('data-ready') === 'true';
    if (!ready) busy = true;
    else if (busy && !w.__drawnAt) w.__drawnAt = performance.now();
  }).observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-ready'],
    childList: true,
  });
};

type Win = {
  __longtasks: { start: number; duration: number }[];
};

export async function bigListPhase(browser: Browser, baseUrl: string, rows: number): Promise<BigListRow> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-'));
  const csv = join(dir, 'firms.csv');
  try {
    // 绿色石化's rows (every 8th) sit on its segments, so they join its chain diagram and search.
    await writeFirmsCsv(csv, rows, (i) => (i % 8 === 0 ? (PETROCHEM_SEGMENTS[(i / 8) % 6] as string) : ''));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(LONGTASKS_SCRIPT);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?c=petrochem`);
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60000 });
    await page.waitForTimeout(500);
    await page.evaluate(WATCH_DIAGRAM);
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
    // Keystroke to the results drawn: from the keydown (capture, before any handler) to the end of
    // the input event (React renders a discrete update before it returns) and to the next frame.
    await page.evaluate(() => {
      const w = window as unknown as KeyWin;
      document.addEventListener('keydown', () => (w.__kd = performance.now()), true);
      window.addEventListener('input', () => {
        w.__handled = performance.now() - w.__kd;
        requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now() - w.__kd), 0));
      });
    });
    const keystrokes: BigListRow['keystrokes'] = [];
    for (const key of ['1', '2', '3']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(400);
      const r = await page.evaluate(() => {
        const w = window as unknown as KeyWin;
        return { processing: w.__handled, duration: w.__painted };
      });
      keystrokes.push({ key, ...r });
    }
    const hits = await page.locator('.chain-search [role="option"]').count();
    await page.waitForFunction(() => (window as unknown as KeyWin).__drawnAt > 0, null, { timeout: 120000 });
    const drawnAt = await page.evaluate(() => (window as unknown as KeyWin).__drawnAt);
    const untilDiagram = await page.evaluate(
      ([a, b]) => (window as unknown as Win).__longtasks.filter((t) => t.start > a && t.start <= b),
      [t1, drawnAt] as const,
    );
    await context.close();
    return {
      rows,
      loadMs: t1 - t0,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      tasksOver50: tasks.length,
      keystrokes,
      hits,
      diagramMs: drawnAt - t0,
      diagramLongestTask: Math.max(0, ...untilDiagram.map((t) => t.duration)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
