/**
 * Filtering and sorting of the enterprise table. Pure.
 * A person's CSV can put 60,000 firms in one cluster, and collating Chinese names is the slow part
 * (a microsecond or more per comparison). So the name order is collated once per firm list and
 * language and kept; the tier and city orders are derived from it with cheap integer keys (a stable
 * sort keeps name order within a tier or a city), and descending is the ascending order reversed.
 */
import { type Enterprise, Tier } from '../../data/schema.ts';
import { drain, type Steps } from '../../data/slices.ts';
import { collationRanks, collator } from '../../i18n/collation.ts';
import { nameIn } from '../../i18n/index.ts';
import type { Lang } from '../common/types.ts';

export type TierFilter = 'all' | Tier;
export type SortKey = 'name' | 'tier' | 'city';
export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** From 链主 down, as the schema lists them. */
export const TIERS: readonly Tier[] = Tier.options;
const TIER_RANK = new Map(TIERS.map((t, i) => [t, i]));

const nameOrders = new WeakMap<readonly Enterprise[], Map<Lang, readonly Enterprise[]>>();

/**
 * The firms by name in `lang`, kept for the same (frozen) list; as steps, so that a big list is
 * collated a slice at a time (62,500 firms took one task of about 190 ms). The order is the one a
 * stable sort with the collator gives.
 */
export function* firmsByNameSteps(firms: readonly Enterprise[], lang: Lang): Steps<readonly Enterprise[]> {
  let byLang = nameOrders.get(firms);
  if (!byLang) {
    byLang = new Map();
    nameOrders.set(firms, byLang);
  }
  const kept = byLang.get(lang);
  if (kept) return kept;
  const ranks = yield* collationRanks(
    firms.map((f) => nameIn(lang, f.name)),
    collator(lang),
  );
  const order = new Array<Enterprise>(firms.length);
  firms.forEach((f, i) => {
    order[ranks[i] as number] = f;
  });
  byLang.set(lang, order);
  return order;
}

/** The firms by name in `lang`, now (kept as firmsByNameSteps keeps it). */
export function firmsByName(firms: readonly Enterprise[], lang: Lang): readonly Enterprise[] {
  return drain(firmsByNameSteps(firms, lang));
}

/** Firms by city name (firms with no city last), then by name. */
function byCity(
  named: readonly Enterprise[],
  lang: Lang,
  cityName: (adcode: string) => string,
): Enterprise[] {
  const label = (e: Enterprise) => (e.cities[0] ? cityName(e.cities[0]) : null);
  // A few dozen distinct city names: collate those, then sort the firms by an integer.
  const labels = [...new Set(named.map(label).filter((l): l is string => l !== null))].sort(
    collator(lang).compare,
  );
  const rank = new Map(labels.map((l, i) => [l, i]));
  const key = (e: Enterprise) => {
    const l = label(e);
    return l === null ? labels.length : (rank.get(l) ?? labels.length);
  };
  return [...named].sort((a, b) => key(a) - key(b));
}

export function sortEnterprises(
  firms: readonly Enterprise[],
  filter: TierFilter,
  sort: SortState,
  lang: Lang,
  cityName: (adcode: string) => string,
): Enterprise[] {
  const named = firmsByName(firms, lang);
  const tierRank = (e: Enterprise) => TIER_RANK.get(e.tier) ?? TIERS.length;
  const ordered =
    sort.key === 'name'
      ? [...named]
      : sort.key === 'tier'
        ? [...named].sort((a, b) => tierRank(a) - tierRank(b))
        : byCity(named, lang, cityName);
  if (sort.dir === 'desc') ordered.reverse();
  return filter === 'all' ? ordered : ordered.filter((e) => e.tier === filter);
}
