/**
 * Search box for chain nodes: an ARIA 1.2 combobox with a listbox of matches (zh or en name).
 * Arrow keys move through the matches, Enter picks one (the caller flies to it and selects it),
 * Escape closes the list, then clears the box.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import { searchNodes, warmSearch } from './search.ts';
import { chainStrings, type Lang } from './strings.ts';

export interface ChainSearchProps {
  graph: ChainViewGraph;
  lang: Lang;
  onPick(id: string): void;
  limit?: number;
}

export function ChainSearch({ graph, lang, onPick, limit = 12 }: ChainSearchProps) {
  const s = chainStrings(lang);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => warmSearch(graph, lang), [graph, lang]);
  const hits = useMemo(() => searchNodes(graph, query, lang, limit), [graph, query, lang, limit]);
  const expanded = open && query.trim() !== '';
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setQuery(hit.node.name[lang]);
    setOpen(false);
    onPick(hit.node.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const n = hits.length;
      if (n) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a - 1 + n) % n));
    } else if (e.key === 'Enter') {
      if (!expanded || hits.length === 0) return;
      e.preventDefault();
      pick(Math.min(active, hits.length - 1));
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="chain-search">
      <input
        type="search"
        role="combobox"
        spellCheck={false}
        autoComplete="off"
        aria-label={s.searchLabel}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        placeholder={s.searchPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <div id={listId} role="listbox" aria-label={s.searchLabel} hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <div
            role="option"
            tabIndex={-1}
            aria-disabled="true"
            aria-selected={false}
            className="chain-search-empty"
          >
            {s.noMatches}
          </div>
        )}
        {expanded &&
          hits.map((h, i) => (
            <div
              key={h.node.id}
              id={optionId(i)}
              role="option"
              // options are never focused themselves: the input keeps focus (aria-activedescendant)
              tabIndex={-1}
              aria-selected={i === active}
              // mousedown, not click: it must win before the input's blur closes the list
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="chain-search-name">{h.label}</span>{' '}
              <span className="chain-search-kind">{s.kind[h.node.kind]}</span>
            </div>
          ))}
      </div>
    </div>
  );
}
