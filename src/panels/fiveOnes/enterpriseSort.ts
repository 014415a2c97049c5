/** Filtering and sorting of the enterprise table. Pure. */
import type { Enterprise, Tier } from '../../data/schema.ts';
import type { Lang } from '../common/types.ts';

export type TierFilter = 'all' | Tier;
export type SortKey = 'name' | 'tier' | 'city';
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const TIERS: readonly Tier[] = ['chain-leader', 'leading', 'hidden-champion', 'specialized', 'other'];
const TIER_RANK = new Map(TIERS.map((t, i) => [t, i]));

export function sortEnterprises(
  firms: readonly Enterprise[],
  filter: TierFilter,
  sort: SortState,
  lang: Lang,
  cityName: (adcode: string) => string,
): Enterprise[] {
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  const name = (e: Enterprise) => (lang === 'en' ? e.name.en : e.name.zh);
  // Firms with no city sort last in ascending order.
  const city = (e: Enterprise) => (e.cities[0] ? cityName(e.cities[0]) : '\uffff');
  const byName = (a: Enterprise, b: Enterprise) => name(a).localeCompare(name(b), locale);
  const compare: Record<SortKey, (a: Enterprise, b: Enterprise) => number> = {
    name: byName,
    tier: (a, b) => (TIER_RANK.get(a.tier) ?? 99) - (TIER_RANK.get(b.tier) ?? 99) || byName(a, b),
    city: (a, b) => city(a).localeCompare(city(b), locale) || byName(a, b),
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return firms
    .filter((e) => filter === 'all' || e.tier === filter)
    .sort((a, b) => sign * compare[sort.key](a, b));
}
