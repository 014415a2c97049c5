/**
 * The firm table's order: names collate as a reader expects (pinyin for Chinese), tiers and cities
 * keep name order within them, descending is the exact reverse, and filtering keeps the order. The
 * fast path (one collation per list, integer keys after) must agree with a plain comparator sort.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Enterprise, Tier } from '../../../src/data/schema.ts';
import {
  firmsByNameSteps,
  type SortKey,
  type SortState,
  sortEnterprises,
  TIERS,
  type TierFilter,
} from '../../../src/panels/fiveOnes/enterpriseSort.ts';

const CITY: Record<string, string> = {
  '440100': '广州',
  '440300': '深圳',
  '440900': '茂名',
  '445200': '揭阳',
};
const CITY_EN: Record<string, string> = {
  '440100': 'Guangzhou',
  '440300': 'Shenzhen',
  '440900': 'Maoming',
  '445200': 'Jieyang',
};

const firm = (id: string, zh: string, en: string, tier: Tier, cities: string[]): Enterprise => ({
  id,
  name: { zh, en },
  tier,
  cities,
  segments: [],
  sources: ['s'],
});

/** The obvious implementation, one comparator: the reference the fast path must match. */
function reference(
  firms: readonly Enterprise[],
  filter: TierFilter,
  sort: SortState,
  lang: 'zh' | 'en',
): string[] {
  const c = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN');
  const names = lang === 'en' ? CITY_EN : CITY;
  const name = (e: Enterprise) => (lang === 'en' ? e.name.en : e.name.zh);
  const city = (e: Enterprise) => (e.cities[0] ? (names[e.cities[0]] ?? e.cities[0]) : '\uffff');
  const byName = (a: Enterprise, b: Enterprise) => c.compare(name(a), name(b));
  const cmp: Record<SortKey, (a: Enterprise, b: Enterprise) => number> = {
    name: byName,
    tier: (a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || byName(a, b),
    city: (a, b) =>
      (city(a) === city(b)
        ? 0
        : city(a) === '\uffff'
          ? 1
          : city(b) === '\uffff'
            ? -1
            : c.compare(city(a), city(b))) || byName(a, b),
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return firms
    .filter((e) => filter === 'all' || e.tier === filter)
    .sort((a, b) => sign * cmp[sort.key](a, b))
    .map((e) => e.id);
}

describe('sortEnterprises', () => {
  it('orders Chinese names by pinyin, tiers from 链主 down, and firms without a city last', () => {
    const firms = [
      firm('z', '中海油惠州石化', 'CNOOC Huizhou', 'leading', ['440300']),
      firm('b', '巴斯夫', 'BASF', 'chain-leader', ['440100']),
      firm('a', '埃克森美孚', 'ExxonMobil', 'leading', []),
      firm('m', '茂名石化', 'Maoming Petrochemical', 'other', ['440900']),
    ];
    const city = (code: string) => CITY[code] ?? code;
    const ids = (key: SortKey, dir: 'asc' | 'desc' = 'asc', filter: TierFilter = 'all') =>
      sortEnterprises(firms, filter, { key, dir }, 'zh', city).map((e) => e.id);
    expect(ids('name')).toEqual(['a', 'b', 'm', 'z']); // āi, bā, mào, zhōng
    expect(ids('tier')).toEqual(['b', 'a', 'z', 'm']);
    expect(ids('city')).toEqual(['b', 'm', 'z', 'a']); // 广州 guǎng, 茂名 mào, 深圳 shēn, none
    expect(ids('city', 'desc')).toEqual(['a', 'z', 'm', 'b']);
    expect(ids('tier', 'asc', 'leading')).toEqual(['a', 'z']);
  });

  it('agrees with a plain comparator sort for any firms, key, direction, filter and language', () => {
    const HAN = [...'阿巴中茂深广揭电汽石化材料新能源芯片医药食品'];
    const arbFirm = fc.record({
      zh: fc.array(fc.constantFrom(...HAN), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
      en: fc.string({ minLength: 1, maxLength: 6 }),
      tier: fc.constantFrom(...TIERS),
      city: fc.option(fc.constantFrom(...Object.keys(CITY)), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbFirm, { maxLength: 40, selector: (f) => `${f.zh}|${f.en}` }),
        fc.constantFrom<SortKey>('name', 'tier', 'city'),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        fc.constantFrom<TierFilter>('all', ...TIERS),
        fc.constantFrom<'zh' | 'en'>('zh', 'en'),
        (raw, key, dir, filter, lang) => {
          // Names unique in the shown language, so the order has no ties to break differently.
          const seen = new Set<string>();
          const firms = raw
            .filter((f) => {
              const k = lang === 'en' ? f.en : f.zh;
              if (seen.has(k)) return false;
              seen.add(k);
              return true;
            })
            .map((f, i) => firm(`f${i}`, f.zh, f.en, f.tier, f.city ? [f.city] : []));
          const names = lang === 'en' ? CITY_EN : CITY;
          const got = sortEnterprises(firms, filter, { key, dir }, lang, (c) => names[c] ?? c).map(
            (e) => e.id,
          );
          expect(got).toEqual(reference(firms, filter, { key, dir }, lang));
        },
      ),
      { numRuns: 500, seed: 20260917 },
    );
  });

  it('collates a long list a slice at a time, in the order of a stable collator sort', () => {
    const heads = [...'中阿广佛北东珠惠'];
    // 5,000 firms, every name twice: equal names keep their list order, as a stable sort keeps it.
    const firms = Array.from({ length: 5000 }, (_, i) =>
      firm(`f${i}`, `${heads[i % 8]}企业${Math.floor(i / 2) % 997}`, `F${i}`, 'other', []),
    );
    const steps = firmsByNameSteps(firms, 'zh');
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    const zh = new Intl.Collator('zh-CN');
    const expected = [...firms].sort((a, b) => zh.compare(a.name.zh, b.name.zh)).map((f) => f.id);
    expect(r.value.map((f) => f.id)).toEqual(expected);
    expect(yields).toBeGreaterThan(1);
    // Kept: asked again, it is the same list at once.
    const again = firmsByNameSteps(firms, 'zh').next();
    expect(again.done && again.value).toBe(r.value);
  });
});
