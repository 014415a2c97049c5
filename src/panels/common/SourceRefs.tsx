/**
 * A record's citations as small numbered links ([1] [2]) to the sources list, plus the provenance badges:
 * 未核实 when the record is marked unverified, 编辑整理 when only editorial notes back it (or when the
 * caller says its stage / segment placement is ours).
 */
import { panelText } from '../strings.ts';
import { EditorialBadge, type EditorialReason, UnverifiedBadge } from './Badges.tsx';
import { type Lang, type SourceLookup, sourceAnchor } from './types.ts';

export interface SourceRefsProps {
  ids: readonly string[];
  sources: SourceLookup;
  lang: Lang;
  /** The record's `verified` field: false shows the 未核实 badge. */
  verified?: boolean | undefined;
  /** The record's stageEditorial / segmentsEditorial flag, when set. */
  editorial?: Exclude<EditorialReason, 'sources'> | undefined;
}

function describe(lang: Lang, id: string, sources: SourceLookup): string {
  const s = sources(id);
  if (!s) return `${panelText(lang, 'ref.missing')}: ${id}`;
  return [s.title, s.publisher, s.date].filter(Boolean).join(' · ');
}

export function SourceRefs({ ids, sources, lang, verified, editorial }: SourceRefsProps) {
  const found = ids.map((id) => sources(id));
  const onlyEditorial = found.length > 0 && found.every((s) => s?.level === 'editorial');
  const reason: EditorialReason | null = editorial ?? (onlyEditorial ? 'sources' : null);
  return (
    <span className="source-refs">
      {ids.map((id, i) => {
        const title = describe(lang, id, sources);
        return (
          <a
            key={id}
            className="source-ref"
            href={`#${sourceAnchor(id)}`}
            title={title}
            aria-label={`${panelText(lang, 'ref.label')} ${i + 1}: ${title}`}
          >
            [{i + 1}]
          </a>
        );
      })}
      {verified === false && <UnverifiedBadge lang={lang} />}
      {reason && <EditorialBadge lang={lang} reason={reason} />}
    </span>
  );
}
