/** 政策工具包: the cluster's policy documents with 文号, issuers, date and plan version. */
import type { PolicyDoc } from '../../data/schema.ts';
import { nameIn } from '../../i18n/index.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { SourceRefs } from '../common/SourceRefs.tsx';
import { TableScroll } from '../common/TableScroll.tsx';
import type { Lang, SourceLookup } from '../common/types.ts';
import { joinList, panelText } from '../strings.ts';

export function PoliciesTable({
  policies,
  sources,
  lang,
}: {
  policies: readonly PolicyDoc[];
  sources: SourceLookup;
  lang: Lang;
}) {
  if (policies.length === 0) return <EmptyState kind="policies" lang={lang} />;
  return (
    <TableScroll label={panelText(lang, 'tab.policies')}>
      <table className="panel-table policies-table">
        <thead>
          <tr>
            <th scope="col">{panelText(lang, 'col.name')}</th>
            <th scope="col">{panelText(lang, 'col.docNo')}</th>
            <th scope="col">{panelText(lang, 'col.issuers')}</th>
            <th scope="col">{panelText(lang, 'col.date')}</th>
            <th scope="col">{panelText(lang, 'col.plan')}</th>
            <th scope="col">{panelText(lang, 'col.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {nameIn(lang, p.title)}
                {p.note && <span className="panel-note">{nameIn(lang, p.note)}</span>}
              </th>
              <td className="nowrap">{p.docNo}</td>
              <td>{joinList(lang, p.issuers)}</td>
              <td className="nowrap">{p.date}</td>
              <td>{p.planVersion ? panelText(lang, `plan.${p.planVersion}`) : ''}</td>
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
