/**
 * Positions for a chain graph: precomputed ones when the bundle ships them, otherwise the layout
 * (in a worker for big graphs). A newer graph cancels the previous run. When a graph grows (a
 * person's firms join the chain on screen), the nodes already drawn keep their places
 * (stableLayout.ts).
 */
import { useEffect, useRef, useState } from 'react';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import type { Positions } from './layout.ts';
import { requestLayout } from './layoutClient.ts';
import { carriedPositions } from './stableLayout.ts';

export interface ChainLayoutState {
  positions: Positions | null;
  pending: boolean;
  error: Error | null;
}

export function useChainLayout(
  graph: ChainViewGraph | null,
  precomputed?: Positions | null,
): ChainLayoutState {
  const [state, setState] = useState<ChainLayoutState & { graph: ChainViewGraph | null }>({
    graph: null,
    positions: null,
    pending: false,
    error: null,
  });
  const lastPositions = useRef<Positions | null>(null);
  lastPositions.current = state.positions ?? lastPositions.current;
  useEffect(() => {
    if (!graph) return;
    const carried = carriedPositions(lastPositions.current, graph);
    const known = precomputed && carried ? { ...carried, ...precomputed } : (precomputed ?? carried);
    const job = requestLayout(graph, known ? { positions: known } : {});
    let live = true;
    job.promise.then(
      (r) => live && setState({ graph, positions: r.positions, pending: false, error: null }),
      (e: unknown) => {
        if (!live || (e instanceof DOMException && e.name === 'AbortError')) return;
        setState({
          graph,
          positions: null,
          pending: false,
          error: e instanceof Error ? e : new Error(String(e)),
        });
      },
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [graph, precomputed]);
  // Positions of a previous graph are never shown for the current one.
  if (!graph) return { positions: null, pending: false, error: null };
  if (state.graph !== graph) return { positions: null, pending: true, error: null };
  return { positions: state.positions, pending: state.pending, error: state.error };
}
