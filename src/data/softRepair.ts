/**
 * Repairs of single fields, before the schema, so that one bad value costs that value and not the
 * file it is in. Each repair is reported (file, field, what was wrong, what to do):
 *
 * - a source `url` that is not a safe, complete http(s) address is dropped: the source is shown as
 *   plain text, without a link;
 * - a name or text (`Localized`, `LocalizedText`, a source's title and publisher) over its schema
 *   limit is cut to the limit, ending in "…";
 * - a `verified` that is neither true nor false becomes false: the record is shown as unverified
 *   (dropping it would show the record as verified, which nobody claimed).
 *
 * The walk follows the schema, so it visits exactly the fields the schema has and never recurses
 * deeper than the schema does. A value it does not understand is left for the schema to report.
 *
 * `parseDropping` handles what cannot be repaired: a record of a dataset-wide list (sources, a
 * bundle's clusters) that still fails its schema (no id, wrong shape) is left out with its problems,
 * and the file is used without it.
 */

import { parseWith } from './parseFile.ts';
import { formatPath, type Problem, problem, problemCollector, type Result, withZh } from './problems.ts';
import { zhText } from './problemText.ts';
import { safeHttpUrl } from './safeUrl.ts';
import { Localized, LocalizedText, Source } from './schema.ts';
import { z } from './zod.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema's own limits, so that a repaired value always passes it. */
const URL_MAX = Source.shape.url.unwrap().maxLength ?? 2000;
const URL_RE = /^https?:\/\/\S+$/;
const SOURCE_TEXTS = ['title', 'publisher'] as const;

/** Optional, nullable and default wrappers off; the schema that checks the value itself. */
function inner(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
    s = s.unwrap() as z.ZodType;
  return s;
}

const maxOf = (schema: z.ZodType): number | null => {
  const s = inner(schema);
  return s instanceof z.ZodString ? s.maxLength : null;
};

/**
 * What the walk does at one place of the schema, worked out once per schema: fields that can hold
 * nothing to repair (ids, numbers, enums) are not in the plan, so a large file costs little more
 * than reading its names and texts.
 */
type Plan =
  | { kind: 'array'; element: Plan }
  | { kind: 'texts'; max: readonly (readonly [string, number])[] }
  | { kind: 'object'; fields: readonly (readonly [string, Plan])[]; verified: boolean; source: boolean };

const PLANS = new WeakMap<z.ZodType, Plan | null>();
function planOf(schema: z.ZodType): Plan | null {
  const s = inner(schema);
  if (PLANS.has(s)) return PLANS.get(s) ?? null;
  let plan: Plan | null = null;
  const texts = s === Localized ? Localized : s === LocalizedText ? LocalizedText : null;
  if (texts) {
    const max = Object.entries(texts.shape).flatMap(([key, field]) => {
      const m = maxOf(field as z.ZodType);
      return m === null ? [] : [[key, m] as const];
    });
    plan = { kind: 'texts', max };
  } else if (s instanceof z.ZodArray) {
    const element = planOf(s.element as z.ZodType);
    plan = element && { kind: 'array', element };
  } else if (s instanceof z.ZodObject) {
    const fields = Object.entries(s.shape).flatMap(([key, field]) => {
      const p = planOf(field as z.ZodType);
      return p ? [[key, p] as const] : [];
    });
    const verified = Object.hasOwn(s.shape, 'verified');
    const source = s === Source;
    plan = fields.length || verified || source ? { kind: 'object', fields, verified, source } : null;
  }
  PLANS.set(s, plan);
  return plan;
}

/**
 * `text` cut to `max` UTF-16 units (the unit zod counts), the last one "…". A surrogate pair is
 * never split.
 */
