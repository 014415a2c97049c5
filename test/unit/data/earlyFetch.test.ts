/** The shell's early downloads of the bundled data, and the loader's fetch that takes them. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const MANIFEST = {
  files: {
    sources: 'sources.json',
    cities: 'cities.json',
    framework: 'framework.json',
    clusters: ['clusters/petrochem.json', 'clusters/robotics.json'],
  },
};
const BASE = 'https://intranet.example/app/data/';

async function setup() {
  vi.resetModules();
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      asked.push(input);
      return new Response(input.endsWith('manifest.json') ? JSON.stringify(MANIFEST) : '{}');
    }),
  );
  const mod = await import('../../../src/data/earlyFetch.ts');
  return { asked, ...mod };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.unstubAllGlobals());

describe('startBundledDownloads', () => {
  it('a deep link: the manifest, then the shared files and its own cluster, not the others', async () => {
    const { asked, startBundledDownloads } = await setup();
    startBundledDownloads(`${BASE}manifest.json`, 'robotics');
    await settle();
    expect(asked).toEqual([
      `${BASE}manifest.json`,
      `${BASE}sources.json`,
      `${BASE}cities.json`,
      `${BASE}framework.json`,
      `${BASE}clusters/robotics.json`,
    ]);
  });

  it('the start page: every file the manifest lists; an unknown cluster: only the manifest', async () => {
    const all = await setup();
    all.startBundledDownloads(`${BASE}manifest.json`, null);
    await settle();
    expect(all.asked).toHaveLength(6);
    const unknown = await setup();
    unknown.startBundledDownloads(`${BASE}manifest.json`, 'nope');
    await settle();
    expect(unknown.asked).toEqual([`${BASE}manifest.json`]);
  });

  it('the loader takes a started response once, with its body unread, then asks the network itself', async () => {
    const { asked, startBundledDownloads, fetchTakingEarly } = await setup();
    startBundledDownloads(`${BASE}manifest.json`, 'robotics');
    await settle();
    expect(await (await fetchTakingEarly(`${BASE}manifest.json`)).json()).toEqual(MANIFEST);
    expect(asked.filter((u) => u.endsWith('manifest.json'))).toHaveLength(1);
    await fetchTakingEarly(`${BASE}manifest.json`);
    expect(asked.filter((u) => u.endsWith('manifest.json'))).toHaveLength(2);
    await fetchTakingEarly(`${BASE}clusters/petrochem.json`);
    expect(asked.filter((u) => u.endsWith('petrochem.json'))).toHaveLength(1);
  });

  it('never starts a file outside the manifest’s own site', async () => {
    const { asked, startBundledDownloads } = await setup();
    vi.mocked(globalThis.fetch).mockImplementationOnce(async (input) => {
      asked.push(String(input));
      return new Response(
        JSON.stringify({ files: { sources: 'https://elsewhere.example/s.json', clusters: [] } }),
      );
    });
    startBundledDownloads(`${BASE}manifest.json`, null);
    await settle();
    expect(asked).toEqual([`${BASE}manifest.json`]);
  });

  it('startDownload: any one file (the boundaries) started ahead and taken once', async () => {
    const { asked, startDownload, fetchTakingEarly } = await setup();
    startDownload(`${BASE}geo/guangdong.topo.json`);
    await fetchTakingEarly(`${BASE}geo/guangdong.topo.json`);
    expect(asked).toEqual([`${BASE}geo/guangdong.topo.json`]);
  });
});
