/**
 * Accessibility of the main views with axe-core (tags wcag2a, wcag2aa, wcag21aa): the overview, a
 * cluster (绿色石化) with a node selected, a city profile (茂名 440900), the diagram's list view, the
 * embed view, and the open dialogs (export, embed, the data panel listing a problem). Pass: no serious
 * or critical violation. Also: keyboard focus is visible, and the diagram legend's status marks carry
 * text, not colour alone. axe is injected with page.evaluate (CDP), which the page's CSP does not
 * govern, so the app runs with its real policy; were that to fail, a bypassCSP context is the fallback.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { clickChainNode, loadUserFile, waitForChain, waitForDataIdle, waitForMap } from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const tally = { views: 0, passes: 0, reviewed: 0, serious: 0, critical: 0, moderate: 0, minor: 0 };

/**
 * The worst contrast of an element's text over whatever may lie beneath it: its semi-transparent
 * backgrounds are composited over the nearest opaque one, or — over the map or diagram canvas, which
 * axe cannot see through — over both black and white. Text outlined all round by an opaque halo (hard
 * text shadows to every side, as the map's labels) sits on that halo whatever is beneath, so the halo
 * is its background. Large text (≥ 24px, or ≥ 18.66px bold) needs 3:1.
 */
function worstContrast(selector: string): { ratio: number; needed: number; text: string } | null {
  const el = document.querySelector(selector);
  if (!(el instanceof HTMLElement)) return null;
  const rgba = (c: string) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    const [r = 0, g = 0, b = 0, a = 1] = (m?.[1] ?? '0,0,0,0').split(',').map((x) => Number.parseFloat(x));
    return { r, g, b, a: m?.[1]?.split(',').length === 4 ? a : 1 };
  };
  const layers: { r: number; g: number; b: number; a: number }[] = [];
  let opaque: { r: number; g: number; b: number } | null = null;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const bg = rgba(getComputedStyle(n).backgroundColor);
    if (bg.a >= 1) {
      opaque = bg;
      break;
    }
    if (bg.a > 0) layers.push(bg);
  }
  const lum = (c: { r: number; g: number; b: number }) => {
    const f = (v: number) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const over = (
    top: { r: number; g: number; b: number; a: number },
    under: { r: number; g: number; b: number },
  ) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
  });
  const style = getComputedStyle(el);
  const fg = rgba(style.color);
  // A canvas (the map, the diagram) drawn beneath the text hides what its ancestors paint.
  const shadows = [
    ...style.textShadow.matchAll(/rgba?\(([^)]+)\)\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px/g),
  ];
  const haloColors = new Set(shadows.map((m) => m[1]));
  const offsets = shadows.map((m) => [Number(m[2]), Number(m[3]), Number(m[4])] as const);
  const halo =
    shadows.length >= 4 &&
    haloColors.size === 1 &&
    offsets.every(([, , blur]) => blur === 0) &&
    offsets.some(([x]) => x >= 1) &&
    offsets.some(([x]) => x <= -1) &&
    offsets.some(([, y]) => y >= 1) &&
    offsets.some(([, y]) => y <= -1)
      ? rgba(`rgba(${shadows[0]?.[1]})`)
      : null;
  const box = el.getBoundingClientRect();
  const beneath = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const overCanvas = beneath.some((n) => n instanceof HTMLCanvasElement);
  const bases =
    halo && halo.a >= 1
      ? [halo]
      : opaque && !overCanvas
        ? [opaque]
        : [
            { r: 0, g: 0, b: 0 },
            { r: 255, g: 255, b: 255 },
          ];
  let ratio = Number.POSITIVE_INFINITY;
  for (const base of bases) {
    let bg = base;
    for (const layer of [...layers].reverse()) bg = over(layer, bg);
    const text = over(fg, bg);
    const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a) as [number, number];
    ratio = Math.min(ratio, (hi + 0.05) / (lo + 0.05));
  }
  const size = Number.parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  return {
    ratio: Math.round(ratio * 100) / 100,
    needed: large ? 3 : 4.5,
    text: (el.textContent ?? '').trim().slice(0, 30),
  };
}

/** Runs axe on the page as it is now; returns the serious and critical violations, printed. */
async function audit(page: Page, view: string, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations, passes, incomplete } = await builder.analyze();
  tally.views++;
  tally.passes += passes.length;
  // "Incomplete": axe could not decide (text over the canvas, or behind a modal's backdrop). Contrast
  // is then judged here, against the worst background possible; anything else is listed for a person.
  const lines: string[] = [];
  for (const v of incomplete) {
    if (v.id !== 'color-contrast') {
      console.log(`a11y[${view}]: to review (${v.impact ?? 'n/a'}) ${v.id} (${v.nodes.length}): ${v.help}`);
      continue;
    }
    for (const node of v.nodes) {
      const selector = node.target.join(' ');
      const c = await page.evaluate(worstContrast, selector);
      if (!c) continue;
      tally.reviewed++;
      if (c.ratio < c.needed) {
        tally.serious++;
        const line = `serious color-contrast (worst case ${c.ratio}:1, needs ${c.needed}:1) — ${selector} "${c.text}"`;
        console.log(`a11y[${view}]: ${line}`);
        lines.push(line);
      }
    }
  }
  for (const v of violations) {
    const impact = v.impact ?? 'minor';
    tally[impact as keyof typeof tally]++;
    const where = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ');
    const line = `${impact} ${v.id} (${v.nodes.length}): ${v.help} — ${where}`;
    console.log(`a11y[${view}]: ${line}`);
    if (impact === 'serious' || impact === 'critical') lines.push(line);
  }
  if (violations.length === 0) console.log(`a11y[${view}]: no violations`);
  return lines;
}

