// @vitest-environment node
/**
 * Every problem the loaders can report reads in Chinese. The coverage test parses src/data/**\/*.ts
 * and collects each message and fix they can write — arguments of any function with `message` and
 * `fix` parameters (`problem`, `refuse`, `emit`, `bad`), `message:`/`fix:` in object literals,
 * FIX_BY_CODE, the schema's own messages and the phrases built into messages — so a new message
 * without a rule in problemText.zh*.ts fails here, by name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/data/csv.ts';
import { decodeText } from '../../../src/data/decode.ts';
import { tooBigProblem } from '../../../src/data/fetchBytes.ts';
import { parseJsonText } from '../../../src/data/jsonText.ts';
import type { Problem } from '../../../src/data/problems.ts';
import { localizeProblem, zhRuleFor, zhText } from '../../../src/data/problemText.ts';
import { assembleMini, type Json, ROOT, readMini } from './helpers.ts';

// ------------------------------------------------------------------ scanning the loaders' source
type Node = { type: string } & Record<string, Json>;
/** Stands for a `${…}` whose value the source does not show. */
const WILD = '\u0000';
const DATA_DIR = join(ROOT, 'src', 'data');
/** Functions whose returned phrases are built into messages (`this is ${kind}, …`). */
const PARTS: Record<string, string> = { 'decode.ts': 'binaryKind', 'jsonSyntax.ts': 'describe' };
/** zod checks whose string arguments after the first are messages (schema.ts). */
const SCHEMA_CHECKS = new Set([
  'regex',
  'min',
  'max',
  'length',
  'nonempty',
  'refine',
  'startsWith',
  'endsWith',
]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return name.endsWith('.ts') && !name.startsWith('problemText') ? [p] : [];
  });
}

function* nodes(value: Json): Generator<Node> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value && typeof value === 'object') {
    if (typeof value.type === 'string') yield value as Node;
    for (const v of Object.values(value)) if (v && typeof v === 'object') yield* nodes(v);
  }
}

const WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'ParenthesizedExpression',
]);
const unwrap = (n: Node): Node => (WRAPPERS.has(n.type) ? unwrap(n.expression) : n);
const paramName = (p: Node): string | undefined => {
  const id = p.type === 'AssignmentPattern' ? p.left : p;
  return id.type === 'Identifier' ? id.name : undefined;
};

/** The strings an expression can be; null when the source does not show them (a parameter, a call). */
function samples(raw: Node, consts: Map<string, string>, inTemplate = false): string[] | null {
  const n = unwrap(raw);
  const orWild = (x: Node) => samples(x, consts, inTemplate) ?? (inTemplate ? [WILD] : []);
  if (n.type === 'Literal') return typeof n.value === 'string' ? [n.value] : null;
  if (n.type === 'Identifier') return consts.has(n.name) ? [consts.get(n.name) as string] : null;
  if (n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') {
    const [a, b] = n.type === 'LogicalExpression' ? [n.left, n.right] : [n.consequent, n.alternate];
    const out = [...orWild(a), ...orWild(b)];
    return out.length ? out : null;
  }
  if (n.type !== 'TemplateLiteral') return null;
  let out = [''];
  n.quasis.forEach((q: Json, i: number) => {
    out = out.map((s) => s + q.value.cooked);
    const expr = n.expressions[i];
    if (expr) {
      const parts = samples(expr, consts, true) ?? [WILD];
      out = out.flatMap((s) => parts.map((p) => s + p));
    }
  });
  return out;
}

interface Found {
  file: string;
  text: string;
}

