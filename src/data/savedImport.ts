/**
 * A person's imported 企业名录, kept in this browser only when they ask for it ("remember on this
 * device"), so it survives a reload; "forget" removes it. Nothing leaves the machine. What is read
 * back is treated like any file: validated with the schema, and dropped whole if it does not fit.
 */
import { z } from 'zod';
import { Enterprise, Source } from './schema.ts';
import type { UserInput } from './userInput.ts';

const KEY = 'chainatlas.import.v1';

const Saved = z
  .object({
    version: z.literal(1),
    file: z.string().min(1).max(300),
    savedAt: z.string().max(40),
    additions: z.array(
      z.object({ clusterId: z.string().max(80), enterprise: Enterprise, row: z.number().int() }),
    ),
    sources: z.array(Source),
  })
  .strict();

type EnterprisesInput = Extract<UserInput, { kind: 'enterprises' }>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed embed)
  }
}

/** Saves the input; false when the browser refuses (no storage, or over its quota). */
export function saveImport(input: EnterprisesInput, now = new Date()): boolean {
  const store = storage();
  if (!store) return false;
  const value = {
    version: 1,
    file: input.file,
    savedAt: now.toISOString(),
    additions: input.additions,
    sources: input.sources,
  };
  try {
    store.setItem(KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The saved import, or null (none, storage off, or what is stored no longer fits the schema). */
export function loadSavedImport(): (EnterprisesInput & { savedAt: string }) | null {
  const text = storage()?.getItem(KEY);
  if (!text) return null;
  try {
    const parsed = Saved.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { file, additions, sources, savedAt } = parsed.data;
    return { kind: 'enterprises', file, additions, sources, savedAt };
  } catch {
    return null;
  }
}

export function hasSavedImport(): boolean {
  return Boolean(storage()?.getItem(KEY));
}

export function forgetImport(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing to forget where there is no storage
  }
}
