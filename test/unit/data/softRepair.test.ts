/**
 * One bad field costs that field, not the dataset: an unsafe source url is dropped (the source shows
 * as plain text), an over-long name or text is cut with "…", a bad `verified` reads as unverified;
 * only a record without a usable identity is left out. Each repair is a problem naming file and field.
 */
import { describe, expect, it } from 'vitest';
import { assembleBundleJson, finish } from '../../../src/data/load.ts';
import type { Problem } from '../../../src/data/problems.ts';
import { localizeProblem } from '../../../src/data/problemText.ts';
import { BundleFile, Source } from '../../../src/data/schema.ts';
import { badUrlReason, repairFields, shorten } from '../../../src/data/softRepair.ts';
import { inputFromJsonSync } from '../../../src/data/userInput.ts';
import { assembleMini, type Json, miniBundle, readMini } from './helpers.ts';

const PETRO = 'clusters/petrochem.json';
const CLUSTERS = 3;

/** Three English words in a row outside quotes: a sentence left untranslated. */
const english = (text: string) =>
  /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/.exec(text.replace(/`[^`]*`|"[^"]*"|“[^”]*”/g, ''))?.[0] ?? null;

function expectChinese(problems: readonly Problem[]): void {
  for (const p of problems) {
    const zh = localizeProblem(p, 'zh');
    expect(english(zh.message), `${p.message} → ${zh.message}`).toBeNull();
    expect(english(zh.fix), `${p.fix} → ${zh.fix}`).toBeNull();
  }
}

function loadBundle(bundle: Json, file = 'mine.json') {
  return finish(assembleBundleJson(bundle, file));
}

describe('source urls', () => {
  it('a javascript: url in a single-file dataset drops the url, not the dataset', () => {
    const bundle = miniBundle();
    const i = bundle.sources.findIndex((s: Json) => s.url);
    expect(i).toBeGreaterThanOrEqual(0);
    const id = bundle.sources[i].id;
    bundle.sources[i].url = 'javascript:alert(1)';
    const { dataset, problems } = loadBundle(bundle);
    expect(dataset).not.toBeNull();
    expect(dataset?.clusters.size).toBe(CLUSTERS);
    const source = dataset?.sources.get(id);
    expect(source).toBeDefined();
    expect(source).not.toHaveProperty('url');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'mine.json',
        where: `sources[${i}].url`,
        message: 'the url starts with "javascript:", which is not a web address',
      }),
    ]);
    expect(problems[0]?.fix).toMatch(/https:\/\//);
    expect(problems[0]?.fix).toMatch(/plain text, without a link/);
    expectChinese(problems);
    expect(localizeProblem(problems[0] as Problem, 'zh').message).toBe(
      '网址以“javascript:”开头，不是网页地址',
    );
  });

  it('the same in sources.json of a manifest dataset', () => {
    const sources = readMini('sources.json');
    sources.sources[1].url = 'data:text/html,<script>alert(1)</script>';
    const { dataset, problems } = finish(assembleMini({ 'sources.json': sources }));
    expect(dataset?.clusters.size).toBe(CLUSTERS);
    expect(dataset?.sources.get('src-editorial')).not.toHaveProperty('url');
    expect(problems).toEqual([expect.objectContaining({ file: 'sources.json', where: 'sources[1].url' })]);
  });

  it("the same in a cluster file's own sources, bundled or dropped in by a person", () => {
    const file = readMini(PETRO);
    file.sources[0].url = 'vbscript:msgbox(1)';
    const { dataset, problems } = finish(assembleMini({ [PETRO]: file }));
    expect(dataset?.clusters.has('petrochem')).toBe(true);
    expect(dataset?.sources.get('src-petrochem-fixture')).not.toHaveProperty('url');
    expect(problems).toEqual([expect.objectContaining({ file: PETRO, where: 'sources[0].url' })]);

    const user = inputFromJsonSync(file, 'mine.json');
    expect(user.input?.kind).toBe('cluster');
    expect(user.input?.kind === 'cluster' && user.input.sources[0]).not.toHaveProperty('url');
    expect(user.problems).toEqual([expect.objectContaining({ file: 'mine.json', where: 'sources[0].url' })]);
  });

  it("a person's single-file dataset goes the same way", () => {
    const bundle = miniBundle();
    bundle.sources[0].url = 'file:///etc/passwd';
    const { input, problems } = inputFromJsonSync(bundle, 'mine.json');
    expect(input?.kind).toBe('dataset');
    expect(input?.kind === 'dataset' && input.raw.clusters.length).toBe(CLUSTERS);
    expect(problems.map((p) => p.where)).toEqual(['sources[0].url']);
  });

  it.each([
    ['javascript:alert(1)', /"javascript:"/],
    ['JavaScript:alert(1)', /"JavaScript:"/],
    ['data:text/html;base64,PHNjcmlwdD4=', /"data:"/],
    ['vbscript:msgbox', /"vbscript:"/],
    ['file:///C:/x', /"file:"/],
    ['//evil.example/x', /not a complete/],
    ['/relative/path', /not a complete/],
    ['example.org/page', /not a complete/],
    ['https://exa mple.org/', /not a complete/],
    [' https://example.org/', /not a complete/],
    ['https://[', /not a complete/],
    [`https://example.org/${'a'.repeat(2000)}`, /characters long, over the limit of 2000/],
    [42, /not text/],
    [null, /not text/],
  ])('%j is dropped', (url, reason) => {
    expect(badUrlReason(url)).toMatch(reason);
    const source = { id: 's', title: 't', publisher: 'p', level: 'press', url };
    const { json, problems } = repairFields(Source, source, 'f.json', 'sources[0]');
    expect(json).toEqual({ id: 's', title: 't', publisher: 'p', level: 'press' });
    expect(Source.safeParse(json).success).toBe(true);
    expect(problems.map((p) => p.where)).toEqual(['sources[0].url']);
    expectChinese(problems);
  });

  it.each(['https://example.org/a?b=c#d', 'http://example.org', 'https://例子.中国/路径'])(
    '%s is kept',
    (url) => {
      expect(badUrlReason(url)).toBeNull();
      const source = { id: 's', title: 't', publisher: 'p', level: 'press', url };
      const { json, problems } = repairFields(Source, source, 'f.json');
      expect(json).toBe(source);
      expect(problems).toEqual([]);
    },
  );
});

