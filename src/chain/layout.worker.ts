/**
 * Module worker running the chain layout off the main thread (big or user-supplied graphs).
 * Protocol: one packed request in, one packed response out (layoutWire.ts); the client terminates
 * the worker to cancel.
 */
import { computeLayout } from './layout.ts';
import { type PackedRequest, type PackedResponse, packResult, unpackRequest } from './layoutWire.ts';

export type LayoutRequest = PackedRequest;
export type LayoutResponse = PackedResponse;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  try {
    const { graph, options } = unpackRequest(e.data);
    const response = packResult(computeLayout(graph, options), graph);
    scope.postMessage(response, response.ok ? [response.xy.buffer] : []);
  } catch (err) {
    scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
