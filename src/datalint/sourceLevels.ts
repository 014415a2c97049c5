/**
 * Source levels (data/README.md, "Citing sources"): `official` is the issuing government's own text.
 * - An `official` source must say where that text is: a `url`, or at least its 文号 (`docNo`), so a
 *   reader can find it. Without either, it is a claim nobody can check: lower the level to what
 *   was actually read.
 * - A news outlet's report is `press`, even when a government site reprints it: an `official`
 *   source whose title or publisher names a newspaper or news agency is reported.
 */
import type { Finding, LintContext } from './types.ts';

/** Outlet names and words that mark a news report (人民日报, 南方日报, 新华社, …报道). */
const PRESS_WORDS =
  /人民日报|日报|\u665A报|商报|新华社|中新社|中新网|通讯社|新闻网|报道|People's Daily|Xinhua/;

export function lintSourceLevels(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const { source: s, file, where } of ctx.sources.values()) {
    if (s.level !== 'official') continue;
    if (!s.url && !s.docNo)
      out.push({
        rule: 'official-needs-address',
        file,
        record: s.id,
        field: `${where}.level`,
        message: 'level "official" but neither a url nor a docNo (文号) says where the official text is',
        fix: 'add the url where the text was read (with "mirror": true for a reprint site) or its docNo; if only a restatement was read, use that level ("press" or "secondary") and say so in the note',
      });
    const press = PRESS_WORDS.exec(`${s.title} ${s.publisher}`);
    if (press)
      out.push({
        rule: 'official-is-press',
        file,
        record: s.id,
        field: `${where}.level`,
        message: `level "official" but its title or publisher names a news report ("${press[0]}")`,
        fix: 'a news outlet\'s report is "press", also when a government site reprints it: set "level": "press"',
      });
  }
  return out;
}
