/**
 * Module worker: step 3 of the import for a long list, off the page's thread (matchRows.ts,
 * matchWorkerSide). The sheet's rows come in several messages after `start`; the firms go back a
 * slice at a time as they are matched, so the page reads them in many short tasks and can show how
 * far the matching is. The page stops a request it no longer wants by terminating the worker.
 */
import { type MatchWorkerMessage, type MatchWorkerRequest, matchWorkerSide } from './matchRows.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = matchWorkerSide((msg: MatchWorkerMessage) => scope.postMessage(msg));

scope.onmessage = (e: MessageEvent<MatchWorkerRequest>) => handle(e.data);
