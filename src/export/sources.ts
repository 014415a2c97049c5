/**
 * Which sources an exported view cites: those of what it draws — the cluster record, its city roles
 * (the map colours), belts and bases, every chain node and link, and the 五个一 records the diagram
 * shows — in order of first citation, as the sources tab numbers them. Pure.
 */

import type { Cluster, Source } from '../data/schema.ts';
import type { Lang } from '../i18n/index.ts';
import { collectSourceIds } from '../panels/common/collectSourceIds.ts';

export function viewSourceIds(cluster: Cluster, shownIds: ReadonlySet<string>): string[] {
  const f = cluster.fiveOnes;
  const shown = <T extends { id: string }>(list: readonly T[]) => list.filter((r) => shownIds.has(r.id));
  return collectSourceIds([
    { sources: cluster.sources },
    cluster.cities,
    cluster.belts,
    cluster.chain,
    shown(f.enterprises),
    shown(f.projects),
    shown(f.innovation),
  ]);
}

/** "title（publisher，date）": what a reader needs to find the source again. */
function sourceLabel(s: Source, lang: Lang): string {
  const meta = [s.publisher, s.docNo, s.date].filter(Boolean);
  return lang === 'zh' ? `${s.title}（${meta.join('，')}）` : `${s.title} (${meta.join(', ')})`;
}

/** Numbered entries for a figure's source line; unknown ids are listed by id, never dropped. */
export function sourceEntries(
  ids: readonly string[],
  lookup: (id: string) => Source | undefined,
  lang: Lang,
): string[] {
  return ids.map((id, i) => {
    const s = lookup(id);
    return `[${i + 1}] ${s ? sourceLabel(s, lang) : id}`;
  });
}
