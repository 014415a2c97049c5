/**
 * Module worker: parses one large file off the main thread and reports progress. The JSON depth
 * guard runs here before the parsed value is posted back, since structured cloning (postMessage)
 * of a deeply nested value overflows the stack. With `interpret`, JSON is also validated and
 * assembled here; the result's big arrays are posted in parts (transfer.ts) so that the page never
 * spends long deserializing one message.
 */
import {
  type ParseOutcome,
  parseNow,
  requestBytes,
  unreadable,
  type WorkerMessage,
  type WorkerRequest,
} from './parseBytes.ts';
import { splitOutcome } from './transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { format, name, bytes, blob, interpret, inParts } = e.data;
  let last = 0;
  const onProgress = (fraction: number) => {
    // About a hundred messages per file at most.
    if (fraction - last < 0.01 && fraction < 1) return;
    last = fraction;
    scope.postMessage({ type: 'progress', fraction } satisfies WorkerMessage);
  };
  const finish = (outcome: ParseOutcome) => {
    if (inParts) for (const part of splitOutcome(outcome)) scope.postMessage(part satisfies WorkerMessage);
    scope.postMessage({ type: 'done', outcome } satisfies WorkerMessage);
  };
  const parse = (data: Uint8Array) => parseNow({ format, name, bytes: data, interpret }, onProgress);
  if (bytes) finish(parse(new Uint8Array(bytes)));
  // An unread file is read here, off the page's thread.
  else
    void requestBytes({ format, name, ...(blob ? { blob } : {}) }).then((data) =>
      finish(data ? parse(data) : unreadable({ format, name })),
    );
};
