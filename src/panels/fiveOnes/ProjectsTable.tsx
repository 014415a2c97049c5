/** 重点项目清单. Status and investment columns appear only when some project states them. */
import { nameIn } from '../../i18n/index.ts';
import { chainNodeIdFor, chainNodeIds } from '../common/chainNode.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { RecordName } from '../common/RecordName.tsx';
import { SourceRefs } from '../common/SourceRefs.tsx';
import { TableScroll } from '../common/TableScroll.tsx';
import { formatNumber, joinList, panelText } from '../strings.ts';
import type { FiveOnesListProps } from './EnterprisesTable.tsx';

export function ProjectsTable(props: FiveOnesListProps) {
  const { cluster, sources, cityName, nodeName, lang, selectedNodeId, onSelectNode } = props;
  const projects = cluster.fiveOnes.projects;
  if (projects.length === 0) return <EmptyState kind="projects" lang={lang} />;
  const nodeIds = chainNodeIds(cluster);
  // 'unknown' is the schema default, i.e. the source says nothing: not worth a column of 未知.
  const hasStatus = projects.some((p) => p.status !== 'unknown');
  const hasInvestment = projects.some((p) => p.investment);
  return (
    <TableScroll label={panelText(lang, 'tab.projects')}>
      <table className="panel-table projects-table">
        <thead>
          <tr>
            <th scope="col">{panelText(lang, 'col.name')}</th>
            <th scope="col">{panelText(lang, 'col.cities')}</th>
            {hasStatus && <th scope="col">{panelText(lang, 'col.status')}</th>}
            {hasInvestment && <th scope="col">{panelText(lang, 'col.investment')}</th>}
            <th scope="col">{panelText(lang, 'col.segments')}</th>
            <th scope="col">{panelText(lang, 'col.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <RecordName
                  name={p.name}
                  lang={lang}
                  nodeId={chainNodeIdFor(nodeIds, p)}
                  selectedNodeId={selectedNodeId}
                  onSelectNode={onSelectNode}
                />
                {p.note && <span className="panel-note">{nameIn(lang, p.note)}</span>}
              </th>
              <td>{joinList(lang, p.cities.map(cityName))}</td>
              {hasStatus && <td>{p.status !== 'unknown' && panelText(lang, `projectStatus.${p.status}`)}</td>}
              {hasInvestment && (
                <td>
                  {p.investment && (
                    <>
                      <span className="num">{formatNumber(lang, p.investment.value)}</span>{' '}
                      {p.investment.unit}{' '}
                      <SourceRefs
                        ids={p.investment.sources}
                        sources={sources}
                        lang={lang}
                        verified={p.investment.verified}
                      />
                    </>
                  )}
                </td>
              )}
              <td>{joinList(lang, p.segments.map(nodeName))}</td>
              <td>
                <SourceRefs ids={p.sources} sources={sources} lang={lang} verified={p.verified} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