describe('over-long names and texts', () => {
  it('a cluster name of 250 characters is cut to 200 with "…"; the cluster loads', () => {
    const file = readMini(PETRO);
    file.cluster.name.zh = '石'.repeat(250);
    const { dataset, problems } = finish(assembleMini({ [PETRO]: file }));
    const name = dataset?.clusters.get('petrochem')?.cluster.name.zh;
    expect(name).toBe(`${'石'.repeat(199)}…`);
    expect(name?.length).toBe(200);
    expect(dataset?.clusters.size).toBe(CLUSTERS);
    expect(problems).toEqual([expect.objectContaining({ file: PETRO, where: 'cluster.name.zh' })]);
    expect(problems[0]?.message).toBe(
      'this text is 250 characters long, over the limit of 200; it was shortened to 200 characters ending in "…"',
    );
    expectChinese(problems);
    expect(localizeProblem(problems[0] as Problem, 'zh').message).toMatch(/250 个字符，超过上限 200/);
  });

  it('a node description of 3000 characters is cut to 2000', () => {
    const file = readMini(PETRO);
    file.cluster.chain.nodes[1].description = { zh: '长'.repeat(3000), en: 'x'.repeat(2500) };
    const { dataset, problems } = finish(assembleMini({ [PETRO]: file }));
    const id = file.cluster.chain.nodes[1].id;
    const description = dataset?.clusters.get('petrochem')?.nodes.get(id)?.description;
    expect(description?.zh).toHaveLength(2000);
    expect(description?.zh.endsWith('长…')).toBe(true);
    expect(description?.en).toHaveLength(2000);
    expect(problems.map((p) => p.where)).toEqual([
      'cluster.chain.nodes[1].description.zh',
      'cluster.chain.nodes[1].description.en',
    ]);
  });

  it('in a single-file dataset too, and in sources, the manifest and the notes', () => {
    const bundle = miniBundle();
    bundle.name.en = 'N'.repeat(201);
    bundle.clusters[2].name.en = 'E'.repeat(300);
    bundle.sources[0].title = 'T'.repeat(400);
    bundle.sources[0].note = { zh: '注'.repeat(2001) };
    const { dataset, problems } = loadBundle(bundle);
    expect(dataset?.meta.name.en).toHaveLength(200);
    expect(dataset?.clusters.size).toBe(CLUSTERS);
    expect(dataset?.raw.clusters.find((c) => c.id === bundle.clusters[2].id)?.name.en).toHaveLength(200);
    expect(dataset?.sources.get(bundle.sources[0].id)?.title).toHaveLength(300);
    expect(problems.map((p) => p.where).sort()).toEqual([
      'clusters[2].name.en',
      'name.en',
      'sources[0].note.zh',
      'sources[0].title',
    ]);
    expectChinese(problems);
  });

  it('cuts after the trim the schema does, never splits a surrogate pair, and leaves short text alone', () => {
    expect(shorten('abcdef', 4)).toBe('abc…');
    expect(shorten(`ab${'😀'}cd`, 4)).toBe('ab…');
    const ok = { zh: `  ${'好'.repeat(200)}  `, en: 'fine' };
    const file = readMini(PETRO);
    file.cluster.name = ok;
    expect(repairFields(Source, { note: ok }, 'f').problems).toEqual([]);
    const { problems } = finish(assembleMini({ [PETRO]: file }));
    expect(problems).toEqual([]);
  });
});

