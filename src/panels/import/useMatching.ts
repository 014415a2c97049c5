/**
 * Step 3's rows for the import wizard: the sheet read through the mapping and matched to the
 * cluster's chain (src/import/matchClient.ts: in the match worker for a long list, so the page never
 * freezes), with how far it is. Any change of sheet, mapping, file, cities or cluster, leaving step
 * 3, or closing the wizard (unmounting) aborts the run under way, and an aborted run never sets the
 * rows: a stale result cannot overwrite a newer one. The rows are the person's to edit afterwards.
 */
import { useEffect, useState } from 'react';
import type { Problem } from '../../data/problems.ts';
import { matchAuto } from '../../import/matchClient.ts';
import { matchRequest } from '../../import/matchRows.ts';
import type { CityRef } from '../../import/resolveCity.ts';
import type { ColumnMapping, MatchCluster, ReviewRow, SheetTable } from '../../import/types.ts';

/** Under way (sheet rows so far, of how many), done (with the mapping's problems), or stopped by a bug. */
export type Matching =
  | { kind: 'matching'; done: number; total: number }
  | { kind: 'done'; problems: Problem[] }
  | { kind: 'failed'; message: string };

export interface MatchingInput {
  sheet: SheetTable | null;
  mapping: ColumnMapping | null;
  file: string;
  cities: readonly CityRef[];
  cluster: MatchCluster | null;
  /** Step 3 is showing: only then is anything read. */
  active: boolean;
}

export function useMatching({ sheet, mapping, file, cities, cluster, active }: MatchingInput) {
  const [rows, setRows] = useState<ReviewRow[]>([]);
  const [matching, setMatching] = useState<Matching>({ kind: 'matching', done: 0, total: 0 });
  useEffect(() => {
    if (!sheet || !mapping || !active) return;
    setRows([]);
    if (!cluster) {
      setMatching({ kind: 'done', problems: [] });
      return;
    }
    const ctrl = new AbortController();
    setMatching({ kind: 'matching', done: 0, total: 0 });
    void matchAuto(matchRequest(sheet, mapping, file, cities, cluster), {
      signal: ctrl.signal,
      onProgress: (done, total) => {
        if (!ctrl.signal.aborted) setMatching({ kind: 'matching', done, total });
      },
    }).then((outcome) => {
      if (ctrl.signal.aborted || outcome.kind === 'cancelled') return;
      if (outcome.kind === 'failed') setMatching(outcome);
      else {
        setRows(outcome.rows);
        setMatching({ kind: 'done', problems: outcome.problems });
      }
    });
    return () => ctrl.abort();
  }, [sheet, mapping, file, cities, cluster, active]);
  return { rows, setRows, matching };
}
