/**
 * An honest empty state: the data has none of this yet, and the kind of source that would fill it.
 * Never a placeholder that could be mistaken for a fact.
 */
import { panelText } from '../strings.ts';
import type { Lang } from './types.ts';

export type EmptyKind =
  | 'enterprises'
  | 'filter'
  | 'projects'
  | 'innovation'
  | 'policies'
  | 'consulting'
  | 'targets'
  | 'sources'
  | 'city'
  | 'models'
  | 'framework'
  | 'search';

export function EmptyState({ kind, lang }: { kind: EmptyKind; lang: Lang }) {
  return (
    <div className="panel-empty" data-empty={kind}>
      <p className="panel-empty-title">
        <strong>{panelText(lang, 'empty.title')}</strong> {panelText(lang, `empty.${kind}`)}
      </p>
      <p className="panel-empty-hint">{panelText(lang, `empty.${kind}.hint`)}</p>
    </div>
  );
}
