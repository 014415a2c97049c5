/**
 * The columns of an enterprise CSV: their accepted header names (English or Chinese), the words
 * accepted for tiers and yes/no, and the header → column-index resolution. Header text is only ever
 * a Map key, so a `__proto__` or `constructor` column is just an unknown column.
 */
import { type Problem, problem } from './problems.ts';
import type { Tier } from './schema.ts';

export type ColumnKey =
  | 'name'
  | 'city'
  | 'cluster'
  | 'segment'
  | 'tier'
  | 'source'
  | 'name_en'
  | 'source_url'
  | 'verified';

/** Accepted header names per column; the first one is the canonical English name. */
export const CSV_COLUMNS: readonly { key: ColumnKey; required: boolean; names: readonly string[] }[] = [
  { key: 'name', required: true, names: ['name', '企业名称', '企业', '名称'] },
  { key: 'city', required: true, names: ['city', '城市', '所在城市'] },
  { key: 'cluster', required: true, names: ['cluster', '集群', '产业集群'] },
  { key: 'segment', required: true, names: ['segment', '环节', '产业链环节'] },
  { key: 'tier', required: true, names: ['tier', '梯队', '企业梯队'] },
  { key: 'source', required: true, names: ['source', '来源'] },
  { key: 'name_en', required: false, names: ['name_en', '英文名称', '英文名'] },
  { key: 'source_url', required: false, names: ['source_url', '来源链接', '来源网址'] },
  { key: 'verified', required: false, names: ['verified', '已核实', '是否核实'] },
];

export const TIERS = new Map<string, Tier>([
  ['chain-leader', 'chain-leader'],
  ['chain leader', 'chain-leader'],
  ['链主', 'chain-leader'],
  ['链主企业', 'chain-leader'],
  ['leading', 'leading'],
  ['龙头', 'leading'],
  ['龙头企业', 'leading'],
  ['hidden-champion', 'hidden-champion'],
  ['hidden champion', 'hidden-champion'],
  ['隐形冠军', 'hidden-champion'],
  ['specialized', 'specialized'],
  ['专精特新', 'specialized'],
  ['专精特新小巨人', 'specialized'],
  ['other', 'other'],
  ['其他', 'other'],
  ['其它', 'other'],
]);

/** Words accepted in the `verified` column. */
export const YES = new Set(['true', 'yes', 'y', '1', '是', '已核实']);
export const NO = new Set(['false', 'no', 'n', '0', '否', '未核实']);
/** Several cities or segments in one cell are separated by any of these. */
export const LIST_SEPARATOR = /[;；、|]/;
/** 绿色石化产业集群 and 绿色石化 name the same cluster. */
export const CLUSTER_SUFFIX = /(战略性)?(支柱|新兴)?(产业)?集群$/;

const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Resolves the header to column indexes, or explains why the file is not an enterprise list. */
export function columnsOf(
  header: readonly string[],
  file: string,
  problems: Problem[],
): Map<ColumnKey, number> | null {
  const byName = new Map<string, ColumnKey>();
  for (const col of CSV_COLUMNS) for (const n of col.names) byName.set(headerKey(n), col.key);
  const index = new Map<ColumnKey, number>();
  header.forEach((h, i) => {
    const key = byName.get(headerKey(h));
    if (!key) {
      problems.push(
        problem(
          file,
          `row 1, column ${i + 1} "${h}"`,
          `column "${h}" is not one we read; it was ignored`,
          'rename it to one of the columns listed in data/README.md, or remove it',
        ),
      );
    } else if (index.has(key)) {
      problems.push(
        problem(
          file,
          `row 1, column ${i + 1} "${h}"`,
          `column "${h}" appears twice`,
          'keep one of the two columns',
        ),
      );
    } else index.set(key, i);
  });
  const missing = CSV_COLUMNS.filter((c) => c.required && !index.has(c.key));
  if (missing.length === 0) return index;
  problems.push(
    problem(
      file,
      'row 1',
      `missing column${missing.length > 1 ? 's' : ''}: ${missing.map((c) => `${c.names[0]} (${c.names[1]})`).join(', ')}`,
      'the first row must name the columns: name, city, cluster, segment, tier, source (or 企业名称, 城市, 集群, 环节, 梯队, 来源)',
    ),
  );
  return null;
}