export function shorten(text: string, max: number): string {
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Why a url is not linked, in words; null when it is a safe, complete http(s) address. */
export function badUrlReason(url: unknown): string | null {
  if (typeof url !== 'string') return 'the url is not text';
  if (url.length > URL_MAX) return `the url is ${url.length} characters long, over the limit of ${URL_MAX}`;
  if (URL_RE.test(url) && safeHttpUrl(url) !== null) return null;
  const scheme = /^\s*([a-z][a-z0-9+.-]{0,30}):/i.exec(url)?.[1];
  if (scheme && !/^https?$/i.test(scheme))
    return `the url starts with "${scheme}:", which is not a web address`;
  return 'the url is not a complete http:// or https:// address';
}

interface Ctx {
  file: string;
  base: string;
  /** Keys and indexes from `base` to the value being walked; turned into text only for a problem. */
  path: (string | number)[];
  add: (p: Problem) => void;
}

/** The place of `key` under the value being walked, as formatPath writes it. */
function here(ctx: Ctx, key: string): string {
  const rest = formatPath([...ctx.path, key]);
  return !ctx.base ? rest : rest.startsWith('[') ? `${ctx.base}${rest}` : `${ctx.base}.${rest}`;
}

/** A string over `max` (after the trim the schema does) → shortened, reported; else unchanged. */
function fitText(value: unknown, max: number, key: string, ctx: Ctx): unknown {
  if (typeof value !== 'string' || value.length <= max) return value;
  const trimmed = value.trim();
  if (trimmed.length <= max) return value;
  ctx.add(
    problem(
      ctx.file,
      here(ctx, key),
      `this text is ${trimmed.length} characters long, over the limit of ${max}; it was shortened to ${max} characters ending in "…"`,
      `shorten it in the file to at most ${max} characters; until then the shortened text is shown`,
    ),
  );
  return shorten(trimmed, max);
}

/** Copy-on-write edits of one object. */
function editor(value: Obj) {
  let out: Obj | null = null;
  return {
    set(key: string, v: unknown): void {
      out ??= { ...value };
      out[key] = v;
    },
    drop(key: string): void {
      out ??= { ...value };
      delete out[key];
    },
    result: (): Obj => out ?? value,
  };
}

const SOURCE_MAX = SOURCE_TEXTS.map((key) => [key, maxOf(Source.shape[key]) ?? Infinity] as const);

function walk(plan: Plan, value: unknown, ctx: Ctx): unknown {
  if (plan.kind === 'array') {
    if (!Array.isArray(value)) return value;
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      ctx.path.push(i);
      const r = walk(plan.element, v, ctx);
      ctx.path.pop();
      if (r !== v) {
        out ??= value.slice();
        out[i] = r;
      }
    }
    return out ?? value;
  }
  if (!isObj(value)) return value;
  const edit = editor(value);
  if (plan.kind === 'texts') {
    for (const [key, max] of plan.max) {
      const v = value[key];
      const r = Object.hasOwn(value, key) ? fitText(v, max, key, ctx) : v;
      if (r !== v) edit.set(key, r);
    }
    return edit.result();
  }
  for (const [key, field] of plan.fields) {
    if (!Object.hasOwn(value, key)) continue;
    const v = value[key];
    ctx.path.push(key);
    const r = walk(field, v, ctx);
    ctx.path.pop();
    if (r !== v) edit.set(key, r);
  }
  if (plan.verified && Object.hasOwn(value, 'verified') && typeof value.verified !== 'boolean') {
    ctx.add(
      problem(
        ctx.file,
        here(ctx, 'verified'),
        '"verified" is neither true nor false',
        'write true or false, without quotes; until then the record is shown as unverified',
      ),
    );
    edit.set('verified', false);
  }
  if (plan.source) {
    for (const [key, max] of SOURCE_MAX) {
      const v = value[key];
      const r = Object.hasOwn(value, key) ? fitText(v, max, key, ctx) : v;
      if (r !== v) edit.set(key, r);
    }
    if (Object.hasOwn(value, 'url')) {
      const reason = badUrlReason(value.url);
      if (reason) {
        ctx.add(
          problem(
            ctx.file,
            here(ctx, 'url'),
            reason,
            'write the full address, starting with https://, or remove the url; the source is shown as plain text, without a link',
          ),
        );
        edit.drop('url');
      }
    }
  }
  return edit.result();
}

