import { describe, expect, it } from 'vitest';
import { drain } from '../../../src/data/slices.ts';
import { collationRanks } from '../../../src/i18n/collation.ts';

const zh = new Intl.Collator('zh-CN');

describe('collationRanks', () => {
  it("places each name where the collator's own stable sort does, ties in index order", () => {
    // Pinyin order differs from code-point order (阿 ā before 中 zhōng, though 中 is U+4E2D and
    // 阿 U+963F); repeated names tie.
    const names = ['中山', '阿里', '广州', '中山', '北京', 'abc', 'ABC', '佛山', '阿里', '东莞'];
    for (let extra = 0; extra < 40; extra++) names.push(`${names[extra % 10]}${extra % 7}`);
    const ranks = drain(collationRanks(names, zh));
    const expected = names
      .map((_, i) => i)
      .sort((a, b) => zh.compare(names[a] as string, names[b] as string) || a - b);
    const byRank = [...ranks.keys()].sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
    expect(byRank).toEqual(expected);
    expect([...ranks].sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
    expect(ranks[1]).toBeLessThan(ranks[0] as number); // 阿里 before 中山
    expect(ranks[1]).toBeLessThan(ranks[8] as number); // the two 阿里 in index order
  });

  it('handles no names and one name, and yields on a long list', () => {
    expect([...drain(collationRanks([], zh))]).toEqual([]);
    expect([...drain(collationRanks(['一'], zh))]).toEqual([0]);
    const many = Array.from({ length: 3000 }, (_, i) => `企业${(i * 7919) % 3000}`);
    const steps = collationRanks(many, zh);
    let yields = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(1);
  });
});
