/**
 * Mutations of a valid data file, as a person's editor, spreadsheet export or an attacker would
 * produce them: fields deleted or replaced, types swapped, `__proto__`/`constructor`/`toString` keys
 * injected, numbers too big for a double, lone surrogates, duplicated records. Output is JSON text
 * (huge numbers are spliced in as text, since JSON.stringify cannot write 1e999).
 */
import fc from 'fast-check';
import { nastyString } from './support.ts';

type Json = unknown;
type Container = Record<string, Json> | Json[];
type Path = (string | number)[];

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];
/** Spliced into the text in place of a marker string: not representable by JSON.stringify. */
const HUGE = ['1e999', '-1e999', '1e308', '123456789012345678901234567890', '-0', '5e-324', '1.5e+9999'];
const OPS = [
  'delete',
  'replace',
  'swapType',
  'protoKey',
  'huge',
  'surrogate',
  'duplicate',
  'nasty',
  'empty',
] as const;
type Op = (typeof OPS)[number];

export interface Mutation {
  at: number;
  op: Op;
  key: number;
  payload: Json;
  text: string;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom(...OPS),
  key: fc.nat(),
  payload: fc.jsonValue({ maxDepth: 3 }),
  text: nastyString,
});

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

const isContainer = (v: Json): v is Container => typeof v === 'object' && v !== null;

/** Every path to a value inside `root` (the root itself excluded), outermost first. */
export function paths(root: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (!isContainer(root)) return out;
  for (const [k, v] of Object.entries(root)) {
    const p = [...prefix, Array.isArray(root) ? Number(k) : k];
    out.push(p);
    paths(v, p, out);
  }
  return out;
}

function parentOf(root: Json, path: Path): Container | null {
  let cur: Json = root;
  for (const k of path.slice(0, -1)) {
    if (!isContainer(cur)) return null;
    cur = (cur as Record<string, Json>)[k as string];
  }
  return isContainer(cur) ? cur : null;
}

/** Own data property, even for `__proto__` (plain assignment would set the prototype instead). */
function setOwn(obj: Container, key: string | number, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function swapped(v: Json): Json {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 0;
  if (v === null) return {};
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  return Object.values(v as object);
}

/** Applies the mutations to a copy of `base` and returns the JSON text. */
export function mutateToText(base: Json, list: readonly Mutation[]): string {
  const root = structuredClone(base) as Container;
  const huge: string[] = [];
  for (const m of list) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[m.at % all.length] as Path;
    const parent = parentOf(root, path);
    if (!parent) continue;
    const key = path[path.length - 1] as string | number;
    const current = (parent as Record<string, Json>)[key];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      case 'replace':
        setOwn(parent, key, m.payload);
        break;
      case 'swapType':
        setOwn(parent, key, swapped(current));
        break;
      case 'protoKey': {
        const target = isContainer(current) && !Array.isArray(current) ? current : parent;
        if (Array.isArray(target)) break;
        const payload = m.key % 2 === 0 ? { polluted: true, isAdmin: true } : m.payload;
        setOwn(target, PROTO_KEYS[m.key % PROTO_KEYS.length] as string, payload);
        break;
      }
      case 'huge':
        huge.push(HUGE[m.key % HUGE.length] as string);
        setOwn(parent, key, `@@HUGE${huge.length - 1}@@`);
        break;
      case 'surrogate':
        setOwn(parent, key, typeof current === 'string' ? `${current}\uD800` : '\uDC00x');
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.push(structuredClone(current));
        else if (Array.isArray(current) && current.length) current.push(structuredClone(current[0]));
        break;
      case 'nasty':
        setOwn(parent, key, m.text);
        break;
      case 'empty':
        setOwn(parent, key, Array.isArray(current) ? [] : typeof current === 'string' ? '' : {});
        break;
    }
  }
  return JSON.stringify(root).replace(/"@@HUGE(\d+)@@"/g, (_, i: string) => huge[Number(i)] ?? '0');
}
