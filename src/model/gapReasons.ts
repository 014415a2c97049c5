/**
 * The words of the gap analysis: each gap type's short label and the sentence that explains one
 * reason, in Chinese and English. Kept apart from the rules (gaps.ts) so the rules read as rules.
 */
import type { Lang } from '../i18n/index.ts';

export type GapType =
  | 'missing'
  | 'chokepoint'
  | 'no-firm'
  | 'weak'
  | 'dependency'
  | 'target-no-project'
  | 'one-city'
  | 'editorial-only';

export const GAP_TYPES: readonly GapType[] = [
  'missing',
  'chokepoint',
  'no-firm',
  'weak',
  'dependency',
  'target-no-project',
  'one-city',
  'editorial-only',
];

const LABEL: Record<GapType, { zh: string; en: string }> = {
  missing: { zh: '缺失', en: 'missing' },
  chokepoint: { zh: '卡脖子', en: 'chokepoint' },
  'no-firm': { zh: '无广东企业', en: 'no Guangdong firm' },
  weak: { zh: '薄弱', en: 'weak' },
  dependency: { zh: '对外依赖', en: 'external dependency' },
  'target-no-project': { zh: '目标无项目', en: 'target without project' },
  'one-city': { zh: '仅一市', en: 'one city only' },
  'editorial-only': { zh: '依据不足', en: 'thin evidence' },
};

export function gapTypeLabel(lang: Lang, type: GapType): string {
  return LABEL[type][lang];
}

const listZh = (xs: readonly string[]) => xs.join('、');
const listEn = (xs: readonly string[]) => xs.join(', ');

/** The sentence for one reason; `args` carries the names and counts the sentence quotes. */
export function reasonText(
  type: GapType,
  args: {
    names?: { zh: string[]; en: string[] };
    city?: { zh: string; en: string };
    n?: number;
    level?: 'high' | 'medium';
    fromRoadmap?: boolean;
    strong?: boolean;
  } = {},
): { zh: string; en: string } {
  const names = args.names ?? { zh: [], en: [] };
  switch (type) {
    case 'missing':
      return args.fromRoadmap
        ? {
            zh: `技术路线图列为缺失：${listZh(names.zh)}`,
            en: `the technology roadmap lists it as missing: ${listEn(names.en)}`,
          }
        : { zh: '来源标为缺失环节（补链）', en: 'the sources mark it as a missing link (补链)' };
    case 'chokepoint':
      return {
        zh: `技术路线图列为“卡脖子”：${listZh(names.zh)}`,
        en: `the technology roadmap lists it as a chokepoint: ${listEn(names.en)}`,
      };
    case 'no-firm':
      if (args.strong)
        return {
          zh: '来源称之为强项，但本数据集尚未列出这一环节的广东企业',
          en: 'the sources call it a strength, but this dataset lists no Guangdong firm in it yet',
        };
      return {
        zh: '本数据集没有列出这一环节的广东企业',
        en: 'this dataset lists no Guangdong firm in this segment',
      };
    case 'weak':
      return { zh: '来源标为薄弱环节（补短板）', en: 'the sources mark it as a weak link (补短板)' };
    case 'dependency':
      return args.level === 'high'
        ? { zh: '来源指出对外依赖程度高', en: 'the sources state a high external dependency' }
        : { zh: '来源指出存在一定对外依赖', en: 'the sources state a medium external dependency' };
    case 'target-no-project':
      return {
        zh: `规划目标没有对应项目：${listZh(names.zh)}`,
        en: `a plan target has no project behind it: ${listEn(names.en)}`,
      };
    case 'one-city':
      return {
        zh: `已列出的 ${args.n ?? 0} 家企业都在${args.city?.zh ?? '同一个城市'}`,
        en: `all ${args.n ?? 0} listed firms are in ${args.city?.en ?? 'one city'}`,
      };
    case 'editorial-only':
      return {
        zh: '只有编辑判断或未经核实的依据，没有可查的来源支撑',
        en: 'only editorial or unverified support; no source that can be checked',
      };
  }
}
