/** The level of a source (官方 / 媒体 / 二手 / 基础文章 / 编辑) as a text label; colour only reinforces it. */
import type { SourceLevel } from '../../data/schema.ts';
import { panelText } from '../strings.ts';
import type { Lang } from './types.ts';

export function LevelBadge({ level, lang }: { level: SourceLevel; lang: Lang }) {
  return (
    <span className={`panel-badge level-badge level-${level}`} title={panelText(lang, 'level.label')}>
      {panelText(lang, `level.${level}`)}
    </span>
  );
}
