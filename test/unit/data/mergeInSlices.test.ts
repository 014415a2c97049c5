/**
 * A person's data is merged a slice at a time so that the page stays responsive: the sliced merge
 * gives the same dataset as the one-go merge, reports rising progress, gives the page turns, and
 * stops (changing nothing) when cancelled. A file with a mistake in every row lists a bounded
 * number of problems and says how many more there are. A `?data=` address is parsed by the same
 * runner as a dropped file (the worker, when it is large).
 */
import { describe, expect, it, vi } from 'vitest';
import { type ParseRunner, parseOnMainThread } from '../../../src/data/parseClient.ts';
import { MAX_FILE_PROBLEMS } from '../../../src/data/problems.ts';
import { drain, runInSlices, type Steps } from '../../../src/data/slices.ts';
import {
  loadUserUrl,
  mergeUserInputs,
  mergeUserInputsInSlices,
  readUserFiles,
} from '../../../src/data/userData.ts';
import { APP, fixtureFetch, miniDataset } from './helpers.ts';

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

function firmsCsv(rows: number, cluster = 'petrochem'): string {
  const lines = ['name,city,cluster,segment,tier,source'];
  for (let i = 0; i < rows; i++) lines.push(`测试企业${i},湛江,${cluster},,其他,src-fixture`);
  return `${lines.join('\n')}\n`;
}

describe('slices', () => {
  it('drain runs a computation to its end; runInSlices gives the page turns between slices', async () => {
    function* work(n: number): Steps<number> {
      let sum = 0;
      for (let i = 1; i <= n; i++) {
        sum += i;
        if (i % 10 === 0) yield i / n;
      }
      return sum;
    }
    expect(drain(work(1000))).toBe(500500);
    // A 0 ms budget: a turn after every yield. A timer set now can only run during such a turn.
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const seen: number[] = [];
    const r = await runInSlices(work(1000), { sliceMs: 0, onProgress: (f) => seen.push(f) });
    clearInterval(ticker);
    expect(r).toEqual({ ok: true, value: 500500 });
    expect(seen).toHaveLength(100);
    expect(seen.at(-1)).toBe(1);
    expect(turns).toBeGreaterThan(0);
  });

  it('stops between slices when the signal aborts', async () => {
    const ctrl = new AbortController();
    let steps = 0;
    function* forever(): Steps<void> {
      for (;;) {
        steps++;
        if (steps === 5) ctrl.abort();
        yield;
      }
    }
    expect(await runInSlices(forever(), { signal: ctrl.signal, sliceMs: 0 })).toEqual({ ok: false });
    expect(steps).toBeLessThan(10);
  });

  it('ends in a task of its own when asked, and an abort meanwhile still counts', async () => {
    function* one(): Steps<number> {
      yield;
      return 1;
    }
    // A long slice: the steps end within the first one, before the settling task.
    const ctrl = new AbortController();
    const ending = runInSlices(one(), { signal: ctrl.signal, endApart: true, sliceMs: 1e6 });
    ctrl.abort();
    expect(await ending).toEqual({ ok: false });
    expect(await runInSlices(one(), { endApart: true, sliceMs: 1e6 })).toEqual({ ok: true, value: 1 });
  });
});

