/**
 * A firm's tier against the words its sources use. The tier words are 链主 (chain-leader), 龙头
 * (leading), 隐形冠军 (hidden-champion) and 专精特新 (specialized); the text read is the title,
 * publisher and note of every source the firm cites, and the firm's own note.
 * - Source text calls the firm by a tier word but the tier is lower (e.g. 龙头 and `other`): raise it.
 * - The tier is `chain-leader` but no such text says 链主: data/README.md allows `chain-leader` only
 *   where a source calls the firm 链主.
 * A negated word (非龙头, 不是链主) does not count.
 */
import type { Tier } from '../data/schema.ts';
import { type Finding, type LintContext, sourceText } from './types.ts';

/** Strongest first; `other` has no word. */
export const TIER_WORDS: readonly { word: string; tier: Tier }[] = [
  { word: '链主', tier: 'chain-leader' },
  { word: '龙头', tier: 'leading' },
  { word: '隐形冠军', tier: 'hidden-champion' },
  { word: '专精特新', tier: 'specialized' },
];

const RANK: Record<Tier, number> = {
  'chain-leader': 4,
  leading: 3,
  'hidden-champion': 2,
  specialized: 1,
  other: 0,
};

/** Whether `text` uses `word` other than negated (非…, 不是…, 并非…). */
export function saysWord(text: string, word: string): boolean {
  let i = text.indexOf(word);
  while (i >= 0) {
    const before = text.slice(Math.max(0, i - 2), i);
    if (!/非$|不是$|并非$|未称$/.test(before)) return true;
    i = text.indexOf(word, i + word.length);
  }
  return false;
}

export function lintTiers(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const { cluster, file, base } of ctx.clusters)
    cluster.fiveOnes.enterprises.forEach((e, i) => {
      const texts = e.sources.flatMap((id) => {
        const s = ctx.sources.get(id)?.source;
        return s ? [{ id, text: sourceText(s) }] : [];
      });
      if (e.note) texts.push({ id: 'its note', text: e.note.zh });
      const field = `${base}.fiveOnes.enterprises[${i}].tier`;
      const said = TIER_WORDS.flatMap(({ word, tier }) => {
        const where = texts.filter((t) => saysWord(t.text, word)).map((t) => t.id);
        return where.length ? [{ word, tier, where }] : [];
      });
      const strongest = said[0];
      if (strongest && RANK[strongest.tier] > RANK[e.tier])
        out.push({
          rule: 'tier-words',
          file,
          record: e.id,
          field,
          message: `${strongest.where.join(', ')} call${strongest.where.length > 1 ? '' : 's'} ${e.name.zh} ${strongest.word}, but its tier is "${e.tier}"`,
          fix: `set "tier": "${strongest.tier}", or, if the word is about another firm, say so in the firm's note and reword the source note`,
        });
      if (e.tier === 'chain-leader' && !said.some((s) => s.tier === 'chain-leader'))
        out.push({
          rule: 'tier-words',
          file,
          record: e.id,
          field,
          message: `tier "chain-leader" but none of its sources' titles or notes (nor its own note) says 链主`,
          fix: 'cite the source that calls the firm 链主 and quote it in the note, or lower the tier',
        });
    });
  return out;
}
