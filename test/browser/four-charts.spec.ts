/**
 * The chain leader's four charts (产业链图 · 区域分布图 · 技术路线图 · 应用领域图) and the computed 补链
 * list, walked as a person would: by mouse and by keyboard, for two clusters (智能机器人, 半导体与集成电路)
 * plus the laser chain for its ten application fields. Each chart is a deep link (`view=`), shares the
 * one selection with the map and the other charts, has an accessible list twin, exports as PNG/SVG and
 * passes axe with no serious violation; the gap list ranks, selects and exports as Excel-safe CSV; a
 * broken roadmap item in a person's file is reported by file, record and field and the rest shows.
 * Zero CSP violations over the whole walk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import {
  exportFigure,
  loadUserFile,
  mapState,
  problemEntries,
  waitForChain,
  waitForMap,
} from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const CLUSTERS = ['robotics', 'semiconductors'] as const;

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).include(include).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user moves on. */
async function tabTo(page: Page, selector: string, max = 12): Promise<string | null> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      (sel) =>
        document.activeElement?.matches(sel)
          ? (document.activeElement.getAttribute('data-node') ??
            document.activeElement.getAttribute('data-id'))
          : null,
      selector,
    );
    if (hit) return hit;
  }
  return null;
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function waitForParam(page: Page, key: string, value: string | null): Promise<void> {
  await page.waitForFunction(
    ([k, v]) => new URLSearchParams(window.location.search).get(k as string) === v,
    [key, value] as const,
    { timeout: 10000 },
  );
}

