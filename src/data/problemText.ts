/**
 * A `Problem` in the reader's language. The loaders write English (tests, scripts and logs read it);
 * the UI shows Chinese by default, so each message, fix and place is matched against the rule tables
 * in problemText.zh*.ts and rebuilt around its variable parts (ids, file names, numbers stay as they
 * are). Schema problems carry zod's own Chinese in `zh` (parseFile.ts), which wins. Text no rule
 * knows is shown in English rather than not at all; nothing here throws.
 */
import type { Problem } from './problems.ts';
import { CONTENT_RULES, type Rule, WHERE_RULES } from './problemText.zh.ts';
import { PART_RULES, READ_RULES } from './problemText.zhRead.ts';
import { ZOD_RULES } from './problemText.zod.ts';

export type ProblemLang = 'zh' | 'en';

export interface LocalizedProblem {
  message: string;
  fix: string;
  where: string;
}

const RULES: readonly Rule[] = [...CONTENT_RULES, ...READ_RULES, ...ZOD_RULES, ...PART_RULES];

/** A `%n` inside a template translates a message nested in a message; this bounds the nesting. */
const MAX_DEPTH = 4;

function apply(rules: readonly Rule[], text: string, depth: number): string | null {
  for (const [re, template] of rules) {
    const m = re.exec(text);
    if (!m) continue;
    const groups = [...m].map((g) => g ?? '');
    const tr = (s: string) => (depth < MAX_DEPTH ? (apply(RULES, s, depth + 1) ?? s) : s);
    if (typeof template === 'function') return template(groups, tr);
    return template.replace(/([$%])(\d)/g, (_, kind: string, n: string) => {
      const g = groups[Number(n)] ?? '';
      return kind === '$' ? g : tr(g);
    });
  }
  return null;
}

/** The rule that translates `text`, if any (for the coverage test). */
export function zhRuleFor(text: string): Rule | undefined {
  return RULES.find(([re]) => re.test(text));
}

/** One English message or fix → Chinese; the English itself when no rule knows it. */
export function zhText(text: string): string {
  try {
    return apply(RULES, text, 0) ?? text;
  } catch {
    return text;
  }
}

/** A place: line/row/column/byte and the whole file in words; JSON paths stay paths. */
export function zhWhere(where: string): string {
  try {
    return apply(WHERE_RULES, where, MAX_DEPTH) ?? where;
  } catch {
    return where;
  }
}

export function localizeProblem(p: Problem, lang: ProblemLang): LocalizedProblem {
  if (lang === 'en') return { message: p.message, fix: p.fix, where: p.where };
  return {
    message: p.zh?.message ?? zhText(p.message),
    fix: p.zh?.fix ?? zhText(p.fix),
    where: zhWhere(p.where),
  };
}
