/**
 * The evidence line under a gap: the records and sources its reasons rest on, in words. A segment
 * that a person's 企业名录 fills with thousands of firms would otherwise list every one of them — a
 * 33,000-character paragraph that nobody reads and whose layout held the page's thread for 200 ms at
 * every resize (docs/performance.md). The screen names the first few and says how many there are;
 * the gap list's CSV keeps every record.
 */
import type { Lang } from '../../i18n/index.ts';
import { formatNumber } from '../strings.ts';
import { gapText } from './strings.ts';

/** Records named on screen before the rest are counted. */
export const EVIDENCE_NAMES = 10;

export interface EvidenceInput {
  records: readonly string[];
  sources: readonly string[];
  recordName(id: string): string | undefined;
  sourceTitle(id: string): string | undefined;
}

/** The line's text, or null when a gap has neither records nor sources to show. */
export function evidenceText(lang: Lang, input: EvidenceInput, max = EVIDENCE_NAMES): string | null {
  const { records, sources } = input;
  if (!records.length && !sources.length) return null;
  const en = lang === 'en';
  const sep = en ? '; ' : '；';
  const parts: string[] = [];
  if (records.length) {
    const named = records.slice(0, max).map((id) => input.recordName(id) ?? id);
    const more =
      records.length > max
        ? gapText(lang, 'recordsMore', {
            total: formatNumber(lang, records.length),
            rest: formatNumber(lang, records.length - max),
          })
        : '';
    parts.push(`${gapText(lang, 'records')} ${named.join(en ? ', ' : '、')}${more}`);
  }
  if (sources.length)
    parts.push(`${gapText(lang, 'sources')} ${sources.map((id) => input.sourceTitle(id) ?? id).join(sep)}`);
  return `${gapText(lang, 'evidence')}${en ? ': ' : '：'}${parts.join(sep)}`;
}
