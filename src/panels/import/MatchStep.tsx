/**
 * Step 3 of the import: the target cluster, the matching's progress, the summary and problems of
 * the list read through the mapping, the review table (ReviewStep) and "keep in this browser".
 */
import type { Dataset } from '../../data/normalize.ts';
import type { Problem } from '../../data/problems.ts';
import { type Lang, nameIn } from '../../i18n/index.ts';
import { applyRule, counts, setChosen, setState } from '../../import/review.ts';
import type { ReviewRow } from '../../import/types.ts';
import { formatNumber } from '../strings.ts';
import { ProblemLine } from './ProblemLine.tsx';
import { type ChainChoice, MatchProgress, ReviewStep } from './ReviewStep.tsx';
import { importText } from './strings.ts';
import type { Matching } from './useMatching.ts';

export interface MatchStepProps {
  dataset: Dataset;
  clusterId: string;
  onCluster(id: string): void;
  matching: Matching;
  rows: ReviewRow[];
  onRows(rows: ReviewRow[]): void;
  problems: readonly Problem[];
  nodes: readonly ChainChoice[];
  headers: readonly string[];
  remember: boolean;
  onRemember(remember: boolean): void;
  lang: Lang;
}

export function MatchStep(props: MatchStepProps) {
  const { dataset, clusterId, matching, rows, problems, nodes, headers, remember, lang } = props;
  const t = (k: Parameters<typeof importText>[1], v?: Record<string, string | number>) =>
    importText(lang, k, v);
  const tally = counts(rows);
  return (
    <div className="import-step">
      <label className="import-field">
        {t('cluster')}{' '}
        <select
          value={clusterId}
          onChange={(e) => props.onCluster(e.target.value)}
          data-testid="import-cluster"
        >
          {[...dataset.clusters.values()].map((c) => (
            <option key={c.cluster.id} value={c.cluster.id}>
              {nameIn(lang, c.cluster.name)}
            </option>
          ))}
        </select>
      </label>
      {matching.kind === 'matching' && (
        <MatchProgress done={matching.done} total={matching.total} lang={lang} />
      )}
      {matching.kind === 'failed' && (
        <p role="alert" className="import-problems">
          {t('matchFailed', { message: matching.message })}
        </p>
      )}
      {matching.kind === 'done' && (
        <>
          <p className="import-summary" role="status" data-testid="import-summary">
            {t('rowsRead', { n: formatNumber(lang, rows.length) })} · {t('summary', tally)}
            {problems.length > 0 && ` · ${t('problems', { n: formatNumber(lang, problems.length) })}`}
          </p>
          {problems.length > 0 && (
            <details className="import-problems" data-testid="import-problems">
              <summary>{t('problems', { n: formatNumber(lang, problems.length) })}</summary>
              <ul>
                {problems.slice(0, 200).map((p) => (
                  <ProblemLine key={`${p.where}|${p.message}`} problem={p} lang={lang} />
                ))}
              </ul>
            </details>
          )}
          <ReviewStep
            rows={rows}
            nodes={nodes}
            headers={headers}
            lang={lang}
            cityName={(code) => {
              const c = dataset.cities.get(code);
              return c ? nameIn(lang, c.name) : code;
            }}
            onChosen={(row, nodeId) => props.onRows(setChosen(rows, row, nodeId ? [nodeId] : []))}
            onState={(row, state) => props.onRows(setState(rows, [row], state))}
            onRule={(rule) => {
              const r = applyRule(rows, rule);
              props.onRows(r.rows);
              return r.matched;
            }}
          />
        </>
      )}
      <label className="import-remember">
        <input type="checkbox" checked={remember} onChange={(e) => props.onRemember(e.target.checked)} />{' '}
        {t('remember')}
      </label>
    </div>
  );
}
