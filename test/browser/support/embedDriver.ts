/** Domain verbs for the app inside a frame (or a page): the embed specs' counterpart of driver.ts. */
import type { ElementHandle, Frame, Page } from 'playwright-core';

export type Target = Page | Frame;

export async function waitForMapIn(t: Target): Promise<void> {
  await t.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 45000 });
  await t.waitForFunction(() => (window.__chainatlas?.map?.renderedLabels().length ?? 0) >= 21, null, {
    timeout: 30000,
  });
}

export async function waitForChainIn(t: Target): Promise<void> {
  await t.locator('[data-testid="chain-view"][data-ready="true"]').waitFor({ timeout: 30000 });
}

/** The frame the host page embeds the app in. */
export async function embedFrame(page: Page): Promise<Frame> {
  const handle = (await page
    .locator('iframe[data-chainatlas-embed]')
    .elementHandle({ timeout: 10000 })) as ElementHandle<HTMLIFrameElement> | null;
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the host page has no ChainAtlas frame');
  return frame;
}

/** Scroll and client sizes of a document: overflow shows as scroll > client. */
export async function overflow(t: Target) {
  return t.evaluate(() => {
    const d = document.documentElement;
    return {
      scrollW: d.scrollWidth,
      clientW: d.clientWidth,
      scrollH: d.scrollHeight,
      clientH: d.clientHeight,
    };
  });
}

/** The messages the host page received, and the iframe's height there. */
export async function hostView(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('iframe[data-chainatlas-embed]');
    return {
      messages: window.__messages ?? [],
      frameHeight: frame ? Math.round(frame.getBoundingClientRect().height) : -1,
    };
  });
}
