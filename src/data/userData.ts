/**
 * A person's own data: files dropped or picked in the data panel, or a `?data=` address. Each file
 * is read on its own (a bad file never stops the others) into a `UserInput`:
 *  - a single-file dataset (BundleFile), which replaces the bundled dataset;
 *  - a cluster file (ClusterFile), added to the dataset or replacing the cluster with its id;
 *  - a CSV of enterprises, whose rows are added to the clusters they name.
 * `mergeUserInputs` (mergeUser.ts) then builds the Dataset, marking everything that came from a user
 * file with the file's name.
 */
import { cancelledProblem, fetchBytes, tooBigProblem } from './fetchBytes.ts';
import { deepFreezeInSlices } from './freeze.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { fileLabel, type LoadOptions } from './load.ts';
import { formatOf, type ParseOutcome, type ParseRequest } from './parseBytes.ts';
import { type ParseRunner, parseAuto } from './parseClient.ts';
import type { Problem } from './problems.ts';
import { inputFromJson, type UserInput } from './userInput.ts';

export { type ClassifiedDataUrl, classifyDataUrl, type DataUrlKind } from './dataUrl.ts';
export { type Merged, mergeUserInputs, mergeUserInputsInSlices } from './mergeUser.ts';
export { inputFromJson, type UserInput } from './userInput.ts';

export interface UserLoad {
  inputs: UserInput[];
  problems: Problem[];
  /** The person cancelled; `inputs` holds what was read before that. */
  cancelled: boolean;
}

/**
 * Freezes what an input brings into the dataset a slice at a time, so that merging it later
 * (normalize) finds it frozen and costs the page nothing. False when cancelled meanwhile.
 */
function freezeInput(input: UserInput, signal?: AbortSignal): Promise<boolean> {
  if (input.kind === 'dataset') return deepFreezeInSlices(input.raw, signal);
  if (input.kind === 'cluster') return deepFreezeInSlices([input.cluster, input.sources], signal);
  if (input.kind === 'enterprises') return deepFreezeInSlices([input.additions, input.sources], signal);
  return Promise.resolve(true);
}

export interface ReadFilesOptions {
  signal?: AbortSignal;
  /** Overall fraction done, 0–1, across all files. */
  onProgress?: (fraction: number) => void;
  runner?: ParseRunner;
}

/** A parse outcome → the input it stands for; a manifest given by address fetches what it lists. */
async function inputOfOutcome(
  outcome: Exclude<ParseOutcome, { format: 'cancelled' }>,
  name: string,
  manifest?: { url: string; opts: LoadOptions },
): Promise<{ input: UserInput | null; problems: Problem[] }> {
  if (outcome.format === 'input') return outcome;
  if (!outcome.result.ok) return { input: null, problems: outcome.result.problems };
  if (outcome.format === 'csv')
    return {
      input: { kind: 'csv', file: name, table: outcome.result.value.table },
      problems: outcome.result.value.table.problems,
    };
  return inputFromJson(outcome.result.value, name, manifest);
}

/**
 * Parses one file's content (where `run` puts it: a worker for large ones), turns it into an input
 * and freezes that in slices. Adds to `out`; false when cancelled.
 */
async function readOne(
  req: ParseRequest,
  out: UserLoad,
  opts: { run: ParseRunner; signal?: AbortSignal; onProgress: (f: number) => void },
  manifest?: { url: string; opts: LoadOptions },
): Promise<boolean> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  const outcome = await opts.run(req, { onProgress: opts.onProgress, ...signal });
  const found = outcome.format === 'cancelled' ? null : await inputOfOutcome(outcome, req.name, manifest);
  if (!found || (found.input && !(await freezeInput(found.input, opts.signal)))) {
    out.cancelled = true;
    out.problems.push(cancelledProblem(req.name));
    return false;
  }
  if (found.input) out.inputs.push(found.input);
  out.problems.push(...found.problems);
  return true;
}

/** Reads dropped or picked files one after another. Never throws. */
export async function readUserFiles(files: readonly File[], opts: ReadFilesOptions = {}): Promise<UserLoad> {
  const run = opts.runner ?? parseAuto;
  const out: UserLoad = { inputs: [], problems: [], cancelled: false };
  const total = files.reduce((n, f) => n + Math.max(1, f.size), 0);
  let before = 0;
  for (const file of files) {
    const name = file.name || 'file';
    const share = Math.max(1, file.size);
    const report = (f: number) => opts.onProgress?.(Math.min(1, (before + f * share) / total));
    if (opts.signal?.aborted) {
      out.cancelled = true;
      out.problems.push(cancelledProblem(name));
      break;
    }
    // Size first: nothing of an oversized file is read.
    if (file.size > MAX_FILE_BYTES) out.problems.push(tooBigProblem(name, file.size));
    else if (
      // The file itself, unread: a large one is read by the worker, off the page's thread.
      !(await readOne({ format: formatOf(name, file.type), name, blob: file, interpret: true }, out, {
        run,
        onProgress: report,
        ...(opts.signal ? { signal: opts.signal } : {}),
      }))
    )
      break;
    before += share;
    report(0);
  }
  return out;
}

export interface UrlLoadOptions extends LoadOptions {
  runner?: ParseRunner;
}

/**
 * A `?data=` address (already classified and, if cross-origin, confirmed) → user input. Downloading
 * is the first half of the progress, parsing (in the worker when large) the second.
 */
export async function loadUserUrl(url: string, opts: UrlLoadOptions): Promise<UserLoad> {
  const { runner, onProgress, ...fetchOpts } = opts;
  const out: UserLoad = { inputs: [], problems: [], cancelled: false };
  const got = await fetchBytes(url, url, {
    ...fetchOpts,
    onProgress: (loaded, total) => {
      if (total) onProgress?.(Math.min(1, loaded / total) / 2);
    },
  });
  if (!got.ok) {
    out.cancelled = opts.signal?.aborted === true;
    out.problems.push(...got.problems);
    return out;
  }
  const format = formatOf(fileLabel(url), got.value.contentType);
  await readOne(
    { format, name: url, bytes: got.value.bytes, interpret: true },
    out,
    {
      run: runner ?? parseAuto,
      onProgress: (f) => onProgress?.(0.5 + f / 2),
      ...(opts.signal ? { signal: opts.signal } : {}),
    },
    { url, opts: fetchOpts },
  );
  return out;
}
