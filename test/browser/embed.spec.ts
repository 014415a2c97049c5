/**
 * A policy briefing on another site embeds ChainAtlas with the code the Embed dialog gives out. The
 * embed shows the map and the diagram of the linked cluster from 320×240 up, tells the host its height
 * so neither page scrolls sideways or shows a scrollbar, and links to the full app on the same view.
 * Sandboxed without allow-same-origin it cannot read its own files: it says so, instead of going blank.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCsp, HEADER_CSP } from '../../scripts/vite/csp.ts';
import { launchBrowser } from './support/browser.ts';
import { embedFrame, hostView, overflow, waitForChainIn, waitForMapIn } from './support/embedDriver.ts';
import { type HostServer, serveHostPages } from './support/hostPage.ts';
import { type StaticServer, serveStatic } from './support/server.ts';
import { type AppSession, openApp } from './support/session.ts';

const appUrl = inject('appUrl');
const appOrigin = new URL(appUrl).origin;
const sessions: AppSession[] = [];
let browser: Browser;
let host: HostServer;

async function openHost(url: string, viewport = { width: 320, height: 240 }): Promise<AppSession> {
  const s = await openApp(browser, url, { viewport });
  sessions.push(s);
  return s;
}

/** Requests that went anywhere but the host page and the app. */
function strayRequests(s: AppSession, allowed: string[]): string[] {
  return s.requests.filter((r) => {
    if (r.startsWith('data:') || r.startsWith('blob:')) return false;
    return !allowed.includes(new URL(r).origin);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = await serveHostPages();
});
afterAll(async () => {
  for (const s of sessions) await s.close();
  await host?.close();
  await browser?.close();
});

describe('embedded cross-origin, no sandbox, in a 320×240 page', () => {
  let s: AppSession;

  beforeAll(async () => {
    s = await openHost(host.page(`${appUrl}?c=petrochem&embed=1`, { sandbox: null }));
  });

  it('shows the map and the diagram of the linked cluster', async () => {
    const frame = await embedFrame(s.page);
    await waitForMapIn(frame);
    await waitForChainIn(frame);
    expect(await frame.locator('.embed-title').textContent()).toBe('绿色石化');
    // The embed is the map and the diagram only: no cluster list, no panels.
    expect(await frame.locator('nav.sidebar, aside.panels').count()).toBe(0);
    expect(await frame.locator('.map-legend').count()).toBe(1);
  });

  it('reports its height; the host sizes the frame and nothing scrolls sideways or shows a scrollbar', async () => {
    const frame = await embedFrame(s.page);
    await expect.poll(async () => (await hostView(s.page)).frameHeight).toBeGreaterThan(300);
    const { messages, frameHeight } = await hostView(s.page);
    const last = messages.at(-1);
    expect(last).toEqual({
      origin: appOrigin,
      data: { type: 'chainatlas:height', height: frameHeight, version: 1 },
    });
    for (const m of messages) {
      expect(m.origin).toBe(appOrigin);
      expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type', 'version']);
    }
    const inner = await overflow(frame);
    expect(inner.scrollW).toBeLessThanOrEqual(inner.clientW);
    expect(inner.scrollH).toBeLessThanOrEqual(inner.clientH);
    const outer = await overflow(s.page);
    expect(outer.scrollW).toBeLessThanOrEqual(outer.clientW);
  });

  it('links to the full app on the same view, in a new window', async () => {
    const frame = await embedFrame(s.page);
    const open = frame.getByTestId('embed-open');
    expect(await open.getAttribute('href')).toBe(`${appUrl}?c=petrochem`);
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.textContent()).toContain('在链图中打开');
  });

  it('follows a selection into the link, and ignores whatever the host posts to it', async () => {
    const frame = await embedFrame(s.page);
    await frame.getByTestId('city-select').selectOption('440900');
    await expect
      .poll(() => frame.getByTestId('embed-open').getAttribute('href'))
      .toBe(`${appUrl}?c=petrochem&city=440900`);
    await s.page.evaluate(() => {
      const w = document.querySelector('iframe')?.contentWindow;
      for (const m of [
        '{"type":"chainatlas:navigate","c":"robotics"}',
        { type: 'chainatlas:height', height: 1 },
        null,
      ])
        w?.postMessage(m, '*');
    });
    await s.page.waitForTimeout(300);
    expect(await frame.locator('.embed-title').textContent()).toBe('绿色石化');
    expect(new URL(frame.url()).searchParams.get('c')).toBe('petrochem');
  });

  it('stays on the two origins and logs no errors or CSP violations', () => {
    expect(strayRequests(s, [new URL(host.url).origin, appOrigin])).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  });
});

