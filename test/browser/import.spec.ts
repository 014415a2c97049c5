/**
 * A department's own 企业名录 onto the chain, as a person does it: drop an .xlsx with a title row and
 * Chinese headers (a GBK CSV, a 5,000-row list), confirm the header row and the column mapping,
 * review the matcher's suggestions (by hand and by a bulk rule), add the confirmed firms; they show in
 * the 五个一 table, the region matrix and on the map, marked as the person's own, and survive a
 * reload when kept. A broken row and cell are reported by sheet, row and column and the rest loads;
 * a file with an unsafe link and an over-long name still loads, with the field dropped or cut.
 * The fixtures in test/fixtures/import are fictional (scripts/make-import-fixtures.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { loadUserBytes, loadUserFile, problemEntries, waitForMap } from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/**
 * A 100,000-row list: the 5,000-row fixture's firms over and over, each with its own 序号, name and
 * credit code. Written into a temp dir at test time, never committed.
 */
function writeHundredThousand(path: string): number {
  const [header = '', ...lines] = readFileSync(join(FIXTURES, 'qiye-5000.csv'), 'utf8').trim().split('\n');
  const out = [header];
  for (let i = 0; i < 100_000; i++) {
    const cells = (lines[i % lines.length] ?? '').split(',');
    const n = String(i + 1).padStart(6, '0');
    cells[0] = String(i + 1);
    cells[1] = `${(cells[1] ?? '').replace(/\d+$/, '')}${n}`;
    cells[4] = `${(cells[4] ?? '').slice(0, 10)}${n.padStart(8, '0')}`;
    out.push(cells.join(','));
  }
  writeFileSync(path, `${out.join('\n')}\n`);
  return out.length - 1;
}

/** Every long task (> 50 ms) of the page from now on, kept in window.__importTasks. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __importTasks?: { start: number; duration: number }[] };
    if (w.__importTasks) return;
    w.__importTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__importTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

/**
 * Watched in the page from now on: when the review step's summary first reads `pattern` with its
 * table filled (page clock), and whether the matching progress showed before it.
 */
function reviewShown(page: Page, pattern: string): Promise<{ at: number; sawProgress: boolean }> {
  return page.evaluate(
    (src) =>
      new Promise<{ at: number; sawProgress: boolean }>((resolve, reject) => {
        const re = new RegExp(src);
        const late = setTimeout(
          () => reject(new Error(`no review step reading /${src}/ within 120 s`)),
          120000,
        );
        let sawProgress = false;
        const check = () => {
          if (document.querySelector('[data-testid="import-matching"]')) sawProgress = true;
          const text = document.querySelector('[data-testid="import-summary"]')?.textContent ?? '';
          if (!re.test(text) || !document.querySelector('[data-testid="import-review-table"] tbody tr'))
            return;
          observer.disconnect();
          clearTimeout(late);
          resolve({ at: performance.now(), sawProgress });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      }),
    pattern,
  );
}

/** The page's clock, and the longest task that started since `from` (page time). */
async function longestSince(
  page: Page,
  from: number,
): Promise<{ now: number; longest: number; tasks: number }> {
  // Two frames, so a task still running when the awaited element appeared has been reported.
  return page.evaluate(
    (t0) =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const all = (window as unknown as { __importTasks?: { start: number; duration: number }[] })
              .__importTasks;
            const during = (all ?? []).filter((t) => t.start >= t0);
            resolve({
              now: performance.now(),
              longest: Math.round(Math.max(0, ...during.map((t) => t.duration))),
              tasks: during.length,
            });
          }),
        ),
      ),
    from,
  );
}

/** Steps 1 and 2 as proposed (header row, mapping), then picks the cluster for step 3. */
async function throughMapping(page: Page, clusterId: string): Promise<void> {
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-sheet').waitFor({ timeout: 30000 });
  await dialog.getByTestId('import-next').click();
  await dialog.getByTestId('import-mapping').waitFor();
  await dialog.getByTestId('import-next').click();
  await dialog.getByTestId('import-review').waitFor();
  await dialog.getByTestId('import-cluster').selectOption(clusterId);
  await expect
    .poll(() => dialog.locator('[data-testid="import-review-table"] tbody tr').count())
    .toBeGreaterThan(0);
}

/** A bulk rule in the review step: rows whose text contains `contains` → node, confirmed. */
async function rule(page: Page, contains: string, nodeId: string): Promise<number> {
  const form = page.getByTestId('import-rule');
  await form.locator('input').fill(contains);
  await form.locator('select').nth(1).selectOption(nodeId);
  await form.locator('button[type="submit"]').click();
  const status = (await form.locator('[role="status"]').textContent()) ?? '';
  return Number(status.match(/\d[\d,]*/)?.[0]?.replace(/,/g, '') ?? 0);
}

