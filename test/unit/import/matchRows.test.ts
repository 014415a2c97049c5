/**
 * Step 3 of the import for a long list: mapping and matching a slice of rows at a time (matchRows.ts)
 * give exactly what applyMapping + reviewRows give at once; the request is plain data a worker can
 * be sent; and the runner (matchClient.ts) yields between slices on this thread, reports progress,
 * stops when cancelled, and speaks the worker's protocol (here with a stand-in Worker that runs the
 * worker's own side, matchWorkerSide, over structured clones), falling back to this thread when the
 * worker cannot start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import { applyMapping, proposeMapping } from '../../../src/import/mapping.ts';
import {
  INLINE_ROWS,
  MAIN_SLICE_ROWS,
  matchAuto,
  matchInWorker,
  matchOnMainThread,
  SEND_ROWS,
} from '../../../src/import/matchClient.ts';
import { buildMatcher } from '../../../src/import/matchNodes.ts';
import {
  type MatchRequest,
  type MatchWorkerMessage,
  type MatchWorkerRequest,
  matchAll,
  matchRequest,
  matchSlices,
  matchWorkerSide,
} from '../../../src/import/matchRows.ts';
import { reviewRows } from '../../../src/import/review.ts';
import type { SheetTable } from '../../../src/import/types.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const { dataset } = assembleDataset('manifest.json', (p) =>
  JSON.parse(readFileSync(join(ROOT, 'data', p), 'utf8')),
);
if (!dataset) throw new Error('bundled data did not assemble');
const ds = normalize(dataset);
const energy = ds.clusters.get('new-energy')?.cluster;
if (!energy) throw new Error('new-energy not loaded');
const cities = [...ds.cities.values()].map((c) => ({ adcode: c.adcode, name: c.name }));

/** The 5,000-row fixture as a sheet (plain CSV: no quotes), with a broken row and an unknown city. */
const lines = readFileSync(join(ROOT, 'test/fixtures/import/qiye-5000.csv'), 'utf8').trim().split('\n');
const sheetRows = lines.map((l) => l.split(','));
const width = sheetRows[0]?.length ?? 0;
sheetRows[10] = Array.from({ length: width }, (_, c) => (c === 0 ? '10' : ''));
sheetRows[20] = (sheetRows[20] ?? []).map((cell, c) => (c === 2 ? '火星基地' : cell));
const sheet: SheetTable = { name: 'qiye-5000', rows: sheetRows };
const mapping = proposeMapping(sheet, 0, cities);
const request = (rows = sheet.rows): MatchRequest =>
  matchRequest({ ...sheet, rows }, mapping, 'qiye-5000.csv', cities, energy);

describe('mapping and matching in slices', () => {
  const atOnce = applyMapping(sheet, mapping, 'qiye-5000.csv', cities);
  const expected = { rows: reviewRows(atOnce.rows, buildMatcher(energy)), problems: atOnce.problems };

  it('the request is plain data: what the matcher reads of the cluster, no firms, clonable', () => {
    const req = request();
    expect(Object.keys(req.cluster).sort()).toEqual(['chain', 'name', 'nameVariants']);
    expect(req.cluster.chain.nodes).toHaveLength(energy.chain.nodes.length);
    expect(structuredClone(req)).toEqual(req);
  });

  it('gives what applyMapping and reviewRows give at once, whatever the slice size', () => {
    const out = matchAll(request());
    expect(out.rows).toHaveLength(4999);
    expect(out.problems.length).toBeGreaterThan(0);
    expect(out).toEqual(expected);
    for (const size of [1, 7, 2000]) expect(matchAll(request(), size)).toEqual(expected);
  });

  it('reports the rows done of the sheet rows below the header, slice by slice', () => {
    const slices = matchSlices(request(), 1500);
    const done: number[] = [];
    for (let next = slices.next(); !next.done; next = slices.next()) {
      done.push(next.value.done);
      expect(next.value.total).toBe(5000);
    }
    expect(done).toEqual([1500, 3000, 4500, 5000]);
  });

  it('a header row past the end gives no rows and says why', () => {
    const out = matchAll({ ...request(), mapping: { ...mapping, headerRow: 9000 } });
    expect(out.rows).toEqual([]);
    expect(out.problems[0]?.message).toMatch(/header row 9001 is past the end/);
  });
});

