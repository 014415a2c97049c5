/**
 * Step 3 of the import: each firm with the chain nodes the matcher suggests (score and the words
 * that matched), where it will be placed, and its review state; a filter by state, pages of 50 rows
 * so a 5,000-row list stays quick, and bulk rules ("all rows whose 主营产品 contains 光伏 → 太阳能制造").
 * Before it, while the rows are read and matched, how far that is (MatchProgress).
 */
import { useState } from 'react';
import type { Lang } from '../../i18n/index.ts';
import { nameIn } from '../../i18n/index.ts';
import type { ReviewRow, ReviewState } from '../../import/types.ts';
import { formatNumber } from '../strings.ts';
import { RuleForm, type RuleFormProps } from './RuleForm.tsx';
import { importText, stateLabel } from './strings.ts';

const PAGE = 50;
const STATES: readonly ReviewState[] = ['confirmed', 'uncertain', 'rejected'];

export interface ChainChoice {
  id: string;
  name: { zh: string; en: string };
}

export interface ReviewStepProps extends Omit<RuleFormProps, 'lang'> {
  rows: readonly ReviewRow[];
  nodes: readonly ChainChoice[];
  cityName(adcode: string): string;
  lang: Lang;
  onChosen(row: number, nodeId: string | null): void;
  onState(row: number, state: ReviewState): void;
}

export function ReviewStep(props: ReviewStepProps) {
  const { rows, nodes, lang } = props;
  const t = (k: Parameters<typeof importText>[1], v?: Record<string, string | number>) =>
    importText(lang, k, v);
  const [filter, setFilter] = useState<ReviewState | 'all'>('all');
  const [page, setPage] = useState(0);
  const nodeName = new Map(nodes.map((n) => [n.id, nameIn(lang, n.name)]));
  const shownRows = filter === 'all' ? rows : rows.filter((r) => r.state === filter);
  const pages = Math.max(1, Math.ceil(shownRows.length / PAGE));
  const at = Math.min(page, pages - 1);
  const slice = shownRows.slice(at * PAGE, at * PAGE + PAGE);
  return (
    <div className="import-step" data-testid="import-review">
      <RuleForm {...props} lang={lang} />
      <fieldset className="import-filter" aria-label={t('filter')}>
        {t('filter')}：
        {(['all', ...STATES] as const).map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            data-filter={f}
            onClick={() => {
              setFilter(f);
              setPage(0);
            }}
          >
            {f === 'all' ? t('all') : stateLabel(lang, f)} (
            {formatNumber(lang, f === 'all' ? rows.length : rows.filter((r) => r.state === f).length)})
          </button>
        ))}
      </fieldset>
      <div className="import-table-scroll">
        <table className="import-review" data-testid="import-review-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colCity')}</th>
              <th scope="col">{t('colSuggest')}</th>
              <th scope="col">{t('colChosen')}</th>
              <th scope="col">{t('colState')}</th>
            </tr>
          </thead>
          <tbody>
            {slice.map((r) => (
              <tr key={r.row} data-row={r.row} data-state={r.state}>
                <td>{r.row}</td>
                <th scope="row">{r.name}</th>
                <td title={r.cityFrom}>{r.city ? props.cityName(r.city) : t('noCity')}</td>
                <td className="import-suggest">
                  {r.suggestions.length
                    ? r.suggestions
                        .map(
                          (s) =>
                            `${nodeName.get(s.nodeId) ?? s.nodeId} ${s.score.toFixed(2)}${s.words.length ? `（${s.words.join('、')}）` : ''}`,
                        )
                        .join('；')
                    : t('noSuggestion')}
                </td>
                <td>
                  <select
                    aria-label={`${t('colChosen')}: ${r.name}`}
                    value={r.chosen[0] ?? ''}
                    onChange={(e) => props.onChosen(r.row, e.target.value || null)}
                  >
                    <option value="">{t('none')}</option>
                    {nodes.map((n) => (
                      <option key={n.id} value={n.id}>
                        {nameIn(lang, n.name)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="import-states">
                  {STATES.map((s) => (
                    <button
                      key={s}
                      type="button"
                      aria-pressed={r.state === s}
                      aria-label={`${stateLabel(lang, s)}: ${r.name}`}
                      data-set-state={s}
                      onClick={() => props.onState(r.row, s)}
                    >
                      {stateLabel(lang, s)}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <div className="import-pager">
          <button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>
            {t('prev')}
          </button>
          <span>{t('page', { p: at + 1, n: pages })}</span>
          <button type="button" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>
            {t('nextPage')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Step 3 under way: how many of the sheet's rows are read and matched, as text and as a bar. */
export function MatchProgress({ done, total, lang }: { done: number; total: number; lang: Lang }) {
  const label = importText(lang, 'matching', {
    done: formatNumber(lang, done),
    total: formatNumber(lang, total),
  });
  return (
    <p className="import-summary import-matching" role="status" data-testid="import-matching">
      {label} <progress value={done} max={Math.max(1, total)} aria-label={label} />
    </p>
  );
}
