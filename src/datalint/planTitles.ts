/**
 * The titles of the clusters' action plans (行动计划 of 2021—2025 and 2023—2025). The series names
 * them 《广东省发展…战略性支柱产业集群行动计划（2021—2025年）》 for a pillar cluster and
 * 《广东省培育…战略性新兴产业集群行动计划（2021—2025年）》 for an emerging one — as the titles the
 * sources give show (software, UHD display, biomedicine, light industry, agriculture; robotics,
 * high-end equipment, blockchain, frontier materials). A plan record (a policy with planVersion
 * 2021-2025 or 2023-2025 whose title has 行动计划; a 征求意见稿 keeps its own title) is checked for:
 * - the shape: 广东省 + 发展/培育 + name + 战略性支柱/新兴产业集群 (+ a rider, as in UHD's
 *   加快建设…试验区) + 行动计划 + （YYYY—YYYY年）, not a descriptive title;
 * - the verb matching the cluster's kind: 发展 for pillar, 培育 for emerging (never 培育发展);
 * - 支柱/新兴 matching the kind, and the period matching planVersion;
 * - the punctuation: full-width brackets and an em dash, no 《》;
 * - a cited source that gives the plan's full title: the record must use it.
 */
import type { Cluster, PolicyDoc } from '../data/schema.ts';
import { type Finding, type LintContext, sourceText } from './types.ts';

const OFFICIAL = /^广东省(发展|培育)?(.+?)战略性(支柱|新兴)产业集群(.*)行动计划（(\d{4})—(\d{4})年）$/;
/** An official-looking plan title inside a source's title or note, in any punctuation. */
const CITED =
  /广东省(?:发展|培育)[^《》“”"\s]*?行动计划\s*[（(]\s*\d{4}\s*[-—–\uFF0D~～]\s*\d{4}\s*年\s*[）)]/g;

/** Full-width brackets, an em dash between the years, no 《》 or spaces. */
export function normalizePlanTitle(title: string): string {
  return title
    .replace(/[《》\s]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(\d{4})[-—–\uFF0D~～\u2010](\d{4})/g, '$1—$2');
}

export function isPlanRecord(p: PolicyDoc): boolean {
  return (
    (p.planVersion === '2021-2025' || p.planVersion === '2023-2025') &&
    p.title.zh.includes('行动计划') &&
    !p.title.zh.includes('征求意见稿')
  );
}

const VERB = { pillar: '发展', emerging: '培育' } as const;
const KIND_WORD = { pillar: '支柱', emerging: '新兴' } as const;

function namesCluster(name: string, cluster: Cluster): boolean {
  return [cluster.name.zh, ...cluster.nameVariants].some(
    (n) => n === name || n.includes(name) || name.includes(n),
  );
}

/** The full titles of this cluster's plan for `period` that the record's sources give. */
function citedTitles(ctx: LintContext, p: PolicyDoc, cluster: Cluster, period: string) {
  const out: { id: string; title: string }[] = [];
  for (const id of p.sources) {
    const s = ctx.sources.get(id)?.source;
    if (!s) continue;
    for (const m of sourceText(s).matchAll(CITED)) {
      const title = normalizePlanTitle(m[0]);
      const parts = OFFICIAL.exec(title);
      if (parts?.[2] && `${parts[5]}—${parts[6]}` === period && namesCluster(parts[2], cluster))
        out.push({ id, title });
    }
  }
  return out;
}

export function lintPlanTitles(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const { cluster, file, base } of ctx.clusters)
    cluster.fiveOnes.policies.forEach((p, i) => {
      if (!isPlanRecord(p)) return;
      const field = `${base}.fiveOnes.policies[${i}].title.zh`;
      const at = { rule: 'plan-title', file, record: p.id, field };
      const title = p.title.zh;
      const period = (p.planVersion ?? '').replace('-', '—');
      const verb = VERB[cluster.kind];
      const kindWord = KIND_WORD[cluster.kind];
      const shape = `广东省${verb}…战略性${kindWord}产业集群行动计划（${period}年）`;

      const cited = citedTitles(ctx, p, cluster, period);
      const normalized = normalizePlanTitle(title);
      const given = cited.find((c) => c.title !== normalized);
      if (given && !cited.some((c) => c.title === normalized)) {
        out.push({
          ...at,
          message: `${given.id} gives the plan's title as "${given.title}", the record says "${title}"`,
          fix: `write "${given.title}"`,
        });
        return;
      }
      if (normalized !== title)
        out.push({
          ...at,
          message: `"${title}" is not written in the house punctuation (full-width brackets, an em dash between the years, no 《》)`,
          fix: `write "${normalized}"`,
        });

      const m = OFFICIAL.exec(normalized);
      if (!m) {
        out.push({
          ...at,
          message: `"${title}" is a descriptive title, not the plan's title in the series' shape ${shape}`,
          fix: `write the title a cited source gives; where none gives it, write "广东省${verb}${cluster.name.zh}战略性${kindWord}产业集群行动计划（${period}年）" and say in the note that no cited source shows the full title`,
        });
        return;
      }
      const [, v, name = '', kw, , from, to] = m;
      if (v !== verb || (cluster.kind === 'emerging' && name.startsWith('发展')))
        out.push({
          ...at,
          message:
            cluster.kind === 'pillar'
              ? `a pillar cluster's plan is titled 广东省发展… (the sources' titles all have 发展), the record says "${title}"`
              : `an emerging cluster's plan is titled 广东省培育… (not 培育发展 or 发展), the record says "${title}"`,
          fix: `write "${normalized.replace(/^广东省(发展|培育)?(发展)?/, `广东省${verb}`)}"`,
        });
      if (kw !== kindWord)
        out.push({
          ...at,
          message: `${cluster.id} is a ${cluster.kind} cluster but the title says 战略性${kw}产业集群`,
          fix: `write 战略性${kindWord}产业集群, or check the cluster's kind`,
        });
      if (`${from}—${to}` !== period)
        out.push({
          ...at,
          message: `the title's period （${from}—${to}年） does not match planVersion "${p.planVersion}"`,
          fix: 'make the title and planVersion agree with the source',
        });
    });
  return out;
}
