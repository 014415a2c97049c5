/**
 * The data lints run by `npm run data:check` after the schema and cross-reference checks: facts the
 * schema cannot judge. Each finding names the file, the record, the field, what is wrong and what
 * to do (`formatFinding`).
 */
import type { RawDataset } from '../data/assemble.ts';
import { type BodyRegistry, lintDepartments } from './bodies.ts';
import { lintPlanTitles } from './planTitles.ts';
import { lintSourceLevels } from './sourceLevels.ts';
import { lintTiers } from './tiers.ts';
import type { Finding, LintContext, LocatedCluster, LocatedSource } from './types.ts';
import { lintUnaddressedFirms } from './unverified.ts';

export { BODIES_FILE, type Body, type BodyRegistry, bodyRegistry, readBodies } from './bodies.ts';
export { type Finding, formatFinding, type LintContext } from './types.ts';

/** Every lint, by rule name, in the order they run. */
export const LINTS: readonly { name: string; run: (ctx: LintContext) => Finding[] }[] = [
  { name: 'source levels', run: lintSourceLevels },
  { name: 'department spelling', run: lintDepartments },
  { name: 'tier words', run: lintTiers },
  { name: 'unaddressed firms', run: lintUnaddressedFirms },
  { name: 'plan titles', run: lintPlanTitles },
];

/** The lints' view of an assembled dataset. */
export function lintContext(raw: RawDataset, bodies: BodyRegistry): LintContext {
  const sources = new Map<string, LocatedSource>();
  for (const source of raw.sources) {
    const at = raw.at.sources.get(source.id);
    sources.set(source.id, { source, file: at?.file ?? '', where: at?.where ?? '' });
  }
  const clusters: LocatedCluster[] = raw.clusters.map((cluster) => {
    const at = raw.at.clusters.get(cluster.id);
    return { cluster, file: at?.file ?? '', base: at?.where ?? 'cluster' };
  });
  return { sources, clusters, bodies };
}

export function runLints(ctx: LintContext): Finding[] {
  return LINTS.flatMap((l) => l.run(ctx));
}
