/**
 * The matcher that puts an imported firm on the chain: unit cases on the bundled new-energy,
 * robotics and semiconductor chains and on a small made-up one, then the evaluation over the
 * labelled sample (test/fixtures/import/labelled-sample.csv, 120 fictional firms written before the
 * matcher was tuned), which must keep precision ≥ 0.8 and recall ≥ 0.7 for the top suggestion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import type { ChainNode, Cluster } from '../../../src/data/schema.ts';
import { buildMatcher, defaultState, HIGH, LOW, MARGIN } from '../../../src/import/matchNodes.ts';
import { precisionRecall, reviewRows } from '../../../src/import/review.ts';
import type { MappedRow, NodeSuggestion } from '../../../src/import/types.ts';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(ROOT, 'data', p), 'utf8'));
const { dataset } = assembleDataset('manifest.json', read);
if (!dataset) throw new Error('bundled data did not assemble');
const ds = normalize(dataset);
function bundled(id: string): Cluster {
  const c = ds.clusters.get(id)?.cluster;
  if (!c) throw new Error(`${id} not loaded`);
  return c;
}

const row = (text: string, segmentText = '', n = 2): MappedRow => ({
  ...{ row: n, name: `示例企业${n}`, city: null, cityFrom: '', text, segmentText },
  ...{ tier: 'other', cells: { 主营产品: text } },
});
const top = (s: NodeSuggestion[]) => s[0]?.nodeId;

describe('matching one row', () => {
  const energy = buildMatcher(bundled('new-energy'));
  const robots = buildMatcher(bundled('robotics'));
  const chips = buildMatcher(bundled('semiconductors'));

  it('an explicit segment column naming a node scores 1 and wins over the free text', () => {
    const s = robots.suggest(row('伺服电机、伺服驱动器', '减速器'));
    expect(s[0]).toMatchObject({ nodeId: 'prod-reducer', score: 1 });
    expect(chips.suggest(row('', 'seg-design'))[0]).toMatchObject({ nodeId: 'seg-design', score: 1 });
    // Near-exact: a segment cell that says the node's name in registry words.
    expect(top(energy.suggest(row('', '光伏制造')))).toBe('n-solar-mfg');
  });

  it('reads registry wording for plan wording (光伏 for 太阳能, 运维 for 运营维护)', () => {
    const s = energy.suggest(row('光伏设备及元器件制造；光伏组件'));
    expect(top(s)).toBe('n-solar-mfg');
    expect(s[0]?.words).toContain('光伏');
    expect(top(energy.suggest(row('海上风电场运维服务')))).toBe('n-ow-om');
    expect(top(energy.suggest(row('太阳能发电；分布式光伏电站运营')))).toBe('n-solar');
  });

  it('uses the alias in a name’s brackets and the English name for English text', () => {
    const eda = chips.suggest(row('EDA软件开发'));
    expect(eda[0]).toMatchObject({ nodeId: 'seg-eda' });
    expect(eda[0]?.words).toContain('eda');
    expect(top(robots.suggest(row('Precision speed reducers for robots')))).toBe('prod-reducer');
    expect(top(energy.suggest(row('Offshore wind farm operation and maintenance services')))).toBe('n-ow-om');
    // A Latin word only counts whole: "basic" does not contain the word "ic".
    expect(chips.suggest(row('basic services')).every((x) => x.score < LOW)).toBe(true);
  });

  it('never lets generic words make a match', () => {
    const generic = '有限公司；科技；技术；产品；制造；生产；销售；服务；研发；设备；系统；及；等；相关';
    for (const m of [energy, robots, chips])
      expect(m.suggest(row(generic)).every((x) => x.score < LOW)).toBe(true);
    // 制造 is the semiconductor chain's fab segment, but only in a compound such as 集成电路制造.
    expect(top(chips.suggest(row('集成电路制造；晶圆代工')))).toBe('seg-fab');
    expect(chips.suggest(row('模具制造')).every((x) => x.nodeId !== 'seg-fab' || x.score < LOW)).toBe(true);
  });

  it('prefers the node whose name covers more of the text', () => {
    expect(top(energy.suggest(row('天然气水合物勘查开采')))).toBe('n-gas-hydrate');
    expect(top(energy.suggest(row('管道天然气供应')))).toBe('n-natural-gas');
    expect(top(chips.suggest(row('先进封装；SiP系统级封装')))).toBe('prod-adv-packaging');
    expect(top(chips.suggest(row('集成电路封装测试服务')))).toBe('seg-packaging');
  });

  it('credits a product’s segment a little, below the product', () => {
    const s = robots.suggest(row('RV减速器、谐波减速器'));
    expect(s.map((x) => x.nodeId)).toEqual(['prod-reducer', 'seg-components']);
    expect(s[1]?.score ?? 1).toBeLessThan((s[0]?.score ?? 0) * 0.7);
  });

  it('is deterministic, bounded by the limit, and empty for an empty row', () => {
    const r = row('工业机器人系统集成；焊接工作站');
    expect(robots.suggest(r)).toEqual(robots.suggest(r));
    expect(robots.suggest(r, 1)).toHaveLength(1);
    expect(robots.suggest(row(''))).toEqual([]);
    for (const x of robots.suggest(r, 10)) expect(x.score).toBeGreaterThan(0);
  });

  it('reads technologies and description terms of a chain it has never seen', () => {
    const c = makeCluster('test-chain', 'emerging', 1, '测试产业', 'Test industry');
    const node = (id: string, kind: ChainNode['kind'], zh: string, en: string, desc?: string): ChainNode => ({
      ...{ id, kind, name: { zh, en }, cities: [], sources: ['src-test-article'] },
      ...(desc ? { description: { zh: desc } } : {}),
    });
    c.chain.nodes = [
      node('seg-a', 'segment', '精密加工', 'Precision machining', '规划列举车削、铣削、磨削等精密加工。'),
      node('tech-b', 'technology', '激光焊接', 'Laser welding'),
      node('firm', 'enterprise', '精密加工有限公司', 'A firm'),
    ];
    const m = buildMatcher(c);
    expect(top(m.suggest(row('数控铣削加工服务')))).toBe('seg-a');
    expect(m.suggest(row('数控铣削加工服务'))[0]?.score).toBeLessThan(HIGH);
    expect(m.suggest(row('激光焊接设备'))[0]).toMatchObject({ nodeId: 'tech-b', score: 1 });
    // Only segments, products and technologies are places for a firm.
    expect(m.suggest(row('精密加工有限公司')).map((x) => x.nodeId)).not.toContain('firm');
  });
});

describe('the state a row starts in', () => {
  const s = (...scores: number[]) => scores.map((score, i) => ({ nodeId: `n${i}`, score, words: [] }));

  it('confirms a high score clearly ahead, otherwise leaves the row uncertain, never rejected', () => {
    expect(LOW).toBeLessThan(HIGH);
    expect(defaultState(s(0.95, 0.5))).toEqual({ chosen: ['n0'], state: 'confirmed' });
    expect(defaultState(s(HIGH, HIGH - MARGIN))).toEqual({ chosen: ['n0'], state: 'confirmed' });
    expect(defaultState(s(0.95, 0.93))).toEqual({ chosen: ['n0'], state: 'uncertain' });
    expect(defaultState(s(LOW))).toEqual({ chosen: ['n0'], state: 'uncertain' });
    expect(defaultState(s(LOW - 0.01))).toEqual({ chosen: [], state: 'uncertain' });
    expect(defaultState([])).toEqual({ chosen: [], state: 'uncertain' });
  });
});

describe('over the labelled sample', () => {
  const lines = readFileSync(join(ROOT, 'test', 'fixtures', 'import', 'labelled-sample.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const header = lines[0]?.split(',') ?? [];
  const sample = lines.slice(1).map((l, i) => {
    const cells = l.split(',');
    if (cells.length !== header.length) throw new Error(`sample line ${i + 2} has ${cells.length} cells`);
    const [cluster = '', name = '', industry = '', products = '', expected = ''] = cells;
    return { cluster, row: i + 2, name, industry, products, expected: expected || null };
  });

  it('keeps precision ≥ 0.8 and recall ≥ 0.7 for the top suggestion', () => {
    const truth = new Map(sample.map((x) => [x.row, x.expected]));
    const reviewed = ['new-energy', 'robotics', 'semiconductors'].flatMap((id) => {
      const rows = sample
        .filter((x) => x.cluster === id)
        .map((x) => ({
          ...row(`${x.industry}；${x.products}`, '', x.row),
          name: x.name,
          cells: { 行业: x.industry, 主营产品: x.products },
        }));
      return reviewRows(rows, buildMatcher(bundled(id)));
    });
    expect(reviewed).toHaveLength(sample.length);
    const pr = precisionRecall(reviewed, truth);
    console.log(
      `matcher: precision ${pr.precision.toFixed(2)} recall ${pr.recall.toFixed(2)} on ${pr.n} rows`,
    );
    expect(pr.precision).toBeGreaterThanOrEqual(0.8);
    expect(pr.recall).toBeGreaterThanOrEqual(0.7);
    // The rows confirmed without asking must be right far more often still.
    const confirmed = reviewed.filter((r) => r.state === 'confirmed');
    const right = confirmed.filter((r) => r.chosen[0] === truth.get(r.row));
    expect(right.length / confirmed.length).toBeGreaterThanOrEqual(0.85);
  });

  // Speed is measured, not asserted (a timed test fails on a busy machine); the time is printed.
  it('suggests for 5,000 rows, each a ranked list of at most three', () => {
    const m = buildMatcher(bundled('semiconductors'));
    const rows = Array.from({ length: 5000 }, (_, i) => {
      const x = sample[i % sample.length];
      return row(
        `${x?.industry}；${x?.products}；技术服务、技术开发、货物进出口`,
        i % 5 ? '' : '设计',
        i + 2,
      );
    });
    const t0 = performance.now();
    const all = rows.map((r) => m.suggest(r));
    console.log(`matcher: 5000 rows in ${(performance.now() - t0).toFixed(0)} ms`);
    for (const s of all) {
      expect(s.length).toBeLessThanOrEqual(3);
      for (let i = 1; i < s.length; i++) expect(s[i - 1]?.score).toBeGreaterThanOrEqual(s[i]?.score ?? 0);
    }
  });
});
