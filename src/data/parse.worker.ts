/**
 * Module worker: parses one large file off the main thread and reports progress. The JSON depth
 * guard runs here before the parsed value is posted back, since structured cloning (postMessage)
 * of a deeply nested value overflows the stack. With `interpret`, JSON is also validated and
 * assembled here; the result's big arrays are posted in parts (transfer.ts) so that the page never
 * spends long deserializing one message. A `sheet` request (the import) is read as a workbook by
 * the spreadsheet reader, which is loaded here only when such a request comes.
 */
import {
  type AnyOutcome,
  failedWorkbook,
  parseNow,
  readSheetNow,
  requestBytes,
  unreadable,
  unreadableProblem,
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
  const finish = (outcome: AnyOutcome) => {
    if (inParts) for (const part of splitOutcome(outcome)) scope.postMessage(part satisfies WorkerMessage);
    scope.postMessage({ type: 'done', outcome } satisfies WorkerMessage);
  };
  // JSON and CSV finish within this task, as they always have; a workbook once its reader is loaded.
  const parse = (data: Uint8Array) => {
    if (format === 'sheet') void readSheetNow(data, name, onProgress).then(finish);
    else finish(parseNow({ format, name, bytes: data, interpret }, onProgress));
  };
  const failed = () =>
    finish(format === 'sheet' ? failedWorkbook(name, unreadableProblem(name)) : unreadable({ format, name }));
  if (bytes) parse(new Uint8Array(bytes));
  // An unread file is read here, off the page's thread.
  else void requestBytes(blob ? { blob } : {}).then((data) => (data ? parse(data) : failed()));
};
