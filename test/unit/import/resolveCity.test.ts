// @vitest-environment node
/**
 * A firm's city from the many ways a 企业名录 writes it: names with and without 市, codes, districts
 * and counties (with and without their suffix), addresses, the 统一社会信用代码 — and null, with a
 * reason, for places off the map and names two cities share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GD_CITIES, GD_DISTRICTS } from '../../../src/import/gdDistricts.ts';
import { type CityRef, CREDIT_CODE, resolveCity } from '../../../src/import/resolveCity.ts';
import { ROOT } from '../data/helpers.ts';

const file = JSON.parse(readFileSync(join(ROOT, 'data', 'cities.json'), 'utf8')) as { cities: CityRef[] };
const CITIES = file.cities;
const city = (text: string) => resolveCity({ city: text }, CITIES);

/** GB 32100-2015 check character, so the test codes are fully valid, not only well-formed. */
function withCheck(code17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...code17].reduce((s, ch, i) => s + alphabet.indexOf(ch) * (weights[i] ?? 0), 0);
  return code17 + alphabet[(31 - (sum % 31)) % 31];
}
const SHENZHEN_CODE = withCheck('91440300MA5XXXXXX');

describe('the tables', () => {
  it('GD_CITIES is the same 21 cities as data/cities.json', () => {
    expect(GD_CITIES.map((c) => [c.adcode, c.name.zh, c.name.en])).toEqual(
      CITIES.map((c) => [c.adcode, c.name.zh, c.name.en]),
    );
  });

  it('lists 122 county-level divisions, each once, each under one of the 21 cities', () => {
    expect(GD_DISTRICTS).toHaveLength(122);
    const codes = new Set(GD_DISTRICTS.map(([code]) => code));
    const names = new Set(GD_DISTRICTS.map(([, name]) => name));
    expect(codes.size).toBe(122);
    expect(names.size).toBe(122);
    const cityCodes = new Set(CITIES.map((c) => c.adcode));
    for (const [code, name] of GD_DISTRICTS) {
      expect(code, name).toMatch(/^44\d{4}$/);
      expect(cityCodes.has(`${code.slice(0, 4)}00`), name).toBe(true);
      expect(name).toMatch(/(区|县|市)$/);
    }
  });
});