describe('show=map and show=chain', () => {
  it.each([
    ['map', 1, 0],
    ['chain', 0, 1],
  ])('show=%s shows only that view, side by side with nothing', async (part, maps, chains) => {
    const s = await openHost(host.page(`${appUrl}?c=petrochem&embed=1&show=${part}`, { height: 400 }), {
      width: 800,
      height: 600,
    });
    const frame = await embedFrame(s.page);
    if (maps) await waitForMapIn(frame);
    else await waitForChainIn(frame);
    expect(await frame.locator('[data-testid="map"]').count()).toBe(maps);
    expect(await frame.locator('[data-testid="chain-view"]').count()).toBe(chains);
    expect(await frame.getByTestId('embed-open').getAttribute('href')).toBe(`${appUrl}?c=petrochem`);
    const inner = await overflow(frame);
    expect(inner.scrollW).toBeLessThanOrEqual(inner.clientW);
    expect(s.consoleErrors).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  });
});

describe('sandboxed', () => {
  it('sandbox="allow-scripts allow-same-origin": works as without a sandbox', async () => {
    const s = await openHost(
      host.page(`${appUrl}?c=petrochem&embed=1`, { sandbox: 'allow-scripts allow-same-origin' }),
      { width: 1024, height: 700 },
    );
    const frame = await embedFrame(s.page);
    await waitForMapIn(frame);
    await waitForChainIn(frame);
    await expect.poll(async () => (await hostView(s.page)).frameHeight).toBeGreaterThan(300);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  });

  it('sandbox="allow-scripts" (opaque origin): a note saying what to add, not a blank page', async () => {
    const s = await openHost(host.page(`${appUrl}?c=petrochem&embed=1`, { sandbox: 'allow-scripts' }), {
      width: 480,
      height: 400,
    });
    const frame = await embedFrame(s.page);
    const note = frame.getByTestId('embed-note');
    await note.waitFor({ timeout: 15000 });
    const text = (await note.textContent()) ?? '';
    expect(text).toContain('此嵌入方式需要 allow-same-origin 才能读取数据');
    expect(text).toContain('sandbox="allow-scripts allow-same-origin');
    // The browser refuses the module script (CORS from an opaque origin): the note is the build's
    // classic boot script's, and it was not blocked by the page's CSP.
    expect(s.consoleErrors.join('\n')).toMatch(/blocked by CORS policy/);
    expect(s.pageErrors).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  });

  describe('on a host that sends Access-Control-Allow-Origin: * (the app itself starts)', () => {
    let corsApp: StaticServer;
    beforeAll(async () => {
      corsApp = await serveStatic(join(import.meta.dirname, '..', '..', 'dist'), {
        prefix: '/app/',
        headers: { 'Content-Security-Policy': formatCsp(HEADER_CSP), 'Access-Control-Allow-Origin': '*' },
      });
    });
    afterAll(() => corsApp?.close());

    it('sandbox="allow-scripts": the app shows the same note itself, and reports its height', async () => {
      const s = await openHost(
        host.page(`${corsApp.url}?c=petrochem&embed=1`, { sandbox: 'allow-scripts' }),
        {
          width: 480,
          height: 400,
        },
      );
      const frame = await embedFrame(s.page);
      await frame.locator('.runtime-note').waitFor({ timeout: 15000 });
      expect(await frame.locator('.runtime-note').textContent()).toContain('allow-same-origin');
      // From an opaque origin the message's origin is "null": the host script rightly ignores it.
      await expect
        .poll(async () => (await hostView(s.page)).messages.some((m) => m.origin === 'null'))
        .toBe(true);
      expect(s.pageErrors).toEqual([]);
      expect(s.cspViolations).toEqual([]);
    });
  });
});

describe('the Embed dialog', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await openApp(browser, `${appUrl}?c=petrochem`);
    sessions.push(s);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin });
    await waitForMapIn(s.page);
  });

  it('gives the iframe code for the current view, and copies it', async () => {
    await s.page.getByTestId('embed-button').click();
    const dialog = s.page.getByTestId('embed-dialog');
    await dialog.waitFor();
    const code = s.page.getByTestId('embed-code');
    const text = await code.inputValue();
    expect(text).toContain(`src="${appUrl}?c=petrochem&amp;embed=1"`);
    expect(text).toContain('title="绿色石化 · 链图 ChainAtlas"');
    expect(text).toContain('width="100%"');
    expect(text).toContain('loading="lazy"');
    expect(text).toContain('sandbox="allow-scripts allow-same-origin');
    await dialog.getByRole('radio', { name: '仅地图' }).check();
    expect(await code.inputValue()).toContain('embed=1&amp;show=map');
    await dialog.getByRole('button', { name: '复制' }).first().click();
    await expect.poll(() => dialog.getByText('已复制').count()).toBe(1);
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    const hostCode = await s.page.getByTestId('embed-host-code').inputValue();
    expect(hostCode).toContain(`event.origin !== ${JSON.stringify(appOrigin)}`);
    expect(hostCode).toContain('event.source');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('logs no errors or CSP violations', () => {
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  });
});
