/**
 * The gap list as CSV for Excel: a UTF-8 byte-order mark (so Excel reads Chinese right), one row per
 * reason so each can be filtered, and every cell that a spreadsheet would read as a formula (starting
 * with = + - @, a tab or a carriage return) neutralised with a leading apostrophe — names in a
 * person's own file are not ours to trust.
 */
import Papa from 'papaparse';
import { type Lang, nameIn } from '../i18n/index.ts';
import { type GapEntry, gapTypeLabel } from './gaps.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const HEAD = {
  zh: [
    '排名',
    '集群',
    '环节',
    '类型',
    '阶段',
    '得分',
    '缺口类型',
    '权重',
    '原因',
    '依据记录',
    '来源',
    '可对接候选',
  ],
  en: [
    'rank',
    'cluster',
    'node',
    'kind',
    'stage',
    'score',
    'gap type',
    'weight',
    'reason',
    'evidence records',
    'sources',
    'candidates',
  ],
};

export interface GapsCsvOptions {
  clusterName: string;
  sourceTitle(id: string): string | undefined;
  candidateName?(id: string): string | undefined;
}

export function gapsCsv(entries: readonly GapEntry[], lang: Lang, opts: GapsCsvOptions): string {
  const sep = lang === 'en' ? '; ' : '；';
  const rows = entries.flatMap((e) =>
    e.reasons.map((r) => [
      String(e.rank),
      opts.clusterName,
      nameIn(lang, e.name),
      e.kind,
      e.stage ?? '',
      String(e.score),
      gapTypeLabel(lang, r.type),
      String(r.weight),
      nameIn(lang, r.text),
      r.evidence.ids.join(sep),
      r.evidence.sources.map((id) => opts.sourceTitle(id) ?? id).join(sep),
      e.candidates.map((id) => opts.candidateName?.(id) ?? id).join(sep),
    ]),
  );
  const data = [HEAD[lang], ...rows].map((row) => row.map(neutraliseCell));
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n' })}\r\n`;
}