describe('accessibility of the main views (axe, WCAG 2.1 A/AA)', () => {
  let browser: Browser;
  let app: AppSession;
  const url = (q: string) => `${inject('appUrl')}${q}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, url(''));
    await waitForMap(app.page);
  });
  afterAll(async () => {
    console.log(
      `a11y: ${tally.views} views audited (${tally.passes} rule passes, ${tally.reviewed} undecided contrasts judged at worst case); critical ${tally.critical}, serious ${tally.serious}, moderate ${tally.moderate}, minor ${tally.minor}`,
    );
    await app?.close();
    await browser?.close();
  });

  it('overview', async () => {
    expect(await audit(app.page, 'overview')).toEqual([]);
  });

  it('axe itself finds a planted violation (the audit is live)', async () => {
    await app.page.evaluate(() => {
      const probe = document.createElement('p');
      probe.id = 'a11y-probe';
      probe.textContent = 'low contrast probe';
      probe.style.cssText = 'color:#eeeeee;background:#ffffff';
      document.body.append(probe);
    });
    const { violations } = await new AxeBuilder({ page: app.page })
      .withTags(TAGS)
      .include('#a11y-probe')
      .analyze();
    await app.page.evaluate(() => document.getElementById('a11y-probe')?.remove());
    expect(violations.map((v) => v.id)).toContain('color-contrast');
  });

  it('a cluster with a node selected', async () => {
    await app.page.goto(url('?c=petrochem'));
    await waitForMap(app.page);
    await waitForChain(app.page);
    await clickChainNode(app.page, 'seg-refining');
    await app.page.locator('.node-details').waitFor();
    expect(await audit(app.page, 'cluster + node')).toEqual([]);
  });

  it('a city profile (茂名)', async () => {
    await app.page.goto(url('?c=petrochem&city=440900'));
    await waitForMap(app.page);
    await app.page.locator('.city-profile').waitFor();
    expect(await audit(app.page, 'city profile')).toEqual([]);
  });

  it('the list view of the chain', async () => {
    await app.page.goto(url('?c=petrochem'));
    await waitForChain(app.page);
    await app.page.locator('.chain-toolbar button[aria-pressed]').click();
    await app.page.locator('.chain-table').waitFor();
    expect(await audit(app.page, 'chain list')).toEqual([]);
  });

  it('the embed view', async () => {
    await app.page.goto(url('?embed=1&c=petrochem'));
    await waitForMap(app.page);
    expect(await audit(app.page, 'embed')).toEqual([]);
  });

  it('the export dialog', async (ctx) => {
    await app.page.goto(url('?c=petrochem'));
    await waitForMap(app.page);
    if ((await app.page.getByTestId('export-open').count()) === 0) {
      console.log('a11y: no export dialog in this build: skipped');
      ctx.skip();
    }
    await app.page.getByTestId('export-open').click();
    await app.page.getByTestId('export-dialog').waitFor();
    expect(await audit(app.page, 'export dialog')).toEqual([]);
    await app.page.keyboard.press('Escape');
  });

  it('the embed dialog', async (ctx) => {
    if ((await app.page.getByTestId('embed-button').count()) === 0) {
      console.log('a11y: no embed dialog in this build: skipped');
      ctx.skip();
    }
    await app.page.getByTestId('embed-button').click();
    await app.page.getByTestId('embed-dialog').waitFor();
    expect(await audit(app.page, 'embed dialog')).toEqual([]);
    await app.page.keyboard.press('Escape');
  });

  it('the data panel listing a problem', async () => {
    await loadUserFile(app.page, 'broken.json', '{"schemaVersion": 1, "cluster": {');
    await waitForDataIdle(app.page);
    await app.page.locator('.data-problem').first().waitFor();
    expect(await audit(app.page, 'data panel with a problem')).toEqual([]);
  });

  it('shows where keyboard focus is', async () => {
    const page = app.page;
    await page.goto(url('?c=petrochem'));
    await waitForChain(page);
    await page.locator('body').focus();
    const unfocusedLooks = new Set<string>();
    const invisible: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const look = (s: CSSStyleDeclaration) =>
          [
            s.outlineStyle !== 'none' ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none',
            s.boxShadow,
            s.borderColor,
            s.backgroundColor,
          ].join(';');
        const focused = look(getComputedStyle(el));
        // The same element's look without focus, from a blurred clone in the same place.
        const clone = el.cloneNode(true) as HTMLElement;
        clone.removeAttribute('id');
        clone.setAttribute('aria-hidden', 'true');
        clone.tabIndex = -1;
        el.parentElement?.insertBefore(clone, el);
        const plain = look(getComputedStyle(clone));
        clone.remove();
        const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 20)}"`;
        return { name, visible: focused !== plain, focused };
      });
      if (!r) continue;
      unfocusedLooks.add(r.focused);
      if (!r.visible) invisible.push(r.name);
    }
    console.log(
      `a11y: focus checked on 25 tab stops; without a visible focus style: ${invisible.length ? invisible.join(', ') : 'none'}`,
    );
    expect(invisible).toEqual([]);
  });

  it('names every status mark of the diagram legend in text', async () => {
    const page = app.page;
    await page.locator('.chain-legend-box summary').first().click();
    const items = await page
      .locator('.chain-legend li')
      .evaluateAll((lis) =>
        lis.map((li) => ({ text: li.textContent?.trim() ?? '', icon: !!li.querySelector('svg') })),
      );
    console.log(`a11y: legend has ${items.length} entries: ${items.map((i) => i.text).join(' · ')}`);
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(item.text.length, JSON.stringify(item)).toBeGreaterThan(0);
    // The four chain statuses are among them, each in words.
    const all = items.map((i) => i.text).join(' ');
    for (const word of ['锻长板', '补短板', '补链', '延链']) expect(all).toContain(word);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
