/** "file › place: what is wrong — what to do", one line per problem, as plain text. */
import type { Problem } from '../../data/problems.ts';
import { localizeProblem } from '../../data/problemText.ts';
import type { DataPanelLang, DataPanelStrings } from './strings.ts';

/** A long list helps nobody; the first ones usually share one cause. */
const SHOWN = 100;

export function ProblemList({
  problems,
  t,
  lang,
}: {
  problems: readonly Problem[];
  t: DataPanelStrings;
  lang: DataPanelLang;
}) {
  return (
    <div className="data-problems" role="status" aria-live="polite">
      {problems.length > 0 && (
        <>
          <h3 className="data-problems__title">{t.problems(problems.length)}</h3>
          <ul>
            {problems.slice(0, SHOWN).map((p, i) => {
              // The loaders write English; the reader's language is chosen here, at the last moment.
              const shown = localizeProblem(p, lang);
              return (
                // Problems have no id and the same text may repeat; the list is replaced, never reordered.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={i} className="data-problem">
                  <span className="data-problem__place">
                    {p.file} › {shown.where || t.wholeFile}
                  </span>
                  {': '}
                  <span className="data-problem__message">{shown.message}</span>
                  {' — '}
                  <span className="data-problem__fix">{shown.fix}</span>
                </li>
              );
            })}
          </ul>
          {problems.length > SHOWN && (
            <p className="data-problems__more">{t.more(problems.length - SHOWN)}</p>
          )}
        </>
      )}
    </div>
  );
}
