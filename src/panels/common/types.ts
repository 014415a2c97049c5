/** Types every panel shares. Panels receive data through props only; lookups are plain functions. */
import type { Source } from '../../data/schema.ts';

export type { Lang } from '../../i18n/index.ts';

/** Finds a source by id in the loaded dataset (undefined when the id is not there). */
export type SourceLookup = (id: string) => Source | undefined;

/** The anchor of a source in the sources list; citations link to it. */
export function sourceAnchor(id: string): string {
  return `src-${id}`;
}
