import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerMessage, WorkerRequest } from '../../../src/data/parseBytes.ts';
import { parseAuto, parseInWorker } from '../../../src/data/parseClient.ts';
import { utf8 } from './helpers.ts';

/** Stands in for the module worker: runs the real worker module's handler. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  posted: WorkerRequest | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
  }
  postMessage(msg: WorkerRequest, transfer: Transferable[]) {
    this.posted = msg;
    expect(transfer).toEqual([msg.bytes]);
  }
  terminate() {
    this.terminated = true;
  }
  emit(data: WorkerMessage) {
    this.onmessage?.({ data } as MessageEvent<WorkerMessage>);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeWorker.created = [];
});

describe('parse worker', () => {
  it('the worker module parses, reports progress and posts the outcome', async () => {
    const posted: WorkerMessage[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => {
      posted.push(m as WorkerMessage);
    });
    await import('../../../src/data/parse.worker.ts');
    const rows = Array.from({ length: 5000 }, (_, i) => `firm${i},440100`).join('\n');
    const bytes = utf8(`name,city\n${rows}\n`).buffer as ArrayBuffer;
    window.onmessage?.({ data: { format: 'csv', name: 'big.csv', bytes } } as MessageEvent<WorkerRequest>);
    const done = posted.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done' || done.outcome.format !== 'csv') throw new Error('expected a CSV outcome');
    expect(done.outcome.result.ok && done.outcome.result.value.table.rows).toHaveLength(5000);
    expect(posted.filter((m) => m.type === 'progress').length).toBeGreaterThan(0);
  });

  it('the client starts a same-origin module worker, forwards progress and terminates it when done', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const pending = parseInWorker(
      { format: 'json', name: 'a.json', bytes: utf8('{}') },
      { onProgress: (f) => progress.push(f) },
    );
    const worker = FakeWorker.created[0] as FakeWorker;
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.url.pathname).toMatch(/parse\.worker\.ts$/);
    expect(worker.posted?.name).toBe('a.json');
    worker.emit({ type: 'progress', fraction: 0.5 });
    worker.emit({ type: 'done', outcome: { format: 'json', result: { ok: true, value: {} } } });
    await expect(pending).resolves.toEqual({ format: 'json', result: { ok: true, value: {} } });
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
  });

  it('cancel terminates the worker at once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const ctrl = new AbortController();
    const pending = parseInWorker(
      { format: 'csv', name: 'a.csv', bytes: utf8('a\n1\n') },
      { signal: ctrl.signal },
    );
    ctrl.abort();
    await expect(pending).resolves.toEqual({ format: 'cancelled' });
    expect(FakeWorker.created[0]?.terminated).toBe(true);
  });

  it('a crashed worker becomes a problem', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pending = parseInWorker({ format: 'csv', name: 'a.csv', bytes: utf8('a\n1\n') }, {});
    FakeWorker.created[0]?.onerror?.();
    const outcome = await pending;
    expect(outcome.format === 'csv' && !outcome.result.ok && outcome.result.problems[0]?.message).toMatch(
      /stopped unexpectedly/,
    );
  });

  it('parseAuto keeps small files on the main thread', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const outcome = await parseAuto({ format: 'json', name: 'a.json', bytes: utf8('[1]') }, {});
    expect(outcome).toEqual({ format: 'json', result: { ok: true, value: [1] } });
    expect(FakeWorker.created).toHaveLength(0);
    void parseAuto({ format: 'json', name: 'big.json', bytes: new Uint8Array(2 * 1024 * 1024) }, {});
    expect(FakeWorker.created).toHaveLength(1);
  });
});