/**
 * `json` with the repairs above applied wherever `schema` (a whole file's, or a record's at `base`)
 * puts a field they apply to. Unchanged parts are the same objects; nothing is mutated.
 */
export function repairFields(
  schema: z.ZodType,
  json: unknown,
  file: string,
  base = '',
): { json: unknown; problems: Problem[] } {
  const plan = planOf(schema);
  if (!plan) return { json, problems: [] };
  const found = problemCollector(file);
  const out = walk(plan, json, { file, base, path: [], add: found.add });
  return { json: out, problems: found.list() };
}

// ---------------------------------------------------------------- records left out

export interface DroppableList {
  /** The list's key at the top of the file, e.g. `sources`. */
  key: string;
  /** The schema of one record. */
  schema: z.ZodType;
  /** What one record is called in the message: `source`, `cluster`. */
  noun: string;
}

/** For each list, the original index of each record kept (absent: all were kept). */
export type KeptIndexes = ReadonlyMap<string, readonly number[]>;

const recordId = (item: unknown): string | undefined =>
  isObj(item) && typeof item.id === 'string' && item.id.length <= 80 ? item.id : undefined;

/** A record's problem re-rooted at `base`, saying that the record was left out. */
function leftOut(p: Problem, base: string, noun: string, id: string | undefined): Problem {
  const where = !p.where ? base : p.where.startsWith('[') ? `${base}${p.where}` : `${base}.${p.where}`;
  const named = id ? `${noun} ("${id}")` : noun;
  const fix = `${p.fix}; this ${named} was left out, the rest of the file is used`;
  const out: Problem = { file: p.file, where, message: p.message, fix };
  return p.zh ? withZh(out, { message: p.zh.message, fix: zhText(fix) }) : out;
}

/**
 * parseWith, but when the file fails and some records of `lists` fail on their own, those records
 * are left out (each with its problems) and the rest is parsed again. A file that passes pays one
 * parse. `kept` maps each list to the original indexes of the records kept, for naming them later.
 */
export function parseDropping<T>(
  schema: z.ZodType<T>,
  json: unknown,
  file: string,
  lists: readonly DroppableList[],
): { result: Result<T>; dropped: Problem[]; kept: KeptIndexes } {
  const first = parseWith(schema, json, file);
  const kept = new Map<string, number[]>();
  if (first.ok || !isObj(json)) return { result: first, dropped: [], kept };
  const found = problemCollector(file);
  const out: Obj = { ...json };
  for (const { key, schema: recordSchema, noun } of lists) {
    const list = json[key];
    if (!Array.isArray(list)) continue;
    const keep: number[] = [];
    list.forEach((item, i) => {
      const parsed = parseWith(recordSchema, item, file);
      if (parsed.ok) {
        keep.push(i);
        return;
      }
      const base = `${key}[${i}]`;
      if (!parsed.problems.length)
        found.add(
          problem(
            file,
            base,
            'empty record',
            `remove it or fill it in; this ${noun} was left out, the rest of the file is used`,
          ),
        );
      for (const p of parsed.problems) found.add(leftOut(p, base, noun, recordId(item)));
    });
    if (keep.length === list.length) continue;
    out[key] = keep.map((i) => list[i]);
    kept.set(key, keep);
  }
  if (!found.count) return { result: first, dropped: [], kept };
  return { result: parseWith(schema, out, file), dropped: found.list(), kept };
}

/** The original index of record `i` of `key`. */
export const originalIndex = (kept: KeptIndexes | undefined, key: string, i: number): number =>
  kept?.get(key)?.[i] ?? i;
