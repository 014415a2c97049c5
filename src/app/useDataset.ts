/**
 * The dataset on screen: the bundled one (react-query), merged with whatever a person has loaded —
 * dropped or picked files, or a `?data=` address (another origin only after they confirm). A bad file
 * never replaces what is shown: its problems are listed and the last good dataset stays.
 *
 * Merging runs a slice at a time (mergeUserInputsInSlices), never during a render: turning a
 * 500,000-row CSV into firms takes seconds, which in one task would freeze the page. The progress bar
 * covers reading and merging; cancel stops either, and then nothing of that load is shown.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { cancelledProblem } from '../data/fetchBytes.ts';
import type { Dataset } from '../data/normalize.ts';
import { type Problem, problem, uniqueProblems } from '../data/problems.ts';
import { browserFetch, bundledDatasetQuery, bundledFirstQuery } from '../data/queries.ts';
import { forgetImport, loadSavedImport, saveImport } from '../data/savedImport.ts';
import { runInSlices, type Steps } from '../data/slices.ts';
import {
  classifyDataUrl,
  loadUserUrl,
  mergeUserInputsInSlices,
  readUserFiles,
  type UserInput,
  type UserLoad,
} from '../data/userData.ts';
import { useBundledBoundaries } from './boundariesQuery.ts';
import { linkedCluster as linkedClusterOfPage } from './config.ts';
import { useRestOfDataAllowed } from './restOfData.ts';

export interface DatasetState {
  dataset: Dataset | null;
  loading: boolean;
  /** Only what the page shows first is in (a deep link's cluster, the start page's shared files); the clusters' files are still coming. */
  moreComing: boolean;
  problems: Problem[];
  status: { source: 'bundled' | 'user'; files: string[] };
  progress: number | null;
  phase: 'reading' | 'merging' | null;
  pendingUrl: { url: string; origin: string } | null;
  onFiles(files: File[]): void;
  onCancel(): void;
  onUseBundled(): void;
  onConfirmUrl(): void;
  onRejectUrl(): void;
  /** Firms reviewed in the import wizard join the dataset; `remember` keeps them in this browser. */
  onImported(input: Extract<UserInput, { kind: 'enterprises' }>, remember: boolean): void;
  /** A saved import is kept in this browser (shown with a "forget" button). */
  savedImport: { file: string; savedAt: string } | null;
  onForgetImport(): void;
}

/** What is shown: a person's inputs merged into the dataset they were merged into. */
interface Shown {
  base: Dataset | null;
  user: UserLoad;
  dataset: Dataset | null;
  problems: Problem[];
}

/** Share of the progress bar for reading; merging fills the rest. */
const READ_SHARE = 0.7;

type Loader = (signal: AbortSignal, onProgress: (f: number) => void) => Promise<UserLoad>;

type Prepare = (dataset: Dataset) => Steps<void>;

/**
 * Merges a person's inputs into `into`, then runs `prepare` on the result a slice at a time; null
 * if `signal` aborts meanwhile.
 */
async function mergeAndPrepare(
  into: Dataset | null,
  user: UserLoad,
  prepare: Prepare | undefined,
  opts: { signal: AbortSignal; onProgress?: (f: number) => void },
) {
  const merged = await mergeUserInputsInSlices(into, user, opts);
  const steps = merged?.dataset && prepare?.(merged.dataset);
  // The render that shows the dataset in a task of its own, apart from the last step's.
  if (steps && !(await runInSlices(steps, { signal: opts.signal, endApart: true })).ok) return null;
  return merged;
}

export interface DatasetOptions {
  /**
   * The layout shows the map, so the clusters' files that a deep link or the start page does not
   * show first wait for it to load (or for a person to reach for them, or MAP_WAIT_MS) before they
   * are fetched and checked.
   */
  withMap?: boolean;
  /**
   * What the first render of a merged dataset would work out, run a slice at a time before it is
   * shown (prepareClusterViews); a cancel meanwhile cancels the load.
   */
  prepare?: Prepare;
}

