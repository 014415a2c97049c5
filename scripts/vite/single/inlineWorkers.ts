/**
 * In the single file there is no file beside the page to start a worker from, so every module worker
 * the app creates the standard Vite way — `new Worker(new URL('./x.worker.ts', import.meta.url), …)`,
 * the pattern Vite itself requires to bundle a worker — becomes Vite's inline worker
 * (`?worker&inline`): the worker's bundled code travels in the page and starts from a blob: URL.
 * The maplibre worker is not one of these: it arrives as a data: URL through its `?url` import.
 */
const WORKER_RE =
  /new Worker\(\s*new URL\(\s*(['"])(\.{1,2}\/[\w./-]+\.worker\.ts)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^{}]*\}\s*)?\)/g;

/** Source with each worker construction rewritten, or null when it has none. */
export function inlineWorkerConstructions(code: string): string | null {
  const imports: string[] = [];
  const out = code.replace(WORKER_RE, (_whole, _q, path: string) => {
    const name = `__chainatlasInlineWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
    return `${name}()`;
  });
  return imports.length ? `${imports.join('\n')}\n${out}` : null;
}
