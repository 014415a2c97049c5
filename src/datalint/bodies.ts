/**
 * One spelling per department. `data/bodies.json` lists every government body the data names, with
 * its canonical Chinese and English name and the short forms a source may use (省工信厅,
 * 省发展改革委 …). The lint checks every lead and supporting department of every cluster and every
 * issuer of every policy: a name that is not in the registry, or is written in a short or otherwise
 * non-canonical form, is reported with the canonical spelling to use.
 */
import { z } from '../data/zod.ts';
import type { Finding, LintContext } from './types.ts';

const name = z.string().trim().min(1).max(200);

export const Body = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and hyphens'),
    zh: name,
    en: name,
    /** Short or older Chinese forms that mean this body; the data must not use them. */
    short: z.array(name).default([]),
  })
  .strict();

export const BodiesFile = z.object({ schemaVersion: z.literal(1), bodies: z.array(Body).min(1) }).strict();

export type Body = z.infer<typeof Body>;

/** The registry, indexed: any Chinese form (canonical or short) → its body. */
export interface BodyRegistry {
  bodies: readonly Body[];
  byZh: ReadonlyMap<string, Body>;
}

export const BODIES_FILE = 'bodies.json';

/** Parses and checks data/bodies.json. A bad registry is reported and yields an empty one. */
export function readBodies(
  json: unknown,
  file = BODIES_FILE,
): { registry: BodyRegistry; findings: Finding[] } {
  const findings: Finding[] = [];
  const parsed = BodiesFile.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      findings.push({
        rule: 'bodies-registry',
        file,
        record: '(file)',
        field: issue.path.map(String).join('.') || '(file)',
        message: issue.message,
        fix: 'each body is {id, zh, en, short?: string[]}, inside {"schemaVersion": 1, "bodies": [...]}',
      });
    return { registry: { bodies: [], byZh: new Map() }, findings };
  }
  const byZh = new Map<string, Body>();
  const ids = new Set<string>();
  parsed.data.bodies.forEach((b, i) => {
    if (ids.has(b.id))
      findings.push({
        rule: 'bodies-registry',
        file,
        record: b.id,
        field: `bodies[${i}].id`,
        message: `duplicate body id "${b.id}"`,
        fix: 'give each body its own id',
      });
    ids.add(b.id);
    for (const form of [b.zh, ...b.short]) {
      const prior = byZh.get(form);
      if (prior && prior.id !== b.id)
        findings.push({
          rule: 'bodies-registry',
          file,
          record: b.id,
          field: `bodies[${i}]`,
          message: `"${form}" is listed for both "${prior.id}" and "${b.id}"`,
          fix: 'a Chinese form may name only one body: remove it from one of them',
        });
      else byZh.set(form, b);
    }
  });
  return { registry: { bodies: parsed.data.bodies, byZh }, findings };
}

/** Builds a registry from bodies directly (tests, or a registry already parsed). */
export function bodyRegistry(bodies: readonly Body[]): BodyRegistry {
  return readBodies({ schemaVersion: 1, bodies }).registry;
}

/** Checks one Chinese name (and, for a department record, its English name) against the registry. */
function checkName(
  registry: BodyRegistry,
  zh: string,
  en: string | null,
  at: { file: string; record: string; field: string },
  out: Finding[],
): void {
  const body = registry.byZh.get(zh);
  if (!body) {
    out.push({
      rule: 'department-spelling',
      ...at,
      field: en === null ? at.field : `${at.field}.zh`,
      message: `"${zh}" is not in the registry of bodies (data/${BODIES_FILE})`,
      fix: `if it is a body already listed under another spelling, write that body's canonical name; otherwise add it to data/${BODIES_FILE} with its canonical zh and en name`,
    });
    return;
  }
  if (zh !== body.zh)
    out.push({
      rule: 'department-spelling',
      ...at,
      field: en === null ? at.field : `${at.field}.zh`,
      message: `"${zh}" is a short form of ${body.zh}`,
      fix: `write the canonical name "${body.zh}"`,
    });
  if (en !== null && en !== body.en)
    out.push({
      rule: 'department-spelling',
      ...at,
      field: `${at.field}.en`,
      message: `the English name of ${body.zh} is written "${en}"`,
      fix: `write the canonical English name "${body.en}"`,
    });
}

/** Lead and supporting departments of every cluster, and every policy's issuers. */
export function lintDepartments(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const { cluster, file, base } of ctx.clusters) {
    const g = cluster.governance;
    for (const key of ['leadDepartments', 'supportingDepartments'] as const)
      g[key].forEach((d, i) => {
        const field = `${base}.governance.${key}[${i}].name`;
        checkName(
          ctx.bodies,
          d.name.zh,
          d.name.en,
          { file, record: `${cluster.id} ${key}[${i}]`, field },
          out,
        );
      });
    cluster.fiveOnes.policies.forEach((p, i) => {
      p.issuers.forEach((issuer, j) => {
        const field = `${base}.fiveOnes.policies[${i}].issuers[${j}]`;
        checkName(ctx.bodies, issuer, null, { file, record: p.id, field }, out);
      });
    });
  }
  return out;
}
