/**
 * The ranked 补链 list beside the charts: each segment the gap analysis flags, its score, every
 * reason in words with the records and sources behind it, and the 对接 candidates that would fill it.
 * Picking an entry selects its node in every view; hovering or focusing previews it.
 */
import { useState } from 'react';
import type { Candidate } from '../../data/schema.ts';
import { type Lang, nameIn } from '../../i18n/index.ts';
import { type GapEntry, gapTypeLabel } from '../../model/gaps.ts';
import { NO_PREVIEW, type Preview } from '../../state/store.ts';
import { formatNumber } from '../strings.ts';
import { evidenceText } from './evidenceText.ts';
import { gapText } from './strings.ts';
import './gaps.css';

/** Enough to see the top of the list without pushing the charts off a laptop screen. */
const FIRST = 5;

export interface GapListProps {
  entries: readonly GapEntry[];
  candidates: ReadonlyMap<string, Candidate>;
  lang: Lang;
  selectedId: string | null;
  sourceTitle(id: string): string | undefined;
  /** A record's name (firm, target, roadmap item), so evidence reads as names, not ids. */
  recordName(id: string): string | undefined;
  onSelect(id: string | null): void;
  onPreview(preview: Preview): void;
  onCsv(): void;
}

export function GapList(props: GapListProps) {
  const { entries, lang, selectedId } = props;
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, FIRST);
  return (
    <section className="gap-list" aria-label={gapText(lang, 'title')} data-testid="gap-list">
      <header className="gap-list-head">
        <h3>
          {gapText(lang, 'title')}{' '}
          <span className="gap-list-meta">
            {gapText(lang, 'computed')} · {gapText(lang, 'count', { n: formatNumber(lang, entries.length) })}
          </span>
        </h3>
        <button
          type="button"
          onClick={props.onCsv}
          title={gapText(lang, 'csvTitle')}
          disabled={!entries.length}
        >
          {gapText(lang, 'csv')}
        </button>
      </header>
      {entries.length ? (
        <>
          <p className="gap-list-legend">{gapText(lang, 'legend')}</p>
          <ol className="gap-entries">
            {shown.map((e) => {
              const selected = e.nodeId === selectedId;
              const sources = [...new Set(e.reasons.flatMap((r) => r.evidence.sources))];
              const records = [...new Set(e.reasons.flatMap((r) => r.evidence.ids))].filter(
                (id) => id !== e.nodeId,
              );
              const evidence = evidenceText(lang, {
                records,
                sources,
                recordName: props.recordName,
                sourceTitle: props.sourceTitle,
              });
              return (
                <li key={e.nodeId} className={selected ? 'is-selected' : undefined} data-node={e.nodeId}>
                  <div className="gap-entry-head">
                    <span className="gap-rank">{formatNumber(lang, e.rank)}</span>
                    <button
                      type="button"
                      className="gap-name"
                      aria-pressed={selected}
                      onClick={() => props.onSelect(selected ? null : e.nodeId)}
                      onMouseEnter={() => props.onPreview({ node: e.nodeId, city: null })}
                      onFocus={() => props.onPreview({ node: e.nodeId, city: null })}
                      onMouseLeave={() => props.onPreview(NO_PREVIEW)}
                      onBlur={() => props.onPreview(NO_PREVIEW)}
                    >
                      {nameIn(lang, e.name)}
                    </button>
                    <span className="gap-score">
                      {gapText(lang, 'score')} {formatNumber(lang, e.score)}
                    </span>
                  </div>
                  <ul className="gap-reasons">
                    {e.reasons.map((r) => (
                      <li key={r.type}>
                        <span className={`gap-tag gap-tag-${r.type}`}>{gapTypeLabel(lang, r.type)}</span>{' '}
                        {nameIn(lang, r.text)}
                      </li>
                    ))}
                  </ul>
                  {evidence !== null && <p className="gap-evidence">{evidence}</p>}
                  {e.candidates.length > 0 && (
                    <p className="gap-candidates">
                      {gapText(lang, 'candidates')}
                      {lang === 'en' ? ': ' : '：'}
                      {e.candidates
                        .map((id) => {
                          const c = props.candidates.get(id);
                          return c ? nameIn(lang, c.name) : id;
                        })
                        .join(lang === 'en' ? ', ' : '、')}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          {entries.length > FIRST && (
            <button type="button" className="gap-more" aria-expanded={all} onClick={() => setAll(!all)}>
              {all
                ? gapText(lang, 'less')
                : gapText(lang, 'more', { n: formatNumber(lang, entries.length - FIRST) })}
            </button>
          )}
        </>
      ) : (
        <p className="gap-list-none">{gapText(lang, 'none')}</p>
      )}
    </section>
  );
}
