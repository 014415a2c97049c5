import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAP_COLORS } from '../../src/map/palette.ts';
import { launchBrowser } from './support/browser.ts';
import {
  clickCity,
  closeExportDialog,
  clusterButtons,
  exportFigure,
  holdRequests,
  hoverCity,
  listedClusters,
  mapState,
  pickCluster,
  renderedCityLabels,
  waitForChain,
  waitForMap,
} from './support/driver.ts';
import { pixelStats, pixelsNear } from './support/pixels.ts';
import { type AppSession, openApp } from './support/session.ts';

const GUANGDONG = [
  '440100',
  '440200',
  '440300',
  '440400',
  '440500',
  '440600',
  '440700',
  '440800',
  '440900',
  '441200',
  '441300',
  '441400',
  '441500',
  '441600',
  '441700',
  '441800',
  '441900',
  '442000',
  '445100',
  '445200',
  '445300',
];

describe('the Guangdong city map', () => {
  let browser: Browser;
  let app: AppSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, inject('appUrl'));
    await waitForMap(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('draws the map: the canvas is not blank', async () => {
    const png = await app.page.locator('[data-testid="map"] canvas').screenshot();
    const stats = pixelStats(png);
    // Sea, context land, four region fills, borders and labels.
    expect(stats.distinctColors).toBeGreaterThan(20);
    expect(stats.dominantShare).toBeLessThan(0.8);
    const dir = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'map-1280x800.png'), await app.page.screenshot());
  });

  it('labels all 21 cities', async () => {
    const labels = await renderedCityLabels(app.page);
    expect([...new Set(labels)].sort()).toEqual(GUANGDONG);
  });

  it('names the cities as page text on their seats, follows the camera, and prints the names in a PNG', async () => {
    // Each city's name is centred on its label point (the seat of government), short at this zoom.
    const placed = (page: typeof app.page) =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="map"] .map-label:not([hidden])')].map(
          (el) => {
            const r = el.getBoundingClientRect();
            return {
              code: el.dataset.code ?? null,
              text: el.textContent,
              x: r.x,
              y: r.y,
              w: r.width,
              h: r.height,
            };
          },
        ),
      );
    const seat = async (page: typeof app.page, code: string) => {
      const box = await page.locator('[data-testid="map"]').boundingBox();
      const p = await page.evaluate((c) => window.__chainatlas?.map?.project(c) ?? null, code);
      if (!box || !p) throw new Error(`no point for ${code}`);
      return { x: box.x + p.x, y: box.y + p.y };
    };
    const labels = await placed(app.page);
    const cities = labels.filter((l) => l.code);
    expect(cities).toHaveLength(21);
    expect(cities.find((l) => l.code === '440100')?.text).toBe('广州');
    for (const l of cities) {
      const p = await seat(app.page, l.code as string);
      expect(Math.abs(l.x + l.w / 2 - p.x), l.text ?? '').toBeLessThan(2);
      expect(Math.abs(l.y + l.h / 2 - p.y), l.text ?? '').toBeLessThan(2);
    }
    expect(labels.some((l) => l.text === '香港')).toBe(true);

    // Zoomed in over 深圳 (a camera in the link): full names, still on their seats, and 香港 beside
    // 深圳市 rather than over it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}?m=114.1,22.6,8.5`);
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45000 });
    await expect.poll(async () => (await placed(page)).find((l) => l.code === '440300')?.text).toBe('深圳市');
    const near = await placed(page);
    const sz = near.find((l) => l.code === '440300');
    const hk = near.find((l) => l.text === '香港');
    const szSeat = await seat(page, '440300');
    expect(Math.abs((sz?.x ?? 0) + (sz?.w ?? 0) / 2 - szSeat.x)).toBeLessThan(2);
    if (sz && hk)
      expect(hk.x + hk.w <= sz.x || sz.x + sz.w <= hk.x || hk.y + hk.h <= sz.y || sz.y + sz.h <= hk.y).toBe(
        true,
      );
    await context.close();

    // The names are not in the WebGL frame: the PNG export draws them onto it.
    const { bytes } = await exportFigure(app.page, { format: 'png', layout: 'map', scale: 1 });
    await closeExportDialog(app.page);
    const img = PNG.sync.read(bytes);
    const [x0, y0] = [Math.round(img.width * 0.1), Math.round(img.height * 0.2)];
    const region = new PNG({ width: Math.round(img.width * 0.8), height: Math.round(img.height * 0.5) });
    PNG.bitblt(img, region, x0, y0, region.width, region.height, 0, 0);
    const ink = pixelsNear(PNG.sync.write(region), MAP_COLORS.label, 24);
    console.log(`map: label-coloured pixels in the exported map: ${ink}`);
    expect(ink).toBeGreaterThan(300);
  });

  it('shows the city name on hover, as text', async () => {
    await hoverCity(app.page, '440900');
    const tip = app.page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toBe('茂名市');
  });

  it('selects a city on click and clears it with Esc', async () => {
    await clickCity(app.page, '440800');
    await expect.poll(() => app.page.getByTestId('city-select').inputValue()).toBe('440800');
    await expect.poll(() => app.page.getByTestId('details').textContent()).toContain('湛江市');
    await app.page.locator('[data-testid="map"] canvas').focus();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByTestId('city-select').inputValue()).toBe('');
  });

  it('shows the data source and the schematic-map note', async () => {
    const footer = await app.page.getByTestId('map-footer').textContent();
    expect(footer).toContain('ECharts');
    expect(footer).toContain('示意图 — 非标准地图');
  });

  it('makes no request outside its own origin, and logs no error', async () => {
    expect(app.requests.length).toBeGreaterThan(3);
    expect(app.requests.some((r) => r.includes('maplibre-gl-worker'))).toBe(true);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });

  it('paints each city in the colour the data gives it, and repaints them on a cluster switch', async () => {
    // Every distinct fill the app asks for is on the canvas over a real area, not only in its state.
    const painted = async () => {
      const { fills } = await mapState(app.page);
      const png = await app.page.locator('[data-testid="map"] canvas').screenshot();
      return [...new Set(Object.values(fills))].map((colour) => [colour, pixelsNear(png, colour)] as const);
    };
    const overview = await painted();
    expect(overview.length).toBeGreaterThan(2);
    for (const [, n] of overview) expect(n).toBeGreaterThan(150);
    await pickCluster(app.page, '绿色石化');
    await waitForChain(app.page);
    await expect
      .poll(async () => (await painted()).filter(([, n]) => n < 150).map(([c]) => c), { timeout: 15000 })
      .toEqual([]);
    const roles = (await painted()).map(([c]) => c);
    // The cluster's role colours are new: the overview's count shades are not what is drawn now.
    expect(roles.some((c) => !overview.some(([o]) => o === c))).toBe(true);

    // A lost WebGL context (a GPU reset, a laptop waking up): maplibre rebuilds its style once it
    // is back, and the cities must come back in the same colours.
    await app.page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const lose = gl?.getExtension('WEBGL_lose_context');
      if (!lose) throw new Error('no WEBGL_lose_context');
      lose.loseContext();
      setTimeout(() => lose.restoreContext(), 300);
    });
    await expect
      .poll(async () => (await painted()).filter(([, n]) => n < 150).map(([c]) => c), { timeout: 15000 })
      .toEqual([]);
    // …and their names are still there, where maplibre now puts each city's seat.
    const offSeat = await app.page.evaluate(() => {
      const box = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
      const map = window.__chainatlas?.map;
      const labels = [
        ...document.querySelectorAll<HTMLElement>('[data-testid="map"] .map-label:not([hidden])'),
      ];
      const cities = labels.filter((el) => el.dataset.code);
      const worst = Math.max(
        0,
        ...cities.map((el) => {
          const p = map?.project(el.dataset.code ?? '');
          const r = el.getBoundingClientRect();
          if (!p || !box) return Number.POSITIVE_INFINITY;
          return Math.hypot(r.x + r.width / 2 - (box.x + p.x), r.y + r.height / 2 - (box.y + p.y));
        }),
      );
      return { count: cities.length, worst };
    });
    expect(offSeat.count).toBe(21);
    expect(offSeat.worst).toBeLessThan(2);
  });

  it('draws Guangdong at once while the WebGL map is still loading, then gives way to it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Hold the maplibre chunk back: what a person sees meanwhile is the d3-geo preview.
    const maplibre = await holdRequests(page, /mapController-[^/]*\.js$/);
    await page.goto(inject('appUrl'));
    const preview = page.locator('[data-testid="map-preview"]');
    await preview.waitFor({ timeout: 30000 });
    // 21 cities, each a filled outline, and their names as text.
    const cities = await preview.locator('path[fill]:not([fill="none"])').count();
    expect(cities).toBeGreaterThanOrEqual(21);
    const text = (await preview.textContent()) ?? '';
    for (const name of ['广州', '深圳', '湛江', '潮州']) expect(text).toContain(name);
    expect(await page.locator('[data-testid="map"]').getAttribute('data-ready')).toBe('false');
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByName('chainatlas:map-first-paint')[0]?.startTime ?? null,
    );
    expect(firstPaint).not.toBeNull();
    console.log(
      `map: preview painted ${Math.round(firstPaint ?? 0)} ms after navigation (maplibre held back)`,
    );
    maplibre.release();
    await waitForMap(page);
    expect(await preview.count()).toBe(0);
    await context.close();
  });

  it('shows the loading page with its map before the workspace code arrives, and asks for fonts only after it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/fonts/')) fonts.push(r.url());
    });
    const workspace = await holdRequests(page, /\/assets\/Workspace-[^/]*\.js$/);
    await page.goto(`${inject('appUrl')}?c=robotics`);
    // The shell alone draws the header and Guangdong: the workspace's code is still held back.
    await page.locator('[data-testid="map-preview"]').waitFor({ timeout: 30000 });
    expect(await page.locator('.app-header h1').textContent()).toContain('链图');
    expect(workspace.urls).toHaveLength(1);
    // 350 KB of fonts would share a slow link with that code: they wait for it.
    expect(fonts).toEqual([]);
    workspace.release();
    await waitForChain(page);
    await expect.poll(() => fonts.some((u) => u.includes('chainatlas-cjk')), { timeout: 30000 }).toBe(true);
    await context.close();
  });

  it('downloads the boundaries once, though the loading page gives way to the workspace meanwhile', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const topo = await holdRequests(page, /guangdong\.topo\.json$/);
    const workspace = await holdRequests(page, /\/assets\/Workspace-[^/]*\.js$/);
    await page.goto(`${inject('appUrl')}?c=robotics`);
    await expect.poll(() => topo.urls.length + workspace.urls.length, { timeout: 30000 }).toBe(2);
    // The workspace replaces the loading page while the boundaries are still on their way.
    workspace.release();
    await page.locator('nav.sidebar button[data-cluster="robotics"]').waitFor({ timeout: 30000 });
    topo.release();
    await waitForMap(page);
    expect(topo.urls).toHaveLength(1);
    await context.close();
  });

  it('a deep link shows its cluster before the other clusters have arrived, listing all 20 from the index', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const others = await holdRequests(page, /\/data\/clusters\/(?!robotics\.json)[^/]+\.json$/);
    await page.goto(`${inject('appUrl')}?c=robotics`);
    await waitForChain(page);
    await expect.poll(() => page.locator('.chain-title').first().textContent()).toContain('智能机器人');
    // The other clusters' files were asked for only once the linked one (and the map) had come.
    // The manifest's index lists all 20 at once; only the loaded one can be picked yet.
    expect(await listedClusters(page)).toBe(20);
    expect(await clusterButtons(page)).toBe(1);
    expect(await page.locator('nav.sidebar [data-cluster="petrochem"]').getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(await page.locator('nav.sidebar .picker-more').textContent()).toBe('正在加载其他集群…');
    others.release();
    await expect.poll(() => clusterButtons(page), { timeout: 30000 }).toBe(20);
    expect(await page.locator('nav.sidebar .picker-more').count()).toBe(0);
    expect(others.urls.length).toBe(19);
    await context.close();
  });

  it("a deep link's other clusters wait for its map to load, and come without it when it cannot", async () => {
    const firstOther = (page: Page) =>
      page.evaluate(() => {
        const others = performance
          .getEntriesByType('resource')
          .filter((r) => /\/data\/clusters\/(?!robotics\.json)[^/]+\.json/.test(r.name));
        return others.length ? Math.min(...others.map((r) => r.startTime)) : null;
      });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}?c=robotics`);
    await expect.poll(() => clusterButtons(page), { timeout: 30000 }).toBe(20);
    const mapLoad = await page.evaluate(
      () => performance.getEntriesByName('chainatlas:map-load')[0]?.startTime ?? null,
    );
    const asked = await firstOther(page);
    console.log(
      `map: deep link's map loaded at ${Math.round(mapLoad ?? 0)} ms, other clusters asked at ${Math.round(asked ?? 0)} ms`,
    );
    expect(mapLoad).not.toBeNull();
    expect(asked).toBeGreaterThanOrEqual(mapLoad ?? Number.POSITIVE_INFINITY);

    // maplibre never arrives (held back): the other clusters come all the same.
    const stuck = await context.newPage();
    const maplibre = await holdRequests(stuck, /mapController-[^/]*\.js$/);
    await stuck.goto(`${inject('appUrl')}?c=robotics`);
    await expect.poll(() => clusterButtons(stuck), { timeout: 30000 }).toBe(20);
    expect(await stuck.locator('[data-testid="map"]').getAttribute('data-ready')).toBe('false');
    maplibre.release();
    await context.close();
  });
});
