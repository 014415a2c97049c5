/** What the gap analysis needs to know about a dataset beyond the cluster: source levels, city names. */
import type { Dataset } from '../data/normalize.ts';
import type { GapContext } from './gaps.ts';

export function gapContext(dataset: Dataset): GapContext {
  return {
    sourceLevel: (id) => dataset.sources.get(id)?.level,
    cityName: (adcode) => dataset.cities.get(adcode)?.name,
  };
}