describe('verified', () => {
  it('a verified that is not true or false reads as unverified, the record stays', () => {
    const file = readMini(PETRO);
    file.cluster.chain.nodes[0].verified = 'yes';
    const { dataset, problems } = finish(assembleMini({ [PETRO]: file }));
    const node = dataset?.clusters.get('petrochem')?.cluster.chain.nodes[0];
    expect(node?.verified).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ where: 'cluster.chain.nodes[0].verified' })]);
    expectChinese(problems);
  });
});

describe('records without identity are left out, the rest stays', () => {
  it('a source without id in sources.json is left out with a problem; every cluster loads', () => {
    const sources = readMini('sources.json');
    sources.sources.push({ title: 'no id', publisher: 'x', level: 'press' });
    const { dataset, problems } = finish(assembleMini({ 'sources.json': sources }));
    expect(dataset?.clusters.size).toBe(CLUSTERS);
    expect(dataset?.sources.has('src-fixture')).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'sources.json', where: 'sources[2].id' });
    expect(problems[0]?.fix).toMatch(/this source was left out, the rest of the file is used$/);
    expectChinese(problems);
    expect(localizeProblem(problems[0] as Problem, 'zh').fix).toMatch(/该来源已略去/);
  });

  it('a later record keeps its place in the file for later problems', () => {
    const sources = readMini('sources.json');
    sources.sources.unshift({ id: 'Bad Id', title: 't', publisher: 'p', level: 'press' });
    const { dataset, problems } = assembleMini({ 'sources.json': sources });
    expect(problems.map((p) => p.where)).toEqual(['sources[0].id']);
    expect(problems[0]?.fix).toContain('this source ("Bad Id") was left out');
    expect(dataset?.at.sources.get('src-fixture')).toEqual({ file: 'sources.json', where: 'sources[1]' });
  });

  it('a cluster without id in a single-file dataset is left out; the other clusters load', () => {
    const bundle = miniBundle();
    const second = bundle.clusters[1].id;
    delete bundle.clusters[0].id;
    const { dataset, problems } = loadBundle(bundle);
    expect(dataset?.clusters.size).toBe(CLUSTERS - 1);
    expect(problems).toEqual([expect.objectContaining({ file: 'mine.json', where: 'clusters[0].id' })]);
    expect(problems[0]?.fix).toMatch(/this cluster was left out/);
    expect(dataset?.raw.at.clusters.get(second)).toEqual({ file: 'mine.json', where: 'clusters[1]' });
    expectChinese(problems);
  });

  it('a file whose every source is unusable is still refused, saying why', () => {
    const sources = readMini('sources.json');
    sources.sources = sources.sources.map(({ id: _id, ...rest }: Json) => rest);
    const { dataset, problems } = assembleMini({ 'sources.json': sources });
    expect([...(dataset?.at.sources.values() ?? [])].map((at) => at.file)).not.toContain('sources.json');
    expect(problems.filter((p) => p.file === 'sources.json').map((p) => p.where)).toEqual([
      'sources[0].id',
      'sources[1].id',
      'sources',
    ]);
  });

  it('an intact dataset is untouched: no problems, the same objects', () => {
    const bundle = miniBundle();
    expect(repairFields(BundleFile, bundle, 'mine.json')).toEqual({ json: bundle, problems: [] });
    expect(repairFields(BundleFile, bundle, 'mine.json').json).toBe(bundle);
    expect(loadBundle(bundle).problems).toEqual([]);
    expect(assembleMini().problems).toEqual([]);
  });
});
