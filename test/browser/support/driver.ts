/** Domain verbs over a page: specs read like a person's story and never poke at maplibre themselves. */
import type { Page } from 'playwright-core';

export async function waitForMap(page: Page): Promise<void> {
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45000 });
  // Labels are placed on the first frames after load; wait until all are rendered.
  await page.waitForFunction(() => (window.__chainatlas?.map?.renderedLabels().length ?? 0) >= 21, null, {
    timeout: 30000,
  });
}

export async function renderedCityLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__chainatlas?.map?.renderedLabels() ?? []);
}

/** Page coordinates of a city's label point (its seat of government). */
export async function cityPoint(page: Page, adcode: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const p = await page.evaluate((code) => window.__chainatlas?.map?.project(code) ?? null, adcode);
  if (!box || !p) throw new Error(`city ${adcode} is not on the map`);
  // Nudge below the label so the pointer lands on the polygon, not exactly on the text anchor.
  return { x: box.x + p.x, y: box.y + p.y + 6 };
}

export async function hoverCity(page: Page, adcode: string): Promise<void> {
  const { x, y } = await cityPoint(page, adcode);
  await page.mouse.move(x - 20, y - 20);
  await page.mouse.move(x, y, { steps: 4 });
}

export async function clickCity(page: Page, adcode: string): Promise<void> {
  const { x, y } = await cityPoint(page, adcode);
  await page.mouse.click(x, y);
}

/** Loads a file through the data panel's file picker, as a person would. */
export async function loadUserFile(page: Page, name: string, text: string, mimeType = 'application/json') {
  await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.from(text, 'utf8'),
  });
}

export async function problemsText(page: Page): Promise<string> {
  return (await page.locator('.data-problems').textContent()) ?? '';
}

/** Clusters a person can pick in the sidebar (not counting 全部集群, nor ones still loading). */
export async function clusterButtons(page: Page): Promise<number> {
  return (await page.locator('nav.sidebar button[aria-pressed]:not([aria-disabled="true"])').count()) - 1;
}

/** Clusters the sidebar lists, including ones whose files are still loading. */
export async function listedClusters(page: Page): Promise<number> {
  return await page.locator('nav.sidebar button[data-cluster]').count();
}

export async function pickCluster(page: Page, zhName: string): Promise<void> {
  await page.locator('nav.sidebar').getByRole('button', { name: zhName, exact: false }).first().click();
}

export async function waitForChain(page: Page): Promise<void> {
  await page
    .locator('[data-testid="chain-view"][data-ready="true"], .chain-table')
    .first()
    .waitFor({ timeout: 30000 });
}

export async function mapState(page: Page) {
  return page.evaluate(() => {
    const s = window.__chainatlas?.mapState?.();
    if (!s) throw new Error('map state hook missing');
    return s;
  });
}

export async function chainState(page: Page) {
  return page.evaluate(() => {
    const s = window.__chainatlas?.chain?.();
    if (!s) throw new Error('chain state hook missing');
    return { selected: s.selected, emphasis: s.emphasis, focus: s.focus };
  });
}

/** Clicks a node of the chain diagram where it is drawn. */
export async function clickChainNode(page: Page, id: string): Promise<void> {
  const box = await page.getByTestId('chain-view').boundingBox();
  // The pane hands the hook its new positions in an effect, which can run a frame after the
  // diagram says it is ready: wait for the node to have a place rather than read it once.
  const p = await page
    .waitForFunction((nodeId) => window.__chainatlas?.chain?.().project(nodeId) ?? null, id, {
      timeout: 10000,
    })
    .then((h) => h.jsonValue())
    .catch(() => null);
  if (!box || !p) throw new Error(`node ${id} is not in the diagram`);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

// ---- Verbs for the hostile-input, robustness, big-input and accessibility specs.

/** Picks a cluster by its id (the picker buttons carry it), whatever its name says. */
export async function pickClusterById(page: Page, id: string): Promise<void> {
  await page.locator(`nav.sidebar .picker-item[data-cluster="${id}"]`).first().click();
}

/** Back to the overview ("all clusters"). */
export async function pickAllClusters(page: Page): Promise<void> {
  await page.locator('nav.sidebar .picker-all').first().click();
}

/** Ids of the clusters the picker lists, in order. */
export async function clusterIds(page: Page): Promise<string[]> {
  return page
    .locator('nav.sidebar .picker-item[data-cluster]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-cluster') ?? ''));
}