describe('merging in slices', () => {
  it('gives the same dataset as merging in one go, with progress rising to 1', async () => {
    const load = await readUserFiles([csv('firms.csv', firmsCsv(3000))], { runner: parseOnMainThread });
    const once = mergeUserInputs(miniDataset(), load);
    const progress: number[] = [];
    const sliced = await mergeUserInputsInSlices(miniDataset(), load, {
      sliceMs: 0,
      onProgress: (f) => progress.push(f),
    });
    expect(sliced?.problems).toEqual(once.problems);
    const firms = (d: typeof once.dataset) => d?.clusters.get('petrochem')?.cluster.fiveOnes.enterprises;
    expect(firms(sliced?.dataset ?? null)).toEqual(firms(once.dataset));
    expect(firms(sliced?.dataset ?? null)?.length).toBeGreaterThan(3000);
    expect(Object.isFrozen(firms(sliced?.dataset ?? null)?.at(-1))).toBe(true);
    expect(progress.length).toBeGreaterThan(5);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBeGreaterThan(0.9);
  });

  it('returns null when cancelled, leaving the dataset shown untouched', async () => {
    const base = miniDataset();
    const before = base.clusters.get('petrochem')?.cluster.fiveOnes.enterprises.length;
    const load = await readUserFiles([csv('firms.csv', firmsCsv(5000))], { runner: parseOnMainThread });
    const ctrl = new AbortController();
    const merged = await mergeUserInputsInSlices(base, load, {
      signal: ctrl.signal,
      sliceMs: 0,
      onProgress: (f) => {
        if (f > 0.3) ctrl.abort();
      },
    });
    expect(merged).toBeNull();
    expect(base.clusters.get('petrochem')?.cluster.fiveOnes.enterprises.length).toBe(before);
  });
});

describe('a file with a mistake in every row', () => {
  it(`lists the first ${MAX_FILE_PROBLEMS} problems and counts the rest`, async () => {
    const load = await readUserFiles([csv('bad.csv', firmsCsv(3000, 'no-such-cluster'))], {
      runner: parseOnMainThread,
    });
    const { problems } = mergeUserInputs(miniDataset(), load);
    expect(problems).toHaveLength(MAX_FILE_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ file: 'bad.csv', where: 'row 2, column cluster' });
    expect(problems.at(-1)).toMatchObject({
      file: 'bad.csv',
      message: `${3000 - MAX_FILE_PROBLEMS} more problems in this file are not listed`,
    });
  });

  it('ragged rows too: the table lists a bounded number', async () => {
    const text = `name,city,cluster,segment,tier,source\n${'a,b\n'.repeat(2500)}`;
    const load = await readUserFiles([csv('ragged.csv', text)], { runner: parseOnMainThread });
    expect(load.problems).toHaveLength(MAX_FILE_PROBLEMS + 1);
    expect(load.problems.at(-1)?.message).toBe(
      `${2500 - MAX_FILE_PROBLEMS} more problems in this file are not listed`,
    );
  });
});

describe('a source link that only looks like an address', () => {
  it('is a problem of its row, not an error that stops the merge', async () => {
    const text =
      'name,city,cluster,segment,tier,source,source_url\n' +
      '甲,湛江,petrochem,,其他,某报道,https://[x\n' +
      '乙,湛江,petrochem,,其他,https://a:b,\n' +
      '丙,湛江,petrochem,,其他,某报道,https://example.org/a\n';
    const load = await readUserFiles([csv('links.csv', text)], { runner: parseOnMainThread });
    const { dataset, problems } = mergeUserInputs(miniDataset(), load);
    expect(problems).toEqual([
      expect.objectContaining({
        where: 'row 2, column source_url',
        message: 'the source link is not an http(s) address',
      }),
    ]);
    const firms = dataset?.clusters.get('petrochem')?.cluster.fiveOnes.enterprises.map((e) => e.name.zh);
    expect(firms).toEqual(expect.arrayContaining(['乙', '丙']));
    expect(firms).not.toContain('甲');
  });
});

describe('loadUserUrl', () => {
  it('parses the download with the same runner as a dropped file, reporting progress', async () => {
    const fetch = fixtureFetch({ '/firms.csv': () => new Response(firmsCsv(10)) });
    const runner = vi.fn<ParseRunner>((req, opts) => parseOnMainThread(req, opts));
    const progress: number[] = [];
    const load = await loadUserUrl(`${APP}/firms.csv`, {
      fetch,
      pageOrigin: APP,
      runner,
      onProgress: (f) => progress.push(f),
    });
    expect(runner).toHaveBeenCalledWith(
      expect.objectContaining({ format: 'csv', name: `${APP}/firms.csv` }),
      expect.anything(),
    );
    expect(load.inputs.map((i) => i.kind)).toEqual(['csv']);
    expect(progress.at(-1)).toBe(1);
  });
});
