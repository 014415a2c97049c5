/**
 * A department's own 企业名录 onto the chain: the shapes every step of the import shares.
 *
 *   bytes ─readWorkbook→ Workbook ─(person picks sheet, header row)→ SheetTable
 *         ─proposeMapping / person confirms→ ColumnMapping ─applyMapping→ MappedRow[]
 *         ─buildMatcher (matchNodes.ts), reviewRows→ ReviewRow[] ─person reviews, bulk rules→ ReviewRow[]
 *         ─toEnterpriseInput→ an ordinary user input: firms added to a cluster, each with its file,
 *           sheet and row as provenance.
 *
 * Pure types: no React, no renderer, so every step runs in Node tests and in the parse worker.
 */
import type { Problem } from '../data/problems.ts';
import type { LinkKind, NodeKind, Tier } from '../data/schema.ts';

/** One sheet as text cells. Merged cells carry the merged value in every cell they cover. */
export interface SheetTable {
  name: string;
  /** rows[r][c]: trimmed cell text, '' for an empty cell; every row has the same length. */
  rows: string[][];
}

export interface Workbook {
  file: string;
  kind: 'xlsx' | 'csv';
  sheets: SheetTable[];
  /** For a CSV: the encoding and delimiter that were detected. */
  encoding?: string;
  delimiter?: string;
  problems: Problem[];
}

/** What a column means to the import. */
export type FieldKey =
  | 'name'
  | 'city'
  | 'address'
  | 'credit-code'
  | 'text'
  | 'segment'
  | 'tier'
  | 'cluster'
  | 'ignore';

export const FIELD_KEYS: readonly FieldKey[] = [
  'name',
  'city',
  'address',
  'credit-code',
  'text',
  'segment',
  'tier',
  'cluster',
  'ignore',
];

/**
 * A confirmed mapping: which row holds the headers and what each column means. Saved as a small JSON
 * file (`mappingJson` / `parseMappingJson` in mapping.ts) and reused for the next export of the same
 * system, matched by header text, not by position.
 */
export interface ColumnMapping {
  version: 1;
  /** 0-based index of the header row in the sheet; rows above it are titles, skipped. */
  headerRow: number;
  columns: { header: string; field: FieldKey }[];
}

/** One data row read through a mapping. */
export interface MappedRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number;
  name: string;
  /** The 21-city adcode resolved from city / address / credit code columns, or null. */
  city: string | null;
  /** What the city was resolved from, e.g. "南山区 → 深圳市" or "统一社会信用代码 9144030…". */
  cityFrom: string;
  /** 行业 / 主营产品 / 经营范围 / 产业链环节 text, joined: what the matcher reads. */
  text: string;
  /** An explicit segment column's cell, when mapped. */
  segmentText: string;
  tier: Tier;
  /** The raw cells by header, for bulk rules ("主营产品 contains 光伏"). */
  cells: Record<string, string>;
}

export interface NodeSuggestion {
  nodeId: string;
  /** 0–1. */
  score: number;
  /** The words of the row that matched the node (its name, variants or description terms). */
  words: string[];
}

/**
 * What the matcher (matchNodes.ts) reads of a cluster: its names and its chain's nodes and links. A
 * Cluster is one; `matchCluster` (matchRows.ts) copies just this much, as plain data for a worker.
 */
export interface MatchCluster {
  name: { zh: string };
  nameVariants: readonly string[];
  chain: {
    nodes: readonly {
      id: string;
      kind: NodeKind;
      name: { zh: string; en: string };
      description?: { zh: string } | undefined;
    }[];
    links: readonly { source: string; target: string; kind: LinkKind }[];
  };
}

/** A cluster's matcher: the best few nodes for a row, best first. */
export interface Matcher {
  suggest(row: MappedRow, limit?: number): NodeSuggestion[];
}

export type ReviewState = 'confirmed' | 'uncertain' | 'rejected';

export interface ReviewRow extends MappedRow {
  suggestions: NodeSuggestion[];
  /** Node ids the firm is placed in (initially the best suggestion when its score is high enough). */
  chosen: string[];
  state: ReviewState;
}

/** "All rows whose 主营产品 contains 光伏 → 太阳能制造". `header` null: any mapped text column. */
export interface BulkRule {
  header: string | null;
  contains: string;
  nodeId: string;
  /** What the rule does to the rows it matches. */
  state: 'confirmed' | 'rejected';
}
