/**
 * A target's value in words: the comparator becomes 超过 / 不低于 / 约 / 低于 / 不超过 (over / at least /
 * about / under / at most). Symbols like ≥ ≈ ≲ are avoided on purpose: the shipped subset font lacks them.
 */
import type { Target } from '../data/schema.ts';
import { collator } from '../i18n/collation.ts';
import { nameIn } from '../i18n/index.ts';
import type { Lang } from './common/types.ts';
import { formatNumber, panelText } from './strings.ts';

export function targetValueText(lang: Lang, t: Pick<Target, 'value' | 'valueMax' | 'comparator'>): string {
  const value =
    t.valueMax === undefined
      ? formatNumber(lang, t.value)
      : `${formatNumber(lang, t.value)} ${panelText(lang, 'range.to')} ${formatNumber(lang, t.valueMax)}`;
  return t.comparator === '=' ? value : `${panelText(lang, `cmp.${t.comparator}`)} ${value}`;
}

const KIND_ORDER: Record<Target['kind'], number> = { target: 0, baseline: 1, actual: 2 };

/** Kind (target, baseline, actual), then year, then metric. Conflicting rows are all kept. */
export function sortTargets(targets: readonly Target[], lang: Lang): Target[] {
  const { compare } = collator(lang);
  return targets
    .slice()
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.year - b.year ||
        compare(nameIn(lang, a.metric), nameIn(lang, b.metric)),
    );
}
