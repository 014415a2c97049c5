/**
 * What a 企业名录 column header says the column holds, and what its cells say when the header says
 * nothing. Exported by 工商 / 统计 / 工信 systems with Chinese headers, sometimes English ones.
 * Header text is only ever a Map key or a regex subject, so a `__proto__` header is just unknown.
 */
import type { Tier } from '../data/schema.ts';
import type { FieldKey } from './types.ts';

/** A field, or a district column: the city when the sheet has no city column, else address-like. */
export type Guess = FieldKey | 'district';

/** Header text as compared: full-width → half-width, lower case, no spaces, *, colons or (notes). */
export const normalizeHeader = (h: string): string =>
  h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|【[^】]*】|\[[^\]]*\]/g, '')
    .replace(/[\s*:_\-.#\u203B]/g, '');

const WORDS: readonly [Guess, readonly string[]][] = [
  ['name', ['企业名称', '企业', '名称', '公司名称', '单位名称', '企业名', '公司', '单位', 'company', 'name']],
  ['name', ['companyname', 'enterprise', 'enterprisename', 'firm', 'firmname', '机构名称', '市场主体名称']],
  [
    'city',
    ['所在城市', '城市', '地市', '所属地市', '所在地市', '市', 'city', '所属城市', '所属市', '所在市'],
  ],
  ['city', ['地级市', '所在地区', '所属地区', '地区', '城市名称', 'prefecture']],
  ['district', ['区县', '所在区县', '所属区', '所属区县', '县区', '所在区', '区', '县', '区/县', '县/区']],
  ['district', ['所属县区', '所在县区', '行政区', 'district', 'county']],
  ['address', ['注册地址', '地址', '住所', '经营地址', '通讯地址', '通信地址', '生产经营地址', '企业地址']],
  ['address', ['详细地址', '办公地址', '联系地址', '生产地址', '经营场所', '住所地', '注册地', 'address']],
  ['address', ['registeredaddress', 'location']],
  ['credit-code', ['统一社会信用代码', '信用代码', '社会信用代码', '统一代码', 'creditcode', 'uscc']],
  ['credit-code', ['unifiedsocialcreditcode', 'socialcreditcode']],
  ['text', ['行业', '所属行业', '国民经济行业', '国民经济行业分类', '行业分类', '行业类别', '行业门类']],
  [
    'text',
    ['主营产品', '主要产品', '经营范围', '产品', '主营业务', '主要业务', '业务范围', '主营', '主导产品'],
  ],
  ['text', ['产品名称', '所属领域', '领域', '技术领域', 'industry', 'products', 'product', 'mainproducts']],
  ['text', ['business', 'businessscope', 'scope']],
  ['segment', ['环节', '产业链环节', '所属环节', '链条环节', '产业环节', '所属产业链环节', 'segment']],
  ['tier', ['企业类型', '梯队', '企业梯队', '类型', '层级', '企业层级', '企业级别', '级别', '企业类别']],
  ['tier', ['类别', 'tier', 'type', 'category']],
  ['cluster', ['集群', '产业集群', '所属集群', '所属产业集群', '产业链', '所属产业链', '重点产业链']],
  ['cluster', ['cluster', 'industrycluster', 'chain']],
  ['ignore', ['序号', '编号', '法人', '法定代表人', '法人代表', '负责人', '联系人', '电话', '联系电话']],
  ['ignore', ['手机', '注册资本', '成立日期', '成立时间', '邮编', '邮箱', '网址', '备注', '行业代码']],
  ['ignore', ['no', 'id', 'phone', 'tel', 'email', 'website', 'remark', 'note', 'notes', 'capital']],
];

const BY_WORD = new Map<string, Guess>();
for (const [guess, words] of WORDS) for (const w of words) BY_WORD.set(normalizeHeader(w), guess);

/** For headers no word list names exactly, most specific first. */
const PATTERNS: readonly [RegExp, Guess][] = [
  [/信用代码|creditcode/, 'credit-code'],
  [/(?:企业|公司|单位|机构|厂商|厂家|主体)(?:中文)?(?:名称|名)$/, 'name'],
  [/地址|住所|经营场所|address/, 'address'],
  [/区县|县区|district|county/, 'district'],
  [/地市|城市|所在市|所属市|city/, 'city'],
  [/环节|segment/, 'segment'],
  [/梯队|层级|tier/, 'tier'],
  [/集群|cluster|产业链/, 'cluster'],
  [/行业|产品|经营范围|主营|业务|领域|industry|product|business/, 'text'],
  [/企业类型|企业类别|类型|类别/, 'tier'],
  [
    /序号|编号|代表人|法人|负责人|联系|电话|手机|传真|邮|网址|网站|资本|资金|日期|时间|年份|人数|员工|营收|收入|产值|利润|税|状态|备注|说明|登记机关|经度|纬度/,
    'ignore',
  ],
];

/** What the header says; null when it says nothing we know (the cells decide then). */
export function guessFromHeader(header: string): Guess | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  return BY_WORD.get(h) ?? PATTERNS.find(([re]) => re.test(h))?.[1] ?? null;
}

// ------------------------------------------------------------------ cells as evidence
const CREDIT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const COMPANY = /(?:有限公司|有限责任公司|股份公司|公司|集团|厂|研究院|研究所|合作社|有限合伙\)|合伙企业)$/;
const ADDRESS_PLACE = /[省市区县镇乡]/;
const ADDRESS_STREET = /路|街|道|号|村|巷|大厦|园|楼|室|栋/;
/** 企业类型 in a 工商 export is the legal form, not a tier. */
const LEGAL_FORM = /公司|合伙|个体|独资|所有制|外商|外资|港澳台|分支机构|非公司/;

