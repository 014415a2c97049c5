/**
 * A firm's city from what a 企业名录 row gives: a city cell (深圳 / 深圳市 / 440300 / 4403 / Shenzhen /
 * 广东省深圳市…), a district or county (南山区, 顺德, 台山市, 440305), an address (广州市天河区…), or the
 * 统一社会信用代码, whose characters 3–8 are the registering authority's division code
 * (91440300… → 440300). Anything else — another province, the province code 440000, a name two
 * cities share — gives null and says why, so the row is kept and the person is told what to fix.
 *
 * Place names are only ever Map keys or regex alternatives built from the tables, never object keys.
 */
import { GD_DISTRICTS, GD_FORMER_DISTRICTS, NOT_IN_ADDRESSES, PROVINCES } from './gdDistricts.ts';

export interface CityRef {
  adcode: string;
  name: { zh: string; en: string };
}

export interface CityInput {
  city?: string;
  address?: string;
  creditCode?: string;
}

/** Why no city was found: the mapping step words its problem from this. */
export type CityMiss = 'outside' | 'province' | 'unknown' | 'ambiguous' | 'empty';

export interface CityResolution {
  /** One of the cities' adcodes, or null. */
  adcode: string | null;
  /** What the city was read from, shown next to the firm: "南山区 → 深圳市". */
  from: string;
  /** Set when adcode is null. */
  miss?: CityMiss;
  /** The text that gave no city (for the problem message). */
  text?: string;
}

/** GB 32100-2015: 2 registration-type characters, 6-digit division code, 10 more (no I, O, Z, S, V). */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

type DistrictRow = readonly [code: string, name: string];
const DEFAULT_DISTRICTS: readonly DistrictRow[] = [...GD_DISTRICTS, ...GD_FORMER_DISTRICTS];

/** Marks a name two cities share: it resolves to nothing rather than to a guess. */
const AMBIGUOUS = 'ambiguous';
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const COUNTY_SUFFIX = /(?:(?:壮族|瑶族)+自治县|[市区县])$/;
const MAX_SHOWN = 24;
const CODE_LABEL = '统一社会信用代码 ';
const CACHE_SIZE = 20_000;

/** Full-width → half-width (NFKC), no spaces: "深圳 市" and "４４０３００" read as typed by most. */
export const cleanPlace = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(?:中华人民共和国|中国)/, '');

