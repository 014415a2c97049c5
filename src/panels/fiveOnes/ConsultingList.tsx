/** 战略咨询支撑机构: usually one body per cluster, so a plain list. */
import type { ConsultingBody } from '../../data/schema.ts';
import { nameIn } from '../../i18n/index.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { SourceRefs } from '../common/SourceRefs.tsx';
import type { Lang, SourceLookup } from '../common/types.ts';

export function ConsultingList({
  bodies,
  sources,
  lang,
}: {
  bodies: readonly ConsultingBody[];
  sources: SourceLookup;
  lang: Lang;
}) {
  if (bodies.length === 0) return <EmptyState kind="consulting" lang={lang} />;
  return (
    <ul className="panel-list consulting-list">
      {bodies.map((b) => (
        <li key={b.id}>
          {nameIn(lang, b.name)}{' '}
          <SourceRefs ids={b.sources} sources={sources} lang={lang} verified={b.verified} />
          {b.note && <span className="panel-note">{nameIn(lang, b.note)}</span>}
        </li>
      ))}
    </ul>
  );
}