/** Tier words, checked in this order, so "链主企业、专精特新" is the higher tier. */
const TIER_WORDS: readonly [RegExp, Tier][] = [
  [/链主|chainleader/, 'chain-leader'],
  [/龙头|骨干|leading/, 'leading'],
  [/隐形冠军|单项冠军|hiddenchampion/, 'hidden-champion'],
  [/专精特新|小巨人|specialized/, 'specialized'],
];

/** 链主企业 → chain-leader, 国家级专精特新“小巨人” → specialized; anything else → other. */
export function tierOf(cell: string): Tier {
  const t = cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s"'“”‘’「」『』\-_]/g, '');
  return TIER_WORDS.find(([re]) => re.test(t))?.[1] ?? 'other';
}

/** The share of non-empty cells (first 200) that pass `test`; null when all are empty. */
function share(cells: readonly string[], test: (cell: string) => boolean): number | null {
  const v = cells.filter(Boolean).slice(0, 200);
  return v.length ? v.filter(test).length / v.length : null;
}

const most = (cells: readonly string[], test: (cell: string) => boolean, at = 0.6) =>
  (share(cells, test) ?? 0) >= at;

/**
 * What a column's cells look like when its header is unclear. `isPlace` says whether a cell names one
 * of the cities or their districts; `isCity` whether it names a city itself.
 */
export function guessFromCells(
  cells: readonly string[],
  isPlace: (cell: string) => boolean,
  isCity: (cell: string) => boolean,
): Guess | null {
  if (most(cells, (c) => CREDIT.test(c.normalize('NFKC').toUpperCase()))) return 'credit-code';
  if (most(cells, (c) => COMPANY.test(c.normalize('NFKC')))) return 'name';
  const place = (c: string) => /[\u4e00-\u9fff]/.test(c) && c.length <= 12 && isPlace(c);
  if (most(cells, place)) return most(cells, isCity) ? 'city' : 'district';
  if (most(cells, (c) => c.length >= 6 && ADDRESS_PLACE.test(c) && ADDRESS_STREET.test(c))) return 'address';
  if (most(cells, (c) => tierOf(c) !== 'other', 0.5)) return 'tier';
  return null;
}

/** Short labels (上游材料, 电池制造), not sentences: a segment column rather than free text. */
export const looksLikeSegments = (cells: readonly string[]): boolean =>
  (share(cells, (c) => c.length <= 20 && !/[，。；;,.]/.test(c)) ?? 1) >= 0.8;

/** A 企业类型 column holding legal forms (有限责任公司 …) says nothing about the tier. */
export const looksLikeLegalForms = (cells: readonly string[]): boolean =>
  most(cells, (c) => LEGAL_FORM.test(c), 0.5);
