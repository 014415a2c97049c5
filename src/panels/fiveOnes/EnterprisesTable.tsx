/**
 * 龙头企业和“隐形冠军”企业表: a tier filter and a table sortable by name, tier and city. A firm's name
 * selects it in the chain diagram when the diagram draws it. Long lists (a person's CSV may add tens
 * of thousands of firms) are shown a page at a time.
 */
import { useMemo, useState } from 'react';
import type { Cluster } from '../../data/schema.ts';
import { nameIn } from '../../i18n/index.ts';
import { EditorialBadge } from '../common/Badges.tsx';
import { chainNodeIdFor, chainNodeIds } from '../common/chainNode.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { Pager } from '../common/Pager.tsx';
import { RecordName } from '../common/RecordName.tsx';
import { SourceRefs } from '../common/SourceRefs.tsx';
import { TableScroll } from '../common/TableScroll.tsx';
import type { Lang, SourceLookup } from '../common/types.ts';
import { formatNumber, joinList, panelText } from '../strings.ts';
import { type SortKey, type SortState, sortEnterprises, TIERS, type TierFilter } from './enterpriseSort.ts';

export interface FiveOnesListProps {
  cluster: Cluster;
  sources: SourceLookup;
  cityName: (adcode: string) => string;
  nodeName: (id: string) => string;
  lang: Lang;
  selectedNodeId: string | null;
  onSelectNode: (id: string) => void;
}

/** Rows per page: enough to scroll through, few enough to draw at once. */
const PAGE_SIZE = 200;

const COLUMNS: { key: SortKey; label: 'col.firm' | 'col.tier' | 'col.cities' }[] = [
  { key: 'name', label: 'col.firm' },
  { key: 'tier', label: 'col.tier' },
  { key: 'city', label: 'col.cities' },
];

export function EnterprisesTable(props: FiveOnesListProps) {
  const { cluster, sources, cityName, nodeName, lang, selectedNodeId, onSelectNode } = props;
  const [filter, setFilter] = useState<TierFilter>('all');
  const [sort, setSort] = useState<SortState>({ key: 'tier', dir: 'asc' });
  const [page, setPage] = useState(0);
  const all = cluster.fiveOnes.enterprises;
  // Sorting waits for what changes the order, not for every render (a city click, a hover).
  const rows = useMemo(
    () => sortEnterprises(all, filter, sort, lang, cityName),
    [all, filter, sort, lang, cityName],
  );
  const counts = useMemo(() => {
    const n = new Map<TierFilter, number>([['all', all.length]]);
    for (const e of all) n.set(e.tier, (n.get(e.tier) ?? 0) + 1);
    return n;
  }, [all]);
  if (all.length === 0) return <EmptyState kind="enterprises" lang={lang} />;
  const nodeIds = chainNodeIds(cluster);
  const lastPage = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1);
  const shownPage = Math.min(page, lastPage);
  const pageRows = rows.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE);
  const toggle = (key: SortKey) => {
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
    setPage(0);
  };
  const filters: TierFilter[] = ['all', ...TIERS];
  const pager = rows.length > PAGE_SIZE && (
    <Pager lang={lang} page={shownPage} pageSize={PAGE_SIZE} total={rows.length} onPage={setPage} />
  );

  return (
    <div className="enterprises">
      <fieldset className="tier-filter">
        <legend>{panelText(lang, 'tier.filter')}</legend>
        {filters.map((t) => {
          const n = counts.get(t) ?? 0;
          return (
            <button
              key={t}
              type="button"
              aria-pressed={filter === t}
              data-tier={t}
              onClick={() => {
                setFilter(t);
                setPage(0);
              }}
            >
              {panelText(lang, `tier.${t}`)} <span className="count">({formatNumber(lang, n)})</span>
            </button>
          );
        })}
      </fieldset>
      {rows.length === 0 ? (
        <EmptyState kind="filter" lang={lang} />
      ) : (
        <>
          {pager}
          <TableScroll label={panelText(lang, 'tab.enterprises')}>
            <table className="panel-table enterprises-table">
              <thead>
                <tr>
                  {COLUMNS.map((c) => {
                    const active = sort.key === c.key;
                    return (
                      <th
                        key={c.key}
                        scope="col"
                        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                      >
                        <button
                          type="button"
                          className="sort-button"
                          data-sort={c.key}
                          onClick={() => toggle(c.key)}
                        >
                          {panelText(lang, c.label)}
                          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ''}</span>
                        </button>
                      </th>
                    );
                  })}
                  <th scope="col">{panelText(lang, 'col.segments')}</th>
                  <th scope="col">{panelText(lang, 'col.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {pageRows.map((e) => {
                  const nodeId = chainNodeIdFor(nodeIds, e);
                  return (
                    <tr
                      key={e.id}
                      className={nodeId && nodeId === selectedNodeId ? 'is-selected' : undefined}
                    >
                      <th scope="row">
                        <RecordName
                          name={e.name}
                          lang={lang}
                          nodeId={nodeId}
                          selectedNodeId={selectedNodeId}
                          onSelectNode={onSelectNode}
                        />
                      </th>
                      <td data-tier={e.tier}>{panelText(lang, `tier.${e.tier}`)}</td>
                      <td>{joinList(lang, e.cities.map(cityName))}</td>
                      <td>
                        {joinList(lang, e.segments.map(nodeName))}
                        {e.segmentsEditorial && e.segments.length > 0 && (
                          <>
                            {' '}
                            <EditorialBadge lang={lang} reason="segments" />
                          </>
                        )}
                      </td>
                      <td>
                        <SourceRefs ids={e.sources} sources={sources} lang={lang} verified={e.verified} />
                        {e.note && <span className="panel-note">{nameIn(lang, e.note)}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {pager}
        </>
      )}
    </div>
  );
}
