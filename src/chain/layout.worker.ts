/**
 * Module worker running the chain layout off the main thread (big or user-supplied graphs).
 * Protocol: one request in, one response out; the client terminates the worker to cancel.
 */
import { computeLayout, type LayoutGraph, type LayoutOptions, type LayoutResult } from './layout.ts';

export interface LayoutRequest {
  graph: LayoutGraph;
  options: LayoutOptions;
}
export type LayoutResponse = { ok: true; result: LayoutResult } | { ok: false; error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = (e) => {
  try {
    scope.postMessage({ ok: true, result: computeLayout(e.data.graph, e.data.options) });
  } catch (err) {
    scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
