import { describe, expect, it, vi } from 'vitest';
import { bundledManifestUrl, resolveDataPath } from '../../../src/data/dataPaths.ts';
import { fetchBytes } from '../../../src/data/fetchBytes.ts';
import { loadDatasetFromUrl } from '../../../src/data/load.ts';
import { bundledDatasetQuery } from '../../../src/data/queries.ts';
import { APP, DATA, fixtureFetch, miniBundle, readMini } from './helpers.ts';

const MANIFEST = `${DATA}manifest.json`;
const opts = (fetch: typeof globalThis.fetch, extra = {}) => ({ fetch, pageOrigin: APP, ...extra });
const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(value), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });

describe('loadDatasetFromUrl', () => {
  it('reports progress as a fraction of the listed files, never as a byte count', async () => {
    const progress: number[] = [];
    await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({}), { onProgress: (f: number) => progress.push(f) }),
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('fetches the manifest, then every listed file, and normalizes', async () => {
    const log: string[] = [];
    const progress: number[] = [];
    const { dataset, problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({}, log), { onProgress: (f: number) => progress.push(f) }),
    );
    expect(problems).toEqual([]);
    expect([...(dataset?.clusters.keys() ?? [])]).toEqual(['petrochem', 'robotics', 'new-energy']);
    expect(log[0]).toBe(MANIFEST);
    expect(log.slice(1).sort()).toEqual(
      [
        'cities.json',
        'clusters/new-energy.json',
        'clusters/petrochem.json',
        'clusters/robotics.json',
        'sources.json',
      ].map((p) => DATA + p),
    );
    expect(progress.at(-1)).toBe(1);
  });

  it('beforeAssembly: every file is in before it is awaited, and checking waits for it', async () => {
    const log: string[] = [];
    let release: () => void = () => {};
    const seen: number[] = [];
    const loading = loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({}, log), {
        beforeAssembly: () => {
          seen.push(log.length);
          return new Promise<void>((r) => {
            release = r;
          });
        },
      }),
    );
    let done = false;
    void loading.then(() => {
      done = true;
    });
    await vi.waitFor(() => expect(seen).toEqual([6]));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    release();
    const { dataset } = await loading;
    expect(dataset?.clusters.size).toBe(3);
  });

  it('onlyCluster: a deep link cluster alone, with the shared files and not the other clusters', async () => {
    const log: string[] = [];
    const { dataset, problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({}, log), { onlyCluster: 'robotics' }),
    );
    expect(problems).toEqual([]);
    expect([...(dataset?.clusters.keys() ?? [])]).toEqual(['robotics']);
    expect(log.filter((u) => u.includes('/clusters/'))).toEqual([`${DATA}clusters/robotics.json`]);
    expect(dataset?.cities.size).toBeGreaterThan(0);
    // No file of that name: nothing, and nothing to report (the whole dataset follows anyway).
    const none = await loadDatasetFromUrl(MANIFEST, opts(fixtureFetch({}), { onlyCluster: 'no-such' }));
    expect(none).toEqual({ dataset: null, problems: [] });
    // Marked as part of the dataset, so the overview knows to draw from the index meanwhile.
    expect(dataset?.meta.partial).toBe(true);
  });

  it("noClusters: the start page's shared files alone, marked partial; the whole load is not", async () => {
    const log: string[] = [];
    const { dataset, problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({}, log), { noClusters: true }),
    );
    expect(problems).toEqual([]);
    expect(dataset?.clusters.size).toBe(0);
    expect(dataset?.cities.size).toBeGreaterThan(0);
    expect(dataset?.meta.partial).toBe(true);
    expect(log.filter((u) => u.includes('/clusters/'))).toEqual([]);
    const whole = await loadDatasetFromUrl(MANIFEST, opts(fixtureFetch({})));
    expect(whole.dataset?.meta.partial).toBeUndefined();
  });

  it('404: names the file and its address; the other clusters still load', async () => {
    const { dataset, problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({ 'clusters/robotics.json': () => new Response('', { status: 404 }) })),
    );
    expect(problems).toEqual([
      {
        file: 'clusters/robotics.json',
        where: '',
        message: `not found on the server (HTTP 404) at ${DATA}clusters/robotics.json`,
        fix: expect.stringMatching(/check the path/),
      },
    ]);
    expect([...(dataset?.clusters.keys() ?? [])]).toEqual(['petrochem', 'new-energy']);
  });

  it('network failure on the page’s own origin', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { dataset, problems } = await loadDatasetFromUrl(MANIFEST, opts(failing));
    expect(dataset).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'manifest.json',
        message: 'could not reach the server (network error)',
      }),
    ]);
  });

  it('CORS: another origin that does not allow reading', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { problems } = await loadDatasetFromUrl('https://other.example/d/manifest.json', opts(failing));
    expect(problems[0]?.message).toMatch(
      /^could not read it from https:\/\/other.example: the server did not allow this page to read it \(CORS\)/,
    );
    expect(problems[0]?.fix).toMatch(/Access-Control-Allow-Origin/);
  });

  it('a page opened from file://', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { problems } = await loadDatasetFromUrl(
      'file:///home/me/app/data/manifest.json',
      opts(failing, { pageOrigin: 'null' }),
    );
    expect(problems[0]?.fix).toMatch(/web server/);
  });

  it('an SPA fallback serving index.html instead of a data file', async () => {
    const html = () =>
      new Response('<!doctype html><html><body><div id="root"></div></body></html>', {
        headers: { 'content-type': 'text/html' },
      });
    const { problems } = await loadDatasetFromUrl(MANIFEST, opts(fixtureFetch({ 'sources.json': html })));
    expect(problems[0]).toMatchObject({
      file: 'sources.json',
      message: 'this is an HTML web page, not JSON data',
    });
  });

  it('not JSON: names line and column', async () => {
    const bad = () => new Response('{\n "schemaVersion": 1,\n "sources": [,]\n}');
    const { problems } = await loadDatasetFromUrl(MANIFEST, opts(fixtureFetch({ 'sources.json': bad })));
    expect(problems[0]).toMatchObject({
      file: 'sources.json',
      where: 'line 3, column 14',
      message: expect.stringMatching(/^not valid JSON/),
    });
  });

  it('too big: refused from Content-Length before reading', async () => {
    const body = vi.fn();
    const big = () =>
      new Response(new ReadableStream({ pull: body }), { headers: { 'content-length': '999999' } });
    const { problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({ 'manifest.json': big }), { maxBytes: 1000 }),
    );
    expect(problems[0]?.message).toMatch(/^the file is too big \(977 KB; the limit is 1000 B\)/);
  });

  it('too big: cut off while streaming when the server does not say its size', async () => {
    let sent = 0;
    const endless = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            sent += 512;
            controller.enqueue(new Uint8Array(512).fill(32));
          },
        }),
      );
    const { problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({ 'manifest.json': endless }), { maxBytes: 4096 }),
    );
    expect(problems[0]?.message).toMatch(/too big/);
    expect(sent).toBeLessThan(8192);
  });

  it('schema problems come back with the JSON path', async () => {
    const sources = readMini('sources.json');
    sources.sources[0].level = 'blog';
    const { problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({ 'sources.json': () => json(sources) })),
    );
    expect(problems[0]).toMatchObject({ file: 'sources.json', where: 'sources[0].level' });
  });

  it('cross-reference problems leave the broken cluster out', async () => {
    const file = readMini('clusters/new-energy.json');
    file.cluster.cities[0].adcode = '445300';
    const { dataset, problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({ 'clusters/new-energy.json': () => json(file) })),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'clusters/new-energy.json', message: 'unknown city adcode "445300"' }),
    ]);
    expect(dataset?.clusters.has('new-energy')).toBe(false);
  });

  it('migrates older files on the way in', async () => {
    const file = readMini('clusters/robotics.json');
    delete file.schemaVersion;
    file.cluster.type = '新兴';
    delete file.cluster.kind;
    const { dataset, problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({ 'clusters/robotics.json': () => json(file) })),
    );
    expect(problems).toEqual([]);
    expect(dataset?.clusters.get('robotics')?.cluster.kind).toBe('emerging');
  });

  it('loads a single-file dataset from the same kind of address', async () => {
    const { dataset, problems } = await loadDatasetFromUrl(
      `${APP}/mine.json`,
      opts(fixtureFetch({ '/mine.json': () => json(miniBundle()) })),
    );
    expect(problems).toEqual([]);
    expect(dataset?.meta.id).toBe('mini-bundle');
    expect(dataset?.meta.geo).toBeNull();
  });

  it('refuses manifest paths that leave the dataset’s site', async () => {
    const manifest = readMini('manifest.json');
    manifest.files.clusters.push('https://evil.example/x.json');
    const log: string[] = [];
    const { problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch({ 'manifest.json': () => json(manifest) }, log)),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        where: 'files.clusters[3]',
        message: expect.stringMatching(/outside the dataset/),
      }),
    ]);
    expect(log.some((u) => u.includes('evil'))).toBe(false);
    expect(resolveDataPath(MANIFEST, '../x.json')).toBe(`${APP}/x.json`);
    expect(resolveDataPath(MANIFEST, '//evil.example/x.json')).toBeNull();
  });

  it('cancel: an aborted load reports it once and throws nothing', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const { dataset, problems } = await loadDatasetFromUrl(
      MANIFEST,
      opts(fixtureFetch(), { signal: ctrl.signal }),
    );
    expect(dataset).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ message: 'loading was cancelled' })]);
  });

  it('never throws, whatever fetch does', async () => {
    const weird: typeof fetch = async () => {
      throw 'not an error';
    };
    await expect(loadDatasetFromUrl(MANIFEST, opts(weird))).resolves.toMatchObject({ dataset: null });
    await expect(loadDatasetFromUrl('not a url', opts(fixtureFetch()))).resolves.toMatchObject({
      dataset: null,
    });
  });

  it('HTTP errors other than 404', async () => {
    const status = (s: number) => fixtureFetch({ 'manifest.json': () => new Response('', { status: s }) });
    expect((await fetchBytes(MANIFEST, 'm', opts(status(403)))).ok).toBe(false);
    const r = await fetchBytes(MANIFEST, 'm', opts(status(503)));
    expect(!r.ok && r.problems[0]?.message).toBe('the server failed (HTTP 503)');
  });
});

describe('query options', () => {
  it('bundledDatasetQuery loads ./data/manifest.json relative to the page and never goes stale', () => {
    expect(bundledManifestUrl('https://intranet.example/briefs/chainatlas/index.html')).toBe(
      'https://intranet.example/briefs/chainatlas/data/manifest.json',
    );
    const q = bundledDatasetQuery('https://intranet.example/briefs/chainatlas/');
    expect(q.queryKey).toEqual([
      'dataset',
      'bundled',
      'https://intranet.example/briefs/chainatlas/data/manifest.json',
    ]);
    expect(q.staleTime).toBe(Number.POSITIVE_INFINITY);
    expect(q.retry).toBe(false);
  });
});