export function useDataset({ withMap = true, prepare }: DatasetOptions = {}): DatasetState {
  // A deep link (?c=…) first loads its own cluster alone, and the start page (with its map) the
  // shared files alone, its map and matrix drawn from the manifest's index; the clusters' files
  // follow once that is shown, so they do not share the link with it…
  const [linkedCluster] = useState(linkedClusterOfPage);
  const staged = linkedCluster !== null || withMap;
  const first = useQuery(bundledFirstQuery(document.baseURI, linkedCluster, staged));
  // …and once the map's boundaries are in: on a slow link they would otherwise share it too…
  const geo = useBundledBoundaries();
  const firstIn = first.isFetched && !geo.isPending;
  // …and once the map has loaded: checking their files on the page's thread held it back. A first
  // load that gave nothing to show holds nothing back.
  const firstEmpty = first.isFetched && !first.data?.dataset;
  const restAllowed = useRestOfDataAllowed(staged && withMap && !firstEmpty, firstIn);
  const bundled = useQuery({
    ...bundledDatasetQuery(document.baseURI, !staged),
    enabled: !staged || (firstIn && restAllowed),
  });
  const base = bundled.data?.dataset ?? first.data?.dataset ?? null;
  const [shown, setShown] = useState<Shown | null>(null);
  const [userProblems, setUserProblems] = useState<Problem[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const phase = progress === null ? null : progress < READ_SHARE ? 'reading' : 'merging';
  const [pendingUrl, setPendingUrl] = useState<{ url: string; origin: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  // The latest values, for a load that started before they changed.
  const baseRef = useRef(base);
  baseRef.current = base;
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const prepareRef = useRef(prepare);
  prepareRef.current = prepare;

  const run = useCallback(async (load: Loader, label: string) => {
    abortRef.current?.abort();
    const ctrl = new AbortController();
    abortRef.current = ctrl;
    setProgress(0);
    /** Reads, then merges into what is shown; returns the problems to list. */
    const readAndMerge = async (): Promise<Problem[]> => {
      const result = await load(ctrl.signal, (f) => setProgress(f * READ_SHARE));
      let problems = result.problems;
      if (result.inputs.length > 0) {
        const user: UserLoad = {
          inputs: [...(shownRef.current?.user.inputs ?? []), ...result.inputs],
          problems: result.problems,
          cancelled: false,
        };
        const into = baseRef.current;
        const merged = result.cancelled
          ? null
          : await mergeAndPrepare(into, user, prepareRef.current, {
              signal: ctrl.signal,
              onProgress: (f) => setProgress(READ_SHARE + f * (1 - READ_SHARE)),
            });
        if (merged) {
          shownRef.current = { base: into, user, ...merged };
          setShown(shownRef.current);
        } else {
          // Cancelled: the files read before the cancel are not shown either; say so for each.
          const dropped = result.inputs.map((i) => cancelledProblem(i.file));
          problems = uniqueProblems([...problems, ...dropped]);
        }
      }
      return problems;
    };
    let problems: Problem[];
    try {
      problems = await readAndMerge();
    } catch {
      // The loaders and the merge report problems instead of throwing; should one throw anyway, the
      // person still gets a message, the bar still goes, and what is shown stays.
      problems = [
        problem(
          label,
          '',
          'the file could not be added: an unexpected error stopped the merge',
          'reload the page and try again; if it persists, the file may be too complex',
        ),
      ];
    }
    if (abortRef.current === ctrl) {
      abortRef.current = null;
      setProgress(null);
    }
    // A load replaced by a newer one ("back to bundled data", another file) reports nothing.
    if (abortRef.current === null || abortRef.current === ctrl) setUserProblems(problems);
  }, []);

  // The bundled data arrived (or changed) after a person's data was merged into the earlier one.
  useEffect(() => {
    if (!shown || shown.base === base) return;
    const ctrl = new AbortController();
    void mergeAndPrepare(base, shown.user, prepareRef.current, { signal: ctrl.signal })
      .then((merged) => {
        if (merged) setShown({ base, user: shown.user, ...merged });
      })
      .catch(() => undefined); // what is shown stays; the person's inputs were merged once already
    return () => ctrl.abort();
  }, [base, shown]);

  // A saved import comes back once the bundled data it joins is there.
  const [savedImport, setSavedImport] = useState<{ file: string; savedAt: string } | null>(null);
  const restoredRef = useRef(false);
  useEffect(() => {
    if (!base || restoredRef.current) return;
    restoredRef.current = true;
    const saved = loadSavedImport();
    if (!saved) return;
    setSavedImport({ file: saved.file, savedAt: saved.savedAt });
    const { savedAt: _at, ...input } = saved;
    void run(async () => ({ inputs: [input], problems: [], cancelled: false }), saved.file);
  }, [base, run]);

  // `?data=<address>`: same origin loads at once; another origin waits for the person's yes.
  useEffect(() => {
    const raw = new URLSearchParams(window.location.search).get('data');
    if (raw === null) return;
    const c = classifyDataUrl(raw, window.location.origin, window.location.href);
    if (c.kind === 'invalid') setUserProblems(c.problem ? [c.problem] : []);
    else if (c.kind === 'cross-origin') setPendingUrl({ url: c.url, origin: c.origin });
    else
      void run(
        (signal, onProgress) => loadUserUrl(c.url, { fetch: browserFetch, signal, onProgress }),
        c.url,
      );
  }, [run]);

  const showBundled = () => {
    abortRef.current?.abort();
    abortRef.current = null;
    setProgress(null);
    shownRef.current = null;
    setShown(null);
    setUserProblems([]);
  };

  // A merge yields no dataset only when there is nothing to merge into yet: then the bundled one.
  const dataset = shown?.dataset ?? base;
  const user = shown?.user ?? null;

  return {
    dataset,
    loading: !bundled.data && !first.data?.dataset && (bundled.isPending || first.isPending),
    moreComing: !bundled.data && !!first.data?.dataset && !bundled.isError,
    problems: uniqueProblems([
      ...(bundled.data?.problems ?? []),
      ...(shown?.problems ?? []),
      ...userProblems,
    ]),
    status: {
      source: dataset?.origin.source === 'user' || (user?.inputs.length ?? 0) > 0 ? 'user' : 'bundled',
      files: user ? [...new Set(user.inputs.map((i) => i.file))] : [],
    },
    progress,
    phase,
    pendingUrl,
    onFiles: (files) =>
      void run(
        (signal, onProgress) => readUserFiles(files, { signal, onProgress }),
        files.map((f) => f.name).join(', '),
      ),
    onCancel: () => abortRef.current?.abort(),
    onUseBundled: showBundled,
    onConfirmUrl: () => {
      const p = pendingUrl;
      setPendingUrl(null);
      if (p)
        void run(
          (signal, onProgress) => loadUserUrl(p.url, { fetch: browserFetch, signal, onProgress }),
          p.url,
        );
    },
    onRejectUrl: () => setPendingUrl(null),
    onImported: (input, remember) => {
      if (remember && saveImport(input))
        setSavedImport({ file: input.file, savedAt: new Date().toISOString() });
      void run(async () => ({ inputs: [input], problems: [], cancelled: false }), input.file);
    },
    savedImport,
    // Forgetting also takes the firms off the screen: nothing of the list is left behind.
    onForgetImport: () => {
      forgetImport();
      setSavedImport(null);
      showBundled();
    },
  };
}
