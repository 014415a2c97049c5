/**
 * Briefings: an analyst exports the view she is looking at — a PNG for a slide, an SVG for a
 * designer, a printout — and shares the link. For two clusters, every format downloads a real
 * file: the PNG decodes at the asked size with a drawn map and a drawn diagram, the SVG parses and
 * carries nothing that could run. The print stylesheet drops the app's chrome; the copied link
 * reopens the same view. One PNG and one SVG per cluster are kept in docs/exports/ to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import {
  chainState,
  closeExportDialog,
  exportFigure,
  mapState,
  waitForChain,
  waitForMap,
} from './support/driver.ts';
import { pixelStats } from './support/pixels.ts';
import { type AppSession, openApp } from './support/session.ts';

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'exports');
const FILE_RE = (slug: string, ext: string) =>
  new RegExp(`^chainatlas-${slug}-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`);

/** Pixel statistics of a part of a decoded PNG, given as fractions of its width and height. */
function regionStats(img: PNG, fx0: number, fy0: number, fx1: number, fy1: number) {
  const x0 = Math.round(img.width * fx0);
  const y0 = Math.round(img.height * fy0);
  const w = Math.round(img.width * fx1) - x0;
  const h = Math.round(img.height * fy1) - y0;
  const out = new PNG({ width: w, height: h });
  PNG.bitblt(img, out, x0, y0, w, h, 0, 0);
  return pixelStats(PNG.sync.write(out));
}

/**
 * Parses an SVG in the browser and reports what the safety rules look at. Self-contained: it runs
 * inside the page (page.evaluate serialises it).
 */
