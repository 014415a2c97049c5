/**
 * The strict Content-Security-Policy holds with the whole app running: the page carries it as a <meta>
 * and the server sends it as a header; the map (maplibre 6 and its worker), the diagram, the panels,
 * both languages and the dialogs raise no violation. React's style={{…}} is CSSOM, not an inline style
 * attribute, so style-src 'self' allows it — shown here next to what the policy does block.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APP_CSP, formatCsp, HEADER_CSP } from '../../scripts/vite/csp.ts';
import { launchBrowser } from './support/browser.ts';
import { hoverCity, pickCluster, switchLanguage, waitForChain, waitForMap } from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

const appUrl = inject('appUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the policy as served', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp(browser, appUrl);
    await waitForMap(app.page);
  });
  afterAll(() => app?.close());

  it('is in the page before any script, and in the response header', async () => {
    const response = await app.page.request.get(appUrl);
    expect(response.headers()['content-security-policy']).toBe(formatCsp(HEADER_CSP));
    const html = await response.text();
    const meta = html.indexOf(
      `<meta http-equiv="Content-Security-Policy" content="${formatCsp(APP_CSP)}" />`,
    );
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('starts the map worker from a same-origin file, not a blob: or data: URL', () => {
    expect(app.requests.some((r) => /\/assets\/maplibre-gl-worker-[\w-]+\.mjs/.test(r))).toBe(true);
    expect(app.requests.filter((r) => r.startsWith('blob:') || r.startsWith('data:text/javascript'))).toEqual(
      [],
    );
  });

  it('runs the whole app without a violation, React inline styles included', async () => {
    const page = app.page;
    await pickCluster(page, '绿色石化');
    await waitForChain(page);
    await hoverCity(page, '440900');
    await page.getByRole('tooltip').waitFor();
    // Elements React styled through style={{…}}: the tooltip's position, the legend swatches.
    expect(await page.getByRole('tooltip').getAttribute('style')).toMatch(/left: \d/);
    expect(await page.locator('.legend-swatch[style*="background"]').count()).toBeGreaterThan(0);
    const listToggle = page.locator('.chain-toolbar button[aria-pressed]');
    await listToggle.click();
    await page.locator('.chain-table').waitFor();
    await listToggle.click();
    await page.getByTestId('embed-button').click();
    await page.keyboard.press('Escape');
    await switchLanguage(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.waitForTimeout(300);
    expect(app.cspViolations).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the recorder', () => {
  it('catches what the policy blocks, and shows CSSOM styles are not blocked', async () => {
    const app = await openApp(browser, appUrl);
    try {
      await waitForMap(app.page);
      const effects = await app.page.evaluate(() => {
        const ok = document.createElement('div');
        ok.style.color = 'rgb(1, 2, 3)'; // CSSOM, like React's style={{…}}: allowed
        document.body.append(ok);
        const attr = document.createElement('div');
        attr.setAttribute('style', 'color: rgb(4, 5, 6)'); // an inline style attribute: blocked
        document.body.append(attr);
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red }';
        document.head.append(style);
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.head.append(script);
        return {
          cssom: getComputedStyle(ok).color,
          attr: getComputedStyle(attr).color,
          ran: (window as unknown as { __ran?: boolean }).__ran === true,
        };
      });
      expect(effects.cssom).toBe('rgb(1, 2, 3)');
      expect(effects.attr).not.toBe('rgb(4, 5, 6)');
      expect(effects.ran).toBe(false);
      // Each is reported twice: the header policy and the <meta> policy both enforce.
      await expect.poll(() => app.cspViolations.length).toBe(6);
      expect([...new Set(app.cspViolations.map((v) => v.split(': ')[1]?.split(' ')[0]))].sort()).toEqual([
        'script-src-elem',
        'style-src-attr',
        'style-src-elem',
      ]);
      expect(await app.page.evaluate(() => window.__cspViolations?.length)).toBe(6);
    } finally {
      await app.close();
    }
  });
});
