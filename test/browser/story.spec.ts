/**
 * The product's story: an analyst opens the app, picks 绿色石化, follows the refining segment to its
 * cities, turns to 茂名 to see what of the chain is there and which clusters the city hosts, reloads,
 * and steps back. The map and the diagram follow each other both ways.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import {
  chainState,
  clickChainNode,
  clickCity,
  mapState,
  pickCluster,
  waitForChain,
  waitForMap,
} from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

const COASTAL = ['440100', '440800', '440900', '441300', '445200'];
const ABSENT = '#eef0f2';

describe('an analyst follows the petrochemical chain across the map', () => {
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

  it('opens on the overview: every city coloured by how many clusters it hosts', async () => {
    const { fills } = await mapState(app.page);
    expect(Object.keys(fills)).toHaveLength(21);
    expect(new Set(Object.values(fills)).size).toBeGreaterThan(2);
    await expect.poll(() => app.page.getByText('请选择一个产业集群').count()).toBe(1);
  });

  it('picks 绿色石化: the five coastal cities light up and the belt is drawn', async () => {
    await pickCluster(app.page, '绿色石化');
    await waitForChain(app.page);
    expect(new URL(app.page.url()).searchParams.get('c')).toBe('petrochem');
    const { fills, belts } = await mapState(app.page);
    const lit = Object.entries(fills)
      .filter(([, fill]) => fill !== ABSENT)
      .map(([code]) => code)
      .sort();
    expect(lit).toEqual(COASTAL);
    expect(belts).toBeGreaterThan(5);
    await expect.poll(() => app.page.getByText('总链长').count()).toBeGreaterThan(0);
    expect(await app.page.getByText('未公开').count()).toBeGreaterThan(0);
  });

  it('clicks the refining segment in the diagram: its cities light up on the map', async () => {
    await clickChainNode(app.page, 'seg-refining');
    await expect.poll(async () => (await chainState(app.page)).selected).toBe('seg-refining');
    await expect.poll(async () => (await mapState(app.page)).highlighted.sort()).toEqual(COASTAL);
    await expect.poll(() => app.page.getByRole('heading', { name: /炼油化工/ }).count()).toBeGreaterThan(0);
  });

  it('clicks 茂名 on the map: the diagram emphasises its nodes and the city profile lists its clusters', async () => {
    await clickCity(app.page, '440900');
    await expect.poll(async () => (await chainState(app.page)).emphasis).toContain('seg-refining');
    const emphasis = (await chainState(app.page)).emphasis ?? [];
    expect(emphasis).not.toContain('prod-ethylene');
    const profile = app.page.getByTestId('details');
    await expect.poll(() => profile.textContent()).toContain('茂名市');
    expect(await profile.textContent()).toContain('绿色石化');
    expect(await profile.textContent()).toContain('先进材料');
  });

  it('reloads: the same view comes back from the address', async () => {
    const before = app.page.url();
    expect(new URL(before).searchParams.get('city')).toBe('440900');
    await app.page.reload();
    await waitForMap(app.page);
    await waitForChain(app.page);
    expect(app.page.url()).toBe(before);
    await expect.poll(async () => (await chainState(app.page)).emphasis).toContain('seg-refining');
    await expect.poll(() => app.page.getByTestId('details').textContent()).toContain('茂名市');
  });

  it('goes back: the previous view (the refining segment selected) returns', async () => {
    await app.page.goBack();
    await expect.poll(async () => (await chainState(app.page)).selected).toBe('seg-refining');
    await expect.poll(async () => (await mapState(app.page)).highlighted.sort()).toEqual(COASTAL);
    expect(new URL(app.page.url()).searchParams.get('city')).toBeNull();
  });

  it('finds a node with the search box and flies to it', async () => {
    const search = app.page.locator('.chain-toolbar input[role="combobox"]');
    await search.fill('乙烯');
    await expect.poll(() => app.page.getByRole('option').count()).toBeGreaterThan(1);
    await app.page.getByRole('option', { name: /^乙烯\s/ }).click();
    await expect.poll(async () => (await chainState(app.page)).selected).toBe('prod-ethylene');
    // Enter picks the highlighted match.
    await search.fill('芳烃');
    await search.press('Enter');
    await expect.poll(async () => (await chainState(app.page)).selected).toMatch(/aromatics/);
  });

  it('stays on its own origin and logs no errors', () => {
    expect(app.foreignRequests()).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});

describe('the same story with the keyboard alone', () => {
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

  it('picks the cluster, the segment and the city without a mouse', async () => {
    const page = app.page;
    // Cluster: type in the picker's search and press Enter on the match.
    await page.getByRole('searchbox').first().focus();
    await page.keyboard.type('绿色石化');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForChain(page);
    expect(new URL(page.url()).searchParams.get('c')).toBe('petrochem');
    // Segment: switch the diagram to its list twin and walk the rows.
    const toggle = page.getByRole('button', { name: '列表视图' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const first = page.locator('.chain-row[tabindex="0"]');
    await first.focus();
    for (let i = 0; i < 30; i++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
      if (name === 'seg-refining') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await chainState(page)).selected).toBe('seg-refining');
    // City: the map's city chooser.
    await page.getByTestId('city-select').focus();
    await page.keyboard.press('Home');
    await page.getByTestId('city-select').selectOption('440900');
    await expect.poll(async () => (await chainState(page)).emphasis).toContain('seg-refining');
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('茂名市');
  });
});