function svgReport(text: string) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const all = [doc.documentElement, ...Array.from(doc.querySelectorAll('*'))];
  const attrs = all.flatMap((el) =>
    Array.from(el.attributes).map((a) => ({ el: el.localName, name: a.localName, value: a.value })),
  );
  const css = [
    ...Array.from(doc.querySelectorAll('style')).map((s) => s.textContent ?? ''),
    ...attrs.filter((a) => a.name === 'style').map((a) => a.value),
  ].join('\n');
  const urls = [...css.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)].map((m) => m[1] ?? '');
  return {
    parseError: doc.querySelector('parsererror')?.textContent ?? null,
    root: doc.documentElement.localName,
    width: doc.documentElement.getAttribute('width'),
    height: doc.documentElement.getAttribute('height'),
    title: doc.querySelector('text.title')?.textContent ?? null,
    cities: doc.querySelectorAll('path.city').length,
    nodes: doc.querySelectorAll('svg.chain .node').length,
    scripts: doc.querySelectorAll('script').length,
    foreignObjects: all.filter((el) => el.localName.toLowerCase() === 'foreignobject').length,
    handlers: attrs.filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${a.el}@${a.name}`),
    javascript: attrs.filter((a) => /javascript:/i.test(a.value)).length + (/javascript:/i.test(css) ? 1 : 0),
    externalHrefs: attrs.filter((a) => a.name === 'href' && !a.value.startsWith('#')).map((a) => a.value),
    externalUrls: urls.filter((u) => !u.startsWith('data:') && !u.startsWith('#')),
    imports: /@import/i.test(css),
  };
}

const CLUSTERS = [
  {
    id: 'petrochem',
    title: '绿色石化',
    query: '?c=petrochem&n=seg-refining',
    keep: { layout: 'slide', scale: 2, file: 'petrochem-16x9' },
  },
  {
    id: 'new-energy',
    title: '新能源',
    query: '?c=new-energy&city=440300',
    keep: { layout: 'a4', scale: 1, file: 'new-energy-a4' },
  },
] as const;

const SIZE = { slide: [1600, 900], a4: [1754, 1240], map: [1600, 900], chain: [1600, 900] } as const;

describe.each(CLUSTERS)('briefing exports for $id', (cluster) => {
  let browser: Browser;
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, `${inject('appUrl')}${cluster.query}`);
    page = app.page;
    await waitForMap(page);
    await waitForChain(page);
    mkdirSync(DOCS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('downloads PNGs at the asked size, with a drawn map and a drawn diagram', async () => {
    const cases = [
      { layout: cluster.keep.layout, scale: cluster.keep.scale },
      { layout: cluster.id === 'petrochem' ? 'a4' : 'slide', scale: 1 },
      { layout: 'map', scale: cluster.id === 'petrochem' ? 4 : 1 },
      { layout: 'chain', scale: 1 },
    ] as const;
    for (const c of cases) {
      const { name, bytes } = await exportFigure(page, { format: 'png', layout: c.layout, scale: c.scale });
      expect(name).toMatch(FILE_RE(cluster.id, 'png'));
      const img = PNG.sync.read(bytes);
      expect([img.width, img.height]).toEqual([SIZE[c.layout][0] * c.scale, SIZE[c.layout][1] * c.scale]);
      const regions =
        c.layout === 'slide' || c.layout === 'a4'
          ? { map: regionStats(img, 0.05, 0.2, 0.45, 0.6), chain: regionStats(img, 0.55, 0.2, 0.95, 0.6) }
          : c.layout === 'map'
            ? { map: regionStats(img, 0.1, 0.2, 0.9, 0.7) }
            : { chain: regionStats(img, 0.1, 0.2, 0.9, 0.7) };
      if (regions.map) {
        expect(regions.map.distinctColors, `${c.layout} map`).toBeGreaterThan(12);
        expect(regions.map.dominantShare, `${c.layout} map`).toBeLessThan(0.9);
      }
      if (regions.chain) expect(regions.chain.distinctColors, `${c.layout} diagram`).toBeGreaterThan(8);
      if (c.layout === cluster.keep.layout) writeFileSync(join(DOCS, `${cluster.keep.file}.png`), bytes);
    }
    await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/已下载/);
    await closeExportDialog(page);
  });

  it('downloads an SVG that parses and carries no script, handler, foreignObject or external reference', async () => {
    const { name, bytes } = await exportFigure(page, { format: 'svg', layout: cluster.keep.layout });
    await closeExportDialog(page);
    expect(name).toMatch(FILE_RE(cluster.id, 'svg'));
    const text = bytes.toString('utf8');
    const report = await page.evaluate(svgReport, text);
    expect(report.parseError).toBeNull();
    expect(report.root).toBe('svg');
    expect([report.width, report.height]).toEqual(SIZE[cluster.keep.layout].map(String));
    expect(report.title).toBe(cluster.title);
    expect(report.cities).toBe(21);
    expect(report.nodes).toBeGreaterThan(5);
    expect(report).toMatchObject({ scripts: 0, foreignObjects: 0, handlers: [], javascript: 0 });
    expect(report).toMatchObject({ externalHrefs: [], externalUrls: [], imports: false });
    writeFileSync(join(DOCS, `${cluster.keep.file}.svg`), bytes);
  });

  it('prints without the chrome: the print stylesheet hides the sidebar and keeps map and diagram', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
      expect(await page.getByTestId('export-open').isVisible()).toBe(false);
      expect(await page.locator('section.view-map').isVisible()).toBe(true);
      expect(await page.locator('section.view-chain').isVisible()).toBe(true);
      expect(await page.locator('.governance-card').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('the Print action composes the A4 sheet (figure, governance, sources) and calls window.print()', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __prints: number };
      w.__prints = 0;
      window.print = () => {
        w.__prints++;
      };
    });
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').locator('input[name="format"][value="print"]').check();
    await page.getByTestId('export-run').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints))
      .toBe(1);
    expect(await page.getByTestId('export-dialog').isVisible()).toBe(false);
    const sheet = page.getByTestId('print-sheet');
    const size = await sheet
      .locator('img.print-figure')
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([1754 * 2, 1240 * 2]);
    expect(await sheet.locator('.governance-card').count()).toBe(1);
    expect(await sheet.locator('.print-sources li').count()).toBeGreaterThan(2);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('#root').isVisible()).toBe(false);
      expect(await sheet.locator('img.print-figure').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.getByTestId('print-sheet').count()).toBe(0);
  });

  it('copies the link; the link reopens the same view', async () => {
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.locator('.copy-link-status').textContent()).toBe('链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain(cluster.query.slice(1));

    const before = { map: await mapState(page), chain: await chainState(page) };
    const again = await app.context.newPage();
    try {
      await again.goto(copied);
      await waitForMap(again);
      await waitForChain(again);
      expect(again.url()).toBe(copied);
      // The panes hand their hooks the new state in effects, a frame after they draw: poll.
      await expect.poll(() => mapState(again)).toEqual(before.map);
      await expect.poll(() => chainState(again)).toEqual(before.chain);
    } finally {
      await again.close();
    }
  });

  it('exports the diagram from its vector rendering while the list view replaces it on screen', async () => {
    const toggle = page.locator('.chain-toolbar').getByRole('button', { name: '列表视图' });
    await toggle.click();
    try {
      const { bytes } = await exportFigure(page, { format: 'png', layout: 'chain', scale: 1 });
      await closeExportDialog(page);
      const stats = regionStats(PNG.sync.read(bytes), 0.1, 0.2, 0.9, 0.7);
      expect(stats.distinctColors).toBeGreaterThan(8);
    } finally {
      await page.locator('.chain-toolbar').getByRole('button', { name: '图视图' }).click();
    }
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.getByTestId('copy-link').click();
    const input = page.getByTestId('copy-link-input');
    await input.waitFor();
    expect(await input.inputValue()).toBe(page.url());
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
