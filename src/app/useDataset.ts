/**
 * The dataset on screen: the bundled one (react-query), merged with whatever a person has loaded —
 * dropped or picked files, or a `?data=` address (another origin only after they confirm). A bad file
 * never replaces what is shown: its problems are listed and the last good dataset stays.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../data/normalize.ts';
import type { Problem } from '../data/problems.ts';
import { bundledDatasetQuery } from '../data/queries.ts';
import {
  classifyDataUrl,
  loadUserUrl,
  mergeUserInputs,
  readUserFiles,
  type UserLoad,
} from '../data/userData.ts';

export interface DatasetState {
  dataset: Dataset | null;
  loading: boolean;
  problems: Problem[];
  status: { source: 'bundled' | 'user'; files: string[] };
  progress: number | null;
  pendingUrl: { url: string; origin: string } | null;
  onFiles(files: File[]): void;
  onCancel(): void;
  onUseBundled(): void;
  onConfirmUrl(): void;
  onRejectUrl(): void;
}

const browserFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

export function useDataset(): DatasetState {
  const bundled = useQuery(bundledDatasetQuery(document.baseURI));
  const [user, setUser] = useState<UserLoad | null>(null);
  const [userProblems, setUserProblems] = useState<Problem[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [pendingUrl, setPendingUrl] = useState<{ url: string; origin: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const lastGood = useRef<Dataset | null>(null);

  const merged = useMemo(() => {
    const base = bundled.data?.dataset ?? null;
    if (!user || user.inputs.length === 0) return { dataset: base, problems: [] as Problem[] };
    return mergeUserInputs(base, user);
  }, [bundled.data, user]);
  const dataset = merged.dataset ?? lastGood.current ?? bundled.data?.dataset ?? null;
  if (merged.dataset) lastGood.current = merged.dataset;

  const run = useCallback(
    async (load: (signal: AbortSignal, onProgress: (f: number) => void) => Promise<UserLoad>) => {
      abortRef.current?.abort();
      const ctrl = new AbortController();
      abortRef.current = ctrl;
      setProgress(0);
      const result = await load(ctrl.signal, (f) => setProgress(f));
      if (abortRef.current === ctrl) abortRef.current = null;
      setProgress(null);
      setUserProblems(result.problems);
      if (result.inputs.length > 0)
        setUser((prev) => ({
          inputs: [...(prev?.inputs ?? []), ...result.inputs],
          problems: result.problems,
          cancelled: result.cancelled,
        }));
    },
    [],
  );

  // `?data=<address>`: same origin loads at once; another origin waits for the person's yes.
  useEffect(() => {
    const raw = new URLSearchParams(window.location.search).get('data');
    if (raw === null) return;
    const c = classifyDataUrl(raw, window.location.origin, window.location.href);
    if (c.kind === 'invalid') setUserProblems(c.problem ? [c.problem] : []);
    else if (c.kind === 'cross-origin') setPendingUrl({ url: c.url, origin: c.origin });
    else void run((signal) => loadUserUrl(c.url, { fetch: browserFetch, signal }));
  }, [run]);

  return {
    dataset,
    loading: bundled.isPending,
    problems: [...(bundled.data?.problems ?? []), ...merged.problems, ...userProblems].filter(
      (p, i, all) =>
        all.findIndex((q) => q.file === p.file && q.where === p.where && q.message === p.message) === i,
    ),
    status: {
      source: dataset?.origin.source === 'user' || (user?.inputs.length ?? 0) > 0 ? 'user' : 'bundled',
      files: user ? [...new Set(user.inputs.map((i) => i.file))] : [],
    },
    progress,
    pendingUrl,
    onFiles: (files) => void run((signal, onProgress) => readUserFiles(files, { signal, onProgress })),
    onCancel: () => abortRef.current?.abort(),
    onUseBundled: () => {
      abortRef.current?.abort();
      setUser(null);
      setUserProblems([]);
      lastGood.current = null;
    },
    onConfirmUrl: () => {
      const p = pendingUrl;
      setPendingUrl(null);
      if (p) void run((signal) => loadUserUrl(p.url, { fetch: browserFetch, signal }));
    },
    onRejectUrl: () => setPendingUrl(null),
  };
}
