/** 创新体系: labs, institutes, platforms, parks, universities and innovation centres. */
import { nameIn } from '../../i18n/index.ts';
import { chainNodeIdFor, chainNodeIds } from '../common/chainNode.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { RecordName } from '../common/RecordName.tsx';
import { SourceRefs } from '../common/SourceRefs.tsx';
import { TableScroll } from '../common/TableScroll.tsx';
import { joinList, panelText } from '../strings.ts';
import type { FiveOnesListProps } from './EnterprisesTable.tsx';

export function InnovationTable(props: FiveOnesListProps) {
  const { cluster, sources, cityName, nodeName, lang, selectedNodeId, onSelectNode } = props;
  const items = cluster.fiveOnes.innovation;
  if (items.length === 0) return <EmptyState kind="innovation" lang={lang} />;
  const nodeIds = chainNodeIds(cluster);
  return (
    <TableScroll label={panelText(lang, 'tab.innovation')}>
      <table className="panel-table innovation-table">
        <thead>
          <tr>
            <th scope="col">{panelText(lang, 'col.name')}</th>
            <th scope="col">{panelText(lang, 'col.kind')}</th>
            <th scope="col">{panelText(lang, 'col.cities')}</th>
            <th scope="col">{panelText(lang, 'col.segments')}</th>
            <th scope="col">{panelText(lang, 'col.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <RecordName
                  name={item.name}
                  lang={lang}
                  nodeId={chainNodeIdFor(nodeIds, item)}
                  selectedNodeId={selectedNodeId}
                  onSelectNode={onSelectNode}
                />
                {item.note && <span className="panel-note">{nameIn(lang, item.note)}</span>}
              </th>
              <td>{panelText(lang, `innovationKind.${item.kind}`)}</td>
              <td>{joinList(lang, item.cities.map(cityName))}</td>
              <td>{joinList(lang, item.segments.map(nodeName))}</td>
              <td>
                <SourceRefs ids={item.sources} sources={sources} lang={lang} verified={item.verified} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
