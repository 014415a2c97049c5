/**
 * Files migrate forward, one step per version, before the schema sees them (OWID
 * `schema/migrations`, kepler `versions.ts`). Every file carries `schemaVersion`; a missing one means
 * version 0.
 *
 * Version 0 is the flat draft people write from a spreadsheet (see data/README.md): names as
 * `name_zh` / `name_en` (any `<field>_zh` / `<field>_en` pair) instead of `name: {zh, en}`, a cluster's
 * `type: "支柱" | "新兴"` instead of `kind: "pillar" | "emerging"`, and no `schemaVersion`.
 * Version 1 is the current format (`SCHEMA_VERSION`).
 */
import { MAX_JSON_DEPTH } from './limits.ts';
import { type Problem, problem } from './problems.ts';
import { SCHEMA_VERSION } from './schema.ts';

export interface MigrateResult {
  /** The file in the current format; undefined when it could not be migrated. */
  json: unknown;
  /** The version the file was written in; null when it has none we can read. */
  from: number | null;
  to: number;
  problems: Problem[];
}

type JsonObject = Record<string, unknown>;
type Step = (json: JsonObject, file: string, problems: Problem[]) => JsonObject;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Assigns an own property even for keys like `__proto__`, exactly as JSON.parse would; plain
 * `obj[key] = v` would change the object's prototype instead.
 */
function setOwn(obj: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const LANG_KEY = /^(.+)_(zh|en)$/;

/** `{name_zh, name_en}` → `{name: {zh, en}}`, on every object in the tree. */
function foldLocalized(
  value: unknown,
  path: string,
  depth: number,
  file: string,
  problems: Problem[],
): unknown {
  if (depth > MAX_JSON_DEPTH) return value; // the loader refuses such files before migrating
  if (Array.isArray(value))
    return value.map((v, i) => foldLocalized(v, `${path}[${i}]`, depth + 1, file, problems));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  const folded = new Map<string, JsonObject>();
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    const m = LANG_KEY.exec(key);
    if (m) {
      const base = m[1] as string;
      if (Object.hasOwn(value, base)) {
        problems.push(
          problem(
            file,
            here,
            `both "${base}" and "${key}" are given`,
            `keep either "${base}" or the ${base}_zh/${base}_en pair`,
          ),
        );
        continue;
      }
      let pair = folded.get(base);
      if (!pair) {
        pair = {};
        folded.set(base, pair);
        setOwn(out, base, pair);
      }
      setOwn(pair, m[2] as string, v);
    } else {
      setOwn(out, key, foldLocalized(v, here, depth + 1, file, problems));
    }
  }
  return out;
}

const CLUSTER_TYPE = new Map<string, 'pillar' | 'emerging'>([
  ['支柱', 'pillar'],
  ['新兴', 'emerging'],
  ['pillar', 'pillar'],
  ['emerging', 'emerging'],
]);

/** `type: "支柱"` → `kind: "pillar"` on one cluster object. */
function clusterKind(cluster: unknown, path: string, file: string, problems: Problem[]): unknown {
  if (!isObject(cluster) || !Object.hasOwn(cluster, 'type') || Object.hasOwn(cluster, 'kind')) return cluster;
  const raw = cluster.type;
  const key =
    typeof raw === 'string'
      ? raw
          .trim()
          .replace(/^战略性/, '')
          .replace(/(产业)?(集群)?$/, '')
      : '';
  const kind = CLUSTER_TYPE.get(key);
  if (!kind) {
    problems.push(
      problem(
        file,
        `${path}.type`,
        `cluster type ${JSON.stringify(raw)} is neither 支柱 nor 新兴`,
        'write "支柱" (pillar) or "新兴" (emerging)',
      ),
    );
    return cluster;
  }
  const out: JsonObject = {};
  for (const [key2, v] of Object.entries(cluster))
    setOwn(out, key2 === 'type' ? 'kind' : key2, key2 === 'type' ? kind : v);
  return out;
}

const v0to1: Step = (json, file, problems) => {
  const folded = foldLocalized(json, '', 0, file, problems) as JsonObject;
  const out: JsonObject = { schemaVersion: 1 };
  for (const [key, v] of Object.entries(folded)) {
    if (key === 'schemaVersion') continue;
    if (key === 'cluster') setOwn(out, key, clusterKind(v, 'cluster', file, problems));
    else if (key === 'clusters' && Array.isArray(v))
      setOwn(
        out,
        key,
        v.map((c, i) => clusterKind(c, `clusters[${i}]`, file, problems)),
      );
    else setOwn(out, key, v);
  }
  return out;
};

/** STEPS[n] turns version n into version n + 1. */
const STEPS: readonly Step[] = [v0to1];

/** The version a parsed file says it is in: 0 when unstated, null when unreadable. */
export function fileVersion(json: unknown): number | null {
  if (!isObject(json)) return null;
  if (!Object.hasOwn(json, 'schemaVersion')) return 0;
  const v = json.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export function migrateFile(json: unknown, file = ''): MigrateResult {
  const to = SCHEMA_VERSION;
  if (!isObject(json))
    return {
      json: undefined,
      from: null,
      to,
      problems: [
        problem(
          file,
          '',
          `not a ChainAtlas data file: the top level is ${Array.isArray(json) ? 'a list' : 'not an object'}`,
          'a data file is one JSON object {…}; see data/README.md',
        ),
      ],
    };
  const from = fileVersion(json);
  if (from === null)
    return {
      json: undefined,
      from,
      to,
      problems: [
        problem(
          file,
          'schemaVersion',
          `schemaVersion ${JSON.stringify(json.schemaVersion)} is not a version number`,
          `write "schemaVersion": ${to}`,
        ),
      ],
    };
  if (from > to)
    return {
      json: undefined,
      from,
      to,
      problems: [
        problem(
          file,
          'schemaVersion',
          `this file was made by a newer ChainAtlas (format version ${from}; this app reads up to version ${to})`,
          'update the app (reload the page, or get its latest release), then load the file again',
        ),
      ],
    };
  const problems: Problem[] = [];
  let current = json;
  for (let v = from; v < to; v++) current = (STEPS[v] as Step)(current, file, problems);
  return { json: problems.length ? undefined : current, from, to, problems };
}
