/** Provenance badges. Each carries its meaning as text (never colour alone) and explains itself in a title. */
import { panelText } from '../strings.ts';
import type { Lang } from './types.ts';

export function UnverifiedBadge({ lang }: { lang: Lang }) {
  return (
    <span className="panel-badge panel-badge-unverified" title={panelText(lang, 'ref.unverified.title')}>
      {panelText(lang, 'ref.unverified')}
    </span>
  );
}

/** Why a record counts as editorial: its sources are our notes, or we placed its stage / segments. */
export type EditorialReason = 'sources' | 'stage' | 'segments';

export function EditorialBadge({ lang, reason }: { lang: Lang; reason: EditorialReason }) {
  return (
    <span className="panel-badge panel-badge-editorial" title={panelText(lang, `ref.editorial.${reason}`)}>
      {panelText(lang, 'ref.editorial')}
    </span>
  );
}
