/**
 * A person loads broken files of their own. Each mistake gets its own message naming the file, the
 * place and what to do, and what was on screen stays on screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { clusterButtons, loadUserFile, pickCluster, problemsText, waitForMap } from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

// Test fixtures are edited freely below, like a person editing a file by hand.
// biome-ignore lint/suspicious/noExplicitAny: see above
type ClusterJson = { cluster: any };
const robotics = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/clusters/robotics.json'), 'utf8'),
) as ClusterJson;
const clone = () => structuredClone(robotics);

const CASES: [string, string, () => string, RegExp][] = [
  ['bad JSON', 'broken.json', () => '{"schemaVersion": 1, "cluster": {', /broken\.json.*(line|行)/s],
  [
    'wrong type',
    'wrong-type.json',
    () => {
      const f = clone();
      f.cluster.order = 'first';
      return JSON.stringify(f);
    },
    /wrong-type\.json.*cluster\.order/s,
  ],
  [
    'unknown city',
    'unknown-city.json',
    () => {
      const f = clone();
      f.cluster.cities[0].adcode = '999999';
      return JSON.stringify(f);
    },
    /unknown-city\.json.*999999/s,
  ],
  [
    'dangling link',
    'dangling.json',
    () => {
      const f = clone();
      f.cluster.chain.links[0].target = 'no-such-node';
      return JSON.stringify(f);
    },
    /dangling\.json.*no-such-node/s,
  ],
  [
    'duplicate id',
    'duplicate.json',
    () => {
      const f = clone();
      f.cluster.chain.nodes[1].id = f.cluster.chain.nodes[0].id;
      return JSON.stringify(f);
    },
    /duplicate\.json.*(duplicate|重复)/is,
  ],
  [
    'missing source',
    'missing-source.json',
    () => {
      const f = clone();
      f.cluster.chain.nodes[0].sources = ['src-nowhere'];
      return JSON.stringify(f);
    },
    /missing-source\.json.*src-nowhere/s,
  ],
];

describe('loading a broken file of my own', () => {
  let browser: Browser;
  let app: AppSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, `${inject('appUrl')}?c=petrochem`);
    await waitForMap(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it.each(CASES)(
    '%s: says what is wrong and where, and keeps the data on screen',
    async (_, name, make, expected) => {
      await loadUserFile(app.page, name, make());
      await expect.poll(() => problemsText(app.page), { timeout: 15000 }).toMatch(expected);
      expect(await clusterButtons(app.page)).toBe(20);
      expect(await app.page.locator('[data-testid="map"][data-ready="true"]').count()).toBe(1);
      expect(await app.page.locator('h2, h3').filter({ hasText: '绿色石化' }).count()).toBeGreaterThan(0);
    },
  );

  it('a good cluster file of my own replaces the bundled cluster and is marked as mine', async () => {
    const f = clone();
    f.cluster.fiveOnes.enterprises.push({
      id: 'my-test-firm',
      name: { zh: '测试机器人公司', en: 'Test Robot Co' },
      tier: 'other',
      cities: ['440600'],
      segments: ['seg-body'],
      sources: ['src-article-2021'],
    });
    await loadUserFile(app.page, 'my-robotics.json', JSON.stringify(f));
    await expect.poll(() => app.page.locator('.data-panel').getAttribute('data-source')).toBe('user');
    await pickCluster(app.page, '智能机器人');
    await expect.poll(() => app.page.getByText('测试机器人公司').count()).toBeGreaterThan(0);
    await app.page.getByRole('button', { name: /恢复|内置|bundled/ }).click();
    await expect.poll(() => app.page.locator('.data-panel').getAttribute('data-source')).toBe('bundled');
    expect(await app.page.getByText('测试机器人公司').count()).toBe(0);
  });

  it('never crashed the page', () => {
    expect(app.pageErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
  });
});
