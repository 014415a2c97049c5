/** Shared fixtures for the data tests: the small dataset in test/fixtures/data/mini and a fake fetch. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleDataset, type RawDataset } from '../../../src/data/assemble.ts';
import { type Dataset, normalize } from '../../../src/data/normalize.ts';
import { parseOnMainThread } from '../../../src/data/parseClient.ts';
import { mergeUserInputs, readUserFiles } from '../../../src/data/userData.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'data', '/');
export const MINI = `${FIXTURES}mini/`;

/** Fixture JSON, edited freely by the tests (typing every path would only obscure the edits). */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = any;

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** A fresh parsed copy of a fixture file, safe to mutate. */
export function readFixture(path: string): Json {
  return JSON.parse(readFileSync(`${FIXTURES}${path}`, 'utf8'));
}
export const readMini = (path: string): Json => readFixture(`mini/${path}`);

/** Assembles the mini dataset; `patch` may replace any file's parsed JSON. */
export function assembleMini(patch: Record<string, unknown> = {}) {
  return assembleDataset('manifest.json', (path) => (path in patch ? patch[path] : readMini(path)));
}

export function miniRaw(): RawDataset {
  const { dataset, problems } = assembleMini();
  if (!dataset || problems.length) throw new Error(`mini fixture is broken: ${JSON.stringify(problems)}`);
  return dataset;
}

export const miniDataset = (): Dataset => normalize(miniRaw());

/** The mini dataset with `rows` of a person's firms (our CSV format, 湛江, no segment) in 绿色石化. */
export async function miniWithFirms(rows: number): Promise<Dataset> {
  const lines = ['name,city,cluster,segment,tier,source'];
  for (let i = 0; i < rows; i++) lines.push(`测试企业${i},湛江,petrochem,,其他,src-fixture`);
  const file = new File([`${lines.join('\n')}\n`], 'firms.csv', { type: 'text/csv' });
  const load = await readUserFiles([file], { runner: parseOnMainThread });
  const { dataset } = mergeUserInputs(miniDataset(), load);
  if (!dataset) throw new Error('the merge gave no dataset');
  return dataset;
}

/** The mini dataset as one single-file dataset (BundleFile). */
export function miniBundle(): Json {
  const manifest = readMini('manifest.json');
  const cities = readMini('cities.json');
  const clusterFiles = manifest.files.clusters.map((p: string) => readMini(p));
  return {
    schemaVersion: 1,
    id: 'mini-bundle',
    name: manifest.name,
    province: manifest.province,
    sources: [...readMini('sources.json').sources, ...clusterFiles.flatMap((f: Json) => f.sources ?? [])],
    regions: cities.regions,
    cities: cities.cities,
    clusters: clusterFiles.map((f: Json) => f.cluster),
  };
}

export const APP = 'https://app.test';
export const DATA = `${APP}/data/`;

type Route = (url: string) => Response | Promise<Response>;

/**
 * A fetch that serves the mini fixture under https://app.test/data/ and 404s otherwise. `routes`
 * override single URLs (relative paths are taken under /data/).
 */
export function fixtureFetch(routes: Record<string, Route> = {}, log: string[] = []): typeof fetch {
  const abs = new Map(Object.entries(routes).map(([k, v]) => [new URL(k, DATA).href, v]));
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    log.push(url);
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const route = abs.get(url);
    if (route) return route(url);
    if (url.startsWith(DATA)) {
      try {
        const body = readFileSync(`${MINI}${url.slice(DATA.length)}`);
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      } catch {
        // fall through to 404
      }
    }
    return new Response('Not found', { status: 404 });
  };
}