describe('running it on this thread', () => {
  it('a short list at once, with no progress', async () => {
    const onProgress = vi.fn();
    const out = await matchOnMainThread(request(sheet.rows.slice(0, 100)), { onProgress });
    // 99 rows below the header, one of them (row 11) empty.
    expect(out.kind === 'done' && out.rows.length).toBe(98);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('a long list in slices, yielding to other tasks in between, with progress', async () => {
    expect(sheet.rows.length).toBeGreaterThan(INLINE_ROWS);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const progress: number[] = [];
    const out = await matchOnMainThread(request(), { onProgress: (done) => progress.push(done) });
    clearInterval(timer);
    expect(out).toEqual({ kind: 'done', ...matchAll(request()) });
    expect(progress.length).toBe(Math.ceil(5000 / MAIN_SLICE_ROWS));
    expect(progress.at(-1)).toBe(5000);
    expect(ticks).toBeGreaterThan(0);
  });

  it('cancelled before or during the run: no rows', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    expect(await matchOnMainThread(request(), { signal: ctrl.signal })).toEqual({ kind: 'cancelled' });
    const later = new AbortController();
    const out = await matchOnMainThread(request(), {
      signal: later.signal,
      onProgress: (done) => done >= 1000 && later.abort(),
    });
    expect(out).toEqual({ kind: 'cancelled' });
  });

  it('without a Worker (jsdom), matchAuto runs here', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await matchAuto(request())).toEqual({ kind: 'done', ...matchAll(request()) });
  });
});

/** A stand-in Worker: the worker's own side, over structured clones, a task per message. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static crash = false;
  onmessage: ((e: MessageEvent<MatchWorkerMessage>) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: MatchWorkerRequest[] = [];
  terminated = false;
  private handle = matchWorkerSide((msg) =>
    setTimeout(() => {
      if (!this.terminated)
        this.onmessage?.({ data: structuredClone(msg) } as MessageEvent<MatchWorkerMessage>);
    }, 0),
  );
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(msg: MatchWorkerRequest) {
    this.sent.push(msg);
    if (FakeWorker.crash) setTimeout(() => this.onerror?.(), 0);
    else this.handle(structuredClone(msg));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('running it in the worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.made = [];
    FakeWorker.crash = false;
  });

  it('sends the sheet in parts and gets the rows back with prototype-free cells', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const out = await matchAuto(request(), { onProgress: (done) => progress.push(done) });
    expect(out).toEqual({ kind: 'done', ...matchAll(request()) });
    if (out.kind !== 'done') return;
    expect(out.rows.every((r) => Object.getPrototypeOf(r.cells) === null)).toBe(true);
    const [worker] = FakeWorker.made;
    expect(worker?.terminated).toBe(true);
    const parts = worker?.sent.filter((m) => m.type === 'rows') ?? [];
    expect(parts.length).toBe(Math.ceil(sheet.rows.length / SEND_ROWS));
    expect(progress.length).toBeGreaterThan(1);
  });

  it('cancelled mid-way: the worker is stopped and no rows come back', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const ctrl = new AbortController();
    const out = await matchInWorker(request(), {
      signal: ctrl.signal,
      onProgress: () => ctrl.abort(),
    });
    expect(out).toEqual({ kind: 'cancelled' });
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('a worker that cannot start: the same rows, from this thread', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.crash = true;
    expect(await matchInWorker(request())).toEqual({ kind: 'done', ...matchAll(request()) });
  });
});
