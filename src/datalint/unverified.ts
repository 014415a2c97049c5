/**
 * A firm that no source with an address backs must be shown as unverified. When every source a firm
 * cites lacks a `url` — a report the research noted without its link, an unnamed compilation, our
 * own research note — nobody can check the firm against it, so the firm needs `"verified": false`
 * (data/README.md, "Unverified").
 */
import type { Finding, LintContext } from './types.ts';

export function lintUnaddressedFirms(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const { cluster, file, base } of ctx.clusters)
    cluster.fiveOnes.enterprises.forEach((e, i) => {
      if (e.verified === false || e.sources.length === 0) return;
      const addressed = e.sources.some((id) => Boolean(ctx.sources.get(id)?.source.url));
      if (addressed) return;
      out.push({
        rule: 'unaddressed-firm',
        file,
        record: e.id,
        field: `${base}.fiveOnes.enterprises[${i}].verified`,
        message: `none of its sources (${e.sources.join(', ')}) has a url, yet ${e.name.zh} is not marked unverified`,
        fix: 'set "verified": false and say in the note why it cannot be checked, or cite a source with a url that names the firm',
      });
    });
  return out;
}
