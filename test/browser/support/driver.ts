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

export async function clusterButtons(page: Page): Promise<number> {
  return (await page.locator('nav.sidebar button[aria-pressed]').count()) - 1;
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
  const p = await page.evaluate((nodeId) => window.__chainatlas?.chain?.().project(nodeId) ?? null, id);
  if (!box || !p) throw new Error(`node ${id} is not in the diagram`);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}
