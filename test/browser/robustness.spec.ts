/**
 * Malformed input in the real page: broken files people produce (unterminated quotes, ragged rows,
 * BOM, GBK, `__proto__` keys, 100,000-deep nesting, 1e999, empty and binary files, a broken file big
 * enough for the worker) and a batch of fuzz-mutated files, loaded through the file input over the
 * person's own data. Each rejection names the file, the place, the cause and a next step; what was
 * on screen stays on screen; the page never throws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gbk } from '../unit/fuzz/gbk.ts';
import { mutateToText, mutations } from '../unit/fuzz/mutate.ts';
import { SEED } from '../unit/fuzz/support.ts';
import { launchBrowser } from './support/browser.ts';
import {
  clusterIds,
  loadUserBytes,
  loadUserFile,
  problemEntries,
  waitForChain,
  waitForDataIdle,
  waitForMap,
} from './support/driver.ts';
import { type AppSession, openApp } from './support/session.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const robotics = readFileSync(join(import.meta.dirname, '../../data/clusters/robotics.json'), 'utf8');
const HEADER = '企业名称,城市,集群,环节,梯队,来源\n';

/** A good cluster file of the person's own: its firm must stay on screen through every bad file. */
function ownCluster(): string {
  const f = JSON.parse(robotics);
  f.cluster.fiveOnes.enterprises.push({
    id: 'my-own-firm',
    name: { zh: '我自己的测试企业', en: 'My own test firm' },
    tier: 'other',
    cities: ['440600'],
    segments: [f.cluster.chain.nodes[0].id],
    sources: [f.cluster.sources[0]],
  });
  return JSON.stringify(f);
}

/** Places are written in the page's language. */
const LINE_COL = /line \d+, column \d+|第 \d+ 行第 \d+ 列/;
const WHOLE = /whole file|整个文件/;

/** [label, file name, bytes, expected place (after "file › ")] */
const SAMPLES: [string, string, Uint8Array, RegExp][] = [
  [
    'unterminated JSON string',
    'unterminated.json',
    utf8('{"schemaVersion": 1, "cluster": {"id": "x}'),
    LINE_COL,
  ],
  [
    'unterminated CSV quote',
    'quote.csv',
    utf8(`${HEADER}"甲企业,茂名,绿色石化,,龙头,src-article-2021\n`),
    /row 2|第 2 行/,
  ],
  ['ragged CSV rows', 'ragged.csv', utf8(`${HEADER}甲企业,茂名\n`), /row 2|第 2 行/],
  ['BOM before a JSON syntax error', 'bom.json', utf8('\uFEFF{"schemaVersion": 1,, }'), LINE_COL],
  [
    'GBK CSV with an unknown city',
    'gbk.csv',
    gbk(`${HEADER}甲企业,火星,绿色石化,,龙头,src-article-2021\n`),
    /row 2, column 城市|第 2 行“城市”列/,
  ],
  [
    '__proto__ keys',
    'proto.json',
    utf8(robotics.replace('"id": "robotics"', '"__proto__": {"polluted": true}, "id": "robotics"')),
    /^cluster$/,
  ],
  [
    '100,000-deep nesting',
    'deep.json',
    utf8(`${'['.repeat(100000)}${']'.repeat(100000)}`),
    /line 1, column 65|第 1 行第 65 列/,
  ],
  ['1e999', 'huge.json', utf8(robotics.replace(/"order": \d+/, '"order": 1e999')), /cluster\.order/],
  ['0-byte file', 'empty.json', new Uint8Array(0), WHOLE],
  [
    'binary file',
    'picture.json',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]),
    /整个文件|whole file/,
  ],
  [
    'an Excel workbook named .csv',
    'book.csv',
    Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 0, 0]),
    /整个文件|whole file/,
  ],
  [
    'a broken file big enough for the worker (1.5 MB, error at the end)',
    'big-broken.json',
    utf8(`{"schemaVersion": 1, "pad": "${'x'.repeat(1_500_000)}", "cluster": {,}}`),
    LINE_COL,
  ],
  [
    '100,000-deep nesting in the worker (padded past 1 MB)',
    'big-deep.json',
    utf8(`${' '.repeat(1_100_000)}${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}`),
    LINE_COL,
  ],
];

