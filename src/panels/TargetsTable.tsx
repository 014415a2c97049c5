/**
 * Quantified targets, baselines and actual figures. Values that disagree for the same metric and year
 * are listed side by side, each with its own sources: the table never picks a winner.
 */
import type { Target } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import { EmptyState } from './common/EmptyState.tsx';
import { SourceRefs } from './common/SourceRefs.tsx';
import { TableScroll } from './common/TableScroll.tsx';
import type { Lang, SourceLookup } from './common/types.ts';
import { panelText } from './strings.ts';
import { sortTargets, targetValueText } from './targetValue.ts';

export interface TargetsTableProps {
  targets: readonly Target[];
  sources: SourceLookup;
  lang: Lang;
}

export function TargetsTable({ targets, sources, lang }: TargetsTableProps) {
  if (targets.length === 0) return <EmptyState kind="targets" lang={lang} />;
  const caption = panelText(lang, 'targets.caption');
  return (
    <TableScroll label={caption}>
      <table className="panel-table targets-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{panelText(lang, 'col.metric')}</th>
            <th scope="col">{panelText(lang, 'col.value')}</th>
            <th scope="col">{panelText(lang, 'col.unit')}</th>
            <th scope="col">{panelText(lang, 'col.year')}</th>
            <th scope="col">{panelText(lang, 'col.kind')}</th>
            <th scope="col">{panelText(lang, 'col.plan')}</th>
            <th scope="col">{panelText(lang, 'col.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {sortTargets(targets, lang).map((t) => (
            <tr key={t.id} data-kind={t.kind}>
              <th scope="row">
                {nameIn(lang, t.metric)}
                {t.note && <span className="panel-note">{nameIn(lang, t.note)}</span>}
              </th>
              <td className="num">{targetValueText(lang, t)}</td>
              <td>{t.unit}</td>
              <td className="num">{t.year}</td>
              <td>
                <span className={`target-kind target-kind-${t.kind}`}>
                  {panelText(lang, `targetKind.${t.kind}`)}
                </span>
              </td>
              <td>{t.planVersion ? panelText(lang, `plan.${t.planVersion}`) : ''}</td>
              <td>
                <SourceRefs ids={t.sources} sources={sources} lang={lang} verified={t.verified} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
