/**
 * The single file's data path: the build's bundle (scripts/vite/single/bundleData.ts), carried in the
 * page, read back by src/data/inlined.ts and served to the *unchanged* loader through a fetch-shaped
 * function — so the dataset goes through exactly the validation the hosted build's does.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildBundle } from '../../../scripts/vite/single/bundleData.ts';
import { jsonScriptBlock } from '../../../scripts/vite/single/inlineJson.ts';
import {
  createInlinedFetch,
  INLINED_DATA_ID,
  inlinedAssetUrl,
  inlinedFileUrls,
  parseInlinedBundle,
  readInlinedBundle,
} from '../../../src/data/inlined.ts';
import { loadDatasetFromUrl } from '../../../src/data/load.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BASE = 'file:///Users/someone/Desktop/chainatlas.html?c=petrochem';
const bundle = buildBundle(join(ROOT, 'data'), join(ROOT, 'public', 'fonts'));

function pageWith(value: unknown): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body>${jsonScriptBlock(INLINED_DATA_ID, value)}</body>`,
    'text/html',
  );
}

describe('the bundle the build inlines', () => {
  it('holds the manifest, every file it lists, the boundaries and the fonts', () => {
    const files = Object.keys(bundle.files);
    expect(files).toContain('data/manifest.json');
    expect(files).toContain('data/sources.json');
    expect(files).toContain('data/geo/guangdong.topo.json');
    expect(files.filter((f) => f.startsWith('data/clusters/'))).toHaveLength(20);
    expect(Object.values(bundle.assets).every((u) => u.startsWith('data:font/woff2;base64,'))).toBe(true);
  });

  it('loads through the unchanged loader, from the page, with no problem and no network', async () => {
    const read = readInlinedBundle(pageWith(bundle));
    expect(read).not.toBeNull();
    const network = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('offline')));
    const inlinedFetch = createInlinedFetch(inlinedFileUrls(read ?? bundle, BASE), network);
    const result = await loadDatasetFromUrl(new URL('data/manifest.json', BASE).href, {
      fetch: inlinedFetch,
      pageOrigin: 'null',
    });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.clusters.size).toBe(20);
    expect(network).not.toHaveBeenCalled();
  });

  it('still validates: a broken inlined file is reported like a broken served one', async () => {
    const broken = {
      ...bundle,
      files: { ...bundle.files, 'data/cities.json': '{"schemaVersion": 1, "cities": 7}' },
    };
    const inlinedFetch = createInlinedFetch(inlinedFileUrls(broken, BASE), fetch);
    const result = await loadDatasetFromUrl(new URL('data/manifest.json', BASE).href, {
      fetch: inlinedFetch,
    });
    expect(result.dataset).toBeNull();
    expect(result.problems.some((p) => p.file === 'cities.json')).toBe(true);
  });
});

describe('createInlinedFetch', () => {
  const files = new Map([['file:///d/data/a.json', '{"a":1}']]);

  it('answers inlined files (query and hash ignored) and hands the rest to the network', async () => {
    const network = vi.fn<typeof fetch>(() => Promise.resolve(new Response('net')));
    const f = createInlinedFetch(files, network);
    const res = await f('file:///d/data/a.json?v=2#x');
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ a: 1 });
    expect(await (await f(new Request('https://example.org/data/a.json'))).text()).toBe('net');
    expect(await (await f('file:///d/data/a.json', { method: 'POST' })).text()).toBe('net');
    expect(network).toHaveBeenCalledTimes(2);
  });

  it('rejects like fetch when the signal is already aborted', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(
      createInlinedFetch(files, fetch)('file:///d/data/a.json', { signal: ctrl.signal }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('parseInlinedBundle and inlinedAssetUrl', () => {
  it('accepts only a well-formed bundle, never throwing', () => {
    expect(parseInlinedBundle('not json')).toBeNull();
    expect(parseInlinedBundle('{"version":2,"files":{},"assets":{}}')).toBeNull();
    expect(parseInlinedBundle('{"version":1,"files":{"a":1},"assets":{}}')).toBeNull();
    expect(parseInlinedBundle('{"version":1,"files":{},"assets":{"f":"https://x/f.woff2"}}')).toBeNull();
    expect(parseInlinedBundle('{"version":1,"files":{"a":"x"},"assets":{}}')).toEqual({
      version: 1,
      files: { a: 'x' },
      assets: {},
    });
    expect(readInlinedBundle(new DOMParser().parseFromString('<p>hosted</p>', 'text/html'))).toBeNull();
  });

  it('maps an inlined font to its data: URL and leaves anything else alone', () => {
    const font = new URL('fonts/chainatlas-cjk-400.woff2', BASE).href;
    expect(inlinedAssetUrl(bundle, font, BASE)).toMatch(/^data:font\/woff2;base64,/);
    expect(inlinedAssetUrl(bundle, 'https://example.org/x.woff2', BASE)).toBe('https://example.org/x.woff2');
  });
});
