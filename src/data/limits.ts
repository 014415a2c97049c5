/**
 * Limits on what the app reads. They are checked before any parsing (File.size, Content-Length, or
 * the running byte count of a download), so an oversized or hostile file costs nothing.
 */

/** Largest data file a person may load: stated in the data panel. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Deepest JSON nesting accepted. Our deepest real path is ~8 levels; `structuredClone` and
 * `JSON.stringify` overflow the stack at a few thousand, so the guard runs before either.
 */
export const MAX_JSON_DEPTH = 64;

/** Files above this size are parsed in a worker, with progress and cancel, to keep the page responsive. */
export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

/** Longest `?data=` address we accept. */
export const MAX_URL_LENGTH = 2000;

/** "50 MB" — binary megabytes, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