function scan(): Found[] {
  const parsed = tsFiles(DATA_DIR).map((path) => {
    const text = readFileSync(path, 'utf8');
    const { program, errors } = parseSync(path, text, { lang: 'ts' });
    expect(errors, path).toEqual([]);
    return { file: relative(ROOT, path), name: path.slice(DATA_DIR.length + 1), program };
  });
  // Functions that take a message and a fix, and where those go: per file, then project-wide.
  const signatures = new Map<string, Map<string, number[]>>();
  const global = new Map<string, number[] | null>();
  for (const { file, program } of parsed) {
    const local = new Map<string, number[]>();
    for (const n of nodes(program)) {
      const fn = n.type === 'VariableDeclarator' ? n.init && unwrap(n.init) : n;
      const id = n.id;
      if (!fn || !/Function/.test(fn.type) || id?.type !== 'Identifier') continue;
      const names = (fn.params as Node[]).map(paramName);
      if (!names.includes('message') || !names.includes('fix')) continue;
      const at = [names.indexOf('message'), names.indexOf('fix')];
      local.set(id.name, at);
      global.set(id.name, global.has(id.name) ? null : at);
    }
    signatures.set(file, local);
  }
  const found: Found[] = [];
  for (const { file, name, program } of parsed) {
    const consts = new Map<string, string>();
    for (const n of program.body as Node[])
      for (const d of n.type === 'VariableDeclaration' ? (n.declarations as Node[]) : []) {
        const value = d.init && d.id.type === 'Identifier' ? samples(d.init, new Map()) : null;
        if (value?.length === 1) consts.set(d.id.name, value[0] as string);
      }
    const add = (expr: Node | undefined) => {
      for (const text of (expr && samples(expr, consts)) ?? []) found.push({ file, text });
    };
    for (const n of nodes(program)) {
      if (n.type === 'CallExpression' && n.callee.type === 'Identifier') {
        const at = signatures.get(file)?.get(n.callee.name) ?? global.get(n.callee.name);
        for (const i of at ?? []) add(n.arguments[i]);
      }
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression') {
        if (SCHEMA_CHECKS.has(n.callee.property?.name)) for (const a of n.arguments.slice(1)) add(a);
      }
      if (n.type === 'Property' && !n.shorthand && ['message', 'fix', 'error'].includes(n.key?.name))
        add(n.value);
      if (n.type === 'VariableDeclarator' && n.id.name === 'FIX_BY_CODE')
        for (const p of unwrap(n.init).properties) add(p.value);
      if (n.type === 'FunctionDeclaration' && n.id?.name === PARTS[name])
        for (const r of nodes(n.body)) if (r.type === 'ReturnStatement' && r.argument) add(r.argument);
    }
  }
  return found;
}

