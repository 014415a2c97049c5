/** One import problem in the reader's language: where, what is wrong, what to do. */

import type { Problem } from '../../data/problems.ts';
import { localizeProblem } from '../../data/problemText.ts';
import type { Lang } from '../../i18n/index.ts';

export function ProblemLine({ problem, lang }: { problem: Problem; lang: Lang }) {
  const p = localizeProblem(problem, lang);
  const colon = lang === 'en' ? ': ' : '：';
  return (
    <li>
      {p.where ? `${p.where}${colon}` : ''}
      {p.message} — {p.fix}
    </li>
  );
}