/** 南山区 → 南山, 乳源瑶族自治县 → 乳源; null when that would leave one character (城区 → 城). */
function shortName(name: string): string | null {
  const s = name.replace(COUNTY_SUFFIX, '');
  return s !== name && s.length >= 2 ? s : null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PlaceIndex {
  count: number;
  province: string;
  provinceName: string;
  cityName: Map<string, string>;
  /** Whole-cell names (cities, districts, both with and without suffix) → adcode or AMBIGUOUS. */
  names: Map<string, string>;
  /** City names without 市, longest first, with the names of their districts. */
  shorts: { short: string; adcode: string; districts: string[] }[];
  /** Full names with their suffix, findable inside an address. */
  scan: RegExp | null;
  scanTo: Map<string, string>;
  /** Another province at the start of a text: 北京市…, 湖南省…. */
  provincePrefix: RegExp;
  cache: Map<string, CityResolution | null>;
}

function buildIndex(cities: readonly CityRef[], districts: readonly DistrictRow[]): PlaceIndex {
  // The province is the one most of the cities' codes start with (44 for Guangdong's 21).
  const tally = new Map<string, number>();
  for (const c of cities) tally.set(c.adcode.slice(0, 2), (tally.get(c.adcode.slice(0, 2)) ?? 0) + 1);
  const province = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const cityName = new Map(cities.map((c) => [c.adcode, c.name.zh]));
  const names = new Map<string, string>();
  const scanTo = new Map<string, string>();
  const add = (map: Map<string, string>, key: string, adcode: string) => {
    const had = map.get(key);
    map.set(key, had === undefined || had === adcode ? adcode : AMBIGUOUS);
  };
  for (const c of cities) {
    const en = c.name.en.replace(/\s+city$/i, '');
    for (const k of [c.name.zh, c.name.zh.replace(/市$/, ''), c.name.en, en, `${en} City`])
      add(names, cleanPlace(k).toLowerCase(), c.adcode);
    add(scanTo, cleanPlace(c.name.zh), c.adcode);
  }
  // A city's own names win over a district's short form; two districts sharing a name cancel out.
  const cityKeys = new Set(names.keys());
  const byCity = new Map<string, string[]>();
  for (const [code, name] of districts) {
    const city = `${code.slice(0, 4)}00`;
    if (!cityName.has(city)) continue;
    const short = shortName(name);
    for (const k of short ? [name, short] : [name]) if (!cityKeys.has(k)) add(names, k, city);
    byCity.set(city, [...(byCity.get(city) ?? []), name, ...(short ? [short] : [])]);
    if (!NOT_IN_ADDRESSES.has(name) && !cityKeys.has(name)) add(scanTo, name, city);
  }
  const shorts = cities
    .map((c) => ({
      short: c.name.zh.replace(/市$/, ''),
      adcode: c.adcode,
      districts: byCity.get(c.adcode) ?? [],
    }))
    .filter((s) => s.short.length >= 2)
    .sort((a, b) => b.short.length - a.short.length);
  // Longest first: at one position the regex takes the first alternative that matches.
  const full = [...scanTo.keys()].sort((a, b) => b.length - a.length);
  const provinceShorts = [...PROVINCES.values()].map((p) => escapeRe(p.replace(PROVINCE_SUFFIX, '')));
  return {
    count: cities.length,
    province,
    provinceName: PROVINCES.get(province) ?? '',
    cityName,
    names,
    shorts,
    scan: full.length ? new RegExp(full.map(escapeRe).join('|')) : null,
    scanTo,
    provincePrefix: new RegExp(`^(${provinceShorts.join('|')})(${PROVINCE_SUFFIX.source.slice(0, -1)})?`),
    cache: new Map(),
  };
}

const indexes = new WeakMap<readonly CityRef[], { districts: readonly DistrictRow[]; index: PlaceIndex }>();
function indexFor(cities: readonly CityRef[], districts: readonly DistrictRow[]): PlaceIndex {
  const had = indexes.get(cities);
  if (had && had.districts === districts) return had.index;
  const index = buildIndex(cities, districts);
  indexes.set(cities, { districts, index });
  return index;
}

/** Reads one text; null when it is empty. */
function resolveText(raw: string, label: string, ix: PlaceIndex): CityResolution | null {
  const s = cleanPlace(raw);
  if (!s) return null;
  const t = raw.trim();
  const shown = `${label}${t.length > MAX_SHOWN ? `${t.slice(0, MAX_SHOWN)}…` : t}`;
  const found = (adcode: string): CityResolution => ({
    adcode,
    from: `${shown} — ${ix.cityName.get(adcode)}`,
  });
  const miss = (kind: Exclude<CityMiss, 'empty'>, why?: string): CityResolution => {
    const said = {
      outside: `不在 ${ix.count} 个地市之内`,
      province: `${ix.provinceName}（省级），不在 ${ix.count} 个地市之内`,
      unknown: '无法识别地市',
      ambiguous: '多个地市有此地名，无法确定',
    }[kind];
    return { adcode: null, from: `${shown} — ${why ?? said}`, miss: kind, text: t };
  };
  const byCode = (code: string): CityResolution => {
    const p = code.slice(0, 2);
    if (p !== ix.province) return miss(PROVINCES.has(p) ? 'outside' : 'unknown');
    if (code.slice(2) === '0000') return miss('province');
    const city = `${code.slice(0, 4)}00`;
    return ix.cityName.has(city) ? found(city) : miss('unknown');
  };

  // Codes: 4403 · 440300 · 440305 · 440305000000 (统计用区划代码) · the credit code.
  if (/^\d{4}$/.test(s)) return byCode(`${s}00`);
  if (/^\d{6}$/.test(s) || /^\d{12}$/.test(s)) return byCode(s.slice(0, 6));
  const upper = s.toUpperCase();
  if (CREDIT_CODE.test(upper)) return byCode(upper.slice(2, 8));
  if (label === CODE_LABEL) return miss('unknown', '不是有效的统一社会信用代码');

  // A province first: our own is skipped (广东省深圳市, 广东深圳); another one puts the firm outside,
  // but only when written as a province (北京市, 湖南省) — 北京路 is a street in 广州.
  let rest = s;
  const p = ix.provincePrefix.exec(s);
  if (p) {
    const name = [...PROVINCES].find(([, n]) => n.startsWith(p[1] ?? '\u0000'))?.[0];
    if (name === ix.province) rest = s.slice(p[0].length);
    else if (p[2] || p[0] === s) return miss('outside');
    if (!rest) return miss('province');
  }

  const exact = (t: string) => ix.names.get(t.toLowerCase()) ?? ix.names.get(t.replace(COUNTY_SUFFIX, ''));
  const whole = exact(rest);
  if (whole) return whole === AMBIGUOUS ? miss('ambiguous') : found(whole);

  // 深圳南山区… / 深圳南山: a city without 市, then one of its own districts.
  for (const { short, adcode, districts } of ix.shorts)
    if (rest.startsWith(short) && districts.some((d) => rest.startsWith(d, short.length)))
      return found(adcode);

  // Anywhere in an address: the first full name (深圳市, 南山区, 台山市 …) decides.
  const hit = ix.scan?.exec(rest);
  if (hit) {
    const adcode = ix.scanTo.get(hit[0]);
    if (adcode && adcode !== AMBIGUOUS) return found(adcode);
    if (adcode === AMBIGUOUS) return miss('ambiguous');
  }
  return miss('unknown');
}

function cached(raw: string, label: string, ix: PlaceIndex): CityResolution | null {
  // A 企业名录 repeats its few city and district cells thousands of times: read each once.
  const key = `${label}\u0000${raw}`;
  if (ix.cache.has(key)) return ix.cache.get(key) ?? null;
  const r = resolveText(raw, label, ix);
  if (ix.cache.size >= CACHE_SIZE) ix.cache.clear();
  ix.cache.set(key, r);
  return r;
}

/**
 * The city, trying the city cell, then the address, then the credit code. A city cell naming a place
 * outside the map wins over the rest: the person said where the firm is.
 */
export function resolveCity(
  input: CityInput,
  cities: readonly CityRef[],
  districts: readonly DistrictRow[] = DEFAULT_DISTRICTS,
): CityResolution {
  const ix = indexFor(cities, districts);
  let firstMiss: CityResolution | null = null;
  const tries: [string | undefined, string][] = [
    [input.city, ''],
    [input.address, '地址 '],
    [input.creditCode, CODE_LABEL],
  ];
  for (const [text, label] of tries) {
    const r = text ? cached(text, label, ix) : null;
    if (!r) continue;
    if (r.adcode !== null || (label === '' && r.miss === 'outside')) return r;
    firstMiss ??= r;
  }
  return firstMiss ?? { adcode: null, from: '未填城市、地址或信用代码', miss: 'empty', text: '' };
}
