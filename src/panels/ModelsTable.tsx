/** Chain-leader systems elsewhere (place, date, name, elements), oldest first, each with its sources. */
import type { ChainModel } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import { SourceRefs } from './common/SourceRefs.tsx';
import type { Lang, SourceLookup } from './common/types.ts';
import { joinList, panelFormat, panelText } from './strings.ts';

export function ModelsTable({
  models,
  sources,
  lang,
}: {
  models: readonly ChainModel[];
  sources: SourceLookup;
  lang: Lang;
}) {
  // ISO dates of mixed precision (YYYY, YYYY-MM, YYYY-MM-DD) sort correctly as strings.
  const rows = models.slice().sort((a, b) => a.date.localeCompare(b.date));
  return (
    <table className="panel-table models-table">
      <thead>
        <tr>
          <th scope="col">{panelText(lang, 'col.place')}</th>
          <th scope="col">{panelText(lang, 'col.date')}</th>
          <th scope="col">{panelText(lang, 'col.name')}</th>
          <th scope="col">{panelText(lang, 'col.elements')}</th>
          <th scope="col">{panelText(lang, 'col.sources')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const counts = [
            m.chains !== undefined && panelFormat(lang, 'ov.chains', { n: m.chains }),
            m.leaders !== undefined && panelFormat(lang, 'ov.leaders', { n: m.leaders }),
          ].filter((c): c is string => typeof c === 'string');
          return (
            <tr key={m.id}>
              <th scope="row">
                {nameIn(lang, m.place)}{' '}
                <span className="muted">{panelText(lang, `modelLevel.${m.level}`)}</span>
              </th>
              <td className="nowrap">{m.date}</td>
              <td>
                {nameIn(lang, m.name)}
                {counts.length > 0 && <span className="panel-note">{joinList(lang, counts)}</span>}
              </td>
              <td>
                {joinList(
                  lang,
                  m.elements.map((e) => nameIn(lang, e)),
                )}
              </td>
              <td>
                <SourceRefs ids={m.sources} sources={sources} lang={lang} verified={m.verified} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