// ------------------------------------------------------------------ what "reads in Chinese" means
/** Three English words in a row outside quotes and code: a sentence left untranslated. */
function englishIn(text: string): string | null {
  const bare = text.replace(/`[^`]*`|"[^"]*"|“[^”]*”/g, '');
  return /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/.exec(bare)?.[0] ?? null;
}

/** A found text with each `${…}` filled in so that some rule matches, translated; null if none does. */
function translate(text: string): string | null {
  for (const filler of ['1', 'x', 'a-1']) {
    const s = text.replaceAll(WILD, filler);
    if (zhRuleFor(s)) return zhText(s);
  }
  return null;
}

describe('every message and fix in src/data has a Chinese rule', () => {
  const found = scan();

  it('finds the messages (the scan itself works)', () => {
    const texts = new Set(found.map((f) => f.text));
    expect(texts.size).toBeGreaterThan(150);
    for (const known of [
      `unknown city adcode "${WILD}"`,
      'save it again as UTF-8 text (in Excel: File › Save As › "CSV UTF-8")',
      'a PDF document',
      'a comment (JSON does not allow comments)',
      'a trailing comma before "}"',
      'shorten this value',
      'dates are YYYY, YYYY-MM or YYYY-MM-DD',
      `this row has ${WILD} cells but the header has ${WILD}; the row was left out`,
      `source "${WILD}" is already defined differently in the dataset`,
    ])
      expect(texts).toContain(known);
  });

  it('translates each of them, leaving no English sentence', () => {
    const missing: string[] = [];
    const english: string[] = [];
    for (const { file, text } of found) {
      const zh = translate(text);
      const shown = `${file}: ${JSON.stringify(text.replaceAll(WILD, '⟨…⟩'))}`;
      if (zh === null) missing.push(shown);
      else if (englishIn(zh)) english.push(`${shown} → ${zh}`);
    }
    expect(missing, 'messages without a rule in src/data/problemText.zh*.ts').toEqual([]);
    expect(english, 'translations that still hold an English sentence').toEqual([]);
  });
});

// ------------------------------------------------------------------ real problems, end to end
const PETRO = 'clusters/petrochem.json';
/**
 * The mini dataset's problem (the one matching `pick`) after setting `path` in petrochem.json to
 * `value` (or to what it computes from the file).
 */
function petro(path: (string | number)[], value: unknown, pick = /./): Problem {
  const file = readMini(PETRO);
  const parent = path.slice(0, -1).reduce((o: Json, k) => o[k], file);
  parent[path[path.length - 1] as string] = typeof value === 'function' ? value(file) : value;
  return only(assembleMini({ [PETRO]: file }).problems.filter((p) => pick.test(p.message)));
}
function only(problems: readonly Problem[]): Problem {
  expect(problems).toHaveLength(1);
  return problems[0] as Problem;
}
const nodes0Id = (f: Json) => f.cluster.chain.nodes[0].id;
const badJson = () => parseJsonText('{\n  "a": 1,\n}', 'broken.json');
const gbkSoup = () => decodeText(new Uint8Array([0x41, 0x80, 0xff, 0x42]), 'firms.csv', true);
const raggedCsv = () => parseCsvText('name,city\na,b,c\n', 'firms.csv');

// biome-ignore format: one case a line reads as a table
const CASES: [string, () => Problem, RegExp[]][] = [
  ['unknown city', () => petro(['cluster', 'cities', 0, 'adcode'], '449999'), [/城市代码“449999”不存在/, /cities\.json/]],
  ['dangling link', () => petro(['cluster', 'chain', 'links', 1, 'target'], 'nope'), [/连线指向的节点“nope”不存在/]],
  ['duplicate id', () => petro(['cluster', 'chain', 'nodes', 1, 'id'], nodes0Id, /^duplicate id/), [/id“[a-z0-9-]+”重复（已在 cluster\.chain\.nodes\[0\] 使用）/]],
  ['missing source', () => petro(['cluster', 'chain', 'nodes', 0, 'sources'], ['src-nowhere']), [/来源“src-nowhere”未定义/, /sources\.json/]],
  ['bad JSON', () => only((badJson() as { problems: Problem[] }).problems), [/不是有效的 JSON/, /“}”前面多了一个逗号/, /第 3 行第 1 列/]],
  ['file too big', () => tooBigProblem('big.json', 60 * 1024 * 1024), [/文件太大（60 MB，上限为 50 MB）/]],
  ['zod too big', () => petro(['cluster', 'nameVariants', 0], '长'.repeat(101)), [/太长：最多 100 个字符/, /cluster\.nameVariants\[0\]/]],
  ['zod wrong type', () => petro(['cluster', 'order'], 'two'), [/类型不对：应为数字，实际是文本/, /cluster\.order/]],
  ['GBK refused', () => only((gbkSoup() as { problems: Problem[] }).problems), [/不是 UTF-8/, /GBK/, /CSV UTF-8/, /第 1 字节/]],
  ['ragged CSV row', () => only((raggedCsv() as { value: { problems: Problem[] } }).value.problems), [/这一行有 3 个单元格，但表头有 2 个/, /双引号/, /第 2 行/]],
];

describe('real problems in Chinese', () => {
  it.each(CASES)('%s', (_, make, expected) => {
    const p = make();
    const zh = localizeProblem(p, 'zh');
    const text = `${zh.where} ${zh.message} ${zh.fix}`;
    for (const re of expected) expect(text).toMatch(re);
    expect(englishIn(zh.message), zh.message).toBeNull();
    expect(englishIn(zh.fix), zh.fix).toBeNull();
  });

  it('passes English through unchanged', () => {
    for (const [, make] of CASES) {
      const p = make();
      expect(localizeProblem(p, 'en')).toEqual({ message: p.message, fix: p.fix, where: p.where });
    }
  });

  it('reads the whole file as 整个文件, keeps JSON paths, and shows unknown text as it is', () => {
    const p: Problem = { file: 'f.json', where: '', message: 'something new', fix: 'do a thing' };
    expect(localizeProblem(p, 'zh')).toEqual({
      message: 'something new',
      fix: 'do a thing',
      where: '整个文件',
    });
    expect(localizeProblem({ ...p, where: 'cluster.chain.links[3].target' }, 'zh').where).toBe(
      'cluster.chain.links[3].target',
    );
    expect(localizeProblem({ ...p, where: 'row 12, column 城市' }, 'zh').where).toBe('第 12 行“城市”列');
  });

  it("uses zod's zh-CN locale for schema problems", () => {
    const p = petro(['cluster', 'kind'], 'huge');
    expect(p.message).toMatch(/^Invalid option/);
    expect(localizeProblem(p, 'zh').message).toBe('无效选项：期望以下之一 "pillar"|"emerging"');
  });

  it('translates zod messages that arrive without their issue (CSV rows, copies)', () => {
    expect(zhText('name.zh: Too big: expected string to have <=200 characters')).toBe(
      'name.zh：太长：最多 200 个字符',
    );
    expect(zhText('Invalid input: expected number, received undefined')).toBe('缺少此项（应为数字）');
    const original = petro(['cluster', 'order'], 'two');
    expect(original.zh?.message).toBe('类型不对：应为数字，实际是文本');
    const copy = { ...original };
    expect(copy.zh).toBeUndefined();
    expect(localizeProblem(copy, 'zh').message).toBe('类型不对：应为数字，实际是文本');
  });

  it('never throws and stays fast on hostile text', () => {
    const long = `"${'x'.repeat(100_000)}" is not a segment of ${'y'.repeat(100_000)}`;
    const started = performance.now();
    expect(zhText(long)).toContain('不是');
    expect(zhText(`${'a: '.repeat(20_000)}?`)).toBeTypeOf('string');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
