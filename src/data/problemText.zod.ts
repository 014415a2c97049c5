/**
 * zod's schema messages in Chinese. `zhZodError` is a per-parse error map: zod's own zh-CN locale,
 * except for the three codes where that locale leaks English type names ("期望 string <=200 字符"),
 * which get plain sentences. `ZOD_RULES` turns zod's English messages back into the same sentences,
 * for messages that reach the UI without their issue (CSV rows, copied problems).
 */
import type { Rule } from './problemText.zh.ts';
import { z } from './zod.ts';

const zhCN = z.locales.zhCN().localeError;

const TYPES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '布尔值',
  object: '对象 {…}',
  array: '列表 […]',
  null: '空值 null',
  undefined: '空',
  nan: 'NaN',
  date: '日期',
};
const typeZh = (t: string) => TYPES[t] ?? t;

function parsedType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
}

export const INFINITE_ZH = '数字太大，无法表示（像 1e999 这样的值会被读作 Infinity）';

export function wrongTypeZh(expected: string, received: string): string {
  if (received === 'undefined') return `缺少此项（应为${typeZh(expected)}）`;
  if (received === 'Infinity' || received === '-Infinity') return INFINITE_ZH;
  return `类型不对：应为${typeZh(expected)}，实际是${typeZh(received)}`;
}

/** `bound` is zod's "<=200", "<200" or "exactly 200". */
export function sizeZh(big: boolean, origin: string, bound: string): string {
  const n = bound.replace(/^(<=|>=|<|>|exactly )/, '');
  const exact = bound.startsWith('exactly');
  const strict = bound === `<${n}` || bound === `>${n}`;
  if (origin === 'string' || origin === 'array' || origin === 'set') {
    const unit = origin === 'string' ? '个字符' : '项';
    if (!big && n === '1' && !strict) return origin === 'string' ? '不能为空' : '不能为空，至少要有 1 项';
    if (exact) return `长度不对：应正好是 ${n} ${unit}`;
    if (big)
      return `${origin === 'string' ? '太长' : '项数过多'}：${strict ? '应少于' : '最多'} ${n} ${unit}`;
    return `${origin === 'string' ? '太短' : '项数太少'}：${strict ? '应多于' : '至少'} ${n} ${unit}`;
  }
  if (big) return `数值过大：${strict ? '应小于' : '不能大于'} ${n}`;
  return `数值过小：${strict ? '应大于' : '不能小于'} ${n}`;
}

export const zhZodError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    const input = issue.input;
    if (typeof input === 'number' && !Number.isFinite(input) && !Number.isNaN(input)) return INFINITE_ZH;
    return wrongTypeZh(issue.expected, parsedType(input));
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const big = issue.code === 'too_big';
    const limit = String(big ? issue.maximum : issue.minimum);
    const adj = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
    return sizeZh(big, issue.origin, `${adj}${limit}`);
  }
  return zhCN(issue);
};

/** zod 4's English messages (locales/en.js) → the sentences above. */
export const ZOD_RULES: readonly Rule[] = [
  [/^Invalid input: expected (\w+), received (-?\w+)$/, (g) => wrongTypeZh(g[1] ?? '', g[2] ?? '')],
  [/^Invalid input: expected (.+)$/, '无效输入：期望 $1'],
  [/^Invalid input: more than one option matched$/, '无效输入：同时符合多种格式'],
  [/^Invalid input$/, '无效输入'],
  [/^Invalid option: expected one of (.+)$/, '无效选项：期望以下之一 $1'],
  [/^Invalid discriminator value\. Expected (.+)$/, '无效的类型标记：应为 $1'],
  [
    /^Too big: expected (\w+) to (?:have|be) (<=|<|exactly )(\S+)(?: \w+)?$/,
    (g) => sizeZh(true, g[1] ?? '', `${g[2]}${g[3]}`),
  ],
  [
    /^Too small: expected (\w+) to (?:have|be) (>=|>|exactly )(\S+)(?: \w+)?$/,
    (g) => sizeZh(false, g[1] ?? '', `${g[2]}${g[3]}`),
  ],
  [/^Invalid string: must match pattern (.+)$/, '格式不对：须符合正则表达式 $1'],
  [/^Invalid string: must start with "(.*)"$/, '格式不对：须以“$1”开头'],
  [/^Invalid string: must end with "(.*)"$/, '格式不对：须以“$1”结尾'],
  [/^Invalid string: must include "(.*)"$/, '格式不对：须包含“$1”'],
  [/^Invalid number: must be a multiple of (.+)$/, '无效数字：须是 $1 的倍数'],
  [/^Unrecognized keys?: (.+)$/, '未知字段 $1'],
  [/^Invalid key in (\w+)$/, '$1 中有无效的键'],
  [/^Invalid value in (\w+)$/, '$1 中有无效的值'],
  [/^Invalid (.+)$/, '无效的 $1'],
];
