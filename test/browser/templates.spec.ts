/**
 * The provinces' templates over one cluster file (广东 五个一 · 浙江 九个一 · 山东 1+N · 河南), the items
 * shared across clusters and the chain-leader models' adoption timeline, as a person uses them: the
 * template is a deep link (`tpl=`), each item carries a completeness badge, a shared firm leads to its
 * cluster and record, the timeline lists the models in date order. No CSP violation, axe clean.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { waitForMap } from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

describe('templates, shared items and the models timeline', () => {
  let browser: Browser;
  let app: AppSession;
  const url = (q: string) => `${inject('appUrl')}${q}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, url(''));
    await waitForMap(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('reads a cluster as each province’s template, with a badge and a count per item', async () => {
    const { page } = app;
    await page.goto(url('?c=petrochem&tab=template'));
    await waitForMap(page);
    const panel = page.getByTestId('template-panel');
    await panel.waitFor();
    const summary = async () => (await page.getByTestId('template-summary').textContent()) ?? '';
    const gd = await summary();
    const items = panel.locator('.tpl-items > li[data-state]');
    expect(await items.count()).toBe(5); // 五个一
    for (const state of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))))
      expect(['filled', 'partial', 'empty', 'not-public', 'no-field']).toContain(state);
    expect(await panel.locator('.tpl-badge').count()).toBe(5);

    // 浙江 九个一 by keyboard: the template choice is a radio group and a deep link.
    await page.locator('.tpl-choice[aria-checked="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('tpl') === 'zj9');
    expect(await items.count()).toBe(9);
    expect(await summary()).not.toBe(gd);
    await page.reload();
    await panel.waitFor();
    expect(await page.locator('.tpl-choice[aria-checked="true"]').getAttribute('data-template')).toBe('zj9');
    expect(await items.count()).toBe(9);
    const { violations } = await new AxeBuilder({ page })
      .withTags(TAGS)
      .include('[data-testid="template-panel"]')
      .analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('lists the firms and segments shared by clusters; a shared firm leads to its record in the other cluster', async () => {
    const { page } = app;
    await page.goto(url(''));
    await waitForMap(page);
    await page.getByTestId('shared-open').locator('summary').click();
    const shared = page.getByTestId('shared-across');
    await shared.waitFor();
    const row = shared.locator('tr[data-kind="firm"]').filter({ hasText: '比亚迪' });
    expect(await row.count()).toBe(1);
    await row.locator('button[data-cluster="new-energy"]').click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('c') === 'new-energy');
    expect(new URL(page.url()).searchParams.get('n')).toBeTruthy();
  });

  it('shows each cluster’s data completeness, the same counts data:report prints, and picks a cluster', async () => {
    const { page } = app;
    await page.goto(url(''));
    await waitForMap(page);
    const report = page.getByTestId('data-report');
    await report.locator('summary').click();
    await report.locator('tbody tr[data-cluster]').first().waitFor();
    expect(await report.locator('tbody tr[data-cluster]').count()).toBe(20);
    const row = report.locator('tr[data-cluster="blockchain-quantum"]');
    // 区块链与量子信息 names no consulting body: its empty lists say so. 先进材料 names one.
    expect(await row.locator('td').last().textContent()).toContain('战略咨询支撑机构');
    const materials = report.locator('tr[data-cluster="advanced-materials"]');
    expect(await materials.locator('td').last().textContent()).not.toContain('战略咨询支撑机构');
    await row.locator('button').click();
    await page.waitForFunction(
      () => new URLSearchParams(window.location.search).get('c') === 'blockchain-quantum',
    );
  });

  it('draws the chain-leader models on a timeline, listed in date order', async () => {
    const { page } = app;
    await page.goto(url(''));
    await waitForMap(page);
    await page.getByTestId('models-timeline').waitFor();
    const dates = await page
      .getByTestId('models-timeline-list')
      .locator('li')
      .evaluateAll((els) => els.map((e) => (e.textContent ?? '').match(/\d{4}(-\d{2}){0,2}/)?.[0] ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect([...dates].sort()).toEqual(dates);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