describe('the four charts and the gap list', () => {
  let browser: Browser;
  let app: AppSession;
  const url = (q: string) => `${inject('appUrl')}${q}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, url('?c=robotics'));
    await waitForMap(app.page);
  });
  afterAll(async () => {
    console.log(
      `four-charts: CSP violations ${app?.cspViolations.length}, page errors ${app?.pageErrors.length}`,
    );
    await app?.close();
    await browser?.close();
  });

  for (const cluster of CLUSTERS) {
    it(`${cluster}: walks the four charts by mouse; each is a deep link and shares the selection`, async () => {
      const { page } = app;
      await page.goto(url(`?c=${cluster}`));
      await waitForMap(page);
      await waitForChain(page);
      const tabs = page.locator('.chart-tabs [role="tab"]');
      expect(await tabs.allTextContents()).toEqual(['产业链图', '区域分布图', '技术路线图', '应用领域图']);

      // 区域分布图: hovering a column lights the segment's cities on the map; clicking selects it.
      await tabs.nth(1).click();
      await waitForParam(page, 'view', 'region');
      const matrix = page.getByTestId('region-matrix');
      await matrix.waitFor();
      // The segment held in the most cities: its column lights rows here and cities on the map.
      const busiest = await matrix.evaluate((el) => {
        const heads = [...el.querySelectorAll('thead .region-col')];
        const filled = heads.map(
          (_, i) =>
            [...el.querySelectorAll('tbody tr')].filter((tr) =>
              tr.querySelectorAll('td')[i]?.classList.contains('is-filled'),
            ).length,
        );
        return { at: filled.indexOf(Math.max(...filled)), most: Math.max(...filled) };
      });
      const column = matrix.locator('.region-col[data-node]').nth(busiest.at);
      const nodeId = (await column.getAttribute('data-node')) as string;
      await column.hover();
      await page.waitForFunction((id) => window.__chainatlas?.chain?.().focus === id, nodeId, {
        timeout: 5000,
      });
      await column.click();
      await waitForParam(page, 'n', nodeId);
      expect(await column.getAttribute('aria-pressed')).toBe('true');
      const lit = await matrix
        .locator('tbody tr.is-lit .region-city')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-city') ?? ''));
      // (智能机器人's firms carry no city in the sources: its matrix has rows but no filled cell.)
      expect(lit.length).toBe(busiest.most);
      const onMap = (await mapState(page)).highlighted;
      for (const code of lit) expect(onMap, `${nodeId} in ${code}`).toContain(code);
      // A city row header selects the city: the map and the address follow.
      const city = matrix.locator('.region-city[data-city]').first();
      const adcode = (await city.getAttribute('data-city')) as string;
      await city.click();
      await waitForParam(page, 'city', adcode);
      expect(await city.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.city-profile').count()).toBeGreaterThan(0);
      await city.click(); // picking it again clears the city
      await waitForParam(page, 'city', null);

      // 技术路线图: the tab is a deep link; the chart (or its honest empty message) shows.
      await tabs.nth(2).click();
      await waitForParam(page, 'view', 'tech');
      await page.getByTestId('roadmap-chart').waitFor();
      const hits = page.locator('[data-testid="roadmap-svg"] .items-hit');
      if ((await hits.count()) > 0) {
        const id = (await hits.first().getAttribute('data-id')) as string;
        await hits.first().click();
        await waitForParam(page, 'n', id);
      }

      // 应用领域图
      await tabs.nth(3).click();
      await waitForParam(page, 'view', 'apps');
      await page.getByTestId('apps-chart').waitFor();

      // Reload on the address: the same chart and selection come back.
      const here = page.url();
      await page.goto(here);
      await page.getByTestId('apps-chart').waitFor();
      expect(await page.locator('.chart-tabs [aria-selected="true"]').textContent()).toBe('应用领域图');
      expect(param(page, 'c')).toBe(cluster);

      // Back to 产业链图: the diagram draws again.
      await page.locator('.chart-tabs [role="tab"]').first().click();
      await waitForParam(page, 'view', null);
      await waitForChain(page);
    });

    it(`${cluster}: the gap list ranks computed gaps with reasons; picking one selects it in every view`, async () => {
      const { page } = app;
      await page.goto(url(`?c=${cluster}&view=region`));
      await waitForMap(page);
      const list = page.getByTestId('gap-list');
      await list.waitFor();
      const entries = list.locator('.gap-entries > li[data-node]');
      expect(await entries.count()).toBeGreaterThan(0);
      const first = entries.first();
      const id = (await first.getAttribute('data-node')) as string;
      expect(await first.locator('.gap-rank').textContent()).toBe('1');
      expect((await first.locator('.gap-reasons li').allTextContents()).join(' ').length).toBeGreaterThan(4);
      // The same segment is tagged as a gap in the matrix.
      const col = page.locator(`.region-col[data-node="${id}"]`);
      if (await col.count()) expect(await col.locator('xpath=..').locator('.region-gap').count()).toBe(1);
      await first.locator('.gap-name').click();
      await waitForParam(page, 'n', id);
      expect(await first.locator('.gap-name').getAttribute('aria-pressed')).toBe('true');

      // CSV: BOM, a header row, one row per reason, no formula left live.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        list.locator('.gap-list-head button').click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.slice(1, 3)).toBe('排名');
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^chainatlas-${cluster}-gaps-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
      );
      const lines = text.trim().split('\r\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)"?[=+@]/);
    });
  }

  it('walks the charts and the gap list by keyboard alone', async () => {
    const { page } = app;
    await page.goto(url('?c=robotics'));
    await waitForMap(page);
    await waitForChain(page);
    await page.locator('.chart-tabs [aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'view', 'region');
    // Tab from the tab strip into the matrix: the first column header, then Enter selects it.
    const colId = (await tabTo(page, '.region-col[data-node]')) as string;
    expect(colId).toBe(await page.locator('.region-col[data-node]').first().getAttribute('data-node'));
    await page.keyboard.press('Enter');
    await waitForParam(page, 'n', colId);

    await page.locator('.chart-tabs [aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'view', 'tech');
    await page.getByTestId('roadmap-chart').waitFor();
    if (await page.locator('[data-testid="roadmap-svg"] .items-hit').count()) {
      const id = (await tabTo(page, '[data-testid="roadmap-svg"] .items-hit', 30)) as string;
      expect(id).toBeTruthy();
      await page.keyboard.press(id === colId ? 'Escape' : 'Enter');
      await waitForParam(page, 'n', id === colId ? null : id);
    }

    await page.locator('.chart-tabs [aria-selected="true"]').focus();
    await page.keyboard.press('End');
    await waitForParam(page, 'view', 'apps');
    await page.keyboard.press('Home');
    await waitForParam(page, 'view', null);

    // The gap list: focus previews the segment; Enter selects it.
    const gap = page.locator('[data-testid="gap-list"] .gap-name').nth(1);
    const gapId = (await gap.locator('xpath=ancestor::li[1]').getAttribute('data-node')) as string;
    await gap.focus();
    await page.waitForFunction((id) => window.__chainatlas?.chain?.().focus === id, gapId, { timeout: 5000 });
    const before = param(page, 'n');
    await page.keyboard.press('Enter');
    // Enter on the entry already selected clears it, as a click does.
    await waitForParam(page, 'n', before === gapId ? null : gapId);
    if (before === gapId) {
      await page.keyboard.press('Enter');
      await waitForParam(page, 'n', gapId);
    }
  });

  it('the laser chain: the ten application fields the article names, as a chart and as a list', async () => {
    const { page } = app;
    await page.goto(url('?c=laser-am&view=apps'));
    await waitForMap(page);
    await page.getByTestId('apps-chart').waitFor();
    const hits = page.locator('[data-testid="apps-svg"] .items-hit');
    expect(await hits.count()).toBeGreaterThanOrEqual(11);
    const field = hits.last();
    const id = (await field.getAttribute('data-id')) as string;
    await field.click();
    await waitForParam(page, 'n', id);
    // The list twin.
    await page.locator('.chain-toolbar button[aria-pressed]').click();
    const table = page.getByTestId('apps-list');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    expect(await seriousViolations(page, '[data-testid="chart-panel"]')).toEqual([]);
  });

  it('every new chart has a list twin, and axe finds nothing serious in any of them', async () => {
    const { page } = app;
    for (const cluster of CLUSTERS) {
      for (const view of ['region', 'tech', 'apps'] as const) {
        await page.goto(url(`?c=${cluster}&view=${view}`));
        await waitForMap(page);
        await page.locator('[data-testid="chart-panel"]').waitFor();
        expect(
          await seriousViolations(page, '[data-testid="chart-panel"]'),
          `${cluster} ${view} chart`,
        ).toEqual([]);
        await page.locator('.chain-toolbar button[aria-pressed]').click();
        // A chain with no sourced application field says so in the list twin instead of a table.
        const twin = { region: 'region-list', tech: 'roadmap-list', apps: 'apps-list' }[view];
        await page.locator(`[data-testid="${twin}"], [data-testid="${twin}-empty"]`).first().waitFor();
        expect(
          await seriousViolations(page, '[data-testid="chart-panel"]'),
          `${cluster} ${view} list`,
        ).toEqual([]);
      }
    }
    expect(await seriousViolations(page, '[data-testid="gap-list"]')).toEqual([]);
  });

  it('exports each new chart with the gap list in the figure', async () => {
    const { page } = app;
    for (const view of ['region', 'tech', 'apps'] as const) {
      await page.goto(url(`?c=robotics&view=${view}`));
      await waitForMap(page);
      const svg = await exportFigure(page, { format: 'svg', layout: 'slide' });
      const text = svg.bytes.toString('utf8');
      expect(svg.name).toContain('robotics');
      expect(text).toContain('补链清单');
      expect(text).toContain('减速器');
      const png = await exportFigure(page, { format: 'png', layout: 'slide', scale: 1 });
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      await page.keyboard.press('Escape');
    }
  });

  it('a broken roadmap item in my file is reported by file, record and field; the rest still shows', async () => {
    const { page } = app;
    await page.goto(url('?c=robotics'));
    await waitForMap(page);
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../data/clusters/robotics.json'), 'utf8'),
    );
    file.cluster.roadmap = [
      {
        id: 'rm-good',
        name: { zh: '减速器国产化', en: 'Domestic reducers' },
        node: 'prod-reducer',
        status: 'chokepoint',
        sources: [file.sources[0].id],
      },
      {
        id: 'rm-bad',
        name: { zh: '坏条目', en: 'Bad item' },
        status: 'half-done',
        sources: [file.sources[0].id],
      },
    ];
    await loadUserFile(page, 'my-robotics.json', JSON.stringify(file));
    await expect.poll(() => page.locator('.data-panel').last().getAttribute('data-source')).toBe('user');
    const problems = await problemEntries(page);
    const line = problems.map((p) => `${p.place} ${p.message} ${p.fix}`).find((t) => t.includes('rm-bad'));
    expect(line, JSON.stringify(problems)).toBeDefined();
    expect(line).toContain('my-robotics.json');
    expect(line).toContain('cluster.roadmap[1].status');
    // The good item is on the roadmap and counts as a 卡脖子 gap.
    await page.locator('.chart-tabs [role="tab"][data-view="tech"]').click();
    await page.getByTestId('roadmap-chart').waitFor();
    expect(await page.getByTestId('roadmap-chart').textContent()).toContain('减速器国产化');
    expect(await page.getByTestId('gap-list').textContent()).toContain('卡脖子');
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