describe('resolveCity', () => {
  it.each([
    ['深圳', '440300'],
    ['深圳市', '440300'],
    [' 深圳 市 ', '440300'],
    ['440300', '440300'],
    ['４４０３００', '440300'],
    ['4403', '440300'],
    ['广东省深圳市', '440300'],
    ['广东深圳', '440300'],
    ['Shenzhen', '440300'],
    ['南山区', '440300'],
    ['南山', '440300'],
    ['440305', '440300'],
    ['440305000000', '440300'],
    ['顺德区', '440600'],
    ['顺德', '440600'],
    ['台山市', '440700'],
    ['台山', '440700'],
    ['乳源瑶族自治县', '440200'],
    ['乳源', '440200'],
    ['从化市', '440100'],
    ['萝岗区', '440100'],
    ['城区', '441500'],
    ['深圳南山', '440300'],
    ['深圳市南山区', '440300'],
    ['东莞市', '441900'],
    ['中山', '442000'],
  ])('%s → %s', (text, adcode) => {
    const r = city(text);
    expect(r.adcode).toBe(adcode);
    expect(r.from).toContain('—');
  });

  it('reads an address, taking the first place it names', () => {
    const r = resolveCity({ address: '广州市天河区珠江新城华夏路10号' }, CITIES);
    expect(r).toMatchObject({ adcode: '440100' });
    expect(r.from).toMatch(/^地址 广州市天河区.*— 广州市$/);
    expect(resolveCity({ address: '佛山市顺德区北滘镇美的大道6号' }, CITIES).adcode).toBe('440600');
    expect(resolveCity({ address: '南山区粤海街道科技园' }, CITIES).adcode).toBe('440300');
    expect(resolveCity({ address: '珠海市香洲区深圳市场路1号' }, CITIES).adcode).toBe('440400');
  });

  it('does not read street names as places', () => {
    // 广州 has a 北京路 and a 中山一路; neither is Beijing nor 中山市.
    expect(resolveCity({ address: '北京路100号' }, CITIES)).toMatchObject({ adcode: null, miss: 'unknown' });
    expect(resolveCity({ address: '中山一路3号' }, CITIES).adcode).toBeNull();
    expect(resolveCity({ address: '和平路5号' }, CITIES).adcode).toBeNull();
    expect(resolveCity({ address: '广州市老城区和平路5号' }, CITIES).adcode).toBe('440100');
  });

  it('reads the registering authority from the 统一社会信用代码', () => {
    expect(SHENZHEN_CODE).toMatch(CREDIT_CODE);
    const r = resolveCity({ creditCode: SHENZHEN_CODE }, CITIES);
    expect(r.adcode).toBe('440300');
    expect(r.from).toBe(`统一社会信用代码 ${SHENZHEN_CODE} — 深圳市`);
    expect(resolveCity({ creditCode: withCheck('91440606MA4UXXXXX') }, CITIES).adcode).toBe('440600');
    expect(resolveCity({ creditCode: SHENZHEN_CODE.toLowerCase() }, CITIES).adcode).toBe('440300');
    // A code found in the city column is read the same way.
    expect(city(SHENZHEN_CODE).adcode).toBe('440300');
  });

  it('refuses a malformed credit code', () => {
    for (const bad of ['91440300MA5XXXXXX', '91440300MA5XXXXXXI', '9144O300MA5XXXXXXX', '914403'])
      expect(resolveCity({ creditCode: bad }, CITIES), bad).toMatchObject({ adcode: null, miss: 'unknown' });
  });

  it('tries the city, then the address, then the credit code', () => {
    const all = { city: '佛山', address: '广州市天河区', creditCode: SHENZHEN_CODE };
    expect(resolveCity(all, CITIES).adcode).toBe('440600');
    expect(resolveCity({ ...all, city: '某地' }, CITIES).adcode).toBe('440100');
    const r = resolveCity({ ...all, city: '', address: '科技园' }, CITIES);
    expect(r.adcode).toBe('440300');
    expect(r.from).toMatch(/^统一社会信用代码/);
  });

  it('puts places outside the 21 cities off the map, saying so', () => {
    for (const text of [
      '北京市',
      '北京',
      '湖南省长沙市',
      '广西壮族自治区南宁市',
      '香港特别行政区',
      '110105',
    ]) {
      const r = city(text);
      expect(r, text).toMatchObject({ adcode: null, miss: 'outside' });
      expect(r.from, text).toContain('不在 21 个地市之内');
    }
    // The person wrote the city: an address elsewhere does not overrule it.
    expect(resolveCity({ city: '北京市', address: '深圳市南山区' }, CITIES).adcode).toBeNull();
    expect(resolveCity({ creditCode: withCheck('91110105MA0XXXXXX') }, CITIES).miss).toBe('outside');
    expect(resolveCity({ address: '北京市朝阳区建国路1号' }, CITIES).miss).toBe('outside');
  });

  it('reads the province code or name alone as no city', () => {
    for (const text of ['440000', '4400', '广东省', '广东']) {
      const r = city(text);
      expect(r, text).toMatchObject({ adcode: null, miss: 'province' });
      expect(r.from).toContain('不在 21 个地市之内');
    }
    expect(city('449900')).toMatchObject({ adcode: null, miss: 'unknown' });
  });

  it('gives no city for a name two cities share', () => {
    const shared = [...GD_DISTRICTS, ['440199', '南山区'] as const];
    const r = resolveCity({ city: '南山区' }, CITIES, shared);
    expect(r).toMatchObject({ adcode: null, miss: 'ambiguous' });
    expect(resolveCity({ city: '南山' }, CITIES, shared).adcode).toBeNull();
    expect(resolveCity({ address: '南山区科技园' }, CITIES, shared).adcode).toBeNull();
    // The city's name still decides when it is given.
    expect(resolveCity({ address: '深圳市南山区科技园' }, CITIES, shared).adcode).toBe('440300');
  });

  it('says so when nothing is given', () => {
    expect(resolveCity({}, CITIES)).toMatchObject({ adcode: null, miss: 'empty' });
    expect(resolveCity({ city: '  ', address: '' }, CITIES).miss).toBe('empty');
  });

  it('stays harmless on hostile text', () => {
    for (const text of ['__proto__', 'constructor', 'toString', '南山区'.repeat(10_000), '(.*)+$'])
      expect(() => city(text)).not.toThrow();
    expect(city('__proto__').adcode).toBeNull();
  });
});