/** Waits until no file is being read (the progress bar is gone). */
export async function waitForDataIdle(page: Page, timeout = 30000): Promise<void> {
  await page.locator('.data-progress').waitFor({ state: 'detached', timeout });
}

/** "Back to the bundled data", when a person's data is shown. */
export async function backToBundled(page: Page): Promise<void> {
  const panel = page.locator('.data-panel').last();
  if ((await panel.getAttribute('data-source')) !== 'user') return;
  await panel.locator('.data-status button').click();
  await page.locator('.data-panel[data-source="bundled"]').last().waitFor({ timeout: 15000 });
}

/** Clicks every tab of the 五个一 panel in turn. */
export async function openEveryTab(page: Page): Promise<number> {
  const tabs = page.locator('.five-ones [role="tab"]');
  const n = await tabs.count();
  for (let i = 0; i < n; i++) await tabs.nth(i).click();
  return n;
}

/** The header's language switch (the only header button that names its own language). */
export async function switchLanguage(page: Page): Promise<void> {
  await page.locator('.app-header-actions > button[lang]').click();
}

/** Moves the pointer over a grid of points inside an element (hover effects, tooltips); optionally clicks. */
export async function sweepPointer(
  page: Page,
  selector: string,
  opts: { cols?: number; rows?: number; click?: boolean } = {},
): Promise<number> {
  const target = page.locator(selector).first();
  if ((await target.count()) === 0) return 0;
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) return 0;
  const cols = opts.cols ?? 6;
  const rows = opts.rows ?? 4;
  let n = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const x = box.x + ((c + 0.5) / cols) * box.width;
      const y = box.y + ((r + 0.5) / rows) * box.height;
      await page.mouse.move(x, y, { steps: 2 });
      if (opts.click) await page.mouse.click(x, y);
      n++;
    }
  return n;
}

/**
 * Exports the current view through the export dialog, as a person would, and returns the file.
 * The dialog stays open; `closeExportDialog` closes it with Esc.
 */
export async function exportFigure(
  page: Page,
  opts: { format: 'png' | 'svg'; layout: 'slide' | 'a4' | 'map' | 'chain'; scale?: 1 | 2 | 4 },
): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByTestId('export-dialog');
  if (!(await dialog.isVisible())) await page.getByTestId('export-open').click();
  await dialog.locator(`input[name="format"][value="${opts.format}"]`).check();
  await dialog.locator(`input[name="layout"][value="${opts.layout}"]`).check();
  if (opts.scale) await dialog.locator(`input[name="scale"][value="${opts.scale}"]`).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 45000 }),
    dialog.getByTestId('export-run').click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

export async function closeExportDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });
}

/** Loads raw bytes (binary, GBK, UTF-16 …) through the data panel's file picker. */
export async function loadUserBytes(page: Page, name: string, bytes: Uint8Array, mimeType = '') {
  await page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.from(bytes),
  });
}

/** The problem list as the person reads it: place (file › where), message and fix of each entry. */
export async function problemEntries(page: Page): Promise<{ place: string; message: string; fix: string }[]> {
  return page.locator('.data-problem').evaluateAll((items) =>
    items.map((li) => ({
      place: li.querySelector('.data-problem__place')?.textContent ?? '',
      message: li.querySelector('.data-problem__message')?.textContent ?? '',
      fix: li.querySelector('.data-problem__fix')?.textContent ?? '',
    })),
  );
}

/**
 * Holds back every request whose URL matches `pattern` until `release()`: what a person sees
 * while a slow file is still on its way. `urls` lists the requests held so far.
 */
export async function holdRequests(
  page: Page,
  pattern: RegExp,
): Promise<{ release(): void; urls: string[] }> {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  const urls: string[] = [];
  await page.route(pattern, async (route) => {
    urls.push(route.request().url());
    await held;
    await route.continue();
  });
  return { release: () => release(), urls };
}