describe('importing my own enterprise list', () => {
  let browser: Browser;
  let app: AppSession;
  const url = (q: string) => `${inject('appUrl')}${q}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, url('?c=new-energy'));
    await waitForMap(app.page);
  });
  afterAll(async () => {
    console.log(`import: CSP violations ${app?.cspViolations.length}, page errors ${app?.pageErrors.length}`);
    await app?.close();
    await browser?.close();
  });

  it('an .xlsx with a title row and Chinese headers: mapping, review, onto the chain and the map', async () => {
    const { page } = app;
    await loadUserBytes(page, 'qiye-minglu.xlsx', bytes('qiye-minglu.xlsx'));
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-sheet').waitFor({ timeout: 30000 });
    // The title row is skipped: the header is the second row.
    expect(await dialog.getByTestId('import-header-row').inputValue()).toBe('1');
    await dialog.getByTestId('import-next').click();
    const mapping = dialog.getByTestId('import-mapping');
    await mapping.waitFor();
    const fieldOf = (header: string) =>
      mapping
        .locator('tbody tr')
        .filter({ has: page.locator('th', { hasText: header }) })
        .first()
        .getAttribute('data-field');
    expect(await fieldOf('企业名称')).toBe('name');
    expect(await fieldOf('所在地市')).toBe('city');
    expect(await fieldOf('统一社会信用代码')).toBe('credit-code');
    expect(await fieldOf('主营产品')).toBe('text');
    expect(await fieldOf('序号')).toBe('ignore');
    await dialog.getByTestId('import-next').click();
    await dialog.getByTestId('import-review').waitFor();
    await dialog.getByTestId('import-cluster').selectOption('new-energy');
    await expect
      .poll(() => dialog.locator('[data-testid="import-review-table"] tbody tr').count())
      .toBeGreaterThan(0);

    // The broken row (no name) and the unreadable city are reported by sheet, row and column.
    const problems = (await dialog.getByTestId('import-problems').textContent()) ?? '';
    expect(problems).toMatch(/工作表“企业名录”第 19 行 B 列“企业名称”/);
    expect(problems).toMatch(/第 31 行.*火星基地.*珠海市/);

    // A suggestion for a 光伏 firm names 太阳能制造 with the words that matched.
    const solarRow = dialog
      .locator('[data-testid="import-review-table"] tbody tr')
      .filter({ hasText: '光伏' })
      .first();
    expect(await solarRow.locator('.import-suggest').textContent()).toMatch(/太阳能/);

    // A bulk rule, then one row by hand.
    expect(await rule(page, '光伏', 'n-solar-mfg')).toBeGreaterThan(0);
    const first = dialog.locator('[data-testid="import-review-table"] tbody tr').first();
    await first.locator('button[data-set-state="confirmed"]').click();
    expect(await first.getAttribute('data-state')).toBe('confirmed');
    const summary = (await dialog.getByTestId('import-summary').textContent()) ?? '';
    const confirmed = Number(summary.match(/已确认 (\d+)/)?.[1] ?? 0);
    expect(confirmed).toBeGreaterThan(1);

    await dialog.locator('.import-remember input').check();
    await dialog.getByTestId('import-finish').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.data-panel').last().getAttribute('data-source')).toBe('user');
    // The firms are in the cluster's firm table, marked as mine, with their file and row.
    await expect.poll(() => page.getByText(/示例.*光伏/).count()).toBeGreaterThan(0);
    // …and write back in our own formats: the CSV lists the imported firms by node id.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('data-export').locator('button').nth(1).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv.slice(1, 5)).toBe('name');
    expect(csv).toMatch(/示例光伏科技有限公司\d+,,\d{6},new-energy,n-solar-mfg/);
    // …and on the region matrix.
    await page.locator('.chart-tabs [role="tab"][data-view="region"]').click();
    const col = page.locator('.region-col[data-node="n-solar-mfg"]');
    await col.click();
    await expect.poll(() => page.locator('tbody tr.is-lit').count()).toBeGreaterThan(0);
  });

  it('a kept list survives a reload; forgetting it takes it away', async () => {
    const { page } = app;
    await page.reload();
    await waitForMap(page);
    await page.getByTestId('data-saved').waitFor({ timeout: 20000 });
    await expect.poll(() => page.getByText(/示例.*光伏/).count()).toBeGreaterThan(0);
    await page.getByTestId('data-forget').click();
    await expect.poll(() => page.getByText(/示例.*光伏/).count()).toBe(0);
    await page.reload();
    await waitForMap(page);
    expect(await page.getByTestId('data-saved').count()).toBe(0);
  });

  it('a GBK CSV goes through the same steps', async () => {
    const { page } = app;
    await loadUserBytes(page, 'qiye-minglu-gbk.csv', bytes('qiye-minglu-gbk.csv'), 'text/csv');
    await throughMapping(page, 'new-energy');
    const names = await page.locator('[data-testid="import-review-table"] tbody th').allTextContents();
    expect(names.some((n) => n.startsWith('示例') || n.startsWith('测试'))).toBe(true);
    expect(await rule(page, '储能', 'n-smart-grid')).toBeGreaterThan(0);
    await page.getByTestId('import-finish').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.data-panel').last().getAttribute('data-source')).toBe('user');
  });

  it('a 5,000-row list: mapping, review and adding stay quick', async () => {
    const { page } = app;
    const t0 = Date.now();
    await loadUserBytes(page, 'qiye-5000.csv', bytes('qiye-5000.csv'), 'text/csv');
    await throughMapping(page, 'new-energy');
    const tReview = Date.now() - t0;
    const summary = (await page.getByTestId('import-summary').textContent()) ?? '';
    expect(summary).toMatch(/读出 5,?000 家企业/);
    const t1 = Date.now();
    expect(await rule(page, '锂电', 'n-solar-mfg')).toBeGreaterThan(100);
    const tRule = Date.now() - t1;
    const t2 = Date.now();
    await page.getByTestId('import-finish').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.data-panel').last().getAttribute('data-source')).toBe('user');
    console.log(
      `import: 5,000 rows — to review ${tReview} ms, bulk rule ${tRule} ms, add ${Date.now() - t2} ms`,
    );
  });

  it('a 100,000-row list: mapping and matching run off the main thread, with progress', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'chainatlas-import-'));
    try {
      const path = join(dir, 'qiye-100000.csv');
      const made = writeHundredThousand(path);
      await watchLongTasks(page);
      const t0 = Date.now();
      await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles(path);
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-sheet').waitFor({ timeout: 60000 });
      const tRead = Date.now() - t0;
      await dialog.getByTestId('import-next').click();
      await dialog.getByTestId('import-mapping').waitFor();
      const start = await page.evaluate(() => performance.now());
      const review = reviewShown(page, '读出 100,?000 家企业');
      await dialog.getByTestId('import-next').click();
      // The matching shows how far it is, then the review step with every row read.
      const { at, sawProgress } = await review;
      const tReview = Math.round(at - start);
      const match = await longestSince(page, start);
      const summary = dialog.getByTestId('import-summary');

      // Another cluster picked while it matches, then the first again: each pick cancels the run under
      // way, and only the last one's rows are shown.
      const restart = await page.evaluate(() => performance.now());
      await dialog.getByTestId('import-cluster').selectOption('robotics');
      await dialog.getByTestId('import-matching').waitFor();
      await dialog.getByTestId('import-cluster').selectOption('new-energy');
      await expect.poll(() => summary.textContent(), { timeout: 60000 }).toMatch(/读出 100,?000 家企业/);
      const restarted = await longestSince(page, restart);
      const solarRow = dialog
        .locator('[data-testid="import-review-table"] tbody tr')
        .filter({ hasText: '光伏' })
        .first();
      expect(await solarRow.locator('.import-suggest').textContent()).toMatch(/太阳能/);

      // A bulk rule over all the rows, on the main thread.
      const ruleStart = await page.evaluate(() => performance.now());
      const t2 = Date.now();
      expect(await rule(page, '锂电', 'n-solar-mfg')).toBeGreaterThan(1000);
      const ruled = await longestSince(page, ruleStart);
      const tRule = Date.now() - t2;
      // One row by hand.
      const clickStart = await page.evaluate(() => performance.now());
      const row = dialog.locator('[data-testid="import-review-table"] tbody tr').first();
      await row.locator('button[data-set-state="rejected"]').click();
      await expect.poll(() => row.getAttribute('data-state')).toBe('rejected');
      const clicked = await longestSince(page, clickStart);
      console.log(
        `import: ${made.toLocaleString('en')} rows — read ${tRead} ms; mapping + matching to review ${tReview} ms, ` +
          `longest main-thread task ${match.longest} ms (${match.tasks} over 50 ms), progress ${sawProgress ? 'shown' : 'NOT shown'}; ` +
          `cancelled and restarted: longest task ${restarted.longest} ms; bulk rule ${tRule} ms, longest task ${ruled.longest} ms; ` +
          `one row by hand: longest task ${clicked.longest} ms`,
      );
      expect(match.longest).toBeLessThan(200);
      expect(restarted.longest).toBeLessThan(200);
      expect(sawProgress).toBe(true);

      // Closed while it matches: the run is dropped and the page carries on.
      await dialog.getByTestId('import-cluster').selectOption('robotics');
      await dialog.getByTestId('import-matching').waitFor();
      await dialog.getByRole('button', { name: '关闭' }).first().click();
      await dialog.waitFor({ state: 'hidden' });
      expect(app.pageErrors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240000);

  it('a file with an unsafe link and an over-long name still loads; each field is reported', async () => {
    const { page } = app;
    const f = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../data/clusters/robotics.json'), 'utf8'),
    );
    f.sources[0].url = 'javascript:alert(1)';
    f.cluster.name.zh = '智能机器人'.repeat(60);
    await loadUserFile(page, 'my-robotics.json', JSON.stringify(f));
    await expect.poll(async () => (await problemEntries(page)).length).toBeGreaterThan(1);
    const problems = (await problemEntries(page)).map((p) => `${p.place} ${p.message}`).join('\n');
    expect(problems).toMatch(/my-robotics\.json.*sources\[0\]\.url/);
    expect(problems).toMatch(/my-robotics\.json.*cluster\.name\.zh/);
    expect(await page.locator('nav.sidebar .picker-item[data-cluster="robotics"]').count()).toBe(1);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
