import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/data/limits.ts';
import { type ParseRunner, parseOnMainThread } from '../../../src/data/parseClient.ts';
import { classifyDataUrl, loadUserUrl, mergeUserInputs, readUserFiles } from '../../../src/data/userData.ts';
import { APP, DATA, fixtureFetch, miniBundle, miniDataset, readFixture, readMini } from './helpers.ts';

const file = (name: string, content: string, type = '') => new File([content], name, { type });
const jsonFile = (name: string, value: unknown) => file(name, JSON.stringify(value), 'application/json');
const read = (files: File[], runner: ParseRunner = parseOnMainThread) => readUserFiles(files, { runner });

describe('user files', () => {
  it('adds a v0 cluster file and CSV firms to the bundled dataset, marking both', async () => {
    const base = miniDataset();
    const load = await read([
      jsonFile('legacy.json', readFixture('legacy-v0-cluster.json')),
      file('firms.csv', '企业名称,城市,集群,环节,梯队,来源\n测试企业丁,茂名,legacy,零件,其他,src-legacy\n'),
    ]);
    expect(load.problems).toEqual([]);
    const { dataset, problems } = mergeUserInputs(base, load);
    expect(problems).toEqual([]);
    expect(dataset?.origin).toEqual({ source: 'user', replaced: false, files: ['legacy.json', 'firms.csv'] });
    const legacy = dataset?.clusters.get('legacy');
    expect(legacy?.origin).toEqual({ kind: 'user', file: 'legacy.json' });
    expect(legacy?.cluster.fiveOnes.enterprises.map((e) => e.name.zh)).toEqual(['测试企业丁']);
    expect(dataset?.clusters.get('petrochem')?.origin).toEqual({ kind: 'bundled' });
    const firm = dataset?.records.find((r) => r.name?.zh === '测试企业丁');
    expect(firm?.origin).toEqual({ kind: 'user', file: 'firms.csv' }); // the file that brought the row
    expect(dataset?.cityProfiles.get('440900')?.map((p) => p.clusterId)).toEqual([
      'petrochem',
      'new-energy',
      'legacy',
    ]);
    expect(dataset?.marks.sources.get('src-legacy')).toBe('legacy.json');
    expect(base.clusters.has('legacy')).toBe(false); // the base is untouched
  });

  it('marks CSV firms added to a bundled cluster with the CSV file', async () => {
    const load = await read([
      file(
        'firms.csv',
        'name,city,cluster,segment,tier,source\n测试企业戊,湛江,petrochem,,其他,src-fixture\n',
      ),
    ]);
    const { dataset } = mergeUserInputs(miniDataset(), load);
    const firm = dataset?.records.find((r) => r.name?.zh === '测试企业戊');
    expect(firm?.origin).toEqual({ kind: 'user', file: 'firms.csv' });
    expect(dataset?.counts.user).toBe(1);
    expect(dataset?.clusters.get('petrochem')?.origin).toEqual({ kind: 'bundled' });
  });

  it('a single-file dataset replaces the bundled one', async () => {
    const load = await read([jsonFile('mine.json', miniBundle())]);
    const { dataset, problems } = mergeUserInputs(miniDataset(), load);
    expect(problems).toEqual([]);
    expect(dataset?.meta.id).toBe('mini-bundle');
    expect(dataset?.origin).toEqual({ source: 'user', replaced: true, files: ['mine.json'] });
    expect(dataset?.clusters.get('robotics')?.origin).toEqual({ kind: 'user', file: 'mine.json' });
    expect(dataset?.counts.user).toBe(dataset?.counts.records);
  });

  it('uses only the first of two whole datasets', async () => {
    const load = await read([jsonFile('a.json', miniBundle()), jsonFile('b.json', miniBundle())]);
    const { dataset, problems } = mergeUserInputs(null, load);
    expect(dataset?.origin.files).toEqual(['a.json']);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'b.json', message: expect.stringMatching(/only one whole dataset/) }),
    ]);
  });

  it('a cluster file replaces the cluster with its id, and may redefine that cluster’s own sources', async () => {
    const petro = readMini('clusters/petrochem.json');
    petro.cluster.name.zh = '绿色石化（修订）';
    petro.sources[0].title = '修订后的标题';
    const { dataset, problems } = mergeUserInputs(miniDataset(), await read([jsonFile('petro.json', petro)]));
    expect(problems).toEqual([]);
    expect(dataset?.clusters.get('petrochem')?.cluster.name.zh).toBe('绿色石化（修订）');
    expect(dataset?.sources.get('src-petrochem-fixture')?.title).toBe('修订后的标题');
    expect([...(dataset?.clusters.keys() ?? [])]).toEqual(['petrochem', 'robotics', 'new-energy']);
  });

  it('a cluster file may not redefine someone else’s source', async () => {
    const robo = readMini('clusters/robotics.json');
    robo.sources = [{ id: 'src-fixture', title: '别的', publisher: 'x', level: 'press' }];
    const { dataset, problems } = mergeUserInputs(miniDataset(), await read([jsonFile('robo.json', robo)]));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'robo.json',
        where: 'sources[0]',
        message: 'source "src-fixture" is already defined differently in sources.json',
      }),
    ]);
    expect(dataset?.origin.source).toBe('bundled');
  });

  it('a cluster file that does not fit the dataset is left out with its problems', async () => {
    const robo = readMini('clusters/robotics.json');
    robo.cluster.id = 'robots-2';
    robo.cluster.cities[0].adcode = '445300';
    const { dataset, problems } = mergeUserInputs(miniDataset(), await read([jsonFile('robo.json', robo)]));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'robo.json', where: 'cluster.cities[0].adcode' }),
    ]);
    expect(dataset?.clusters.has('robots-2')).toBe(false);
  });

  it('explains a dropped manifest and a JSON file of another kind', async () => {
    const load = await read([
      jsonFile('manifest.json', readMini('manifest.json')),
      jsonFile('other.json', { hello: 1 }),
    ]);
    expect(load.problems.map((p) => p.message)).toEqual([
      'this is a manifest.json: it only lists other files, which a dropped file cannot reach',
      'this is not a ChainAtlas data file: it has neither "clusters" (a whole dataset) nor "cluster" (one cluster)',
    ]);
  });

  it('one bad file does not stop the others', async () => {
    const load = await read([
      file('bad.json', '{"cluster": '),
      jsonFile('legacy.json', readFixture('legacy-v0-cluster.json')),
    ]);
    expect(load.problems).toEqual([
      expect.objectContaining({ file: 'bad.json', message: expect.stringMatching(/not valid JSON/) }),
    ]);
    expect(load.inputs.map((i) => i.file)).toEqual(['legacy.json']);
  });

  it('checks the size before reading anything', async () => {
    const arrayBuffer = vi.fn();
    const huge = { name: 'huge.json', size: MAX_FILE_BYTES + 1, type: '', arrayBuffer } as unknown as File;
    const load = await read([huge]);
    // One byte over: the sizes are given in bytes, since both round to "50 MB".
    expect(load.problems[0]?.message).toMatch(
      /^the file is too big \(52,428,801 B; the limit is 52,428,800 B = 50 MB\)/,
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reports a 0-byte file', async () => {
    const load = await read([file('empty.json', '')]);
    expect(load.problems[0]?.message).toBe('the file is empty (0 bytes)');
  });

  it('cancel stops before the next file', async () => {
    const ctrl = new AbortController();
    const runner: ParseRunner = async (req, opts) => {
      const outcome = await parseOnMainThread(req, opts);
      ctrl.abort(); // the person presses cancel while the first file is being read
      return outcome;
    };
    const load = await readUserFiles([jsonFile('a.json', miniBundle()), jsonFile('b.json', miniBundle())], {
      runner,
      signal: ctrl.signal,
    });
    expect(load.cancelled).toBe(true);
    expect(load.inputs.map((i) => i.file)).toEqual(['a.json']);
    expect(load.problems).toEqual([
      expect.objectContaining({ file: 'b.json', message: 'loading was cancelled' }),
    ]);
  });

  it('reports overall progress across files', async () => {
    const seen: number[] = [];
    await readUserFiles([file('a.csv', 'name\nx\n'), file('b.csv', 'name\ny\n')], {
      runner: parseOnMainThread,
      onProgress: (f) => seen.push(f),
    });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('needs a dataset to add to', async () => {
    const { dataset, problems } = mergeUserInputs(
      null,
      await read([jsonFile('legacy.json', readFixture('legacy-v0-cluster.json'))]),
    );
    expect(dataset).toBeNull();
    expect(problems[0]?.message).toBe('there is no dataset to add this file to');
  });
});

describe('?data= addresses', () => {
  const page = APP;
  it.each([
    ['data/extra.json', 'same-origin', `${APP}/data/extra.json`, APP],
    [`${APP}/x/manifest.json`, 'same-origin', `${APP}/x/manifest.json`, APP],
    [
      'https://other.example/d/manifest.json',
      'cross-origin',
      'https://other.example/d/manifest.json',
      'https://other.example',
    ],
    ['//other.example/x.json', 'cross-origin', 'https://other.example/x.json', 'https://other.example'],
  ])('%s → %s', (raw, kind, url, origin) => {
    expect(classifyDataUrl(raw, page)).toEqual({ kind, url, origin });
  });

  it.each([
    ['javascript:alert(1)', /"javascript:" addresses cannot be loaded/],
    ['data:application/json,{}', /"data:" addresses/],
    ['blob:https://app.test/1234', /"blob:" addresses/],
    ['file:///etc/passwd', /"file:" addresses/],
    ['  ', /empty/],
    ['https://user:secret@other.example/x.json', /user name or password/],
    ['http://[::1', /not a web address/],
    ['http://app.test/x.json', /not secure \(http\) while this page is \(https\)/],
  ])('refuses %s', (raw, message) => {
    const r = classifyDataUrl(raw, page);
    expect(r.kind).toBe('invalid');
    expect(r.problem?.message).toMatch(message);
  });

  it('takes http addresses on an http page', () => {
    expect(classifyDataUrl('http://other.example/x.json', 'http://localhost:5173')).toMatchObject({
      kind: 'cross-origin',
    });
    expect(classifyDataUrl('/data/x.json', 'http://localhost:5173').kind).toBe('same-origin');
  });

  it('refuses an overlong address', () => {
    expect(classifyDataUrl(`https://x.example/${'a'.repeat(3000)}`, page).problem?.message).toMatch(
      /too long/,
    );
  });

  it('resolves relative addresses against the page', () => {
    expect(classifyDataUrl('extra.json', page, `${APP}/app/index.html`).url).toBe(`${APP}/app/extra.json`);
  });

  it('loadUserUrl: a manifest address gives a whole dataset', async () => {
    const load = await loadUserUrl(`${DATA}manifest.json`, { fetch: fixtureFetch(), pageOrigin: APP });
    expect(load.problems).toEqual([]);
    expect(load.inputs.map((i) => i.kind)).toEqual(['dataset']);
    const { dataset } = mergeUserInputs(miniDataset(), load);
    expect(dataset?.origin.replaced).toBe(true);
  });

  it('loadUserUrl: a cluster file and a CSV', async () => {
    const fetch = fixtureFetch({
      '/c.json': () => new Response(JSON.stringify(readFixture('legacy-v0-cluster.json'))),
      '/firms.csv': () =>
        new Response('name,city,cluster,segment,tier,source\n甲,茂名,petrochem,,其他,src-fixture\n'),
    });
    const a = await loadUserUrl(`${APP}/c.json`, { fetch, pageOrigin: APP });
    const b = await loadUserUrl(`${APP}/firms.csv`, { fetch, pageOrigin: APP });
    expect([...a.inputs, ...b.inputs].map((i) => i.kind)).toEqual(['cluster', 'csv']);
    const { dataset } = mergeUserInputs(miniDataset(), {
      inputs: [...a.inputs, ...b.inputs],
      problems: [],
      cancelled: false,
    });
    expect(dataset?.origin.files).toEqual([`${APP}/c.json`, `${APP}/firms.csv`]);
  });

  it('loadUserUrl: a 404 is a problem', async () => {
    const load = await loadUserUrl(`${APP}/missing.json`, { fetch: fixtureFetch(), pageOrigin: APP });
    expect(load.problems[0]?.message).toMatch(/HTTP 404/);
  });
});
