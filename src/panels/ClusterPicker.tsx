/**
 * The cluster list: a search box and the two groups of the 2020 意见 (支柱 / 新兴, each in the source's
 * order), plus "全部集群" for the overview. Arrow keys move between the buttons; Enter in the search box
 * picks the first match; Escape clears the search.
 */
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { ClusterSummary } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import { groupClusters } from './clusterSearch.ts';
import { EmptyState } from './common/EmptyState.tsx';
import type { Lang } from './common/types.ts';
import { panelFormat, panelText } from './strings.ts';

export interface ClusterPickerProps {
  clusters: readonly ClusterSummary[];
  /** Listed (from the manifest's index) but not loaded yet: shown, not selectable. */
  pending?: ReadonlySet<string>;
  selectedId: string | null;
  lang: Lang;
  onSelect: (id: string | null) => void;
  /** A person reached for the list (pointer over it, focus in it) while some are still pending. */
  onWantPending?: () => void;
}

export function ClusterPicker({
  clusters,
  pending,
  selectedId,
  lang,
  onSelect,
  onWantPending,
}: ClusterPickerProps) {
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const searchId = useId();
  const groups = groupClusters(clusters, query);
  const first = groups.pillar[0] ?? groups.emerging[0];
  const count = groups.pillar.length + groups.emerging.length;

  // Roving focus over the buttons in reading order; the search box stays reachable with Tab.
  const onListKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(e.key)) return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = buttons.indexOf(e.currentTarget);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? buttons.length - 1
          : Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
    e.preventDefault();
  };

  const renderGroup = (kind: 'pillar' | 'emerging', items: ClusterSummary[]) =>
    items.length > 0 && (
      <div className="picker-group">
        <h3 id={`${searchId}-${kind}`} className="picker-group-title">
          {panelText(lang, `picker.${kind}`)} <span className="picker-count">({items.length})</span>
        </h3>
        <ul className="picker-list" aria-labelledby={`${searchId}-${kind}`}>
          {items.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="picker-item"
                aria-pressed={selectedId === c.id}
                // Focusable (arrow keys still walk the list) but inert until its file has arrived.
                aria-disabled={pending?.has(c.id) || undefined}
                data-cluster={c.id}
                onKeyDown={onListKey}
                onClick={() => {
                  if (!pending?.has(c.id)) onSelect(c.id);
                }}
              >
                <span className="picker-order">{c.order}</span> {nameIn(lang, c.name)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <nav
      className="cluster-picker"
      aria-label={panelText(lang, 'picker.title')}
      onPointerEnter={pending?.size ? onWantPending : undefined}
      onFocus={pending?.size ? onWantPending : undefined}
    >
      <label className="picker-search-label" htmlFor={searchId}>
        {panelText(lang, 'picker.search')}
      </label>
      <input
        id={searchId}
        className="picker-search"
        type="search"
        value={query}
        placeholder={panelText(lang, 'picker.placeholder')}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && first && !pending?.has(first.id)) onSelect(first.id);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <p className="picker-status" role="status">
        {query.trim() ? panelFormat(lang, 'picker.matches', { n: count }) : ''}
      </p>
      <div ref={listRef} className="picker-body">
        <button
          type="button"
          className="picker-item picker-all"
          aria-pressed={selectedId === null}
          onKeyDown={onListKey}
          onClick={() => onSelect(null)}
        >
          {panelText(lang, 'picker.all')}
        </button>
        {renderGroup('pillar', groups.pillar)}
        {renderGroup('emerging', groups.emerging)}
        {count === 0 && <EmptyState kind="search" lang={lang} />}
      </div>
    </nav>
  );
}
