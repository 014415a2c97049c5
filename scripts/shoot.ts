/**
 * Screenshots of the built app for a person to look at: `npx tsx scripts/shoot.ts <out.png> [query]
 * [width] [height]`. Serves dist/ on 127.0.0.1 like the browser suite does, waits for the map.
 * FULL=1 shoots the whole page; SEL='<css selector>' shoots only that element (e.g. '.chain-pane').
 */
import { join } from 'node:path';
import { launchBrowser } from '../test/browser/support/browser.ts';
import { serveStatic } from '../test/browser/support/server.ts';

const [out = 'shot.png', query = '', width = '1280', height = '800'] = process.argv.slice(2);
const server = await serveStatic(join(import.meta.dirname, '..', 'dist'), { prefix: '/app/' });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`pageerror: ${e}`));
  await page.goto(`${server.url}${query}`);
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45000 });
  await page.waitForTimeout(1500);
  if (process.env.SEL) await page.locator(process.env.SEL).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