describe('malformed files in the page', () => {
  let browser: Browser;
  let app: AppSession;
  let before: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, `${inject('appUrl')}?c=robotics`);
    await waitForMap(app.page);
    await waitForChain(app.page);
    await loadUserFile(app.page, 'my-robotics.json', ownCluster());
    await waitForDataIdle(app.page);
    await app.page.locator('.data-panel[data-source="user"]').last().waitFor({ timeout: 15000 });
    before = await clusterIds(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  /** The person's data is still what they see: same clusters, same cluster open, their firm listed. */
  async function expectDataKept(): Promise<void> {
    expect(await clusterIds(app.page)).toEqual(before);
    expect(await app.page.locator('.data-panel').last().getAttribute('data-source')).toBe('user');
    expect(await app.page.locator('.chain-title').textContent()).toContain('智能机器人');
    await app.page.locator('.five-ones [role="tab"][data-tab="enterprises"]').click();
    await expect.poll(() => app.page.getByText('我自己的测试企业').count()).toBeGreaterThan(0);
    expect(await app.page.locator('[data-testid="map"][data-ready="true"]').count()).toBe(1);
  }

  it.each(SAMPLES)(
    '%s: named, placed, explained, and the data stays',
    { timeout: 60000 },
    async (_, name, bytes, where) => {
      await loadUserBytes(app.page, name, bytes, name.endsWith('.csv') ? 'text/csv' : 'application/json');
      await waitForDataIdle(app.page);
      await expect
        .poll(async () => (await problemEntries(app.page)).some((p) => p.place.startsWith(`${name} › `)))
        .toBe(true);
      const mine = (await problemEntries(app.page)).filter((p) => p.place.startsWith(`${name} › `));
      for (const p of mine) {
        expect(p.message.trim().length, JSON.stringify(p)).toBeGreaterThan(0);
        expect(p.fix.trim().length, JSON.stringify(p)).toBeGreaterThan(0);
      }
      expect(mine.map((p) => p.place.slice(name.length + 3))).toContainEqual(expect.stringMatching(where));
      await expectDataKept();
    },
  );

  it('a batch of 25 fuzz-mutated files at once: each judged on its own, the page never throws', {
    timeout: 60000,
  }, async () => {
    const base = JSON.parse(robotics);
    const batch = fc.sample(mutations, { seed: SEED, numRuns: 25 }).map((list, i) => ({
      name: `mutated-${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(mutateToText(base, list)),
    }));
    await app.page.locator('[data-testid="data-drop"] input[type="file"]').setInputFiles(batch);
    await waitForDataIdle(app.page);
    // Earlier CSV files stay loaded, so their row problems stay listed too.
    const entries = (await problemEntries(app.page)).filter((p) => p.place.startsWith('mutated-'));
    console.log(`robustness: 25 mutated files (seed ${SEED}) → ${entries.length} problems listed`);
    expect(entries.length).toBeGreaterThan(0);
    for (const p of entries) {
      expect(p.place).toMatch(/^mutated-\d+\.json › ./);
      expect(p.message.trim().length).toBeGreaterThan(0);
      expect(p.fix.trim().length).toBeGreaterThan(0);
    }
    // Some mutations leave a valid robotics file, which then replaces the person's own: load theirs again.
    await loadUserFile(app.page, 'my-robotics.json', ownCluster());
    await waitForDataIdle(app.page);
    expect(await clusterIds(app.page)).toEqual(before);
  });

  it('never threw and stayed on its own origin', () => {
    console.log(
      `robustness: ${SAMPLES.length} broken samples + 25 mutated files; page errors: ${app.pageErrors.length}`,
    );
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
  });
});
