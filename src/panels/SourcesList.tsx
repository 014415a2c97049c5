/**
 * The sources a cluster cites, numbered in order of first citation. Each item is the target of the
 * citation links (`#src-<id>`). URLs are shown as text too, so they survive printing; only http(s)
 * URLs become links.
 */

import { safeHttpUrl } from '../data/safeUrl.ts';
import { nameIn } from '../i18n/index.ts';
import { EmptyState } from './common/EmptyState.tsx';
import { LevelBadge } from './common/LevelBadge.tsx';
import { type Lang, type SourceLookup, sourceAnchor } from './common/types.ts';
import { panelText } from './strings.ts';

export { collectSourceIds } from './common/collectSourceIds.ts';

export interface SourcesListProps {
  sourceIds: readonly string[];
  sources: SourceLookup;
  lang: Lang;
}

export function SourcesList({ sourceIds, sources, lang }: SourcesListProps) {
  if (sourceIds.length === 0) return <EmptyState kind="sources" lang={lang} />;
  return (
    <ol className="sources-list">
      {sourceIds.map((id) => {
        const s = sources(id);
        if (!s)
          return (
            <li key={id} id={sourceAnchor(id)} className="source-item source-missing">
              {panelText(lang, 'src.unknown')}: <code>{id}</code>
            </li>
          );
        const href = safeHttpUrl(s.url);
        return (
          <li key={id} id={sourceAnchor(id)} className="source-item" tabIndex={-1}>
            <span className="source-title">{s.title}</span> <LevelBadge level={s.level} lang={lang} />
            {s.mirror && <span className="panel-badge source-mirror">{panelText(lang, 'src.mirror')}</span>}
            <span className="source-meta">
              <span>
                {panelText(lang, 'src.publisher')}: {s.publisher}
              </span>
              {s.date && (
                <span>
                  {panelText(lang, 'src.date')}: {s.date}
                </span>
              )}
              {s.docNo && (
                <span>
                  {panelText(lang, 'src.docNo')}: {s.docNo}
                </span>
              )}
            </span>
            {s.mirror && <span className="panel-note">{panelText(lang, 'src.mirror.note')}</span>}
            {s.note && <span className="panel-note">{nameIn(lang, s.note)}</span>}
            {s.url &&
              (href ? (
                <a className="source-url" href={href} target="_blank" rel="noopener noreferrer">
                  {s.url}
                </a>
              ) : (
                <span className="source-url source-url-plain" title={panelText(lang, 'src.notLinked')}>
                  {s.url}
                </span>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
